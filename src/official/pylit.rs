//! A reader for the Python literals the dataset's curator writes into CSV cells: lists of strings
//! (`['Kyiv oblast', 'Odesa oblast']`) and dicts with `NaN` (`{'south': 30, 'east': NaN}`).
//! Parsed, not regexed: quotes, escapes, nesting and `NaN`/`None` are handled by one small
//! recursive-descent parser, and anything else is an error the loader turns into a warning.

/// A Python literal value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `'text'` or `"text"`.
    Str(String),
    /// `30`, `30.0`, `-1`.
    Num(f64),
    /// `NaN`, `nan` or `None`: a missing value.
    Missing,
    /// `True` / `False`.
    Bool(bool),
    /// `[...]` or `(...)`.
    List(Vec<Value>),
    /// `{key: value, ...}`, keys in order.
    Dict(Vec<(Value, Value)>),
}

impl Value {
    /// The value as a count: a non-negative whole number, `None` for missing or anything else.
    pub fn count(&self) -> Option<u32> {
        match self {
            Value::Num(n) if *n >= 0.0 && n.fract() == 0.0 && *n <= u32::MAX as f64 => {
                Some(*n as u32)
            }
            _ => None,
        }
    }
    /// The value as text (strings only).
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
}

/// Parses one literal; the whole input must be consumed (surrounding white space aside).
pub fn parse(input: &str) -> Result<Value, String> {
    let mut p = Parser {
        s: input.as_bytes(),
        i: 0,
        src: input,
    };
    let v = p.value(0)?;
    p.ws();
    if p.i != p.s.len() {
        return Err(format!("unexpected text after the value at byte {}", p.i));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    src: &'a str,
}

const MAX_DEPTH: usize = 32;

impl Parser<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.s.get(self.i).copied()
    }

    fn value(&mut self, depth: usize) -> Result<Value, String> {
        if depth > MAX_DEPTH {
            return Err("nested too deeply".into());
        }
        match self.peek() {
            None => Err("empty value".into()),
            Some(b'\'' | b'"') => self.string().map(Value::Str),
            Some(b'[') => self.seq(b']', depth).map(Value::List),
            Some(b'(') => self.seq(b')', depth).map(Value::List),
            Some(b'{') => self.dict(depth),
            Some(_) => self.word(),
        }
    }

    fn string(&mut self) -> Result<String, String> {
        let quote = self.s[self.i];
        self.i += 1;
        let mut out = String::new();
        let mut start = self.i;
        while self.i < self.s.len() {
            match self.s[self.i] {
                b'\\' if self.i + 1 < self.s.len() => {
                    out.push_str(&self.src[start..self.i]);
                    let esc = self.s[self.i + 1];
                    out.push(match esc {
                        b'n' => '\n',
                        b't' => '\t',
                        other => other as char,
                    });
                    self.i += 2;
                    start = self.i;
                }
                c if c == quote => {
                    out.push_str(&self.src[start..self.i]);
                    self.i += 1;
                    return Ok(out);
                }
                _ => self.i += 1,
            }
        }
        Err("unterminated string".into())
    }

    fn seq(&mut self, close: u8, depth: usize) -> Result<Vec<Value>, String> {
        self.i += 1;
        let mut items = Vec::new();
        loop {
            if self.peek() == Some(close) {
                self.i += 1;
                return Ok(items);
            }
            items.push(self.value(depth + 1)?);
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(c) if c == close => {}
                _ => {
                    return Err(format!(
                        "expected ',' or '{}' at byte {}",
                        close as char, self.i
                    ))
                }
            }
        }
    }

    fn dict(&mut self, depth: usize) -> Result<Value, String> {
        self.i += 1;
        let mut items = Vec::new();
        loop {
            if self.peek() == Some(b'}') {
                self.i += 1;
                return Ok(Value::Dict(items));
            }
            let k = self.value(depth + 1)?;
            if self.peek() != Some(b':') {
                return Err(format!("expected ':' at byte {}", self.i));
            }
            self.i += 1;
            let v = self.value(depth + 1)?;
            items.push((k, v));
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b'}') => {}
                _ => return Err(format!("expected ',' or '}}' at byte {}", self.i)),
            }
        }
    }

    fn word(&mut self) -> Result<Value, String> {
        let start = self.i;
        while self.i < self.s.len()
            && (self.s[self.i].is_ascii_alphanumeric()
                || matches!(self.s[self.i], b'.' | b'-' | b'+' | b'_'))
        {
            self.i += 1;
        }
        let w = &self.src[start..self.i];
        match w {
            "NaN" | "nan" | "None" => Ok(Value::Missing),
            "True" => Ok(Value::Bool(true)),
            "False" => Ok(Value::Bool(false)),
            _ => w
                .parse::<f64>()
                .map(Value::Num)
                .map_err(|_| format!("not a Python literal: {w:?} at byte {start}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_dicts_and_nan() {
        assert_eq!(
            parse("['Kyiv oblast', \"Odesa oblast\"]").unwrap(),
            Value::List(vec![
                Value::Str("Kyiv oblast".into()),
                Value::Str("Odesa oblast".into())
            ])
        );
        let d = parse("{'south': 30, 'east': NaN, 'north': 2.0}").unwrap();
        let Value::Dict(items) = d else {
            panic!("not a dict")
        };
        assert_eq!(items.len(), 3);
        assert_eq!(items[0].1.count(), Some(30));
        assert_eq!(items[1].1, Value::Missing);
        assert_eq!(items[2].1.count(), Some(2));
        assert_eq!(parse("{}").unwrap(), Value::Dict(vec![]));
        assert_eq!(
            parse("{        'Kalibr': 'Black Sea'    }").unwrap(),
            Value::Dict(vec![(
                Value::Str("Kalibr".into()),
                Value::Str("Black Sea".into())
            )])
        );
    }

    #[test]
    fn quotes_and_escapes_inside_strings() {
        assert_eq!(
            parse(r"['Kropyvnytskyi, Kirovohrad oblast', 'it\'s']").unwrap(),
            Value::List(vec![
                Value::Str("Kropyvnytskyi, Kirovohrad oblast".into()),
                Value::Str("it's".into())
            ])
        );
    }

    #[test]
    fn broken_literals_are_errors_not_panics() {
        for bad in [
            "['a'", "{'a' 1}", "[1,,2]", "{'a': }", "x y", "'open", "", "[[[[", "{'a': 1",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} parsed");
        }
        let deep = "[".repeat(100) + &"]".repeat(100);
        assert!(parse(&deep).is_err());
    }
}
