//! Russian short participles of launching and the phrases of air defence "managing" to down
//! weapons, which the longer tables of words leave out.

/// "43 крылатые ракеты, которые были запущены самолетами ... с аэродрома в Энгельсе", "Из 43
/// ракет сбить удалось 36".
pub(crate) const LAUNCH: &[(&str, &str)] = &[
    ("запущены", "launched"),
    ("запущен", "launched"),
    ("запущена", "launched"),
    ("запущено", "launched"),
    ("сбить удалось", "managed to shoot down"),
    ("удалось сбить", "managed to shoot down"),
    ("уничтожить удалось", "managed to destroy"),
    ("удалось уничтожить", "managed to destroy"),
    ("перехватить удалось", "managed to intercept"),
    ("удалось перехватить", "managed to intercept"),
    ("аэродром*", "airfield"),
];
