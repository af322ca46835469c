//! Stage 1b: text normalisation, page boilerplate and sentences.
//!
//! Articles come from web pages: curly quotes, non-breaking spaces, Cyrillic letters that look
//! Latin, missing spaces after full stops, navigation lines, view counters, copyright footers.
//! [`Doc::new`] builds a normalised copy of the text for the rules to read, with a byte map back
//! to the original, so every span the rules find is reported as a span of the *original* text.
//! Nothing is deleted: boilerplate lines are classified ([`LineKind`]) and skipped by extraction,
//! but stay in the text and in the provenance offsets.

use std::sync::LazyLock;

use regex::Regex;

mod glyphs;
use glyphs::{cyrillic_homoglyph, homoglyph, word_scripts, Script};

/// A normalised copy of a text with a map back to the original's byte offsets.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// The normalised text (ASCII quotes and dashes, Latin look-alikes, spaces restored).
    pub text: String,
    /// For every byte of `text` (and one past the end), the original byte offset it came from.
    map: Vec<usize>,
}

impl Normalized {
    /// Normalises `original`.
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len() + 1);
        let chars: Vec<(usize, char)> = original.char_indices().collect();
        let push = |text: &mut String, map: &mut Vec<usize>, s: &str, at: usize| {
            for _ in 0..s.len() {
                map.push(at);
            }
            text.push_str(s);
        };
        let wraps = hard_wraps(&chars);
        let scripts = word_scripts(&chars);
        let mut buf = [0u8; 4];
        for (i, &(at, c)) in chars.iter().enumerate() {
            let prev = i.checked_sub(1).map(|j| chars[j].1);
            let next = chars.get(i + 1).map(|x| x.1);
            let next2 = chars.get(i + 2).map(|x| x.1);
            let out: &str = match c {
                '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '`' | '\u{02BC}' => "'",
                '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' | '\u{2033}' => "\"",
                // "two people—a man and a woman—were killed": an em dash between words
                // separates them, unlike a hyphen.
                '\u{2014}' | '\u{2015}'
                    if prev.is_some_and(char::is_alphanumeric)
                        && next.is_some_and(char::is_alphanumeric) =>
                {
                    " - "
                }
                '\u{2010}'..='\u{2015}' | '\u{2212}' => "-",
                '\u{00A0}'
                | '\u{2002}'..='\u{200A}'
                | '\u{202F}'
                | '\u{205F}'
                | '\u{3000}'
                | '\t'
                | '\r' => " ",
                '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => "",
                '\u{2026}' => "...",
                // "A #Russian missile hit ...": a hashtag is its word.
                '#' if next.is_some_and(char::is_alphabetic)
                    && prev.is_none_or(|p| p.is_whitespace() || p == '(') =>
                {
                    ""
                }
                '\n' if wraps.binary_search(&i).is_ok() => " ",
                // A look-alike letter of the other script takes its word's script: "АTACMS" is
                // ATACMS, "Укрaїни" (a Latin "a") is Україна's.
                _ => match (
                    scripts.as_ref().and_then(|s| s[i]),
                    homoglyph(c),
                    cyrillic_homoglyph(c),
                ) {
                    (Some(Script::Latin), Some(l), _) => l,
                    (Some(Script::Cyrillic), _, Some(cy)) => cy,
                    _ => c.encode_utf8(&mut buf),
                },
            };
            push(&mut text, &mut map, out, at);
            // "attack.The" -> "attack. The": a full stop glued to the next sentence.
            if matches!(c, '.' | '!' | '?')
                && prev.is_some_and(|p| p.is_ascii_lowercase())
                && next.is_some_and(|n| n.is_ascii_uppercase())
                && next2.is_some_and(|n| n.is_ascii_lowercase())
                && !(i >= 2 && chars[i - 2].1 == '.')
            {
                push(&mut text, &mut map, " ", at + c.len_utf8());
            }
        }
        map.push(original.len());
        Normalized { text, map }
    }

    /// A copy with the spans of `edits` (sorted, disjoint `(start, end, replacement)` spans of
    /// `text`) replaced; every byte of a replacement maps to the original offset of its span's
    /// start, so a span found in the new text still maps back to the original words it replaced.
    pub fn rewrite(&self, edits: &[(usize, usize, String)]) -> Normalized {
        let mut text = String::with_capacity(self.text.len() + edits.len() * 4);
        let mut map = Vec::with_capacity(self.map.len() + edits.len() * 4);
        let mut at = 0;
        for (start, end, with) in edits {
            if *start < at || *end < *start || *end > self.text.len() {
                continue;
            }
            text.push_str(&self.text[at..*start]);
            map.extend_from_slice(&self.map[at..*start]);
            text.push_str(with);
            map.extend(std::iter::repeat_n(self.map[*start], with.len()));
            at = *end;
        }
        text.push_str(&self.text[at..]);
        map.extend_from_slice(&self.map[at..]);
        Normalized { text, map }
    }

    /// The original byte offset of normalised offset `i` (`i <= text.len()`).
    pub fn orig(&self, i: usize) -> usize {
        self.map[i.min(self.map.len() - 1)]
    }

    /// The original span of normalised span `[start, end)`.
    pub fn orig_span(&self, start: usize, end: usize) -> (usize, usize) {
        if end <= start {
            let s = self.orig(start);
            return (s, s);
        }
        // The end maps to the original char after the one that produced the last normalised
        // byte: the next offset the map gives past it (a char expanded to several bytes, "…" to
        // "...", maps each of them to its own start; found by examples/fuzz.rs).
        let last = self.orig(end - 1);
        let after = (end..self.map.len())
            .map(|k| self.map[k])
            .find(|&o| o > last)
            .unwrap_or(last + 1);
        (self.orig(start), after)
    }
}

/// The line breaks of a hard-wrapped text ("Russia launched a barrage of drones and missiles
/// in\novernight attacks on Ukraine", "sending more than 70\nmissiles"): a break after a letter,
/// a digit or a comma and before a lower-case letter, when a text has at least two of them or the
/// line is a wrapped line's length (one alone after a short line is a heading above a lower-case
/// fragment); and a break after a month's abbreviation before its day ([`date_wraps`]).
fn hard_wraps(chars: &[(usize, char)]) -> Vec<usize> {
    let mut wraps = line_wraps(chars);
    wraps.extend(date_wraps(chars));
    wraps.sort_unstable();
    wraps.dedup();
    wraps
}

/// "shot down overnight on Sept.\n22 by Ukrainian air defenses": a line that ends in a month's
/// abbreviation before a line that opens with the day is one sentence broken after the
/// abbreviation's stop (an excerpt split at every full stop).
fn date_wraps(chars: &[(usize, char)]) -> Vec<usize> {
    (1..chars.len().saturating_sub(1))
        .filter(|&i| chars[i].1 == '\n' && chars[i + 1].1.is_ascii_digit())
        .filter(|&i| {
            // The last word before the break, read backwards.
            let word: String = chars[..i]
                .iter()
                .rev()
                .skip_while(|(_, c)| matches!(c, ' ' | '\t' | '\r'))
                .take_while(|(_, c)| !c.is_whitespace())
                .map(|&(_, c)| c)
                .collect();
            let word: String = word.chars().rev().collect();
            word.strip_suffix('.')
                .is_some_and(|w| MONTH_ABBREVIATIONS.contains(&w.to_lowercase().as_str()))
        })
        .collect()
}

/// Month abbreviations written with a stop ("Sept. 22", "Jan. 3").
const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Line breaks inside running text: before a lowercase word, or throughout a hard-wrapped text.
fn line_wraps(chars: &[(usize, char)]) -> Vec<usize> {
    let wraps: Vec<usize> = (1..chars.len().saturating_sub(1))
        .filter(|&i| chars[i].1 == '\n')
        // (Any script: "уничтожили более пяти украинских\nбеспилотных летательных аппаратов";
        // outside ASCII only after a long line, not a list's "беспилотники - 45\nкрылатые ракеты".)
        .filter(|&i| {
            let c = chars[i + 1].1;
            c.is_ascii_lowercase() || c.is_lowercase() && long_line(chars, i)
        })
        .filter(|&i| {
            chars[..i]
                .iter()
                .rev()
                .find(|(_, c)| !matches!(c, ' ' | '\t' | '\r'))
                .is_some_and(|(_, c)| c.is_alphanumeric() || *c == ',')
        })
        .collect();
    if wraps.len() < 2 {
        // One alone is a wrap after a line of a wrapped line's length ("сбита управляемая
        // авиационная ракета Х-59 в Днепропетровской области и 17 ударных БПЛА\nв Одесской,
        // ..."); after a short one, a heading above a fragment.
        return wraps.into_iter().filter(|&i| long_line(chars, i)).collect();
    }
    // A hard-wrapped text: also a break before a capital or after a digit or a dash ("more than
    // 800 drones and 13\nmissiles", "on 28\nAugust"), where the line is about as long as the
    // wrapped lines and does not end a sentence.
    let mut starts = vec![0];
    starts.extend(
        (0..chars.len())
            .filter(|&i| chars[i].1 == '\n')
            .map(|i| i + 1),
    );
    let width = starts.windows(2).map(|w| w[1] - w[0]).max().unwrap_or(0);
    let mut all: Vec<usize> = starts
        .windows(2)
        .filter(|w| (w[1] - w[0]) * 10 >= width * 7)
        .map(|w| w[1] - 1)
        .filter(|&i| i + 1 < chars.len() && !chars[i + 1].1.is_whitespace())
        .filter(|&i| {
            // Not a word before a capital: a caption's or a heading's end ("… REUTERS/Mykola
            // Synelnykov\nRussia launched …").
            let next = chars[i + 1].1;
            chars[..i]
                .iter()
                .rev()
                .find(|(_, c)| !matches!(c, ' ' | '\t' | '\r'))
                .is_some_and(|&(_, c)| {
                    let stop = matches!(c, '.' | '!' | '?' | ';' | ':' | '"' | '”');
                    !(stop || c.is_alphabetic() && next.is_uppercase())
                })
        })
        .collect();
    all.extend(wraps);
    all.sort_unstable();
    all.dedup();
    all
}

/// Whether the line ending at the break `i` is a wrapped line's length (60 characters or more).
fn long_line(chars: &[(usize, char)], i: usize) -> bool {
    let start = chars[..i]
        .iter()
        .rposition(|(_, c)| *c == '\n')
        .map_or(0, |p| p + 1);
    i - start >= 60
}

/// What a line of the page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Running text: figures come from here.
    Body,
    /// A headline or section title (no sentence punctuation, short): context, not figures.
    Heading,
    /// An infobox or table line ("- Deaths: 25", "Injured | 78 |", "Deaths21").
    Infobox,
    /// Page furniture: navigation, share buttons, view counters, copyright, newsletter prompts.
    Boilerplate,
    /// A verbatim repeat of an earlier line (photo captions are often printed twice).
    Duplicate,
}

/// A sentence: a span of the normalised text, its line's kind and its paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Start in the normalised text.
    pub start: usize,
    /// End (exclusive) in the normalised text.
    pub end: usize,
    /// The kind of line it is on.
    pub kind: LineKind,
    /// Index of its line (each non-empty line is a paragraph in scraped text).
    pub para: usize,
}

/// A normalised article split into classified sentences.
#[derive(Debug, Clone)]
pub struct Doc {
    /// The original text.
    pub original: String,
    /// The normalised text and its map to the original.
    pub norm: Normalized,
    /// The sentences, in order.
    pub sentences: Vec<Sentence>,
}

/// `s` in lower case with every byte offset kept: a character whose lower case has another
/// length in UTF-8 ("İ" lowers to "i̇", three bytes for two; "ẞ" to "ß") stays as it is, so an
/// offset into `s` is an offset into its lower case (found by examples/fuzz.rs).
pub(crate) fn lower_same_len(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    out
}

static BOILERPLATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile_regex(
        r"(?ix)^[\s•·*|>=\#-]*(?:
          share(?:\s+(?:this|to|on)\b.*)? | continue\s+reading | read\s+more\b.* | trending | connect\s+with\s+us
        | published | on | editorial | world | news | stories | update | updated | breaking\s+news
        | accessibility\s+links | skip\s+to\s+(?:main\s+)?content | please\s+wait | contents
        | no\s+media\s+source\s+currently\s+available | last\s+updated?\b.* | related(?:\s+\w+)?\s*:?.*
        | advertisement | (?:title|technical|official|media|general)\s+partner | sign\s+up\b.* | subscribe\b.*
        | follow\s+us\b.* | comments? | print | email | tags?\s*:.* | author\s*:.* | source\s*:.*
        | \d+\.\s+[A-Z][A-Z\s]* | \d+\s+min(?:ute)?s?\s+read | [\d,.]+\s*k?\s+views? | source\s+\d+.*
        | (?:\d{1,2}:\d{2}(?::\d{2})?\s*)+ | see\s+also | see\s+more | more\s+from\b.* | listen\b.{0,20}
        | photo\s*:.* | video\s*:.* | image\s*:.* | getty\s+images | file\s+photo
        | file\s*[-–—]\s.* | \(file\)\s.* | .*\((?:file|archive)\s+photo\b[^)]*\)
        | \^\s.* | ↑.* | read\s+also\b.* | also\s+read\b.*
        | .*\|\s*(?:updated|created|published|posted)\s*:.*
        )\s*$",
    )
    .expect("valid regex")
});

/// A sentence that links to another story ("Read also: ...").
static RELATED_LINK: LazyLock<Regex> = crate::regex!(
    r"(?i)^[\s•·*|>-]*(?:read\s+also|also\s+read|read\s+more|see\s+also|related(?:\s+(?:news|story|article))?)\s*:"
);

static FOOTER: LazyLock<Regex> = crate::regex!(
    r"(?i)copyright|©|all rights reserved|recaptcha|privacy policy|terms of (?:service|use)|cookie"
);

/// A key before a colon ends on a letter: not "- At 06:17, Russia struck a bus" (a time).
static INFOBOX: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile_regex(
        r"(?ix)^\s*(?:-\s*[A-Z][\w\s]{0,30}[\p{L}\s]:\s*\S | [A-Z][\w\s]{0,30}\s*\|.*\| | \|\s*[A-Z][\w\s]{0,30}\|.*\| | (?:deaths|fatalities|injured|injuries|casualties|weapons|date|killed|wounded|perpetrators?|location|target)\s*[0-9A-Z(])",
    )
    .expect("valid regex")
});

/// Keys glued to their value in flattened infoboxes ("Deaths21", "DateMarch 15").
static GLUED_KEY: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile_regex(
        r"^(Deaths|Fatalities|Injured|Injuries|Casualties|Weapons|Date|Killed|Wounded)([0-9A-Z])",
    )
    .expect("valid regex")
});

fn classify(line: &str) -> LineKind {
    let t = line.trim();
    if BOILERPLATE.is_match(t) {
        return LineKind::Boilerplate;
    }
    if FOOTER.is_match(t) && t.len() < 600 {
        return LineKind::Boilerplate;
    }
    // A line with no Latin letters (Cyrillic UI strings such as "Развернуть").
    if !t.chars().any(|c| c.is_ascii_alphabetic()) && !t.chars().any(|c| c.is_ascii_digit()) {
        return LineKind::Boilerplate;
    }
    if INFOBOX.is_match(t) || GLUED_KEY.is_match(t) {
        return LineKind::Infobox;
    }
    let words = t.split_whitespace().count();
    let ends_like_sentence = ends_like_sentence(t);
    // "◾️Russian air defense systems intercepted ... 216 Ukrainian drones": a list item, not a
    // heading, though it has no full stop.
    // So is a dash item that opens on a count ("Що потрібно знати: ¶ - 13 осіб, у тому числі 2
    // дитини, звернулися за допомогою до лікарів").
    let dash_count = t.strip_prefix(['-', '–', '—']).is_some_and(|r| {
        r.starts_with(' ') && r.trim_start().starts_with(|c: char| c.is_ascii_digit())
    });
    let bullet =
        t.starts_with(['◾', '▪', '•', '●', '■', '🔹', '🔸', '►', '➖', '✅']) || dash_count;
    if !ends_like_sentence && words <= 25 && !bullet && !two_sentences(t) {
        return LineKind::Heading;
    }
    LineKind::Body
}

/// Whether a line ends as a sentence does, a bracketed tag after its stop included ("... against
/// the city. [Xinhua]", "... five Iranian-produced drones.[1]"), or runs on into the next line
/// after a comma ("На щастя, загиблих та постраждалих немає," ¶ "– розповів Кіпер.").
fn ends_like_sentence(t: &str) -> bool {
    const STOPS: [char; 8] = ['.', '!', '?', '"', '\'', ')', ':', ';'];
    // "... but the assault still caused widespread damage. 🚀", "Together to victory! 🇺🇦": a
    // post's closing emoji (or blank glyph) after its stop.
    let t = t.trim_end_matches(|c: char| pictograph(c) || c.is_whitespace());
    t.ends_with(STOPS)
        || t.ends_with(',')
        || (t.ends_with(']')
            && t.rfind('[')
                .is_some_and(|i| t[..i].trim_end().ends_with(STOPS)))
}

/// Emoji, arrows, dingbats and the invisible marks that join them (and the blank Braille glyph
/// posts pad with): no letters, no sentence's end.
fn pictograph(c: char) -> bool {
    matches!(c, '\u{2190}'..='\u{2BFF}' | '\u{1F000}'..='\u{1FAFF}' | '\u{FE0F}' | '\u{200D}')
}

/// A line classified as body only because it holds two sentences (see [`two_sentences`]).
fn is_title_like(line: &str) -> bool {
    let t = line.trim();
    !ends_like_sentence(t) && t.split_whitespace().count() <= 25 && two_sentences(t)
}

/// Whether a line without a full stop reads as running text cut off, not as a title: eight words
/// or more, more than half of them in lower case, and none of a headline's marks (a list dash, a
/// colon before words, a closing "..., Air Force says").
fn cut_off(line: &str) -> bool {
    let t = line.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    // "Two wounded in Zaporizhzhia as a result of Russian missile strike, 5 explosions - RMA": a
    // source after a closing dash is a headline's.
    let source_tag = [" - ", " – ", " — "]
        .iter()
        .filter_map(|d| t.rsplit_once(d))
        .any(|(_, tail)| {
            let words: Vec<&str> = tail.split_whitespace().collect();
            (1..=3).contains(&words.len())
                && words
                    .iter()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        });
    let headline = t.starts_with(['-', '–', '—', '•'])
        || source_tag
        || t.contains(": ")
        || words
            .last()
            .is_some_and(|w| matches!(*w, "says" | "say" | "said" | "reports" | "reported"));
    // (Names count: "Earlier on Tuesday, the Russian Defense Ministry reported intercepting almost
    // 150 Ukrainian drones" has six capitals in 13 words; a title-case headline has most.)
    words.len() >= 8 && capitalised * 2 < words.len() && !headline
}

/// Whether a line holds a full sentence before more text ("Війська рф атакували Україну 27
/// ударними БпЛА. Українські оборонці збили половину цілей"): running text that lost its last
/// full stop, not a heading. The sentence splitter decides (a stop after an abbreviation, "St.
/// Petersburg", ends no sentence).
fn two_sentences(t: &str) -> bool {
    let parts = split_sentences(t);
    let words = |&(s, e): &(usize, usize)| t[s..e].split_whitespace().count();
    parts.len() >= 2
        && parts.first().is_some_and(|p| words(p) >= 3)
        && parts.iter().all(|p| words(p) >= 2)
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gov", "gen", "lt", "col", "sgt", "st", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "u.s", "u.k", "u.n",
    "a.m", "p.m", "vs", "jr", "sr", "prof", "rep", "sen", "approx", "e.g", "i.e", "maj", "capt",
    "adm", "pres", "est", "fig", "mt", "ft",
];

impl Doc {
    /// Normalises and splits a text.
    pub fn new(original: &str) -> Self {
        Self::from_normalized(original, Normalized::new(original))
    }

    /// Splits a text already normalised (and perhaps rewritten further, as the extractor's
    /// glosses of Ukrainian and Russian words are) into classified sentences.
    pub fn from_normalized(original: &str, mut norm: Normalized) -> Self {
        // Unglue infobox keys at line starts: "Deaths21" -> "Deaths 21".
        if norm
            .text
            .lines()
            .any(|l| GLUED_KEY.is_match(l.trim_start()))
        {
            norm = unglue_keys(norm);
        }
        let text = &norm.text;
        let mut sentences = Vec::new();
        let mut seen_lines = std::collections::HashSet::new();
        let mut offset = 0;
        let last_line = text
            .split('\n')
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .last()
            .map(|(i, _)| i);
        // After a line of running text that ends in a colon ("По данным властей, ... в ночь на 10
        // августа:"), its items ("Погиб один человек", "Имеются пострадавшие"): short lines
        // without a stop are the list, not headings.
        let mut colon_list = false;
        for (para, line) in text.split('\n').enumerate() {
            let line_start = offset;
            offset += line.len() + 1;
            if line.trim().is_empty() {
                continue;
            }
            let mut kind = classify(line);
            if kind == LineKind::Heading && colon_list {
                kind = LineKind::Body;
            } else {
                // (A sentence's worth of words: not an infobox's "Per Russia:".)
                colon_list = kind == LineKind::Body
                    && line.trim_end().ends_with(':')
                    && line.split_whitespace().count() >= 6;
            }
            // A title may hold two sentences ("Russia launched a missile strike on Lviv Oblast.
            // Previously, no casualties"); running text after it is what lost its last stop.
            if kind == LineKind::Body && sentences.is_empty() && is_title_like(line) {
                kind = LineKind::Heading;
            }
            // "In all, four people were killed and 16 wounded as Russia ": a text cut off in its
            // last sentence (a stored page, a scraper's limit), not a heading.
            let body_before = sentences
                .iter()
                .any(|s: &Sentence| s.kind == LineKind::Body);
            if kind == LineKind::Heading && Some(para) == last_line && body_before && cut_off(line)
            {
                kind = LineKind::Body;
            }
            if line.trim().len() > 40 && !seen_lines.insert(line.trim().to_string()) {
                kind = LineKind::Duplicate;
            }
            for (s, e) in split_sentences(line) {
                // "... posted on Telegram. Read also: Shelling of Kurakhove: 16 injured": a link
                // to another story inside a paragraph.
                let kind = match kind {
                    LineKind::Body if RELATED_LINK.is_match(&line[s..e]) => LineKind::Boilerplate,
                    kind => kind,
                };
                sentences.push(Sentence {
                    start: line_start + s,
                    end: line_start + e,
                    kind,
                    para,
                });
            }
        }
        Doc {
            original: original.to_string(),
            norm,
            sentences,
        }
    }

    /// The normalised text of a sentence.
    pub fn text(&self, s: &Sentence) -> &str {
        &self.norm.text[s.start..s.end]
    }
}

fn unglue_keys(norm: Normalized) -> Normalized {
    let mut text = String::with_capacity(norm.text.len() + 16);
    let mut map = Vec::with_capacity(norm.map.len() + 16);
    let mut offset = 0;
    for line in norm.text.split_inclusive('\n') {
        let lead = line.len() - line.trim_start().len();
        let split = GLUED_KEY
            .captures(&line[lead..])
            .and_then(|c| c.get(1))
            .map(|m| lead + m.end());
        for (i, ch) in line.char_indices() {
            if Some(i) == split {
                text.push(' ');
                map.push(norm.map[offset + i]);
            }
            text.push(ch);
            map.extend_from_slice(&norm.map[offset + i..offset + i + ch.len_utf8()]);
        }
        offset += line.len();
    }
    map.push(norm.map[norm.map.len() - 1]);
    Normalized { text, map }
}

/// Splits one line into sentence spans (byte offsets within the line), trimmed.
fn split_sentences(line: &str) -> Vec<(usize, usize)> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if matches!(c, b'.' | b'!' | b'?') {
            // Include closing quotes/brackets and repeated stops.
            let mut j = i + 1;
            while j < bytes.len()
                && matches!(bytes[j], b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']')
            {
                j += 1;
            }
            // Citation markers after the stop: "eleven Shahed drones.[1] A missile hit ...".
            while j < bytes.len() && bytes[j] == b'[' {
                let close = bytes[j + 1..]
                    .iter()
                    .take(5)
                    .position(|&b| b == b']')
                    .filter(|&p| p > 0 && bytes[j + 1..j + 1 + p].iter().all(u8::is_ascii_digit));
                match close {
                    Some(p) => j += p + 2,
                    None => break,
                }
            }
            let followed_by_space = j < bytes.len() && bytes[j] == b' ';
            let mut k = j;
            while k < bytes.len() && bytes[k] == b' ' {
                k += 1;
            }
            let next_ok = k < bytes.len()
                && (bytes[k].is_ascii_uppercase()
                    || bytes[k].is_ascii_digit()
                    || matches!(bytes[k], b'"' | b'\'' | b'(' | b'[' | b'-')
                    || (!bytes[k].is_ascii()
                        && line[k..].chars().next().is_some_and(char::is_uppercase)));
            let abbreviation = is_abbreviation(line, i) && !time_then_sentence(line, i, k);
            // "... an abandoned high-rise hotel.Ukraine's air force said": a stop glued to the
            // next sentence's capital, after a word of three lower-case letters or more (not
            // "U.S.", "e.g.", "St.Petersburg").
            // ("беспилотников.Ранее он сообщал": Cyrillic too.)
            let glued = c == b'.' && j == i + 1 && j < bytes.len() && {
                let mut next = line[j..].chars();
                let mut prev = line[..i].chars().rev();
                next.next().is_some_and(char::is_uppercase)
                    && next.next().is_some_and(char::is_lowercase)
                    && (0..3).all(|_| prev.next().is_some_and(char::is_lowercase))
            };
            if glued && !abbreviation {
                push_trimmed(line, start, j, &mut out);
                start = j;
                i = j;
                continue;
            }
            if followed_by_space && next_ok && !abbreviation {
                push_trimmed(line, start, j, &mut out);
                start = k;
                i = k;
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push_trimmed(line, start, line.len(), &mut out);
    out
}

fn push_trimmed(line: &str, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    let seg = &line[s..e];
    let lead = seg.len() - seg.trim_start().len();
    let trail = seg.len() - seg.trim_end().len();
    if seg.trim().is_empty() {
        return;
    }
    out.push((s + lead, e - trail));
}

/// Whether "a.m."/"p.m." at `dot` ends a sentence too: the next word (at `next`) is one that
/// starts sentences ("shortly before 2:00 a.m. A 37-year-old watchman was killed"), not a
/// time zone ("7 a.m. Moscow time").
fn time_then_sentence(line: &str, dot: usize, next: usize) -> bool {
    let before = line[..dot].to_ascii_lowercase();
    if !(before.ends_with("a.m") || before.ends_with("p.m")) {
        return false;
    }
    let word: String = line[next.min(line.len())..]
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    [
        "A",
        "An",
        "The",
        "It",
        "He",
        "She",
        "They",
        "We",
        "In",
        "On",
        "At",
        "This",
        "There",
        "One",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "No",
        "Air",
        "Russia",
        "Russian",
        "Ukraine",
        "Ukrainian",
        "According",
        "Later",
        "Earlier",
        "Local",
    ]
    .contains(&word.as_str())
}

/// Whether the full stop at `dot` ends an abbreviation or an initial.
fn is_abbreviation(line: &str, dot: usize) -> bool {
    if line.as_bytes()[dot] != b'.' {
        return false;
    }
    let before = &line[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .map_or(0, |p| p + 1);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // An initial ("J. Smith") or a single capital.
    if word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase() {
        return true;
    }
    let lower = word.to_ascii_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests;
