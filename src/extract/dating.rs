//! Dates of figures: the article's main date, paragraph dates, each figure's date, background.

use super::dates::{self, Anchors, CueKind};
use super::sentence::Sent;
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// Events dated more than this many days before the article's main attack are background
/// (encyclopaedia "see also" blurbs, history), not reported attacks.
pub(crate) const BACKGROUND_DAYS: i64 = 14;

pub(crate) static TOLL_UPDATE: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:toll|rose to|risen to|climbed to|increased to|up from|died in hospital|later died|died of (?:their|his|her) (?:wounds|injuries)|(?:have|has) now been|are now known|now stands|number of (?:injured|wounded|dead|victims)\b[^.;]{0,40}\b(?:reached|risen|increased|rose))\b"
);

/// The date of a figure at byte `pos` of its sentence: the nearest resolvable cue.
pub(crate) fn date_for(s: &Sent, pos: usize, a: Anchors) -> Option<NaiveDate> {
    // "a day after Russia launched ...": what follows the cue is the earlier day.
    let mut best: Option<(usize, NaiveDate)> = None;
    for c in &s.cues {
        if c.kind == CueKind::Period {
            continue;
        }
        let kind = match c.kind {
            CueKind::Relative(_)
                if s.text[c.start..c.end]
                    .to_ascii_lowercase()
                    .contains("after") =>
            {
                if pos < c.start {
                    continue;
                }
                CueKind::Relative(-1)
            }
            k => k,
        };
        if let Some(d) = dates::resolve(kind, a) {
            let dist = if pos >= c.end {
                pos - c.end
            } else {
                c.start.saturating_sub(pos)
            };
            if best.is_none_or(|(bd, _)| dist < bd) {
                best = Some((dist, d));
            }
        }
    }
    best.map(|(_, d)| d)
}
