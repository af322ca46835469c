//! Look-alike letters of the Latin and Cyrillic scripts: a letter of the other script inside a
//! word takes its word's script ("АTACMS" is ATACMS, "Укрaїни" with a Latin "a" is Україна's), so
//! the passes and the phrase tables see one script per word.

/// Latin look-alikes of Cyrillic letters.
pub(super) fn homoglyph(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'е' => "e",
        'о' => "o",
        'р' => "p",
        'с' => "c",
        'у' => "y",
        'х' => "x",
        'і' => "i",
        'ј' => "j",
        'ѕ' => "s",
        'А' => "A",
        'В' => "B",
        'Е' => "E",
        'К' => "K",
        'М' => "M",
        'Н' => "H",
        'О' => "O",
        'Р' => "P",
        'С' => "C",
        'Т' => "T",
        'Х' => "X",
        'І' => "I",
        _ => return None,
    })
}

/// The Cyrillic letter a Latin look-alike stands for in a Cyrillic word.
pub(super) fn cyrillic_homoglyph(c: char) -> Option<&'static str> {
    Some(match c {
        'a' => "а",
        'e' => "е",
        'o' => "о",
        'p' => "р",
        'c' => "с",
        'y' => "у",
        'x' => "х",
        'i' => "і",
        'A' => "А",
        'B' => "В",
        'E' => "Е",
        'K' => "К",
        'M' => "М",
        'H' => "Н",
        'O' => "О",
        'P' => "Р",
        'C' => "С",
        'T' => "Т",
        'X' => "Х",
        'I' => "І",
        _ => return None,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Script {
    Latin,
    Cyrillic,
}

/// The script of each character's word (`None` outside words, or where every letter of the word
/// could be either), from the letters that have no look-alike in the other script (a word with
/// any such Latin letter is Latin); `None` for a text without Cyrillic letters, where there is
/// nothing to do. One pass over the text.
pub(super) fn word_scripts(chars: &[(usize, char)]) -> Option<Vec<Option<Script>>> {
    if !chars
        .iter()
        .any(|&(_, c)| matches!(c, '\u{0400}'..='\u{04FF}'))
    {
        return None;
    }
    let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '\'';
    let mut out = vec![None; chars.len()];
    let mut lo = 0;
    while lo < chars.len() {
        if !is_word(chars[lo].1) {
            lo += 1;
            continue;
        }
        let mut hi = lo;
        while hi < chars.len() && is_word(chars[hi].1) {
            hi += 1;
        }
        let word = &chars[lo..hi];
        let latin = word
            .iter()
            .any(|&(_, c)| c.is_ascii_alphabetic() && cyrillic_homoglyph(c).is_none());
        let cyrillic = word
            .iter()
            .any(|&(_, c)| matches!(c, '\u{0400}'..='\u{04FF}') && homoglyph(c).is_none());
        let any_latin = word.iter().any(|&(_, c)| c.is_ascii_alphabetic());
        let script = if latin || (any_latin && !cyrillic) {
            Some(Script::Latin)
        } else if cyrillic {
            Some(Script::Cyrillic)
        } else {
            None
        };
        out[lo..hi].fill(script);
        lo = hi;
    }
    Some(out)
}
