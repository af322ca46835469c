//! Reporters: who reported a sentence's figures, with their names normalised.

use super::lexicon::patterns;
use super::lexicon::{
    GENERIC_REPORTERS, REPORTER_CLAUSE_OPENERS, REPORTER_LEAD_ADVERBIALS, REPORTER_TRAILING_ADVERBS,
};
use super::sentence::Sent;
use regex::Regex;
use std::sync::LazyLock;

static REPORTER_AFTER: LazyLock<Regex> = crate::regex!(patterns::REPORTER_AFTER);

static REPORTER_ACCORDING: LazyLock<Regex> = crate::regex!(patterns::REPORTER_ACCORDING);

static REPORTER_TRAILING: LazyLock<Regex> = crate::regex!(patterns::REPORTER_TRAILING);

/// After "claimed": the lives a strike claimed, not a claim ("claimed one life", "claimed the
/// lives of").
static CLAIMED_LIVES: LazyLock<Regex> =
    crate::regex!(r"^\s+(?:the\s+lives?\b|(?:[\w-]+\s+){1,3}li(?:fe|ves)\b)");

/// "Ukraine's military reported Tuesday": the day is not part of the reporter.
static TRAILING_DAY: LazyLock<Regex> = crate::regex!(patterns::TRAILING_DAY);

/// The verbs the reporter patterns end in (a cheap test before running them).
const REPORTING_WORDS: &[&str] = &[
    "said",
    "says",
    "report",
    "claim",
    "stated",
    "announced",
    "confirmed",
    "indicated",
    "wrote",
    "added",
    "told",
];

/// The words after the last clause opener of a reporter phrase ("The statements came one day
/// after Russia" -> "Russia"); the phrase itself when it has none or ends in one.
fn clause_subject(raw: &str) -> &str {
    let mut cut = 0;
    let mut at = 0;
    for w in raw.split(' ') {
        let end = at + w.len();
        if REPORTER_CLAUSE_OPENERS.contains(&w) && raw[end..].trim() != "" {
            cut = end;
        }
        at = end + 1;
    }
    let rest = raw[cut..].trim_start();
    // "as of 09:00 ... reported", "as per officials": no subject after the opener.
    let named = rest.starts_with(char::is_uppercase)
        || rest.starts_with("the ")
        || rest.starts_with("its ")
        || rest.starts_with("a ");
    if cut == 0 || named {
        rest
    } else {
        ""
    }
}

/// Who reported a sentence's figures.
pub(crate) fn reporters(s: &Sent) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |raw: &str| {
        // "Later in the day the governor said": the adverbial is not the reporter.
        let raw = match (raw.rfind(" the "), raw.split_whitespace().next()) {
            (Some(p), Some(w)) if REPORTER_LEAD_ADVERBIALS.contains(&w) => &raw[p + 5..],
            _ => raw,
        };
        // "The statements came one day after Russia said": the subject of the clause that says.
        let raw = clause_subject(raw);
        // "The air force now says": the adverb is not part of the name.
        let mut raw = raw.trim();
        while let Some((head, last)) = raw.rsplit_once(' ') {
            if REPORTER_TRAILING_ADVERBS.contains(&last) {
                raw = head.trim_end();
            } else {
                break;
            }
        }
        // "..., further north, also reported": an adverb alone names no one. "no reports of
        // injuries, deaths or damage to property - wrote Tyurin": the writer comes after the dash.
        if REPORTER_TRAILING_ADVERBS.contains(&raw) || raw.ends_with(['-', '–', '—']) {
            return;
        }
        let r = raw
            .trim()
            .trim_start_matches("the ")
            .trim_start_matches("The ")
            .trim_start_matches("its ")
            .trim();
        let lower = r.to_lowercase();
        let generic = GENERIC_REPORTERS;
        if r.is_empty() || generic.contains(&lower.as_str()) || lower.split_whitespace().count() > 7
        {
            return;
        }
        // A dash or a quotation mark alone ("..., – повідомили в ОП"): no one named.
        if !lower.chars().any(char::is_alphabetic) {
            return;
        }
        // "according to preliminary reports", "initial information": no one named.
        if lower.contains("preliminary")
            || lower.starts_with("initial ")
            || lower.starts_with("according")
        {
            return;
        }
        let first = lower.split_whitespace().next().unwrap_or("");
        let last = lower.split_whitespace().last().unwrap_or("");
        // A passive ("No casualties were reported") names no reporter.
        if [
            "were", "was", "been", "is", "are", "be", "have", "has", "no",
        ]
        .contains(&last)
            || first == "no"
        {
            return;
        }
        if [
            "but", "and", "which", "who", "that", "as", "while", "there", "he", "she", "they",
            "it", "him", "her", "them",
            // "..., with no casualties or damage reported": an absolute phrase, no reporter.
            "with", "without",
        ]
        .contains(&first)
        {
            return;
        }
        let norm = normalise_reporter(r);
        if !out.contains(&norm) {
            out.push(norm);
        }
    };
    if s.lower.contains("according to") {
        for c in REPORTER_ACCORDING.captures_iter(&s.text) {
            push(&c[1]);
        }
    }
    // The other patterns end in a verb of saying: most sentences have none.
    if REPORTING_WORDS.iter().any(|w| s.lower.contains(w)) {
        for c in REPORTER_AFTER.captures_iter(&s.text) {
            // "the attack claimed one life", "claimed the lives of two": no claim of saying.
            let m = c.get(0).map_or(0..0, |m| m.range());
            let claimed = s.text[m.clone()].ends_with("claimed");
            if claimed && CLAIMED_LIVES.is_match(&s.text[m.end..].to_lowercase()) {
                continue;
            }
            push(&c[1]);
        }
        for c in REPORTER_TRAILING.captures_iter(&s.text) {
            push(&c[1]);
        }
    }
    out
}

fn normalise_reporter(r: &str) -> String {
    let l = r.to_lowercase();
    let r = TRAILING_DAY.replace(r, "").to_string();
    if (l.contains("russia") || l.contains("russian")) && (l.contains("defen") || l.contains("mod"))
    {
        return "Russian Defence Ministry".into();
    }
    if (l.contains("ukrain") || l.starts_with("ukraine")) && l.contains("air force") {
        return "Ukrainian Air Force".into();
    }
    if l == "air force" || l == "the air force" {
        return "Ukrainian Air Force".into();
    }
    if l.contains("general staff") {
        return "Ukrainian General Staff".into();
    }
    if l.contains("zelensk") || l.contains("president of ukraine") {
        return "President Zelenskyy".into();
    }
    r
}

#[cfg(test)]
mod tests {
    use crate::extract::test_support::one;

    #[test]
    fn reporters_are_names_not_adverbials() {
        let e = one("Russia launched 50 drones overnight. Later in the day the governor said two people were injured.");
        assert_eq!(e.reported_by.as_deref(), Some("governor"));
        let e = one("Russia launched 120 drones overnight, Ukraine's air force said. The air force now says 95 of them were shot down.");
        assert_eq!(e.reported_by.as_deref(), Some("Ukrainian Air Force"));
        // A bare surname takes the full form given earlier.
        let e = one("Two people were injured overnight, Odesa governor Oleh Kiper said. Russia launched 20 drones at the city overnight, Kiper said.");
        assert_eq!(e.reported_by.as_deref(), Some("Odesa governor Oleh Kiper"));
        // An adverb between commas and the verb is no reporter.
        let e = one("Alexei Smirnov, governor of Kursk region, further north and west, also reported seven drones had been downed over his region.");
        assert_ne!(e.reported_by.as_deref(), Some("also"));
    }

    #[test]
    fn the_reporter_is_the_subject_of_the_clause_that_says() {
        // Real sentence (r21825): the subject after "after".
        let e = one("The statements came one day after Russia said data recovered from a Ukrainian drone shot down over the Novgorod Region on December 29 showed a planned strike on a facility at the Russian president’s residence.");
        assert_eq!(e.reported_by.as_deref(), Some("Russia"));
        // No subject after the opener (r17219): not "after having".
        let e = one("Russia launched nearly 90 drones at Ukraine overnight, most of which were \"neutralized,\" President Volodymyr Zelensky of Ukraine said Friday morning, after having claimed an \"important success\" in its counteroffensive in southeastern Donetsk.");
        assert!(!e.reported_by.unwrap_or_default().contains("having"));
    }
}
