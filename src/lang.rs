//! Stage 1c: the language of an article. English, Ukrainian and Russian are read (through the same
//! passes, with per-language tables); any other language is reported, never guessed at.
//!
//! [`detect`] decides from the letters first, because it is exact where it applies and costs one
//! pass over the text: a text whose letters are mostly Latin and full of English function words is
//! English; a Cyrillic text with Ukrainian-only letters (і ї є ґ) and none of the Russian-only ones
//! (ы э ъ ё) is Ukrainian, and the reverse Russian. Only what is left (short posts, other
//! languages, mixed texts) goes to `whatlang`'s trigram model, and then an unreliable guess is not
//! an answer: a Latin text stays English, a Cyrillic one takes the side its letters lean to.

use std::fmt;

use serde::Serialize;

/// A language the extractor reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Ukrainian.
    Uk,
    /// Russian.
    Ru,
}

impl Lang {
    /// The ISO 639-1 code: `en`, `uk`, `ru`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Uk => "uk",
            Lang::Ru => "ru",
        }
    }

    /// The language of an ISO 639-1 or 639-3 code or English name (`uk`, `ukr`, `Ukrainian`).
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "en" | "eng" | "english" => Some(Lang::En),
            "uk" | "ukr" | "ua" | "ukrainian" => Some(Lang::Uk),
            "ru" | "rus" | "russian" => Some(Lang::Ru),
            _ => None,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// What [`detect`] found: a language read, or another one (its English name, from `whatlang`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detected {
    /// English, Ukrainian or Russian.
    Read(Lang),
    /// Another language, named in English ("German").
    Other(String),
}

/// English function words: a text of English prose has one in every five to ten words.
const ENGLISH_WORDS: &[&str] = &[
    "the", "and", "of", "to", "in", "on", "was", "were", "by", "at", "a", "an", "is", "said",
    "that", "with", "from", "for", "have", "has", "had", "been",
];

/// Cyrillic letters past which a text with no і, ї or є is not Ukrainian (about one letter in
/// eleven of Ukrainian prose is one of them).
const UK_WITHOUT_I: usize = 40;

/// Function words only Russian has, and only Ukrainian (in a text without і, ї or є).
const RUSSIAN_ONLY_WORDS: &[&str] = &[
    "и",
    "что",
    "это",
    "как",
    "он",
    "она",
    "они",
    "из",
    "от",
    "был",
    "была",
    "были",
    "его",
    "также",
    "который",
    "которые",
    "когда",
    "года",
    "сообщил",
    "сообщили",
    // Words of the genre Ukrainian spells otherwise ("вночі", "загинув", "безпілотник",
    // "немає"): a short post without ы, э, ъ or ё ("Ночью беспилотник атаковал Белгород. В
    // результате удара погиб мужчина.") is still Russian.
    "ночью",
    "погиб",
    "погибла",
    "погибли",
    "ранен",
    "ранена",
    "ранены",
    "пострадал",
    "пострадала",
    "пострадали",
    "атаковал",
    "атаковала",
    "атаковали",
    "беспилотник",
    "беспилотника",
    "беспилотники",
    "беспилотников",
    "сбит",
    "сбиты",
    "сбито",
    "результате",
    "нет",
    "человек",
    "более",
    "около",
    "позже",
    "после",
];
const UKRAINIAN_ONLY_WORDS: &[&str] = &[
    "та",
    "що",
    "як",
    "це",
    "з",
    "із",
    "вона",
    "вони",
    "був",
    "була",
    "були",
    "його",
    "також",
    "який",
    "які",
    "коли",
    "року",
    "повідомив",
    // Words of the genre Russian spells otherwise ("сбито", "враг", "погибли", "нет"): a short
    // post without і, ї or є ("Збито 36 БпЛА.") is still Ukrainian.
    "збито",
    "збили",
    "збита",
    "збитий",
    "ворог",
    "ворога",
    "загинув",
    "загинула",
    "загинули",
    "немає",
    "атакував",
    "атакувала",
    "атакували",
];

/// How many of the first 400 words of `sample` only Russian has, and only Ukrainian.
fn function_words(sample: &str) -> (usize, usize) {
    let (mut ru, mut uk) = (0, 0);
    for w in sample.split(|c: char| !c.is_alphabetic()).take(400) {
        let w = w.to_lowercase();
        ru += usize::from(RUSSIAN_ONLY_WORDS.contains(&w.as_str()));
        uk += usize::from(UKRAINIAN_ONLY_WORDS.contains(&w.as_str()));
    }
    (ru, uk)
}

/// How many bytes of a long text the letter counts and the model look at.
const SAMPLE: usize = 8_000;

/// The language of `text`. A text with no letters (digits, an empty post) is English: there is
/// nothing to read in it either way.
///
/// ```
/// use strikes::lang::{detect, Detected, Lang};
/// assert_eq!(detect("Russia launched 40 missiles overnight."), Detected::Read(Lang::En));
/// assert_eq!(detect("Вночі збито 36 ударних БпЛА."), Detected::Read(Lang::Uk));
/// assert_eq!(detect("Ночью сбиты 36 украинских беспилотников."), Detected::Read(Lang::Ru));
/// ```
pub fn detect(text: &str) -> Detected {
    let sample = prefix(text, SAMPLE);
    let (mut latin, mut cyrillic, mut uk, mut ru) = (0usize, 0usize, 0usize, 0usize);
    for c in sample.chars() {
        match c {
            'a'..='z' | 'A'..='Z' => latin += 1,
            'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ' => {
                cyrillic += 1;
                uk += 1;
            }
            'ы' | 'э' | 'ъ' | 'ё' | 'Ы' | 'Э' | 'Ъ' | 'Ё' => {
                cyrillic += 1;
                ru += 1;
            }
            '\u{0400}'..='\u{04FF}' => cyrillic += 1,
            _ => {}
        }
    }
    if latin == 0 && cyrillic == 0 {
        return Detected::Read(Lang::En);
    }
    if latin >= cyrillic {
        let words = sample
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty());
        let (mut n, mut function) = (0usize, 0usize);
        for w in words.take(400) {
            n += 1;
            if ENGLISH_WORDS.iter().any(|f| w.eq_ignore_ascii_case(f)) {
                function += 1;
            }
        }
        if function * 12 >= n {
            return Detected::Read(Lang::En);
        }
        return match whatlang::detect(sample) {
            Some(info) if info.is_reliable() && info.lang() != whatlang::Lang::Eng => {
                Detected::Other(info.lang().eng_name().to_string())
            }
            _ => Detected::Read(Lang::En),
        };
    }
    // Cyrillic: the letters only one of the two languages has decide a clear case.
    if uk >= 2 && ru == 0 {
        return Detected::Read(Lang::Uk);
    }
    if ru >= 2 && uk == 0 {
        return Detected::Read(Lang::Ru);
    }
    // "Россияне днем 12 марта атаковали Николаев Шахедами. Обошлось без пострадавших": a
    // short Russian post with none of its own letters reads as Ukrainian to the model; but
    // Ukrainian prose without і, ї or є is rarer still (a Russian text lacks ы, э, ъ and ё
    // over 30 letters about half the time, a Ukrainian one lacks і, ї and є one time in
    // twenty). So a text with neither leans Russian unless Ukrainian function words say
    // otherwise; past UK_WITHOUT_I letters, a Ukrainian text whose і was lost in its encoding
    // ("Псля нчно атаки вдомо") is the likelier reading, and Russian function words must
    // outnumber Ukrainian ones ("и", "что", "он" against "та", "що", "як").
    let (ru_words, uk_words) = function_words(sample);
    let no_uk_letters = uk == 0
        && if cyrillic >= UK_WITHOUT_I {
            ru_words > uk_words
        } else {
            uk_words <= ru_words
        };
    let leaning = if uk >= ru && !no_uk_letters {
        Lang::Uk
    } else {
        Lang::Ru
    };
    match whatlang::detect(sample) {
        Some(info) => match info.lang() {
            whatlang::Lang::Ukr if no_uk_letters => Detected::Read(Lang::Ru),
            whatlang::Lang::Ukr => Detected::Read(Lang::Uk),
            whatlang::Lang::Rus => Detected::Read(Lang::Ru),
            other if info.is_reliable() => Detected::Other(other.eng_name().to_string()),
            _ => Detected::Read(leaning),
        },
        None => Detected::Read(leaning),
    }
}

/// The first `max` bytes of `s`, cut at a character boundary.
fn prefix(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_languages_are_told_apart_by_their_letters() {
        let uk = "У ніч на 23 серпня противник атакував 49 ударними БпЛА типу Shahed. Збито/подавлено 36.";
        let ru = "Дежурными средствами ПВО перехвачены и уничтожены 116 украинских беспилотников.";
        assert_eq!(detect(uk), Detected::Read(Lang::Uk));
        assert_eq!(detect(ru), Detected::Read(Lang::Ru));
        assert_eq!(
            detect("Russia fired 40 missiles and about 580 drones overnight, the air force said."),
            Detected::Read(Lang::En)
        );
    }

    #[test]
    fn a_short_russian_post_without_its_own_letters_is_russian() {
        // No ы, э, ъ or ё, and no і, ї or є: the trigram model leans Ukrainian.
        let ru = "Россияне днем 12 марта атаковали Николаев Шахедами. Обошлось без пострадавших, \
                  написал он.";
        assert_eq!(detect(ru), Detected::Read(Lang::Ru));
        let uk = "Вночі ворог атакував Миколаїв шахедами. Обійшлося без постраждалих.";
        assert_eq!(detect(uk), Detected::Read(Lang::Uk));
        // Shorter still, with no Russian function word either.
        let ru = "В ночь на среду армия атаковала Днепр ракетой.";
        assert_eq!(detect(ru), Detected::Read(Lang::Ru));
        let ru = "Погибли два человека.";
        assert_eq!(detect(ru), Detected::Read(Lang::Ru));
        // A short Ukrainian line that happens to lack і, ї and є, with its function words.
        let uk = "Ворог атакував Одесу та область дронами, що летять з моря.";
        assert_eq!(detect(uk), Detected::Read(Lang::Uk));
        // Or with a word of the genre only Ukrainian spells so.
        assert_eq!(detect("Збито 36 БпЛА."), Detected::Read(Lang::Uk));
    }

    #[test]
    fn an_english_article_quoting_cyrillic_is_english() {
        let t =
            "The governor wrote on Telegram: «Пострадавших нет». Air defences shot down 12 drones \
                 over the Belgorod region, the ministry said, and no one was hurt in the attack.";
        assert_eq!(detect(t), Detected::Read(Lang::En));
    }

    #[test]
    fn another_language_is_named_not_guessed() {
        let de = "Russland hat in der Nacht die Ukraine mit mehr als 400 Drohnen und 40 Raketen \
                  angegriffen. Nach Angaben der ukrainischen Luftwaffe wurden die meisten davon \
                  abgeschossen; in Kiew wurden mindestens zwei Menschen getötet und viele verletzt.";
        assert_eq!(detect(de), Detected::Other("German".to_string()));
    }

    #[test]
    fn a_text_without_letters_is_read_as_english() {
        assert_eq!(detect("12 345 — 67"), Detected::Read(Lang::En));
        assert_eq!(detect(""), Detected::Read(Lang::En));
    }

    #[test]
    fn codes_parse_both_ways() {
        for l in [Lang::En, Lang::Uk, Lang::Ru] {
            assert_eq!(Lang::parse(l.code()), Some(l));
        }
        assert_eq!(Lang::parse("ukr"), Some(Lang::Uk));
        assert_eq!(Lang::parse("de"), None);
    }
}
