//! The running state of a sentence's quantities: what the quantities classified so far leave
//! for the next (the last weapon counted, an open "including ..." subset, an "of which" part).

use super::super::heads::head;
use super::super::lexicon::*;
use super::super::numbers::{self, Quantity, Tok};
use super::super::sentence::{Cand, Head, Sent};
use super::super::types::{Field, Status};

/// What the quantities classified so far in a sentence leave for the next, so that each
/// quantity is O(1) work (long lines stay linear).
pub(super) struct Running {
    pub(super) last_end: Option<usize>,
    pub(super) last_weapon_field: Option<Field>,
    /// The last weapon count of the previous sentence ("Russia launched 44 drones. Air defences
    /// destroyed 37 of them.").
    pub(super) prev_field: Option<Field>,
    pub(super) prev_weapon: Option<Head>,
    /// Whether drones, missiles were counted as launched in this sentence.
    pub(super) launched_seen: [bool; 2],
    /// Inside an "including ..." / "among them ..." subset.
    pub(super) including: bool,
    /// What the last item of that subset counts: a list of the same ("including 16 UAVs over
    /// the Belgorod Region, seven UAVs over the Kursk Region") stays in the subset.
    pub(super) including_head: Option<Head>,
    /// Quantities before this token were consumed as the total of an "X of the Y".
    pub(super) skip_until: usize,
    /// Inside an "of which N drones and M missiles" part.
    pub(super) of_which: bool,
    /// What the previous quantity counted and where its phrase ended.
    pub(super) last_head: Option<(Head, usize)>,
    /// The previous quantity's value.
    pub(super) last_value: Option<u64>,
    /// The previous sentence's launch counts: whether drones, missiles were counted, and the
    /// last one's value ("80 drones ..., three ballistic missiles and one cruise missile. Air
    /// defence neutralised 52 of them": both together).
    pub(super) prev_launched: ([bool; 2], Option<u64>),
    /// The one kind of weapon named without a count before this sentence's first quantity or in
    /// the sentence before it in its paragraph ("the enemy hit Cherkasy region with attack
    /// drones. Our air defense forces destroyed 15 of them").
    pub(super) named: Option<Head>,
}

impl Running {
    pub(super) fn new(s: &Sent, out: &[Cand]) -> Running {
        let prev_field: Option<Field> = out
            .iter()
            .rev()
            .take_while(|c| c.sent + 1 >= s.idx)
            .filter(|c| c.status == Status::Used)
            .find_map(|c| {
                c.field.filter(|f| {
                    matches!(
                        f,
                        Field::DronesLaunched
                            | Field::DronesIntercepted
                            | Field::MissilesLaunched
                            | Field::MissilesIntercepted
                    )
                })
            });
        // Only the candidates of the sentence before are read (from the end), so that the
        // running state stays O(1) per sentence whatever the article's length.
        let mut prev_launched = ([false, false], None);
        for c in out
            .iter()
            .rev()
            .take_while(|c| c.sent + 1 >= s.idx)
            .filter(|c| c.sent + 1 == s.idx && c.status == Status::Used)
        {
            let at = match c.field {
                Some(Field::DronesLaunched) => 0,
                Some(Field::MissilesLaunched) => 1,
                _ => continue,
            };
            prev_launched.0[at] = true;
            // Read from the end: the first one met is the sentence's last count.
            prev_launched.1 = prev_launched.1.or(c.value.map(u64::from));
        }
        let prev_weapon: Option<Head> = prev_field.map(|f| match f {
            Field::DronesLaunched | Field::DronesIntercepted => Head::Drone,
            _ => Head::Missile,
        });
        Running {
            last_end: None,
            last_weapon_field: None,
            prev_field,
            prev_weapon,
            launched_seen: [false, false],
            including: false,
            including_head: None,
            skip_until: 0,
            of_which: false,
            last_head: None,
            last_value: None,
            prev_launched,
            named: None,
        }
    }

    /// Whether a count (`value`) in a sentence that has launched nothing yet is more than the last
    /// launch count of the sentence before, which launched drones and missiles both ("80 drones
    /// ..., three ballistic missiles and one cruise missile. Air defence neutralised 52 of them",
    /// "Of these, 249 were shot down"): a part of both together.
    pub(super) fn exceeds_both_before(&self, value: Option<u64>) -> bool {
        let (both, last) = self.prev_launched;
        self.launched_seen == [false, false]
            && both == [true, true]
            && value.zip(last).is_some_and(|(v, l)| v > l)
    }

    /// Updates the running state from what the previous quantity pushed.
    pub(super) fn update(&mut self, s: &Sent, out: &[Cand]) {
        let Some(c) = out.last().filter(|c| c.sent == s.idx) else {
            return;
        };
        self.last_end = Some(c.tok_end);
        if c.status == Status::Used {
            match c.field {
                Some(f @ (Field::DronesLaunched | Field::DronesIntercepted)) => {
                    self.last_weapon_field = Some(f);
                    self.prev_weapon = Some(Head::Drone);
                    self.launched_seen[0] |= f == Field::DronesLaunched;
                }
                Some(f @ (Field::MissilesLaunched | Field::MissilesIntercepted)) => {
                    self.last_weapon_field = Some(f);
                    self.prev_weapon = Some(Head::Missile);
                    self.launched_seen[1] |= f == Field::MissilesLaunched;
                }
                _ => {}
            }
        }
    }

    /// Opens an "of which N ..." part; a coordinated count stays in it ("of which 175 drones and
    /// 14 missiles").
    pub(super) fn update_of_which(&mut self, toks: &[Tok], q: &Quantity) {
        let opens = q.q_start >= 2
            && toks[q.q_start - 2].is("of")
            && toks[q.q_start - 1].is_any(&["which", "them"]);
        // "17 UAVs, of which 6 were intercepted over the Voronezh region, 6 over the Saratov
        // region, 4 were shot down over ...": every part after "of which", up to the clause's end.
        let coordinated = self.of_which
            && self.last_end.is_some_and(|e| {
                toks.get(e..q.q_start).is_some_and(|g| {
                    !g.is_empty()
                        && g.iter().any(|t| t.is_any(&["and", ","]))
                        && !g
                            .iter()
                            .any(|t| t.is_any(&[";", ".", "while", "but", "whereas", "although"]))
                })
            });
        // "673 air attack vehicles, of them 38 missiles" (glossed "673 засоби повітряного
        // нападу, з них 38 ракет"): the parts of a total of every kind of weapon are each
        // weapon's own figures (as after "including").
        let mixed_total = self
            .last_head
            .is_some_and(|(h, e)| h == Head::Mixed && q.q_start.saturating_sub(e) <= 6);
        self.of_which = (opens && !mixed_total) || coordinated;
    }

    /// Opens a subset at "including", "among (them)"; closes it at punctuation after the last
    /// figure.
    pub(super) fn update_including(&mut self, toks: &[Tok], q: &Quantity) {
        let prev = q.q_start.checked_sub(1).map(|k| &toks[k]);
        // "among them seven of the 12 ballistic missiles", "including 15 ballistic".
        let among_them = q.q_start >= 2
            && toks[q.q_start - 2].is("among")
            && toks[q.q_start - 1].is_any(&["them", "which", "these", "those"]);
        // "more than 90 aerial weapons, including 81 Shahed drones": the parts of a total of
        // mixed or unnamed weapons are each weapon's own figures, not a subset.
        let mixed_total = self.last_head.is_some_and(|(h, e)| {
            matches!(h, Head::Mixed | Head::Other) && q.q_start.saturating_sub(e) <= 6
        });
        // "A mother and her three daughters were among seven people killed": the total; so is
        // a sentence's opening "among" ("Among 21 who were killed, three were children").
        let among_total = q.q_start >= 1
            && toks[q.q_start - 1].is("among")
            && (q.q_start == 1
                || toks[q.q_start - 2].is_any(&["were", "was", "are", "is"])
                || toks[q.q_start - 2].is_punct());
        // "72 missiles, including all 10 Kinzhals", "70 missiles, including a record number of
        // 32 ballistic missiles": words between the opener and its figure.
        let including_all = numbers::phrase_start(toks, q.q_start, SUBSET_FIGURE_MODIFIERS)
            .is_some_and(|m| m >= 1 && toks[m - 1].is("including"));
        // "53 missiles, which included four Iskanders": right after a count (not "the attack,
        // which included 728 drones").
        let which_included = q.q_start >= 2
            && toks[q.q_start - 1].is_any(SUBSET_RELATIVE_VERBS)
            && toks[q.q_start - 2].is_any(&["which", "that"])
            && self.last_end.is_some_and(|e| e + 4 >= q.q_start);
        // "68 Ukrainian UAVs were downed overnight, with 10 destroyed over Smolensk region": a
        // smaller count of the same weapon, over a place, after "with" (not "with 13 others").
        let with_place = prev.is_some_and(|p| p.is("with"))
            && !toks
                .get(q.j)
                .is_some_and(|t| t.is_any(&["others", "other", "more"]))
            && self.last_weapon_field.is_some()
            && q.value.zip(self.last_value).is_some_and(|(v, l)| v < l)
            && toks[q.j.min(toks.len())..(q.j + 3).min(toks.len())]
                .iter()
                .any(|t| t.is_any(&["over", "in"]));
        let smaller = q.value.zip(self.last_value).is_some_and(|(v, l)| v < l);
        // "destroyed 28 of 30 Shaheds, about 20 of them in Kyiv region": a smaller part of the
        // count before, in a place.
        let of_them_place = prev.is_some_and(|p| p.is(","))
            && self.last_weapon_field.is_some()
            && smaller
            && toks.get(q.j).is_some_and(|t| t.is("of"))
            && toks
                .get(q.j + 1)
                .is_some_and(|t| t.is_any(&["them", "these", "those"]))
            && toks
                .get(q.j + 2..(q.j + 4).min(toks.len()))
                .is_some_and(|g| g.iter().any(|t| t.is_any(&["in", "over", "above", "near"])));
        // "45 missiles (of them - 32 ballistic) and 458 drones of different types (about 300 -
        // Shaheds)": a smaller count in brackets right after a weapon count breaks it down.
        let bracket = toks[..q.q_start]
            .iter()
            .rposition(|t| t.is("("))
            .filter(|&b| {
                toks[b + 1..q.q_start]
                    .iter()
                    .all(|t| t.is_any(&["of", "them", "which", "-", "–", ",", ":"]))
            });
        // (Not "63 drones (55 of them were shot down)": a part with its own verb; not "over
        // Belgorod (11 UAVs), Bryansk (8 UAVs)": a place's count.)
        let in_brackets = bracket.is_some_and(|b| {
            self.last_end.is_some_and(|e| {
                e <= b
                    && toks[e..b].iter().all(|t| {
                        t.is_any(&["of", "different", "various", "types", "type", "kinds"])
                    })
            }) && self.last_weapon_field.is_some()
                && smaller
                && !toks[q.j..]
                    .iter()
                    .take_while(|t| !t.is(")"))
                    .any(|t| t.is_any(AUX) || t.is_any(INTERCEPT_VERBS) || t.is("shot"))
        });
        let opens = (prev.is_some_and(|p| p.is_any(SUBSET_OPENERS) || p.is("among"))
            || including_all
            || self.last_end.is_none() && figure_includes(toks, q.q_start)
            || which_included
            || with_place
            || of_them_place
            || in_brackets)
            && !among_total;
        // "Russia launched a series of attacks during the night, including 18 combat drones and
        // two Iskander-M ballistic missiles": weapons "included" in no count before them in the
        // sentence are the attack's own figures.
        let no_total = opens
            && self.last_end.is_none()
            && (prev.is_some_and(|p| p.is("including")) || including_all)
            && matches!(head(toks, q.j).0, Head::Drone | Head::Missile);
        if (opens || among_them) && !mixed_total && !no_total {
            self.including = true;
        }
        if !self.including {
            self.including_head = None;
            return;
        }
        let this_head = head(toks, q.j).0;
        // (With no figure since the opener — "including one that killed three" — the gap runs
        // from the opener.)
        let opener = || {
            toks[..q.q_start]
                .iter()
                .rposition(|t| t.is_any(SUBSET_OPENERS))
                .map(|p| p + 1)
        };
        if let Some(last) = self.last_end.or_else(opener) {
            let gap = toks.get(last.min(q.q_start)..q.q_start).unwrap_or(&[]);
            // "16 UAVs over the Belgorod Region, seven UAVs over the Kursk Region": an item's
            // place, then a comma, and no verb of its own.
            let list_item = gap.last().is_some_and(|t| t.is_any(&[",", "and"]))
                && gap
                    .iter()
                    .all(|t| !t.is_any(&[";", ".", ":"]) && !t.is_any(AUX))
                && matches!(this_head, Head::Drone | Head::Missile)
                && self.including_head == Some(this_head);
            // "killing 16 people—including six children—and injuring more than 50": a closing
            // dash or parenthesis ends the subset too.
            // "killing at least 21 including three children and injuring 115": a casualty verb
            // coordinated after the subset starts a figure of its own.
            let next_verb = gap.windows(2).any(|w| {
                w[0].is("and") && (w[1].is_any(KILL_BEFORE) || w[1].is_any(INJURE_BEFORE))
            });
            // "Three people including a child were killed and eight others wounded": the
            // sentence's own verb after the subset closes it.
            let finite_verb = gap.iter().any(|t| t.is_any(&["were", "was", "are", "is"]))
                && gap.last().is_some_and(|t| t.is("and"));
            // "a series of year-end attacks, including one that killed three civilians": a
            // relative clause after the subset's item has counts of its own.
            let relative = gap.iter().any(|t| t.is_any(&["that", "which", "who"]));
            if (gap.iter().any(|t| t.is_any(SUBSET_CLOSERS))
                || next_verb
                || finite_verb
                || relative)
                && !prev.is_some_and(|p| p.is_any(SUBSET_OPENERS))
                && !which_included
                && !with_place
                && !of_them_place
                && !in_brackets
                && !including_all
                && !among_them
                && !list_item
            {
                self.including = false;
            }
        }
        self.including_head = self.including.then_some(this_head);
    }
}

/// Whether the sentence opens on a figure stated before and a verb of including, before `at`
/// ("This figure includes 537 children killed and 1,117 injured", "The death toll included"):
/// the counts after it are parts of that figure. A demonstrative points back to any figure; "the"
/// only to a toll (not "The total included 728 drones", an attack's first figure).
fn figure_includes(toks: &[Tok], at: usize) -> bool {
    let Some(v) = toks[..at.min(5)]
        .iter()
        .position(|t| t.is_any(SUBSET_RELATIVE_VERBS))
    else {
        return false;
    };
    let noun = |nouns: &[&str]| v >= 2 && toks[v - 1].is_any(nouns);
    toks[0].is_any(DEMONSTRATIVES) && noun(FIGURE_NOUNS) || toks[0].is("the") && noun(TOLL_NOUNS)
}
