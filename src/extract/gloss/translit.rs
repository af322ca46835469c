//! A capitalised word no table glosses, spelled in Latin letters: a place when the gazetteer
//! knows the spelling ("в Мукачево" → "in Mukachevo").

use crate::extract::lexicon::translit::{CASE_ENDINGS, RUSSIAN, UKRAINIAN};
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
