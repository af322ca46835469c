//! Zero statements with words between the casualty noun and its negation: "пострадавших в
//! результате атаки нет", "жертв среди мирного населения нет", "загиблих, на щастя, немає",
//! "пострадавших в ходе инцидента не было". The noun takes the English zero, the negation is
//! dropped, and the words between are glossed as usual (a place among them stays the zero's).

use super::{best_entry, Table, Token};
use crate::extract::lexicon::ZeroOf;

/// A language's words of zero statements (see the `ZERO_*` tables of `lexicon::uk` and `ru`).
pub(super) struct ZeroWords {
    pub(super) nouns: &'static [(&'static str, ZeroOf)],
    pub(super) negations: &'static [&'static str],
    pub(super) not_known: &'static [&'static str],
    pub(super) sources: &'static [&'static str],
    pub(super) qualified: &'static [&'static str],
}

/// Whether a token is one of `words` (a word ending in `*` is a stem).
fn is_word(t: &Token, words: &[&str]) -> bool {
    words.iter().any(|w| match w.strip_suffix('*') {
        Some(stem) => t.lower.starts_with(stem),
        None => t.lower == *w,
    })
}

/// A zero statement's edits, by token: the casualty noun (its English) and the negation (dropped).
pub(super) struct ZeroGap {
    pub(super) noun: usize,
    pub(super) english: &'static str,
    /// Other casualty nouns of the statement ("погибших и пострадавших ... нет"): dropped.
    pub(super) others: Vec<usize>,
    /// The negation's tokens, first and last.
    pub(super) neg: (usize, usize),
}

/// At most this many words between the noun and its negation.
const MAX_GAP: usize = 8;

/// The zero statements of a text whose noun and negation are apart ("пострадавших нет", side by
/// side, is the table's).
pub(super) fn zero_gaps(
    toks: &[Token],
    text: &str,
    table: &Table,
    words: &ZeroWords,
) -> Vec<ZeroGap> {
    let noun_of = |t: &Token| {
        words
            .nouns
            .iter()
            .find(|(w, _)| t.lower == *w)
            .map(|&(_, z)| z)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some(first) = noun_of(&toks[i]) else {
            i += 1;
            continue;
        };
        // "информации о пострадавших нет": nothing is known yet, no zero. ("По имеющейся
        // информации, пострадавших ... не зафиксировано": the information is the zero's source.)
        // ("По предварительной информации пострадавших ... нет": "по" makes the information the
        // zero's source too.)
        let source = |k: usize| {
            toks[k.saturating_sub(3)..k]
                .iter()
                .any(|t| is_word(t, words.sources))
        };
        // ("Информации о разрушениях и пострадавших нет": the news of both is what is missing.)
        let conj = |t: &Token| matches!(t.lower.as_str(), "и" | "і" | "та" | "или" | "чи");
        let at = if i >= 3 && conj(&toks[i - 1]) {
            i - 2
        } else {
            i
        };
        if at > 0
            && is_word(&toks[at - 1], words.not_known)
            && text[toks[at - 1].end..toks[at].start].trim().is_empty()
            && !source(at - 1)
        {
            i += 1;
            continue;
        }
        // "відомо про 14 постраждалих - ..., загрози життю немає": a counted noun is no zero.
        if i > 0 && super::is_number(&toks[i - 1], table) {
            i += 1;
            continue;
        }
        // A phrase of the table that covers more than the noun reads it.
        if best_entry(table, toks, i, text).is_some_and(|(end, _)| end > toks[i].end) {
            i += 1;
            continue;
        }
        let mut kinds = vec![first];
        let mut others = Vec::new();
        let mut found = None;
        for k in i + 1..toks.len().min(i + 2 + MAX_GAP) {
            // Within its sentence: no full stop, question or exclamation mark, semicolon between.
            if text[toks[k - 1].end..toks[k].start].contains(['.', '!', '?', ';', ':']) {
                break;
            }
            // "пострадавших в тяжелом состоянии нет": there are others. (Not an adjective of a
            // second noun joined by "and": "пострадавших и серьёзных повреждений ... не
            // зафиксировано", no injured and no serious damage.)
            let joined = toks[k - 1].lower == "и" || toks[k - 1].lower == "і";
            if is_word(&toks[k], words.qualified) && !joined {
                break;
            }
            if let Some(n) = negation_at(toks, k, words.negations) {
                found = Some((k, n));
                break;
            }
            if let Some(z) = noun_of(&toks[k]) {
                kinds.push(z);
                others.push(k);
            }
        }
        match found {
            Some((k, n)) if k > i + 1 => {
                let killed = kinds
                    .iter()
                    .any(|z| matches!(z, ZeroOf::Killed | ZeroOf::Both));
                let injured = kinds
                    .iter()
                    .any(|z| matches!(z, ZeroOf::Injured | ZeroOf::Both));
                let english = match (killed, injured) {
                    (true, true) => "there were no casualties",
                    (true, false) => "no one was killed",
                    _ => "no one was injured",
                };
                out.push(ZeroGap {
                    noun: i,
                    english,
                    others,
                    neg: (k, k + n - 1),
                });
                i = k + n;
            }
            _ => i += 1,
        }
    }
    out
}

/// The English of a zero phrase of the table at token `i` that a word of news or of others before
/// it takes back: "информации о погибших и пострадавших нет", "інформації про загиблих та
/// постраждалих немає" (nothing known yet), "других погибших нет" (no more of them): no zero.
/// `None` when the phrase stands as a zero.
pub(super) fn zero_taken_back(
    toks: &[Token],
    i: usize,
    text: &str,
    english: &str,
    words: &ZeroWords,
) -> Option<&'static str> {
    let zero = [
        "there were no casualties",
        "no one was injured",
        "no one was killed",
    ]
    .iter()
    .any(|z| english.eq_ignore_ascii_case(z));
    let before = i.checked_sub(1).map(|b| &toks[b])?;
    let adjacent = text[before.end..toks[i].start].trim().is_empty();
    if !zero || !adjacent || !is_word(before, words.not_known) {
        return None;
    }
    // "По информации о ... , пострадавших нет": the information is the zero's source.
    let source = toks[i.saturating_sub(4)..i - 1]
        .iter()
        .any(|t| is_word(t, words.sources));
    if source {
        return None;
    }
    Some(match before.lower.as_str() {
        "о" | "об" | "про" => "there is no information on casualties",
        _ => "no other casualties",
    })
}

/// How many tokens of a negation ("нет", "не было", "не зафиксировано") start at `k`.
fn negation_at(toks: &[Token], k: usize, negations: &[&str]) -> Option<usize> {
    negations.iter().find_map(|n| {
        let words: Vec<&str> = n.split(' ').collect();
        let all = words
            .iter()
            .enumerate()
            .all(|(o, w)| toks.get(k + o).is_some_and(|t| is_word(t, &[w])));
        all.then_some(words.len())
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::gloss::tests::glossed;
    use crate::lang::Lang;

    #[test]
    fn a_zero_with_words_between_its_noun_and_negation() {
        let g = glossed("Пострадавших в результате атаки нет.", Lang::Ru);
        assert!(g.starts_with("No one was injured"), "{g}");
        let g = glossed("Жертв среди мирного населения нет.", Lang::Ru);
        assert!(g.starts_with("There were no casualties"), "{g}");
        let g = glossed("Загиблих, на щастя, немає.", Lang::Uk);
        assert!(g.starts_with("No one was killed"), "{g}");
        let g = glossed("Погибших и пострадавших среди людей не было.", Lang::Ru);
        assert!(g.starts_with("There were no casualties"), "{g}");
        let g = glossed("жертв и разрушений удалось избежать.", Lang::Ru);
        assert!(g.starts_with("there were no casualties"), "{g}");
        let g = glossed(
            "По имеющейся информации, пострадавших не зафиксировано.",
            Lang::Ru,
        );
        assert!(g.contains("no one was injured"), "{g}");
    }

    #[test]
    fn no_zero_where_the_text_says_nothing_is_known_or_others_are_hurt() {
        for (text, lang) in [
            ("Информации о пострадавших пока нет.", Lang::Ru),
            ("Других пострадавших, по словам губернатора, нет.", Lang::Ru),
            ("Постраждалих у стані середньої важкості нема.", Lang::Uk),
            // Another sentence: no zero across a full stop.
            ("Пострадавших доставили в больницу. Погибших нет.", Lang::Ru),
        ] {
            let g = glossed(text, lang);
            assert!(!g.contains("No one was injured"), "{text}: {g}");
        }
    }
}
