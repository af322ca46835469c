//! Tokens and quantities: digits with separators, number words (via `text2num`), "a dozen",
//! ranges, qualifiers ("at least", "more than", "about", "up to") and vague quantities
//! ("dozens", "hundreds", "several"), each with its token span.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;
use text2num::{find_numbers, Language, Token};

use super::lexicon::{ABOUT_NOT_APPROXIMATE, AGE_AFTER, CHANGE_VERBS, EXCEED_VERBS};
use super::types::Qualifier;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Kind {
    Word,
    /// Digits ("1,200", "580"): the parsed value, `None` if it overflows or is a decimal.
    Num(Option<u64>),
    /// "40-50", "17-18".
    Range(u64, u64),
    Punct,
}

/// A token of a sentence; offsets are into the sentence text.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub lower: String,
    pub kind: Kind,
}

impl Tok {
    pub fn is(&self, w: &str) -> bool {
        self.lower == w
    }
    pub fn is_any(&self, ws: &[&str]) -> bool {
        ws.contains(&self.lower.as_str())
    }
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn is_punct(&self) -> bool {
        self.kind == Kind::Punct
    }
    pub fn capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_uppercase())
    }
}

/// Whether the tokens `toks[a..b]` touch each other and spell one of `words` (lower case):
/// "a.m." is four tokens ("a", ".", "m", ".").
fn spells(toks: &[Tok], a: usize, b: usize, words: &[&str]) -> bool {
    let Some(ts) = toks.get(a..b) else {
        return false;
    };
    let touching = ts.windows(2).all(|w| w[0].end == w[1].start);
    let joined: String = ts.iter().map(|t| t.lower.as_str()).collect();
    touching && words.contains(&joined.as_str())
}

/// The number of tokens of a clock word ("a.m.", "pm", "o'clock") starting at `at`, if any.
pub(crate) fn clock_word_at(toks: &[Tok], at: usize) -> Option<usize> {
    [4, 3, 1]
        .into_iter()
        .find(|&n| spells(toks, at, at + n, super::lexicon::CLOCK_WORDS))
}

/// Whether a clock word ends right before token `at` ("5 a.m. Moscow").
pub(crate) fn clock_word_before(toks: &[Tok], at: usize) -> bool {
    [4, 3, 1]
        .into_iter()
        .any(|n| at >= n && spells(toks, at - n, at, super::lexicon::CLOCK_WORDS))
}

/// The end of the longest of `phrases` (lower-case words) found at token `at`.
pub(crate) fn phrase_end(toks: &[Tok], at: usize, phrases: &[&[&str]]) -> Option<usize> {
    phrases
        .iter()
        .filter(|p| {
            toks.get(at..at + p.len())
                .is_some_and(|ts| ts.iter().zip(p.iter()).all(|(t, w)| t.is(w)))
        })
        .map(|p| at + p.len())
        .max()
}

/// The start of the longest of `phrases` that ends right before token `end` (the mirror of
/// [`phrase_end`]).
pub(crate) fn phrase_start(toks: &[Tok], end: usize, phrases: &[&[&str]]) -> Option<usize> {
    phrases
        .iter()
        .filter(|p| {
            end.checked_sub(p.len())
                .and_then(|a| toks.get(a..end))
                .is_some_and(|ts| ts.iter().zip(p.iter()).all(|(t, w)| t.is(w)))
        })
        .map(|p| end - p.len())
        .min()
}

static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile_regex(
        r"(?x)
        \d{1,3}(?:,\d{3})+(?:\.\d+)?(?:-[A-Za-z]+(?:-[A-Za-z]+)*)?   # 1,200
      | \d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?(?:-[A-Za-z]+(?:-[A-Za-z]+)*)? # 580, 40-50, 12-story
      | (?:[A-Z]\.){2,}(?:-[A-Za-z]+)*                                 # U.S., U.S.-supplied
      | [A-Z][a-z]?\.\d{2,4}\b                                         # S.200: a model's name
      | [A-Za-z\p{L}][\p{L}0-9]*(?:[-'][\p{L}0-9]+)*                    # words, Kh-101, Ukraine's
      | \S",
    )
    .expect("valid regex")
});

/// Splits a sentence into tokens.
/// Drops reference markers ("[1]", "[12]" of encyclopaedia text): "two Iskander[1] ballistic
/// missile strikes" reads as "two Iskander ballistic missile strikes".
fn without_footnotes(toks: Vec<Tok>) -> Vec<Tok> {
    let marker = |i: usize| {
        toks[i].text == "["
            && toks
                .get(i + 1)
                .is_some_and(|t| t.text.len() <= 3 && matches!(t.kind, Kind::Num(_)))
            && toks.get(i + 2).is_some_and(|t| t.text == "]")
    };
    if !toks.iter().any(|t| t.text == "[") {
        return toks;
    }
    let mut drop = vec![false; toks.len()];
    for i in 0..toks.len() {
        if marker(i) {
            drop[i] = true;
            drop[i + 1] = true;
            drop[i + 2] = true;
        }
    }
    toks.into_iter()
        .zip(drop)
        .filter_map(|(t, d)| (!d).then_some(t))
        .collect()
}

pub(crate) fn tokenize(s: &str) -> Vec<Tok> {
    let toks: Vec<Tok> = TOKEN
        .find_iter(s)
        .map(|m| {
            let text = m.as_str();
            let first = text.chars().next().unwrap_or(' ');
            let kind = if first.is_ascii_digit() {
                if text.chars().any(|c| c.is_alphabetic()) {
                    Kind::Word
                } else if let Some((a, b)) = text.split_once('-') {
                    match (parse_int(a), parse_int(b)) {
                        (Some(a), Some(b)) => Kind::Range(a, b),
                        _ => Kind::Num(None),
                    }
                } else {
                    Kind::Num(parse_int(text))
                }
            } else if first.is_alphabetic() {
                Kind::Word
            } else {
                Kind::Punct
            };
            Tok {
                start: m.start(),
                end: m.end(),
                text: text.to_string(),
                lower: crate::text::lower_same_len(text),
                kind,
            }
        })
        .collect();
    without_footnotes(split_glued_numbers(split_weapon_compounds(split_dozens(
        join_spaced_ages(toks, s),
    ))))
}

/// "A 60 year-old port employee", "a 60 year old man": a number and an age word written apart
/// ([`AGE_AFTER`]) are one word, read as "60-year-old" (the text kept as written).
fn join_spaced_ages(toks: Vec<Tok>, s: &str) -> Vec<Tok> {
    // The age's words after the number at `i`, each one space after the one before: how many.
    let age_at = |toks: &[Tok], i: usize| {
        if !matches!(toks[i].kind, Kind::Num(_)) {
            return None;
        }
        let end = phrase_end(toks, i + 1, AGE_AFTER)?;
        toks[i..end]
            .windows(2)
            .all(|w| s.get(w[0].end..w[1].start) == Some(" "))
            .then_some(end - i - 1)
    };
    if !(0..toks.len()).any(|i| age_at(&toks, i).is_some()) {
        return toks;
    }
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        let mut t = toks[i].clone();
        if let Some(n) = age_at(&toks, i) {
            let last = &toks[i + n];
            t.text = s[t.start..last.end].to_string();
            // Spaces become hyphens: the same length, as `lower` must keep.
            t.lower = crate::text::lower_same_len(&t.text).replace(' ', "-");
            t.end = last.end;
            t.kind = Kind::Word;
            i += n;
        }
        out.push(t);
        i += 1;
    }
    out
}

/// "launched three-dozen drones": a number word hyphenated to "dozen" is the two words ("three
/// dozen", 36).
fn split_dozens(toks: Vec<Tok>) -> Vec<Tok> {
    let split = |t: &Tok| {
        t.lower
            .strip_suffix("-dozen")
            .filter(|n| super::lexicon::NUMBER_WORDS.contains(n))
            .map(str::len)
    };
    if !toks.iter().any(|t| split(t).is_some()) {
        return toks;
    }
    let mut out = Vec::with_capacity(toks.len() + 1);
    for t in toks {
        let Some(n) = split(&t) else {
            out.push(t);
            continue;
        };
        let word = |start: usize, end: usize| Tok {
            start,
            end,
            text: t.text[start - t.start..end - t.start].to_string(),
            lower: t.lower[start - t.start..end - t.start].to_string(),
            kind: Kind::Word,
        };
        out.push(word(t.start, t.start + n));
        out.push(word(t.start + n + 1, t.end));
    }
    out
}

/// "it shot down15 missiles": a lower-case word glued to the number after it (a scraping slip)
/// is two tokens. (Capitalised or short ones stay whole: "Tu95", "Su34", "S300".)
fn split_glued_numbers(toks: Vec<Tok>) -> Vec<Tok> {
    let glued = |t: &Tok| {
        let letters = t.text.trim_end_matches(|c: char| c.is_ascii_digit());
        t.kind == Kind::Word
            && letters.len() >= 3
            && letters.len() < t.text.len()
            && letters.chars().all(|c| c.is_ascii_lowercase())
    };
    if !toks.iter().any(glued) {
        return toks;
    }
    let mut out = Vec::with_capacity(toks.len() + 1);
    for t in toks {
        if !glued(&t) {
            out.push(t);
            continue;
        }
        let n = t.text.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let (word, digits) = t.text.split_at(n);
        out.push(Tok {
            start: t.start,
            end: t.start + n,
            text: word.to_string(),
            lower: word.to_string(),
            kind: Kind::Word,
        });
        out.push(Tok {
            start: t.start + n,
            end: t.end,
            text: digits.to_string(),
            lower: digits.to_string(),
            kind: Kind::Num(parse_int(digits)),
        });
    }
    out
}

/// "a 50-drone assault", "the 81-missile strike": the number and its weapon, not one word (as
/// "12-story" is).
fn split_weapon_compounds(toks: Vec<Tok>) -> Vec<Tok> {
    if !toks
        .iter()
        .any(|t| t.kind == Kind::Word && t.text.starts_with(|c: char| c.is_ascii_digit()))
    {
        return toks;
    }
    let mut out = Vec::with_capacity(toks.len());
    for t in toks {
        let split = t.text.split_once('-').filter(|(n, w)| {
            t.kind == Kind::Word
                && !n.is_empty()
                && n.chars().all(|c| c.is_ascii_digit() || c == ',')
                && WEAPON_COMPOUNDS.contains(&w.to_ascii_lowercase().as_str())
        });
        let Some((n, w)) = split else {
            out.push(t);
            continue;
        };
        let (a, b) = (t.start + n.len(), t.start + n.len() + 1);
        let piece = |start: usize, end: usize, text: &str, kind: Kind| Tok {
            start,
            end,
            text: text.to_string(),
            lower: crate::text::lower_same_len(text),
            kind,
        };
        out.push(piece(t.start, a, n, Kind::Num(parse_int(n))));
        out.push(piece(a, b, "-", Kind::Punct));
        out.push(piece(b, t.end, w, Kind::Word));
    }
    out
}

/// Weapon nouns a number is hyphenated to in a compound ("a 50-drone assault").
const WEAPON_COMPOUNDS: &[&str] = &["drone", "drones", "missile", "missiles", "uav", "shahed"];

/// Parses "1,200" or "580"; `None` for decimals and numbers too large for u64.
fn parse_int(s: &str) -> Option<u64> {
    if s.contains('.') {
        return None;
    }
    s.replace(',', "").parse().ok()
}

/// A quantity found in a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Quantity {
    /// First token of the qualifier (or of the number when unqualified).
    pub q_start: usize,
    /// First token of the number.
    pub i: usize,
    /// One past the last token of the number.
    pub j: usize,
    /// The value; `None` for vague quantities and unparseable digits.
    pub value: Option<u64>,
    pub qualifier: Qualifier,
    /// "dozens", "hundreds", "several".
    pub vague: bool,
    /// Written as digits (rather than words).
    pub digits: bool,
}

impl Quantity {
    /// A number a single word implies: "a missile" (1), "both drones" (2), "a second victim" (2).
    pub(crate) fn implied(at: usize, value: u64) -> Self {
        Quantity {
            q_start: at,
            i: at,
            j: at + 1,
            value: Some(value),
            qualifier: Qualifier::Exact,
            vague: false,
            digits: false,
        }
    }
}

const VAGUE: &[&str] = &[
    "dozens",
    "hundreds",
    "thousands",
    "scores",
    "several",
    "numerous",
    "multiple",
    "many",
    "tens",
];

struct T<'a>(&'a Tok);

impl Token for T<'_> {
    fn text(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.0.text)
    }
    fn text_lowercase(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.0.lower)
    }
    fn nt_separated(&self, _previous: &Self) -> bool {
        false
    }
    fn not_a_number_part(&self) -> bool {
        // Vague plurals are handled by us; "a" must not start "a hundred" surprises.
        VAGUE.contains(&self.0.lower.as_str()) || self.0.lower == "a" || self.0.lower == "an"
    }
}

static ENGLISH: LazyLock<Language> = LazyLock::new(Language::english);

/// Finds the quantities of a tokenised sentence, in order.
pub(crate) fn quantities(toks: &[Tok]) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::new();
    // Digits and ranges.
    for (i, t) in toks.iter().enumerate() {
        match t.kind {
            Kind::Num(v) => out.push(Quantity {
                q_start: i,
                i,
                j: i + 1,
                value: v,
                qualifier: Qualifier::Exact,
                vague: false,
                digits: true,
            }),
            Kind::Range(a, _) => out.push(Quantity {
                q_start: i,
                i,
                j: i + 1,
                value: Some(a),
                qualifier: Qualifier::AtLeast,
                vague: false,
                digits: true,
            }),
            _ => {}
        }
    }
    // Number words.
    for occ in find_numbers(toks.iter().map(T), &*ENGLISH, 0.0) {
        if occ.is_ordinal || occ.value < 0.0 || occ.value.fract() != 0.0 {
            continue;
        }
        // Digit tokens are already handled; text2num also reports them.
        if (occ.start..occ.end).any(|k| !toks[k].is_word()) {
            continue;
        }
        // "a hundred" style phrases and lone "one" in "one of" are handled by the rules.
        out.push(Quantity {
            q_start: occ.start,
            i: occ.start,
            j: occ.end,
            value: Some(occ.value as u64),
            qualifier: Qualifier::Exact,
            vague: false,
            digits: false,
        });
    }
    // "a dozen" / "dozen" and vague plurals.
    for (i, t) in toks.iter().enumerate() {
        // "several dozen" (vague through "several"), "a few dozen": as vague as "dozens".
        let after_vague = i > 0 && toks[i - 1].is_any(VAGUE);
        let few = i > 0 && toks[i - 1].is("few");
        if t.is("dozen") && after_vague {
            continue;
        }
        if t.is("dozen") && !few && !toks.get(i + 1).is_some_and(|n| n.is("of")) {
            let a = i > 0 && toks[i - 1].is_any(&["a", "one"]);
            // "Half a dozen enemy drones were shot down": six.
            let half = a && i > 1 && toks[i - 2].is("half");
            let start = if half {
                i - 2
            } else if a {
                i - 1
            } else {
                i
            };
            out.push(Quantity {
                q_start: start,
                i: start,
                j: i + 1,
                value: Some(if half { 6 } else { 12 }),
                qualifier: Qualifier::Exact,
                vague: false,
                digits: false,
            });
        } else if t.is_any(VAGUE)
            || (t.is("dozen") && (few || toks.get(i + 1).is_some_and(|n| n.is("of"))))
        {
            out.push(Quantity {
                q_start: i,
                i,
                j: i + 1,
                value: None,
                qualifier: Qualifier::About,
                vague: true,
                digits: false,
            });
        }
    }
    out.sort_by_key(|q| q.i);
    out.dedup_by_key(|q| q.i);
    // Ranges written with words: "between 40 and 50", "40 to 50".
    let mut merged: Vec<Quantity> = Vec::with_capacity(out.len());
    for q in out {
        if let Some(prev) = merged.last_mut() {
            // "three dozen", "2 dozen": a multiple of twelve.
            if !prev.vague && q.i == prev.j && toks[q.i].is("dozen") && q.value == Some(12) {
                prev.value = prev.value.map(|v| v.saturating_mul(12));
                prev.j = q.j;
                continue;
            }
            let gap = &toks[prev.j..q.i];
            let is_range = !prev.vague
                && !q.vague
                && gap.len() == 1
                && (gap[0].is("to")
                    || (gap[0].is("and") && prev.i > 0 && toks[prev.i - 1].is("between")));
            // "has risen from seven to ten": a change, the second number the new value.
            let change =
                prev.i >= 2 && toks[prev.i - 1].is("from") && toks[prev.i - 2].is_any(CHANGE_VERBS);
            if is_range && !change && q.value >= prev.value {
                prev.j = q.j;
                prev.qualifier = Qualifier::AtLeast;
                if gap[0].is("and") {
                    prev.q_start = prev.i - 1;
                }
                continue;
            }
        }
        merged.push(q);
    }
    for q in &mut merged {
        if q.vague {
            continue;
        }
        apply_qualifier(toks, q);
        // "adding “about a dozen” had been downed", "including “more than 40” in the sky": a
        // count in quotes spans them, and what stands around reads as around a bare count.
        let quoted = q.q_start > 0
            && toks[q.q_start - 1].is("\"")
            && toks.get(q.j).is_some_and(|t| t.is("\""));
        if quoted {
            q.q_start -= 1;
            q.j += 1;
        }
    }
    merged
}

/// Reads the qualifier before (or after) a quantity and widens `q_start` over it.
fn apply_qualifier(toks: &[Tok], q: &mut Quantity) {
    // "about a hundred drones", "more than a thousand": the article is part of the number.
    if q.q_start >= 1
        && toks[q.q_start - 1].is_any(&["a", "an"])
        && toks
            .get(q.q_start)
            .is_some_and(|t| t.is_any(&["hundred", "thousand", "dozen"]))
    {
        q.q_start -= 1;
    }
    let before = |n: usize| -> Option<&Tok> { q.q_start.checked_sub(n).map(|k| &toks[k]) };
    let two = before(2).map(|a| a.lower.clone()).unwrap_or_default()
        + " "
        + &before(1).map(|a| a.lower.clone()).unwrap_or_default();
    let three = before(3).map(|a| a.lower.clone()).unwrap_or_default() + " " + &two;
    let (qual, width) = match () {
        _ if three.ends_with("in excess of") => (Qualifier::MoreThan, 3),
        // "it is known about two dead": the preposition of "know about", not "approximately".
        _ if ABOUT_NOT_APPROXIMATE.iter().any(|w| two.ends_with(w)) => (q.qualifier, 0),
        _ if three.ends_with("as many as") => (Qualifier::UpTo, 3),
        _ if three.ends_with("no fewer than") || three.ends_with("no less than") => {
            (Qualifier::AtLeast, 3)
        }
        _ if two.ends_with("at least") => (Qualifier::AtLeast, 2),
        _ if two.ends_with("more than")
            || two.ends_with("upwards of")
            || two.ends_with("greater than") =>
        {
            (Qualifier::MoreThan, 2)
        }
        _ if two.ends_with("up to") => (Qualifier::UpTo, 2),
        _ if two.ends_with("close to") || two.ends_with("an estimated") => (Qualifier::About, 2),
        _ if two.ends_with("at most") => (Qualifier::UpTo, 2),
        _ => match before(1).map(|t| t.lower.as_str()) {
            Some(w) if EXCEED_VERBS.contains(&w) => (Qualifier::MoreThan, 1),
            Some("over" | "above") => (Qualifier::MoreThan, 1),
            // "Atleast eight lives were lost": the words run together.
            Some("atleast") => (Qualifier::AtLeast, 1),
            Some(
                "about" | "around" | "approximately" | "roughly" | "nearly" | "almost" | "some"
                | "approx" | "estimated" | "circa" | "~",
            ) => (Qualifier::About, 1),
            _ => (q.qualifier, 0),
        },
    };
    q.qualifier = qual;
    q.q_start -= width;
    // Suffixes: "144+", "40 or more", "50-plus".
    if let Some(t) = toks.get(q.j) {
        if t.is("+") {
            q.qualifier = Qualifier::MoreThan;
            q.j += 1;
        } else if t.is("or")
            && toks
                .get(q.j + 1)
                .is_some_and(|m| m.is_any(&["more", "over"]))
        {
            q.qualifier = Qualifier::AtLeast;
            q.j += 2;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> Vec<(Option<u64>, Qualifier, String)> {
        let toks = tokenize(s);
        quantities(&toks)
            .into_iter()
            .map(|q| {
                let span = s[toks[q.q_start].start..toks[q.j - 1].end].to_string();
                (q.value, q.qualifier, span)
            })
            .collect()
    }

    #[test]
    fn an_age_written_apart_is_one_word() {
        // "A 60 year-old employee", "a 60 year old man": no count of 60.
        for text in [
            "A 60 year-old port employee was killed.",
            "A 60 year old man was killed.",
        ] {
            let toks = tokenize(text);
            let age = toks.iter().find(|t| t.lower == "60-year-old");
            assert!(age.is_some_and(|t| t.kind == Kind::Word), "{text}");
            assert!(q(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_model_name_with_a_dot_is_one_word() {
        // "two S.200 missiles": the 200 is the model's, not a count.
        let got: Vec<Option<u64>> = q("Ukraine launched two S.200 missiles.")
            .into_iter()
            .map(|(v, _, _)| v)
            .collect();
        assert_eq!(got, [Some(2)]);
    }

    #[test]
    fn numbers_in_many_spellings() {
        use Qualifier::*;
        type Case<'a> = (&'a str, &'a [(Option<u64>, Qualifier, &'a str)]);
        let cases: &[Case] = &[
            (
                "over 650 drones and 51 missiles",
                &[(Some(650), MoreThan, "over 650"), (Some(51), Exact, "51")],
            ),
            (
                "approximately 580 drones",
                &[(Some(580), About, "approximately 580")],
            ),
            (
                "at least twenty-six people",
                &[(Some(26), AtLeast, "at least twenty-six")],
            ),
            (
                "one hundred and one drones",
                &[(Some(101), Exact, "one hundred and one")],
            ),
            (
                "One hundred fifty-nine people",
                &[(Some(159), Exact, "One hundred fifty-nine")],
            ),
            ("a dozen drones", &[(Some(12), Exact, "a dozen")]),
            ("half a dozen drones", &[(Some(6), Exact, "half a dozen")]),
            (
                "over three dozen drones",
                &[(Some(36), MoreThan, "over three dozen")],
            ),
            (
                "about two dozen missiles",
                &[(Some(24), About, "about two dozen")],
            ),
            ("1,200 drones", &[(Some(1200), Exact, "1,200")]),
            ("up to 50 percent", &[(Some(50), UpTo, "up to 50")]),
            ("40 to 50 drones", &[(Some(40), AtLeast, "40 to 50")]),
            ("40-50 drones", &[(Some(40), AtLeast, "40-50")]),
            (
                "in excess of 300 drones",
                &[(Some(300), MoreThan, "in excess of 300")],
            ),
            ("Injured 144+", &[(Some(144), MoreThan, "144+")]),
            ("dozens of drones", &[(None, About, "dozens")]),
            (
                "99999999999999999999 drones",
                &[(None, Exact, "99999999999999999999")],
            ),
        ];
        for (s, want) in cases {
            let got = q(s);
            let want: Vec<_> = want
                .iter()
                .map(|(v, q, p)| (*v, *q, p.to_string()))
                .collect();
            assert_eq!(got, want, "{s}");
        }
    }
}
