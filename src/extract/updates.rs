//! Updates: a figure its sentence gives as updated information supersedes the first reports of
//! the same field before it, even a larger one.
//!
//! The largest figure of a field usually wins (a toll rises); but "СМИ сообщали о троих погибших.
//! По уточнённой информации мэра ... погибли два человека" corrects the first report down, and
//! "According to updated information, 11 people were wounded" replaces an earlier count.

use super::lexicon::patterns;
use super::sentence::{Cand, Sent};
use super::types::Status;
use regex::Regex;
use std::sync::LazyLock;

static UPDATED_INFO: LazyLock<Regex> = crate::regex!(patterns::UPDATED_INFO);

/// Marks the used figures that an update later in the article replaces: same field, attacker,
/// date and place, in an earlier sentence.
pub(crate) fn supersede_first_reports(sents: &[Sent], cands: &mut [Cand]) {
    let updates: Vec<usize> = (0..cands.len())
        .filter(|&i| {
            let c = &cands[i];
            c.field.is_some()
                && c.status == Status::Used
                && !c.subset
                && UPDATED_INFO.is_match(&sents[c.sent].text)
        })
        .collect();
    for u in updates {
        let (sent, field, side, date, place) = {
            let c = &cands[u];
            (c.sent, c.field, c.side, c.date, c.locality.clone())
        };
        for c in cands.iter_mut() {
            let first_report = c.sent < sent
                && c.field == field
                && c.side == side
                && c.date == date
                && c.locality == place
                && c.status == Status::Used
                && !c.subset;
            if first_report {
                c.status = Status::Superseded;
                c.reason = Some(format!(
                    "a first report, updated later in the article (\"{}\")",
                    sents[sent].text.chars().take(60).collect::<String>()
                ));
            }
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
    fn without_an_update_the_largest_figure_stays() {
        let e = one("A Ukrainian drone hit a house in Belgorod. Media reported three dead. The mayor said two people were killed.");
        assert_eq!(e.killed.unwrap().value, 3);
    }
}
