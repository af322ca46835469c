//! Updates: a figure its sentence gives as updated information supersedes the first reports of
//! the same field before it, even a larger one.
//!
//! The largest figure of a field usually wins (a toll rises); but "СМИ сообщали о троих погибших.
//! По уточнённой информации мэра ... погибли два человека" corrects the first report down, and
//! "According to updated information, 11 people were wounded" replaces an earlier count. The other
//! way round, a figure its sentence gives as a first report ("They had initially said 17 had been
//! killed") yields to the article's other figure of the field.

use super::lexicon::patterns;
use super::sentence::{Cand, Sent};
use super::types::Status;
use regex::Regex;
use std::sync::LazyLock;

static UPDATED_INFO: LazyLock<Regex> = crate::regex!(patterns::UPDATED_INFO);
static FIRST_REPORT: LazyLock<Regex> = crate::regex!(patterns::FIRST_REPORT);

/// A used figure that is no subset: one an update can replace or a first report yield to.
fn standing(c: &Cand) -> bool {
    c.field.is_some() && c.status == Status::Used && !c.subset
}

/// Whether two figures count the same thing: field, attacker, date and place.
fn same_count(a: &Cand, b: &Cand) -> bool {
    a.field == b.field && a.side == b.side && a.date == b.date && a.locality == b.locality
}

/// "three more drones", "another two", "a further two": a count of more of the same.
fn more_of(s: &Sent, c: &Cand) -> bool {
    let at = |k: usize, w: &str| s.toks.get(k).is_some_and(|t| t.is(w));
    at(c.tok_start + 1, "more")
        || c.tok_start >= 1 && (at(c.tok_start - 1, "another") || at(c.tok_start - 1, "further"))
}

/// Marks `cands[i]` superseded by the figure of sentence `by`, for `why`.
fn supersede(sents: &[Sent], cands: &mut [Cand], i: usize, by: usize, why: &str) {
    let quote: String = sents[by].text.chars().take(60).collect();
    cands[i].status = Status::Superseded;
    cands[i].reason = Some(format!("{why} (\"{quote}\")"));
}

/// Marks the used figures that an update later in the article replaces: same field, attacker,
/// date and place, in an earlier sentence.
pub(crate) fn supersede_first_reports(sents: &[Sent], cands: &mut [Cand]) {
    let updates: Vec<usize> = (0..cands.len())
        // ("Later, he clarified that three more drones were shot down": a count of more adds to
        // the count before it, replacing none.)
        .filter(|&i| {
            standing(&cands[i])
                && !cands[i].part
                && !more_of(&sents[cands[i].sent], &cands[i])
                && UPDATED_INFO.is_match(&sents[cands[i].sent].text)
        })
        .collect();
    for u in updates {
        for i in 0..cands.len() {
            if cands[i].sent < cands[u].sent
                && standing(&cands[i])
                && same_count(&cands[i], &cands[u])
            {
                let by = cands[u].sent;
                supersede(
                    sents,
                    cands,
                    i,
                    by,
                    "a first report, updated later in the article",
                );
            }
        }
    }
}

/// Marks the used figures of a sentence that gives them as a first report ("They had initially
/// said 17 had been killed") when another sentence gives the same field, attacker, date and place:
/// that figure is the later one, even a smaller one.
pub(crate) fn supersede_initial_reports(sents: &[Sent], cands: &mut [Cand]) {
    let first = |c: &Cand| {
        standing(c)
            && FIRST_REPORT.find(&sents[c.sent].text).is_some_and(|m| {
                // ("He initially reported unspecified victims, later saying at least three
                // people were killed": the later report is this sentence's own.)
                !sents[c.sent].text[m.end()..].contains("later")
            })
    };
    let marked: Vec<usize> = (0..cands.len()).filter(|&i| first(&cands[i])).collect();
    for i in marked {
        let later = cands.iter().find(|c| {
            c.sent != cands[i].sent && standing(c) && same_count(c, &cands[i]) && !first(c)
        });
        if let Some(by) = later.map(|c| c.sent) {
            supersede(
                sents,
                cands,
                i,
                by,
                "a first report, replaced by a later figure",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::test_support::one;

    #[test]
    fn an_update_corrects_a_first_report_down() {
        let e = one("A Ukrainian drone hit a house in Belgorod. Media reported three dead. According to updated information from the mayor, two people were killed.");
        assert_eq!(e.killed.unwrap().value, 2);
    }

    #[test]
    fn a_first_report_yields_to_the_later_figure() {
        let e = one("A Russian missile hit the market in Kostiantynivka. Officials revised the death toll on Thursday to 16. They had initially said 17 had been killed.");
        assert_eq!(e.killed.unwrap().value, 16);
    }

    #[test]
    fn without_an_update_the_largest_figure_stays() {
        let e = one("A Ukrainian drone hit a house in Belgorod. Media reported three dead. The mayor said two people were killed.");
        assert_eq!(e.killed.unwrap().value, 3);
    }
}
