//! A capitalised word no table glosses, spelled in Latin letters: a place when the gazetteer
//! knows the spelling ("в Мукачево" → "in Mukachevo").

use super::Token;
use crate::extract::lexicon::translit::{BEFORE_PLACE, CASE_ENDINGS, RUSSIAN, UKRAINIAN};
use crate::extract::places::GAZETTEER;
use crate::lang::Lang;

/// The word in Latin letters, `None` when a letter is not Cyrillic.
fn latin(word: &str, lang: Lang) -> Option<String> {
    let mut out = String::new();
    for c in word.chars() {
        let own = match lang {
            Lang::Uk => UKRAINIAN.iter().find(|(k, _)| *k == c),
            _ => None,
        };
        let (_, l) = own.or_else(|| RUSSIAN.iter().find(|(k, _)| *k == c))?;
        out.push_str(l);
    }
    Some(out)
}

/// The gazetteer's name of a capitalised Cyrillic word (lower case, `lower`) or of its
/// nominative, if the gazetteer knows it: its city, else its region. Never a given name in any
/// case ("Владимира" is a man's, not the city's).
pub(super) fn place(lower: &str, lang: Lang, given_names: &[&str]) -> Option<&'static str> {
    if lower.chars().count() < 4 {
        return None;
    }
    let forms = std::iter::once(lower.to_string()).chain(CASE_ENDINGS.iter().filter_map(
        |(ending, nominative)| {
            let stem = lower.strip_suffix(ending)?;
            (stem.chars().count() >= 3).then(|| format!("{stem}{nominative}"))
        },
    ));
    let forms: Vec<String> = forms.collect();
    if forms.iter().any(|f| given_names.contains(&f.as_str())) {
        return None;
    }
    forms
        .iter()
        .filter_map(|f| latin(f, lang))
        .find_map(|l| GAZETTEER.get(l.as_str()))
        .and_then(|p| p.city.or(p.region))
}

/// The edit that spells out the capitalised word at token `i` as a place, when it follows a
/// preposition or a word for a city ("в Мукачево", "у Павлограді", "м. Ізмаїл"); not a given name,
/// nor a name right before a surname ("Владимир Рогов").
pub(super) fn edit(
    toks: &[Token],
    i: usize,
    text: &str,
    lang: Lang,
    given_names: &[&str],
) -> Option<(usize, usize, String)> {
    let t = &toks[i];
    let capitalised = |k: usize| text[toks[k].start..].starts_with(char::is_uppercase);
    let named = toks.get(i + 1).is_some_and(|n| {
        text[n.start..].starts_with(char::is_uppercase) && text[t.end..n.start].trim().is_empty()
    });
    let prev = i.checked_sub(1).map(|k| &toks[k])?;
    let after_place_word = BEFORE_PLACE.contains(&prev.lower.as_str())
        || text[prev.end..t.start].trim() == "."
            && BEFORE_PLACE.contains(&format!("{}.", prev.lower).as_str());
    if !capitalised(i) || named || !after_place_word {
        return None;
    }
    place(&t.lower, lang, given_names).map(|name| (t.start, t.end, name.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_the_tables_do_not_list_are_spelled_out() {
        assert_eq!(place("мукачево", Lang::Ru, &[]), Some("Mukachevo"));
        assert_eq!(place("мукачеве", Lang::Uk, &[]), Some("Mukachevo"));
        assert_eq!(place("вчера", Lang::Ru, &[]), None);
        assert_eq!(place("путина", Lang::Ru, &[]), None);
        assert_eq!(place("владимира", Lang::Ru, &["владимир"]), None);
    }
}
