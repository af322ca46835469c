//! Numbers glossed with the word they are written with: a case ending or a word after a hyphen
//! ("112-ма", "81-го", "40-річний", "40-летний"), and an age written apart from its number
//! ("30-ти летний", "45 летний").

use super::{best_entry, english, Table, Token};

/// Whether a word is digits only ("112", not "" or "1,200").
fn all_digits(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
}

/// A number with a case ending or a word after a hyphen: "112-ма" (instrumental) and "81-го"
/// (genitive) are the numbers; "40-річний", "40-летний" are "40-year-old" (the word after the
/// hyphen glossed by the table).
pub(super) fn number_with_ending(
    t: &Token,
    text: &str,
    table: &Table,
) -> Option<(usize, usize, String)> {
    let (digits, rest) = t.lower.split_once('-')?;
    if !all_digits(digits) || rest.is_empty() {
        return None;
    }
    if !rest.chars().all(char::is_alphabetic) || rest.is_ascii() {
        return None;
    }
    if table.endings.contains(&rest) {
        return Some((t.start, t.end, digits.to_string()));
    }
    let word = [Token {
        start: t.start + digits.len() + 1,
        end: t.end,
        lower: rest.to_string(),
    }];
    let (_, e) = best_entry(table, &word, 0, text)?;
    let entry = &table.entries[e];
    let english = english(entry, &word, 0, text);
    let english = match english.contains('#') {
        true => english.replace('#', digits),
        false => format!("{digits}-{english}"),
    };
    (entry.words.len() == 1 && entry.before.is_empty()).then_some((t.start, t.end, english))
}

/// "погиб 30-ти летний мужчина", "45 летний": a number (with a case ending or none) and, after a
/// space, an age word glossed with the number's place (`#`): one "a 30-year-old", so that the
/// number is the man's age, not a count of men.
pub(super) fn age_after_number(
    toks: &[Token],
    i: usize,
    text: &str,
    table: &Table,
) -> Option<(usize, usize, String)> {
    let (t, next) = (toks.get(i)?, toks.get(i + 1)?);
    let digits = match t.lower.split_once('-') {
        Some((d, rest)) if table.endings.contains(&rest) => d,
        Some(_) => return None,
        None => t.lower.as_str(),
    };
    if !all_digits(digits) {
        return None;
    }
    if !text
        .get(t.end..next.start)?
        .chars()
        .all(char::is_whitespace)
    {
        return None;
    }
    let (end, e) = best_entry(table, toks, i + 1, text)?;
    let english = english(&table.entries[e], toks, i + 1, text);
    english
        .contains('#')
        .then(|| (t.start, end, english.replace('#', digits)))
}
