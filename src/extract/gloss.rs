//! Pass 0 for Ukrainian and Russian: the words of the genre glossed into the English the passes
//! read, with every byte of a gloss mapped back to the original words.
//!
//! The passes after this one know the genre in English: what a head noun is, which verb launches
//! and which intercepts, how a zero statement reads. A Ukrainian or Russian sentence of the genre
//! has the same parts in much the same order ("противник атакував 49 ударними БпЛА" / "the enemy
//! attacked with 49 attack drones"; "перехвачены и уничтожены 116 украинских беспилотников" /
//! "intercepted and destroyed 116 Ukrainian drones"), so each language is a table of phrases and
//! their English ([`super::lexicon::uk::GLOSSES`], [`super::lexicon::ru::GLOSSES`]) and the same
//! passes read the result. The glosses rewrite the normalised text only
//! ([`crate::text::Normalized::rewrite`]): a figure's span, evidence and sentence are the original
//! words.
//!
//! A table entry is a phrase of words separated by spaces, and its English:
//! - a word ending in `*` is a stem: it matches every word that begins with it (case endings);
//! - a word beginning with `>` is context: it must follow but is not replaced;
//! - a word beginning with `<` is context before: it must come right before the phrase;
//! - `#num` matches a number (digits or a number word of the table), `#age` one that is no year
//!   (a number word, or at most three digits: "61 года" is an age, "2025 года" a year),
//!   `#month` a month's name (a word the table glosses as one);
//! - a word ending in `.` matches the word and its full stop ("обл.");
//! - an English ending in `*` keeps the rest of the word ("х-*" → "Kh-*": "Х-101" → "Kh-101").
//!
//! The phrase that replaces most words wins at each word, then the one with more context, then
//! the more specific (an exact word over a stem, first word first), then the first in the table; an English that starts in
//! lower case is capitalised when the original word was. Digit groups separated by spaces
//! ("1 200") become one number ("1,200").

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

mod numbers;
mod translit;
mod zeros;

use super::lexicon::{ru, uk, ABBREVIATED_IN_CAPITALS, NUMBER_WORDS};
use crate::lang::Lang;
use crate::text::Normalized;

/// One phrase of a table, compiled.
#[derive(Debug)]
struct Entry {
    /// Context that must come before the phrase (`<` words), nearest last.
    before: Vec<Word>,
    words: Vec<Word>,
    /// How many of `words` are replaced (the rest is context).
    replaced: usize,
    english: &'static str,
}

#[derive(Debug, PartialEq)]
enum Word {
    Exact(String),
    Stem(String),
    /// `*річн*`: a word that contains it (only as context).
    Contains(String),
    Number,
    /// `#age`: a number that is no year (at most three digits, or a number word).
    Age,
    /// `#month`: a month's name (a word the table glosses as one).
    Month,
    /// A word followed by its full stop.
    Abbrev(String),
}

/// A language's table, indexed by the first word of each phrase.
#[derive(Debug)]
struct Table {
    entries: Vec<Entry>,
    exact: HashMap<String, Vec<usize>>,
    stems: Vec<(String, usize)>,
    numbers: Vec<usize>,
    /// Case endings written after a number and a hyphen ("112-ма").
    endings: &'static [&'static str],
    /// Given names: the capitalised word after one is a surname, left as it is.
    given_names: &'static [&'static str],
}

impl Table {
    fn new(
        tables: &[&'static [(&'static str, &'static str)]],
        endings: &'static [&'static str],
        given_names: &'static [&'static str],
    ) -> Self {
        let mut t = Table {
            entries: Vec::new(),
            exact: HashMap::new(),
            stems: Vec::new(),
            numbers: Vec::new(),
            endings,
            given_names,
        };
        for &(phrase, english) in tables.iter().copied().flatten() {
            let mut words = Vec::new();
            let mut before = Vec::new();
            let mut replaced = 0;
            for w in phrase.split_whitespace() {
                if let Some(w) = w.strip_prefix('<') {
                    before.push(Word::parse(w));
                    continue;
                }
                let (context, w) = match w.strip_prefix('>') {
                    Some(rest) => (true, rest),
                    None => (false, w),
                };
                words.push(Word::parse(w));
                if !context {
                    replaced = words.len();
                }
            }
            let i = t.entries.len();
            // "пятеро" for "п'ятеро": the apostrophe is often left out.
            match words.first() {
                Some(Word::Exact(w) | Word::Abbrev(w)) => {
                    t.exact.entry(w.clone()).or_default().push(i);
                    if w.contains('\'') {
                        t.exact.entry(w.replace('\'', "")).or_default().push(i);
                    }
                }
                Some(Word::Stem(s)) => {
                    t.stems.push((s.clone(), i));
                    if s.contains('\'') {
                        t.stems.push((s.replace('\'', ""), i));
                    }
                }
                Some(Word::Number | Word::Age) => t.numbers.push(i),
                Some(Word::Contains(_) | Word::Month) | None => continue,
            }
            t.entries.push(Entry {
                before,
                words,
                replaced,
                english,
            });
        }
        t
    }
}

impl Word {
    fn parse(w: &str) -> Word {
        let lower = fold(w);
        if lower == "#num" {
            Word::Number
        } else if lower == "#age" {
            Word::Age
        } else if lower == "#month" {
            Word::Month
        } else if let Some(part) = lower.strip_prefix('*').and_then(|l| l.strip_suffix('*')) {
            Word::Contains(part.to_string())
        } else if let Some(stem) = lower.strip_suffix('*') {
            Word::Stem(stem.to_string())
        } else if let Some(word) = lower.strip_suffix('.').filter(|s| !s.is_empty()) {
            Word::Abbrev(word.to_string())
        } else {
            Word::Exact(lower)
        }
    }

    fn matches(&self, t: &Token, text: &str, table: &Table) -> bool {
        if ABBREVIATED_IN_CAPITALS.contains(&t.lower.as_str())
            && !text[t.start..t.end].chars().any(char::is_lowercase)
        {
            return false;
        }
        // "пятеро" for "п'ятеро": the apostrophe is often left out.
        let bare = |x: &str| x.contains('\'') && t.lower == x.replace('\'', "");
        let bare_stem = |x: &str| x.contains('\'') && t.lower.starts_with(&x.replace('\'', ""));
        match self {
            Word::Exact(x) => t.lower == *x || bare(x),
            Word::Stem(s) => t.lower.starts_with(s.as_str()) || bare_stem(s),
            Word::Contains(s) => t.lower.contains(s.as_str()),
            Word::Number => is_number(t, table),
            Word::Age => {
                is_number(t, table)
                    && !(t.lower.len() > 3 && t.lower.bytes().all(|b| b.is_ascii_digit()))
            }
            Word::Month => is_month(t, table),
            Word::Abbrev(x) => t.lower == *x && text[t.end..].starts_with('.'),
        }
    }
}

static UK: LazyLock<Table> = LazyLock::new(|| {
    Table::new(
        &[
            uk::GLOSSES,
            uk::NAVAL,
            uk::CASUALTIES,
            uk::WORDS,
            uk::PEOPLE,
            uk::PLACES,
        ],
        uk::NUMBER_ENDINGS,
        uk::GIVEN_NAMES,
    )
});
static RU: LazyLock<Table> = LazyLock::new(|| {
    Table::new(
        &[
            ru::GLOSSES,
            ru::RECAPS,
            ru::REPORTERS,
            ru::NAVAL,
            ru::CASUALTIES,
            ru::WORDS,
            ru::DEFENCE,
            ru::LAUNCH,
            ru::PERIODS,
            ru::PLACES,
        ],
        ru::NUMBER_ENDINGS,
        ru::GIVEN_NAMES,
    )
});

/// "1 200", "12 500": digit groups of a thousand separated by spaces.
static DIGIT_GROUPS: LazyLock<Regex> = crate::regex!(r"\b\d{1,3}(?: \d{3})+\b");

/// A word of the text: its span and its lower case.
struct Token {
    start: usize,
    end: usize,
    lower: String,
}

/// A word's lower case with "ё" as "е" (Russian writes the dots only sometimes: "тяжёлую",
/// "тяжелую"), so that one table entry matches both spellings.
fn fold(w: &str) -> String {
    let lower = w.to_lowercase();
    if lower.contains('ё') {
        lower.replace('ё', "е")
    } else {
        lower
    }
}

fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let inner =
            (c == '\'' || c == '-') && start.is_some() && next.is_some_and(char::is_alphanumeric);
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push(Token {
                start: s,
                end: i,
                lower: fold(&text[s..i]),
            });
        }
    }
    if let Some(s) = start {
        out.push(Token {
            start: s,
            end: text.len(),
            lower: fold(&text[s..]),
        });
    }
    out
}

/// Whether `t` is a month's name: a word the table glosses as one ("жовтня", "октября").
fn is_month(t: &Token, table: &Table) -> bool {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    table.exact.get(&t.lower).is_some_and(|es| {
        es.iter()
            .any(|&e| MONTHS.contains(&table.entries[e].english))
    })
}

/// Whether `t` is a number: digits, or a word the table glosses as a number.
fn is_number(t: &Token, table: &Table) -> bool {
    t.lower.starts_with(|c: char| c.is_ascii_digit())
        || table.exact.get(&t.lower).is_some_and(|es| {
            es.iter().any(|&e| {
                let english = table.entries[e].english;
                table.entries[e].words.len() == 1
                    && english
                        .trim_start_matches("with ")
                        .split([' ', '-'])
                        .all(|w| w == "a" || NUMBER_WORDS.contains(&w))
            })
        })
}

/// How many tokens from `i` the entry matches (its replaced part), and the end of the last one
/// (past an abbreviation's full stop); `None` when it does not match.
fn matches(entry: &Entry, toks: &[Token], i: usize, text: &str, table: &Table) -> Option<usize> {
    let n = entry.before.len();
    // Context before a phrase is the words right before it, in the same clause.
    if n > i
        || !entry
            .before
            .iter()
            .zip(&toks[i - n..i])
            .all(|(w, t)| w.matches(t, text, table))
        || !(i - n..i).all(|k| {
            text[toks[k].end..toks[k + 1].start]
                .chars()
                .all(char::is_whitespace)
        })
    {
        return None;
    }
    let mut end = 0;
    for (k, w) in entry.words.iter().enumerate() {
        let t = toks.get(i + k)?;
        // Words of a phrase follow each other with only spaces between.
        if k > 0
            && !text[toks[i + k - 1].end..t.start]
                .chars()
                .all(char::is_whitespace)
        {
            let gap = &text[toks[i + k - 1].end..t.start];
            let prev_abbrev = matches!(entry.words[k - 1], Word::Abbrev(_));
            // Context after a phrase may follow a comma ("без жертв, постраждалим ...") or a
            // dash ("по два — над Брянской").
            let context = k >= entry.replaced;
            // (Not a count after a comma: "получили ранения, один человек погиб" has its
            // count in the next clause.)
            let comma_ok = !matches!(w, Word::Number);
            let ok = (prev_abbrev && gap.trim_start_matches('.').trim().is_empty())
                || (context && (gap.trim() == "-" || comma_ok && gap.trim() == ","));
            if !ok {
                return None;
            }
        }
        if !w.matches(t, text, table) {
            return None;
        }
        if k + 1 == entry.replaced {
            end = t.end + usize::from(matches!(w, Word::Abbrev(_)));
        }
    }
    Some(end)
}

/// The English of a matched phrase: capitalised after a capital, a stem's rest kept.
fn english(entry: &Entry, toks: &[Token], i: usize, text: &str) -> String {
    let first = &text[toks[i].start..toks[i].end];
    let mut out = match (entry.english.strip_suffix('*'), &entry.words[0]) {
        (Some(head), Word::Stem(stem)) => {
            let rest: String = toks[i].lower.chars().skip(stem.chars().count()).collect();
            format!("{head}{}", rest.to_uppercase())
        }
        _ => entry.english.to_string(),
    };
    // An acronym ("БпЛА", "ППО") is capitalised only where a sentence starts.
    let acronym = first.chars().filter(|c| c.is_uppercase()).count() > 1;
    let before = text[..toks[i].start].trim_end_matches([' ', '"', '\'', '(', '-']);
    let sentence_start = before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':']);
    if first.starts_with(char::is_uppercase)
        && (!acronym || sentence_start)
        && out.starts_with(|c: char| c.is_ascii_lowercase())
    {
        out[..1].make_ascii_uppercase();
    }
    out
}

/// The normalised text of an article in `lang` with the table's phrases in English. English
/// text is returned as it is.
pub(crate) fn gloss(norm: Normalized, lang: Lang) -> Normalized {
    let table: &Table = match lang {
        Lang::En => return norm,
        Lang::Uk => &UK,
        Lang::Ru => &RU,
    };
    let text = &norm.text;
    let toks = tokens(text);
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let zero_words = match lang {
        Lang::Uk => zeros::ZeroWords {
            nouns: uk::ZERO_NOUNS,
            negations: uk::ZERO_NEGATIONS,
            not_known: uk::ZERO_NOT_KNOWN,
            sources: uk::ZERO_SOURCES,
            qualified: uk::ZERO_QUALIFIED,
        },
        _ => zeros::ZeroWords {
            nouns: ru::ZERO_NOUNS,
            negations: ru::ZERO_NEGATIONS,
            not_known: ru::ZERO_NOT_KNOWN,
            sources: ru::ZERO_SOURCES,
            qualified: ru::ZERO_QUALIFIED,
        },
    };
    let gaps = zeros::zero_gaps(&toks, text, table, &zero_words);
    // Token -> its zero edit: the noun's English, or nothing (other nouns, the negation).
    let mut zero_at: HashMap<usize, (usize, &'static str)> = HashMap::new();
    for g in &gaps {
        zero_at.insert(g.noun, (g.noun, g.english));
        for &o in &g.others {
            zero_at.insert(o, (o, ""));
        }
        zero_at.insert(g.neg.0, (g.neg.1, ""));
    }
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if let Some(&(last, english)) = zero_at.get(&i) {
            let mut english = english.to_string();
            if text[t.start..].starts_with(char::is_uppercase) {
                if let Some(c) = english.get_mut(..1) {
                    c.make_ascii_uppercase();
                }
            }
            edits.push((t.start, toks[last].end, english));
            i = last + 1;
            continue;
        }
        // "30-ти летний мужчина", "45 летний": a number and the age word after it.
        if let Some(edit) = numbers::age_after_number(&toks, i, text, table) {
            edits.push(edit);
            i += 2;
            continue;
        }
        if let Some(mut edit) = numbers::number_with_ending(t, text, table) {
            // "та його 5-річний син": "his 5-year-old son", no article after a possessive.
            if counted_before(&toks, i, text, table, &edits) {
                edit.2 = without_article(edit.2);
            }
            edits.push(edit);
            i += 1;
            continue;
        }
        // "глава республики Олег Николаев": a surname after a given name, not a place.
        let capitalised = |k: usize| text[toks[k].start..].starts_with(char::is_uppercase);
        if i > 0
            && capitalised(i)
            && capitalised(i - 1)
            && table.given_names.contains(&toks[i - 1].lower.as_str())
        {
            i += 1;
            continue;
        }
        match best_entry(table, &toks, i, text) {
            Some((end, e)) => {
                let entry = &table.entries[e];
                let mut english = english(entry, &toks, i, text);
                if let Some(e) = zeros::zero_taken_back(&toks, i, text, &english, &zero_words) {
                    english = e.to_string();
                }
                if counted_before(&toks, i, text, table, &edits) {
                    english = without_article(english);
                }
                // "атакували Україну двома ракетами": "attacked Ukraine with" and "with two"
                // give one "with".
                let with_before = edits.last().is_some_and(|(_, end, e)| {
                    e.ends_with(" with") && text[*end..t.start].chars().all(char::is_whitespace)
                });
                if with_before {
                    if let Some(rest) = english.strip_prefix("with ") {
                        english = rest.to_string();
                    }
                }
                // "були збиті": the auxiliary is glossed already ("were shot down", once).
                if after_auxiliary(&toks, i, text, &edits) {
                    for aux in ["were ", "was "] {
                        if let Some(rest) = english.strip_prefix(aux) {
                            english = rest.to_string();
                        }
                    }
                }
                let (start, end) = dashes_around(
                    &toks,
                    i,
                    i + entry.replaced.max(1),
                    end,
                    &english,
                    text,
                    table,
                );
                let english = match start < t.start {
                    true => format!(" {english}"),
                    false => english,
                };
                let english = match end > toks[i + entry.replaced.max(1) - 1].end {
                    true => format!("{english} "),
                    false => english,
                };
                edits.push((start, end, english));
                i += entry.replaced.max(1);
            }
            // "в Мукачево": a place no table lists, by its Latin spelling.
            None => {
                edits.extend(translit::edit(&toks, i, text, lang, table.given_names));
                i += 1;
            }
        }
    }
    for m in DIGIT_GROUPS.find_iter(text) {
        if edits
            .iter()
            .all(|&(s, e, _)| e <= m.start() || s >= m.end())
        {
            edits.push((m.start(), m.end(), m.as_str().replace(' ', ",")));
        }
    }
    edits.sort_by_key(|&(s, _, _)| s);
    norm.rewrite(&edits)
}

/// The entry that matches at token `i` (the longest phrase; among equals, the one with more
/// context, an exact word before a stem, a longer stem before a shorter; then the table's order),
/// and the end of its match.
fn best_entry(table: &Table, toks: &[Token], i: usize, text: &str) -> Option<(usize, usize)> {
    let t = &toks[i];
    let exact = table.exact.get(&t.lower).into_iter().flatten();
    let stems = table
        .stems
        .iter()
        .filter(|(s, _)| t.lower.starts_with(s.as_str()))
        .map(|(_, e)| e);
    let numbers = table.numbers.iter().filter(|_| is_number(t, table));
    let mut best: Option<(Rank, usize, usize)> = None; // (rank, end, entry)
    for &e in exact.chain(stems).chain(numbers) {
        let entry = &table.entries[e];
        let Some(end) = matches(entry, toks, i, text, table) else {
            continue;
        };
        // More context (before or after) is more specific too; then the first word's
        // specificity, then how many later words are exact ("керован* ракету", one guided
        // missile, over "керован* ракет*").
        let context = entry.words.len() - entry.replaced + entry.before.len();
        let later_exact = entry.words[1..]
            .iter()
            .filter(|w| matches!(w, Word::Exact(_) | Word::Abbrev(_)))
            .count();
        let rank = (
            entry.replaced,
            context,
            specificity(&entry.words[0]),
            later_exact,
        );
        if best.is_none_or(|(r, _, b)| rank > r || (rank == r && e < b)) {
            best = Some((rank, end, e));
        }
    }
    best.map(|(_, end, e)| (end, e))
}

/// Words that a dash may separate from their number ("Травмовано – 94", "73 – поранені", "34 —
/// над территорией Волгоградской области", "3 – у Миколаївській", "еще 4 — заглушены"): the dash
/// goes with the gloss, so the passes read "injured 94", "73 injured", "34 over", "3 in",
/// "another 4 were jammed".
const DASH_WORDS: &[&str] = &[
    "killed",
    "injured",
    "dead",
    "died",
    "hospitalised",
    "over",
    "in",
    "jammed",
    "down",
    "destroyed",
    "intercepted",
    "suppressed",
    "neutralised",
];

/// Qualifiers, as the tables gloss them.
const QUALIFIER_GLOSSES: &[&str] = &["about", "more than", "at least", "nearly", "up to"];

/// The span a gloss of tokens `[i, j)` (ending at byte `end`) replaces: widened over a dash to a
/// number on either side when the gloss is one of [`DASH_WORDS`].
fn dashes_around(
    toks: &[Token],
    i: usize,
    j: usize,
    end: usize,
    english: &str,
    text: &str,
    table: &Table,
) -> (usize, usize) {
    let mut span = (toks[i].start, end);
    let lower = english.to_ascii_lowercase();
    if !lower.split_whitespace().any(|w| DASH_WORDS.contains(&w)) {
        return span;
    }
    let dash = |gap: &str| gap.trim() == "-" || gap.trim() == ":";
    if let Some(prev) = i.checked_sub(1).map(|k| &toks[k]) {
        if is_number(prev, table) && dash(&text[prev.end..toks[i].start]) {
            span.0 = prev.end;
        }
    }
    if let Some(next) = toks.get(j) {
        // The number may come after its qualifier ("Постраждалих – близько двох десятків").
        let qualified = || {
            best_entry(table, toks, j, text).is_some_and(|(_, e)| {
                QUALIFIER_GLOSSES.contains(&table.entries[e].english)
                    && toks
                        .get(j + table.entries[e].replaced)
                        .is_some_and(|n| is_number(n, table))
            })
        };
        if end <= next.start
            && dash(&text[end..next.start])
            && (is_number(next, table) || qualified())
        {
            span.1 = next.start;
        }
    }
    span
}

/// Whether the word before token `i` already counts or qualifies the noun: a number ("одна
/// жінка": one woman) or an age ("40-річний чоловік": a 40-year-old man), so that the noun's gloss
/// takes no article of its own ("a woman" alone is one person).
fn counted_before(
    toks: &[Token],
    i: usize,
    text: &str,
    table: &Table,
    edits: &[(usize, usize, String)],
) -> bool {
    let Some(prev) = i.checked_sub(1).map(|k| &toks[k]) else {
        return false;
    };
    if !text[prev.end..toks[i].start]
        .chars()
        .all(char::is_whitespace)
    {
        return false;
    }
    let glossed = edits.last().filter(|(_, end, _)| *end == prev.end);
    // A possessive determines the noun too: "та його 5-річний син" is "and his 5-year-old son".
    // So do "another" and "the other" ("ще один", "другой дрон": "the other drone").
    let determiner = |e: &str| {
        matches!(
            e.to_lowercase().as_str(),
            "his" | "her" | "their" | "its" | "another" | "the other" | "a second" | "a third"
        )
    };
    // "21 ударный дрон", "31 іранський безпілотник": adjectives between the number and its noun.
    let adjective = |t: &Token| {
        ADJECTIVE_ENDINGS
            .iter()
            .any(|e| t.lower.ends_with(e) && t.lower.chars().count() > e.chars().count() + 2)
    };
    let number_before_adjectives = (1..=2).any(|n| {
        i > n
            && (i - n..i).all(|k| {
                adjective(&toks[k])
                    && text[toks[k - 1].end..toks[k].start]
                        .chars()
                        .all(char::is_whitespace)
            })
            && is_number(&toks[i - n - 1], table)
    });
    is_number(prev, table)
        || number_before_adjectives
        || glossed.is_some_and(|(_, _, e)| e.ends_with("year-old") || determiner(e))
}

/// The endings of Ukrainian and Russian adjectives in the nominative and accusative ("ударный",
/// "іранський", "ворожий"): the words a number can stand before with its noun after them.
const ADJECTIVE_ENDINGS: &[&str] = &["ый", "ий", "ой", "ій", "ая", "яя", "ое", "ее", "ую", "юю"];

/// Whether the word before token `i` was glossed as an auxiliary ("були", "были": were).
fn after_auxiliary(toks: &[Token], i: usize, text: &str, edits: &[(usize, usize, String)]) -> bool {
    let Some(prev) = i.checked_sub(1).map(|k| &toks[k]) else {
        return false;
    };
    text[prev.end..toks[i].start]
        .chars()
        .all(char::is_whitespace)
        && edits.last().is_some_and(|(_, end, e)| {
            *end == prev.end && matches!(e.as_str(), "were" | "was" | "Were" | "Was")
        })
}

/// An English gloss without its leading article ("a woman" → "woman"; after "однією", "with a
/// ballistic missile" → "ballistic missile").
fn without_article(english: String) -> String {
    for article in ["a ", "an ", "A ", "An ", "with a ", "with an "] {
        if let Some(rest) = english.strip_prefix(article) {
            return rest.to_string();
        }
    }
    english
}

/// How a matching phrase ranks, highest first: words replaced, words of context, the first
/// word's specificity, later exact words.
type Rank = (usize, usize, usize, usize);

/// How specific a phrase's first word is: an exact word beats any stem, a longer stem a shorter.
fn specificity(w: &Word) -> usize {
    match w {
        Word::Exact(x) | Word::Abbrev(x) => 500 + x.len(),
        Word::Stem(s) | Word::Contains(s) => s.len(),
        Word::Number | Word::Age | Word::Month => 0,
    }
}

#[cfg(test)]
mod tests;
