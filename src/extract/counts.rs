//! Quantities to figure candidates: implied numbers, partitives, weapon counts, strikes and casualties.

use super::anaphora;
use super::casualties::{casualty_field, coordinated_people, person_count};
use super::dates::CueKind;
use super::ellipsis;
use super::heads::{head, not_a_count};
use super::implied::with_implied;
use super::lexicon::*;
use super::numbers::{self, Quantity, Tok};
use super::roles::{weapon_role, Role};
use super::scope::{clause_locality, cue_governs, locality};
use super::sentence::{Cand, Head, Sent};
use super::types::{Field, Status};
use super::weapons;
use crate::text::LineKind;
use crate::warning::Warning;

mod kinds;
mod number_of;
mod running;
use kinds::{bombs_or_ground, unusable_value, vague};
use running::Running;

fn classify_sentence(
    s: &Sent,
    sents: &[Sent],
    out: &mut Vec<Cand>,
    warnings: &mut Vec<Warning>,
    id: &str,
) {
    classify_quantities(s, sents, out, warnings, id);
    anaphora::all_intercepted(s, sents, out);
}

/// A quantity being classified, with what it counts and how it stands in its phrase.
pub(crate) struct Quant<'a> {
    pub(crate) s: &'a Sent,
    pub(crate) sents: &'a [Sent],
    pub(crate) q: &'a Quantity,
    pub(crate) h: Head,
    /// The end of the counted noun phrase.
    pub(crate) end: usize,
    pub(crate) noun: String,
    /// "X of the Y drones": Y.
    pub(crate) total: Option<&'a Quantity>,
    /// "23 of which", "17 of them": a part of a count stated before, with that count's field.
    pub(crate) partitive: Option<Option<Field>>,
    /// "none of the three missiles".
    pub(crate) none_of: bool,
    /// "all 27 drones", "all of the 27 drones".
    pub(crate) all_of: bool,
    /// Governed by a period ("since July"): a period total.
    pub(crate) period: bool,
    /// Inside an "including ..." subset.
    pub(crate) including: bool,
    /// After "of which", "of them" with a noun of its own: "440 drones and 32 missiles, of which
    /// 175 drones and 14 missiles targeted Kyiv" (a launched part; "of which 30 drones were shot
    /// down" is the interceptions).
    pub(crate) of_which: bool,
    /// The noun of "the number of <weapons> ... reached N" that the figure states the number of:
    /// its roles are read there ("drones shot down").
    pub(crate) subject: Option<(usize, usize)>,
}

/// The field an infobox line's key names ("Deaths: 12", "Injured: 40").
fn infobox_key(s: &Sent) -> Option<Field> {
    if s.kind != LineKind::Infobox {
        return None;
    }
    let l = s.lower.trim_start_matches(['-', ' ', '|']);
    if l.starts_with("deaths")
        || l.starts_with("fatalities")
        || l.starts_with("killed")
        || l.contains("deaths") && l.len() < 60
    {
        Some(Field::Killed)
    } else if l.starts_with("injur")
        || l.starts_with("wounded")
        || l.starts_with("reported injuries")
        || l.contains("injur") && l.len() < 80
    {
        Some(Field::Injured)
    } else {
        None
    }
}

/// The one kind of weapon (drones or missiles) named before the sentence's first number, or in
/// the two sentences before it that have no number, when no person is named there ("... with
/// “kamikaze” drones seemingly from Iran. ... Ukraine said it shot down 23 out of 28").
fn named_weapon(s: &Sent, sents: &[Sent]) -> Option<Head> {
    let first_num = s
        .toks
        .iter()
        .position(|t| matches!(t.kind, numbers::Kind::Num(_)))
        .unwrap_or(s.toks.len());
    // The nearest that names a weapon or a person: this sentence before its first number, then
    // the two sentences before, up to one with a number (not past a count: "175 such killer
    // drones ... 151 of them" is that count's part).
    let before = sents[s.idx.saturating_sub(2)..s.idx]
        .iter()
        .rev()
        .filter(|p| !matches!(p.kind, LineKind::Boilerplate | LineKind::Duplicate))
        // (A date's numbers count nothing: "Силы ПВО в ночь на 24 февраля 2026 года отразили
        // массированную атаку беспилотников. ¶ ... уничтожено 79 воздушных целей".)
        .take_while(|p| {
            !p.toks.iter().any(|t| {
                matches!(t.kind, numbers::Kind::Num(_))
                    && !p.cues.iter().any(|c| c.start <= t.start && t.end <= c.end)
            })
        })
        .map(|p| &p.toks[..]);
    for toks in std::iter::once(&s.toks[..first_num]).chain(before) {
        let (mut drone, mut missile) = (false, false);
        for t in toks {
            if t.is_any(PERSON_HEADS) {
                return None;
            }
            drone |= t.is_any(DRONE_HEADS);
            missile |= t.is_any(MISSILE_HEADS);
        }
        match (drone, missile) {
            (true, false) => return Some(Head::Drone),
            (false, true) => return Some(Head::Missile),
            (true, true) => return None,
            _ => {}
        }
    }
    None
}

/// Whether what follows a total at `at` names no thing of its own: "23 out of 28 yesterday",
/// "23 of 28.", not "23 of 28 regions".
fn weapon_or_nothing(toks: &[Tok], at: usize) -> bool {
    toks.get(at)
        .is_none_or(|t| t.is_punct() || t.is_any(TOTAL_TAIL_WORDS))
}

/// Classifies each quantity of a sentence into candidates.
fn classify_quantities(
    s: &Sent,
    sents: &[Sent],
    out: &mut Vec<Cand>,
    warnings: &mut Vec<Warning>,
    id: &str,
) {
    let toks = &s.toks;
    let infobox_key = infobox_key(s);
    let quants = with_implied(toks, numbers::quantities(toks));
    let mut st = Running::new(s, out);
    st.named = named_weapon(s, sents);
    for (qi, q) in quants.iter().enumerate() {
        st.update(s, out);
        if q.i < st.skip_until {
            continue;
        }
        let mut cand = Cand {
            sent: s.idx,
            field: None,
            value: q.value.and_then(|v| u32::try_from(v).ok()),
            qualifier: q.qualifier,
            tok_start: q.q_start,
            tok_end: q.j,
            side: None,
            date: None,
            locality: None,
            status: Status::Rejected,
            reason: None,
            subset: false,
            period: false,
            part: false,
            referent: None,
        };
        st.update_including(toks, q);
        st.update_of_which(toks, q);
        // Numbers that are never counts.
        if let Some(reason) = not_a_count(toks, q, &s.cues) {
            if q.digits || q.vague {
                cand.reason = Some(reason);
                out.push(cand);
            }
            continue;
        }
        // An elliptical count stands for the count before it (before any other reading); "and
        // 10 across the country" is its national total.
        // ("and two others in Kherson": people, but no verb of their own.)
        let others =
            matches!(head(toks, q.j).0, Head::Person) && ellipsis::people_without_verb(toks, q.j);
        if matches!(head(toks, q.j).0, Head::Other | Head::None) || others {
            if let Some(last) = ellipsis::national_total(s, q, out) {
                cand.field = last.field;
                cand.status = Status::Used;
                out.push(cand);
                continue;
            }
            // The count it stands for, past a count of places ("11 drones over five Russian
            // regions, as well as three over Crimea").
            let prev = quants[..qi]
                .iter()
                .rev()
                .find(|p| !PLACE_NOUNS.contains(&head(toks, p.j).2.as_str()));
            let part = ellipsis::elliptical(s, q, prev, &quants, out)
                .or_else(|| ellipsis::list_part(s, sents, q, &quants, out));
            if let Some((last, times)) = part {
                cand.field = last.field;
                cand.value = cand.value.map(|v| v.saturating_mul(times));
                cand.status = last.status;
                cand.reason.clone_from(&last.reason);
                cand.subset = last.subset;
                cand.part = true;
                if matches!(cand.field, Some(Field::Killed | Field::Injured)) {
                    // "Three were injured in Kyiv, and two in Kherson": each part its place.
                    cand.locality = locality(s, sents)
                        .or_else(|| clause_locality(s, cand.tok_start, cand.tok_end));
                }
                out.push(cand);
                continue;
            }
        }
        let w = counted(s, sents, &quants, qi, &st);
        if matches!(w.h, Head::Drone | Head::Missile | Head::Person) {
            let times = ellipsis::times_each(s, q.q_start, w.end, &quants);
            cand.value = cand.value.map(|v| v.saturating_mul(times));
        }
        st.last_head = Some((w.h, w.end.max(q.j)));
        st.last_value = q.value;
        if q.vague {
            out.extend(vague(&w, cand));
            continue;
        }
        // "a Kh-31 missile", "an Iskander-M ballistic missile".
        cand.tok_end = w.end.max(q.j);
        cand.period = w.period;
        if unusable_value(&w, &mut cand, warnings, id) {
            out.push(cand);
            continue;
        }
        match w.h {
            Head::Drone | Head::Missile => {
                if let Some(skip) = weapons::weapon_count(&w, cand, out, st.launched_seen) {
                    st.skip_until = skip;
                }
            }
            Head::Bomb | Head::Ground => out.push(bombs_or_ground(&w, cand)),
            Head::StrikeEvents => {
                cand.reason = Some(format!("counts {} (events), not weapons", w.noun));
                out.push(cand);
            }
            Head::Mixed => {
                cand.reason = Some(format!(
                    "counts {} together: neither weapon's figure",
                    w.noun
                ));
                out.push(cand);
            }
            Head::Strike => {
                if w.period {
                    cand.reason = Some("a period total, not one attack".into());
                } else {
                    cand.field = Some(Field::Hits);
                    cand.status = Status::Used;
                    cand.locality = locality(s, sents);
                }
                out.push(cand);
            }
            Head::Person | Head::Killed | Head::Injured | Head::None | Head::Other => {
                if let Some(mut c) = person_count(&w, cand, infobox_key) {
                    c.part = coordinated_people(s, &c, out);
                    out.push(c);
                }
            }
        }
    }
}

/// What quantity `qi` counts: its head noun, else the noun after "X of the Y", else (for a bare
/// number with a role verb) what the count before it counts.
fn counted<'a>(
    s: &'a Sent,
    sents: &'a [Sent],
    quants: &'a [Quantity],
    qi: usize,
    st: &Running,
) -> Quant<'a> {
    let toks = &s.toks;
    let q = &quants[qi];
    let (h, end, noun) = head(toks, q.j);
    let mut subject = None;
    // "attacked Ukraine with a record number of drones - 145": the weapon before the dash;
    // "the total number of drones shot down ... had reached 32": the subject's.
    let (h, noun) = match h {
        Head::None | Head::Other => {
            if let Some((hb, nb)) = super::heads::head_before(toks, q.q_start, q.j) {
                (hb, nb)
            } else if let Some((hb, nb, k)) = number_of::head_number_of(toks, q.q_start, q.j) {
                subject = Some(k);
                (hb, nb)
            } else {
                (h, noun)
            }
        }
        _ => (h, noun),
    };
    let none_of = q.q_start >= 2
        && toks[q.q_start - 1].is("the")
        && toks[q.q_start - 2].is("of")
        && q.q_start >= 3
        && toks[q.q_start - 3].is("none");
    // "destroyed all of the 18 missiles and nine drones": "all" scopes over the coordination.
    let all_of = all_before(toks, q)
        || qi > 0
            && all_before(toks, &quants[qi - 1])
            && numbers::phrase_end(toks, q.j, TOTAL_LINKS).is_none()
            && {
                let prev_end = head(toks, quants[qi - 1].j).1;
                toks.get(prev_end..q.q_start)
                    .is_some_and(|between| matches!(between, [and] if and.is("and")))
            };
    let governed = |q: &Quantity| {
        s.cues
            .iter()
            .any(|c| c.kind == CueKind::Period && cue_governs(s, c, q))
    };
    // "killed more than 12,600 civilians and injured over 29,000": the second figure of a pair
    // joined by "and" shares the first's period.
    let paired = qi > 0 && governed(&quants[qi - 1]) && {
        let from = toks[quants[qi - 1].j.min(q.i)].start;
        let between = &s.text[from..toks[q.i].start];
        between.len() < 60 && !between.contains([';', '.']) && between.contains(" and ")
    };
    let period = governed(q) || paired || s.in_period_para;
    let mut w = Quant {
        s,
        sents,
        q,
        h,
        end,
        noun,
        total: None,
        partitive: None,
        none_of,
        all_of,
        period,
        including: st.including,
        of_which: st.of_which,
        subject,
    };
    // "about 50 of them - Shaheds": "of them" before the apposition's weapon noun.
    let of_them = s.toks.get(q.j).is_some_and(|t| t.is("of"))
        && s.toks.get(q.j + 1).is_some_and(|t| t.is("them"))
        && s.toks.get(q.j + 2).is_some_and(|t| t.is_any(&["-", ":"]));
    if matches!(w.h, Head::Other | Head::None) || of_them {
        of_phrase(&mut w, quants, qi, st);
        // "shot down 26 of these suicide drones out of a total of 28": a part of the drones
        // named after "of", then the total after them.
        if w.total.is_none() && matches!(w.h, Head::Drone | Head::Missile) {
            total_after_noun(&mut w, quants, qi);
        }
    } else if matches!(w.h, Head::Drone | Head::Missile) {
        total_after_noun(&mut w, quants, qi);
    }
    bare_count(&mut w, st);
    w
}

/// The total after a weapon count's noun: "shot down 28 Russian drones out of 31 launched", "25
/// missiles of 38 fired", "58 drones overnight from a total of 60", "25 drones out of the 33 sent".
fn total_after_noun<'a>(w: &mut Quant<'a>, quants: &'a [Quantity], qi: usize) {
    let (s, wh) = (w.s, w.h);
    let toks = &s.toks;
    let mut at = w.end;
    if toks.get(at).is_some_and(|t| t.is_any(TOTAL_LINK_ADVERBS)) {
        at += 1;
    }
    if let Some(mut total_at) = numbers::phrase_end(toks, at, TOTAL_LINKS) {
        // "25 Shahed drones out of the 33 sent", "40 missiles out of the total 75 launched".
        if toks.get(total_at).is_some_and(|t| t.is("the")) {
            total_at += 1;
        }
        if toks
            .get(total_at)
            .is_some_and(|t| t.is_any(TOTAL_ADJECTIVES))
        {
            total_at += 1;
        }
        // (Not "7 missiles out of a total of 22 drones": a total of another weapon.)
        let same_weapon = |y: &Quantity| {
            let h = head(toks, y.j).0;
            !matches!(h, Head::Drone | Head::Missile) || h == wh
        };
        w.total = quants
            .get(qi + 1)
            .filter(|y| y.q_start == total_at && !y.vague && same_weapon(y));
    }
}

/// "all 27 drones", "all of the 18 missiles", "all of Russia's 39 drones", "both missiles" (all
/// two).
fn all_before(toks: &[Tok], q: &Quantity) -> bool {
    if toks[q.q_start].is("both") {
        return true;
    }
    // The words before the count, past quotation marks: "destroyed “all” of the 16 Iranian-made
    // Shahed drones" (a word quoted from the statement).
    let words: Vec<&Tok> = toks[..q.q_start]
        .iter()
        .rev()
        .filter(|t| !t.is_any(QUOTE_MARKS))
        .take(3)
        .collect();
    let at = |n: usize| words.get(n).copied();
    let is = |n: usize, w: &str| at(n).is_some_and(|t| t.is(w));
    is(0, "all")
        // "destroyed all the 37 attack drones launched by Russia".
        || is(0, "the") && is(1, "all")
        // "shot down all launched 24 drones" (glossed "сбили все запущенные 24 беспилотника").
        || at(0).is_some_and(|t| t.is_any(&["launched", "fired"])) && is(1, "all")
        || (is(0, "the") || at(0).is_some_and(|t| t.lower.ends_with("'s")))
            && is(1, "of")
            && is(2, "all")
}

/// "X of the Y drones" / "X out of Y": the head is after Y; "23 of which were shot down", "97 of
/// the drones", "17 of them over Kursk": a part of a count stated before.
fn of_phrase<'a>(w: &mut Quant<'a>, quants: &'a [Quantity], qi: usize, st: &Running) {
    let toks = &w.s.toks;
    let Some(mut k) = numbers::phrase_end(toks, w.q.j, TOTAL_LINKS) else {
        return;
    };
    // ("shot down 29 of those on the approaches": "those" with no noun is the pronoun.)
    let pronoun_next = toks
        .get(k + 1)
        .is_none_or(|n| n.is_punct() || n.is_any(ELLIPSIS_PREPS) || n.is_any(AFTER_PRONOUN));
    if toks
        .get(k)
        .is_some_and(|t| t.is_any(&["the", "its", "these", "those", "our", "their"]))
        && !(toks[k].is_any(&["these", "those"]) && pronoun_next)
    {
        k += 1;
    }
    // "destroyed two of Russia's three missiles": a possessive before the total.
    if toks
        .get(k)
        .is_some_and(|t| t.lower.ends_with("'s") || t.lower.ends_with("’s"))
    {
        k += 1;
    }
    // "downed two of the total four missiles", "three of the overall 20 drones", "62 out of the
    // record 145".
    if toks.get(k).is_some_and(|t| t.is_any(TOTAL_ADJECTIVES))
        && quants
            .get(qi + 1)
            .is_some_and(|y| y.q_start == k + 1 || y.i == k + 1)
    {
        k += 1;
    }
    if let Some(y) = quants.get(qi + 1).filter(|y| y.q_start == k || y.i == k) {
        // "11 of 17 of those drones": the total's own "of those".
        let mut at = y.j;
        if toks.get(at).is_some_and(|t| t.is("of"))
            && toks
                .get(at + 1)
                .is_some_and(|t| t.is_any(&["the", "those", "these", "them"]))
        {
            at += 2;
        }
        let (h2, e2, _) = head(toks, at);
        w.h = match (h2, st.named) {
            (Head::None | Head::Other, Some(named)) if weapon_or_nothing(toks, at) => named,
            _ => h2,
        };
        w.end = e2;
        w.total = Some(y);
        return;
    }
    // "about 50 of them - Shaheds": the pronoun stands for the count before; the apposition
    // after it names a kind, not what is counted.
    let of_pronoun = toks
        .get(k)
        .is_some_and(|t| t.is_any(&["them", "which", "these", "those"]));
    let (h2, e2, _) = if of_pronoun && toks.get(k + 1).is_some_and(|t| t.is_any(&["-", ":"])) {
        (Head::Other, k + 1, String::new())
    } else {
        head(toks, k)
    };
    let earlier = st.last_weapon_field.or(st.prev_field);
    // "79 drones and two Iskander-M missiles, of which 67 were shot down": a part of both
    // together, neither weapon's.
    let pronoun = toks.get(k).is_some_and(|t| t.is_any(&["which", "them"]));
    let more_than_last = w.q.value.zip(st.last_value).is_some_and(|(v, l)| v > l);
    let more_than_prev = st.exceeds_both_before(w.q.value);
    if pronoun && (more_than_last && st.launched_seen == [true, true] || more_than_prev) {
        w.h = Head::Mixed;
        w.noun = "drones and missiles".into();
        w.end = k + 1;
        return;
    }
    // "two of its entrances": a part of something else ("nine of the weapons", "of the
    // targets": of the weapons counted before).
    let other_noun = h2 == Head::Other
        && !toks.get(k).is_some_and(|t| {
            t.is_any(&["them", "which", "these", "those"]) || t.is_any(GENERIC_WEAPON_NOUNS)
        });
    // "At least 8 apartment buildings were damaged, one of them was completely destroyed": the
    // pronoun stands for the thing counted right before it (not "over five regions, 30 of
    // them": places are passed over).
    let of_thing = pronoun
        && st.last_head.is_some_and(|(h, end)| {
            h == Head::Other && end > 0 && !toks[end - 1].is_any(PLACE_NOUNS)
        });
    // ("shot down 12 of the rockets and all 13 drones": rockets, shells and bombs are what the
    // part counts, never the drones counted before; but after missiles launched in its sentence
    // or the one before, "15 of the rockets were shot down" are those missiles, named again.)
    let missiles_before = st.launched_seen[1]
        || st.prev_launched.0[1]
        || matches!(
            earlier,
            Some(Field::MissilesLaunched | Field::MissilesIntercepted)
        );
    w.h = if h2 == Head::Ground && missiles_before && toks[k].is_any(&["rocket", "rockets"]) {
        Head::Missile
    } else if matches!(h2, Head::Drone | Head::Missile | Head::Ground | Head::Bomb) {
        h2
    } else if other_noun || of_thing {
        Head::Other
    } else {
        match earlier {
            Some(Field::DronesLaunched | Field::DronesIntercepted) => Head::Drone,
            Some(Field::MissilesLaunched | Field::MissilesIntercepted) => Head::Missile,
            _ if toks.get(k).is_some_and(|t| t.is("them")) && st.named.is_some() => {
                st.named.unwrap_or(w.h)
            }
            // "65 people became the victims ... 10 of them were killed": people, no weapon
            // counted before.
            _ if toks.get(k).is_some_and(|t| t.is_any(&["them", "whom"])) => Head::Person,
            _ => w.h,
        }
    };
    w.end = if matches!(h2, Head::Drone | Head::Missile) {
        e2
    } else {
        k + 1
    };
    w.partitive = Some(earlier);
}

/// A bare number whose next word is no head noun but a verb, "other"/"more" before a place, the
/// means, or (in a sentence opening with the total) a preposition: it counts nothing of its own
/// (`Head::None`), so the count before it decides.
fn no_head_noun(w: &mut Quant) {
    let (toks, q) = (&w.s.toks, w.q);
    // "with around 40 intercepted", "15 destroyed by air defence": the verb right after the
    // number says what it counts.
    // "with 21 shot down", "four hit the target, and two were shot down": a participle or a
    // verb of hitting right after the number is no head noun either.
    let down_next = toks
        .get(q.j)
        .is_some_and(|t| t.is_any(&["shot", "taken", "brought"]))
        && toks.get(q.j + 1).is_some_and(|t| t.is("down"));
    let verb_next = w.h == Head::Other
        && w.noun.as_str() != "of"
        && (down_next
            || toks.get(q.j).is_some_and(|t| {
                (t.is_any(INTERCEPT_VERBS) && t.lower.ends_with("ed")) || t.is_any(HIT_VERBS)
            }));
    if verb_next {
        w.h = Head::None;
        w.end = q.j;
    }
    // "destroyed 3 other over Bryansk Province", "intercepted 13 more over the Sea of Azov":
    // "other", "more" stand for the weapon counted before.
    let other_over = w.h == Head::Other
        && toks.get(q.j).is_some_and(|t| t.is_any(&["other", "more"]))
        && toks.get(q.j + 1).is_some_and(|t| t.is_any(ELLIPSIS_PREPS));
    if other_over {
        w.h = Head::None;
        w.end = q.j + 1;
    }
    // "destroyed ten drones and suppressed three using electronic warfare": the means after
    // a bare number.
    if w.h == Head::Other && toks.get(q.j).is_some_and(|t| t.is_any(MEANS_AFTER_COUNT)) {
        w.h = Head::None;
        w.end = q.j;
    }
    // "Of the 188 drones launched, the air force intercepted 76 across 17 regions": in a
    // sentence that opens with the total, a number right before a preposition, after a verb of
    // intercepting, counts the weapon of the total (elsewhere "shot down 14 over Belgorod"
    // after a total is a region's part).
    let of_opening = toks.first().is_some_and(|t| t.is("of"))
        || toks.len() > 1 && toks[0].is("out") && toks[1].is("of");
    let prep_next = w.h == Head::Other
        && of_opening
        && toks.get(q.j).is_some_and(|t| t.is_any(ELLIPSIS_PREPS))
        && {
            let (roles, explicit) = weapon_role(toks, q.q_start, q.j);
            explicit && roles == [Role::Intercepted]
        };
    if prep_next {
        w.h = Head::None;
        w.end = q.j;
    }
}

/// "thirty-one were shot down", "three more were suppressed", "of which 167 were shot down": a
/// bare number with a role verb counts what the count before it counts.
fn bare_count(w: &mut Quant, st: &Running) {
    let (toks, q) = (&w.s.toks, w.q);
    no_head_noun(w);
    if !(w.h == Head::None || (w.h == Head::Person && matches!(w.noun.as_str(), "more" | "others")))
    {
        return;
    }
    // "destroyed 72 apartments and damaged more than 230": right after a count of something
    // else in its clause, a bare count counts that (ellipsis), not a weapon.
    // (Not a count that a verb of intercepting follows: "22 drones hit 15 targeted locations,
    // while 106 were successfully intercepted".)
    let (roles, explicit) = weapon_role(toks, q.q_start, w.end.max(q.j));
    // (Not "totaling 452 projectiles, of which 406 were intercepted": a part of that count.)
    let intercepted = explicit
        && roles.contains(&Role::Intercepted)
        && !(q.q_start > 0 && toks[q.q_start - 1].is_any(&["which", "them", "these", "those"]))
        && toks[q.j..(q.j + 4).min(toks.len())]
            .iter()
            .any(|t| t.is_any(INTERCEPT_VERBS) || t.is("shot"));
    let other_before = st.last_head.is_some_and(|(h, e)| {
        h == Head::Other
            && e <= q.q_start
            && q.q_start - e <= 6
            && !toks[e..q.q_start].iter().any(|t| t.is_any(&[".", ";"]))
    });
    if other_before && !intercepted {
        return;
    }
    // "They destroyed a private house and damaged another 16": what was damaged is no weapon.
    let damaged = toks[..q.q_start]
        .iter()
        .rev()
        .find(|t| !t.is_any(CASUALTY_VERB_GAP))
        .is_some_and(|t| t.is_any(DAMAGE_VERBS));
    // "a residential building was destroyed and 12 more damaged": a count that was damaged is
    // no weapon either.
    let after = w.end.max(q.j);
    let after = after
        + usize::from(
            toks.get(after)
                .is_some_and(|t| t.is_any(&["more", "other"])),
        );
    let damaged_after = toks.get(after).is_some_and(|t| t.is_any(DAMAGE_VERBS));
    if damaged || damaged_after {
        return;
    }
    // "neutralized 52 of them: 15 were shot down, and 37 were lost": the parts of a count of
    // drones and missiles together are neither weapon's either (across a semicolon too:
    // "neutralized 718 hostile aerial assault vehicles; 303 were brought down").
    let mixed_before = st.last_head.is_some_and(|(h, e)| {
        h == Head::Mixed && e <= q.q_start && !toks[e..q.q_start].iter().any(|t| t.is("."))
    });
    if mixed_before {
        w.h = Head::Mixed;
        w.noun = "drones and missiles".into();
        return;
    }
    // "with eight more \"likely downed by the electronic warfare tools\"": a hedged count is no
    // figure.
    let hedged = toks
        .get(w.end.max(q.j)..(w.end.max(q.j) + 4).min(toks.len()))
        .is_some_and(|after| after.iter().any(|t| t.is_any(HEDGE_WORDS)));
    if hedged {
        return;
    }
    // "Among these weapons, 249 were shot down" (after "537 aerial weapons, including 477
    // drones and 60 missiles"): a part of a count of weapons of both kinds is neither's.
    let generic_opening = toks.first().is_some_and(|t| t.is_any(&["among", "of"]))
        && toks
            .get(1..q.q_start.min(5))
            .is_some_and(|ts| ts.iter().any(|t| t.is_any(GENERIC_WEAPON_NOUNS)));
    // "Of these, 249 were shot down" after "477 drones and decoys and 60 missiles": a pronoun
    // opening that points back at a sentence launching both kinds, more than its last count.
    let pronoun_opening = weapons::opens_with_part_pronoun(toks) && st.exceeds_both_before(q.value);
    if generic_opening || pronoun_opening {
        w.h = Head::Mixed;
        w.noun = "drones and missiles".into();
        return;
    }
    // (Not the means of downing: "Five of the drones were shot down by air missiles, the other
    // three were suppressed" counts drones.)
    let means = |i: usize| {
        (i.saturating_sub(2)..i).any(|b| {
            toks[b].is_any(MEANS_PREPS)
                && b > 0
                && (toks[b - 1].is("down") || toks[b - 1].is_any(INTERCEPT_VERBS))
        })
    };
    let noun_before = toks[..q.q_start]
        .iter()
        .enumerate()
        .rev()
        .find_map(|(i, t)| {
            if means(i) {
                None
            } else if t.is_any(DRONE_HEADS) && !t.is_any(&["vehicles", "munitions", "aircraft"]) {
                Some(Head::Drone)
            } else if t.is_any(MISSILE_HEADS) {
                Some(Head::Missile)
            } else {
                None
            }
        });
    let earlier = noun_before.or(st.prev_weapon);
    let casualty_cue = casualty_field(toks, q, w.h, w.end).is_some();
    // "50 drones and three cruise missiles, of which 41 were shot down": more than the last
    // weapon's count, so both together ("three missiles and 47 drones, of which 31 were shot
    // down" is the drones').
    let after_which = q.q_start >= 1 && toks[q.q_start - 1].is_any(&["which", "them"]);
    let more_than_last = q.value.zip(st.last_value).is_some_and(|(v, l)| v > l);
    if after_which && more_than_last && st.launched_seen == [true, true] && !casualty_cue {
        w.h = Head::Mixed;
        w.noun = "drones and missiles".into();
        return;
    }
    if explicit
        && !casualty_cue
        && roles
            .iter()
            .any(|r| matches!(r, Role::Intercepted | Role::Lost))
    {
        if let Some(e) = earlier {
            w.h = e;
            w.end = w.end.max(q.j);
        }
    }
}

/// The figure candidates of an article's sentences (headings and boilerplate have none).
pub(crate) fn candidates(sents: &[Sent], warnings: &mut Vec<Warning>, id: &str) -> Vec<Cand> {
    let mut cands: Vec<Cand> = Vec::new();
    for s in sents {
        if matches!(
            s.kind,
            LineKind::Boilerplate | LineKind::Duplicate | LineKind::Heading
        ) {
            continue;
        }
        classify_sentence(s, sents, &mut cands, warnings, id);
    }
    super::parts::mark(sents, &mut cands);
    cands
}
