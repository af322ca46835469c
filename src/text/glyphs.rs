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

/// The script of the word around `chars[i]`, from its letters that have no look-alike in the
/// other script (Latin first, as before: a word with any such Latin letter is Latin); `None`
/// when every letter could be either.
pub(super) fn word_script(chars: &[(usize, char)], i: usize) -> Option<Script> {
    let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '\'';
    let mut lo = i;
    while lo > 0 && is_word(chars[lo - 1].1) {
        lo -= 1;
    }
    let mut hi = i;
    while hi + 1 < chars.len() && is_word(chars[hi + 1].1) {
        hi += 1;
    }
    let word = &chars[lo..=hi];
    let latin = word
        .iter()
        .any(|&(_, c)| c.is_ascii_alphabetic() && cyrillic_homoglyph(c).is_none());
    let cyrillic = word
        .iter()
        .any(|&(_, c)| matches!(c, '\u{0400}'..='\u{04FF}') && homoglyph(c).is_none());
    let any_latin = word.iter().any(|&(_, c)| c.is_ascii_alphabetic());
    if latin || (any_latin && !cyrillic) {
        Some(Script::Latin)
    } else if cyrillic {
        Some(Script::Cyrillic)
    } else {
        None
    }
}
