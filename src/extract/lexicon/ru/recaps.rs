//! Russian openings of a sentence that recalls an earlier report: background, no lead.

/// Words that open a sentence recalling an earlier report ("Ранее стало известно ...",
/// "Напомним, ..."), unglossed: no lead of the article.
pub(crate) const RECAP_OPENERS: &[&str] = &["ранее", "напомним"];

/// "Как писала газета ...", "Как сообщал УНИАН, ...": a source's earlier report, glossed into
/// the English opening of a recap ("As reported by ...", read by `patterns::RECAP_LEAD`); past
/// forms only ("Как сообщает ..." reports the news itself). (Not the impersonal "Как сообщалось,
/// ...", which in agency copy recalls the attack a follow-up is about.)
pub(crate) const RECAPS: &[(&str, &str)] = &[
    ("как мы сообщали", "as we reported"),
    ("как сообщал", "as reported by"),
    ("как сообщала", "as reported by"),
    ("как сообщало", "as reported by"),
    ("как сообщали", "as reported by"),
    ("как писал", "as reported by"),
    ("как писала", "as reported by"),
    ("как писали", "as reported by"),
];
