//! Russian openings of a sentence that recalls an earlier report: background, no lead.

/// Words that open a sentence recalling an earlier report ("Ранее стало известно ...", "Напомним, ..."), unglossed: no lead of
/// the article.
pub(crate) const RECAP_OPENERS: &[&str] = &["ранее", "напомним"];
/// A sentence that opens on an earlier report ("Как сообщалось ранее, ...", "Как писала газета
/// ..."): past forms only.
pub(crate) const RECAP_LEAD: &str =
    r"(?i)^\W*как (?:уже |ранее )?(?:сообщалось|сообщал[аои]?|писал[аои]?)\b[^,.;]{0,40},";
