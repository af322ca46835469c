//! Russian short participles of launching, the phrases of air defence "managing" to down
//! weapons, and airfields: what the longer tables of words leave out.

/// "43 крылатые ракеты, которые были запущены самолетами ... с аэродрома в Энгельсе", "Из 43
/// ракет сбить удалось 36".
pub(crate) const LAUNCH: &[(&str, &str)] = &[
    ("запущены", "launched"),
    ("запущен", "launched"),
    ("запущена", "launched"),
    ("запущено", "launched"),
    // As "удалось сбить" in `words`: the counts before are the verb's objects (passive); with
    // a number after it the verb is active ("Из 43 ракет сбить удалось 36").
    ("сбить удалось", "were shot down"),
    ("сбить удалось >#num", "shot down"),
    ("уничтожить удалось", "were destroyed"),
    ("уничтожить удалось >#num", "destroyed"),
    ("перехватить удалось", "were intercepted"),
    ("перехватить удалось >#num", "intercepted"),
    // With the verb after "удалось", as the others in `words` (which is full): "114 ударными
    // дронами, из которых 79 беспилотников удалось обезвредить".
    ("удалось обезвредить", "were neutralised"),
    ("удалось обезвредить >#num", "neutralised"),
    ("удалось подавить", "were suppressed"),
    ("удалось подавить >#num", "suppressed"),
    // The airfield weapons are launched from ("с аэродрома в Энгельсе"), a noun the English
    // rules read after "from".
    ("аэродром*", "airfield"),
];
