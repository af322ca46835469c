//! Stage 2: extraction. Pure and infallible: text in, events + provenance + warnings out.
//!
//! [`article`] reads one article and returns an [`Extraction`]. It never fails and never does IO;
//! an article with no attack figures gives no events, which is data, not an error.
//!
//! The rules are small and per concern: [`numbers`] finds quantities and qualifiers, [`dates`]
//! finds and resolves date cues, [`places`] holds the gazetteer, [`lexicon`] the words of the
//! genre; this module attaches each quantity to what it counts (drones, missiles, people, hits),
//! decides launched or intercepted, killed or injured, who attacked and when, and assembles one
//! event per attack date and attacker. Conventions are in docs/CONVENTIONS.md.

mod assemble;
mod casualties;
mod counts;
mod dates;
mod dating;
mod heads;
mod lexicon;
mod locations;
mod numbers;
mod places;
mod provenance;
mod reporters;
mod roles;
mod scope;
mod sentence;
mod sides;
mod structure;
mod types;
mod zeros;

pub use types::{Aggregate, Count, Event, Extraction, Field, Figure, Qualifier, Side, Status};

use chrono::NaiveDate;

use crate::corpus::Meta;
use crate::text::{Doc, LineKind};
use assemble::*;
use counts::*;
use dates::{Anchors, CueKind};
use dating::*;
use provenance::*;
use scope::*;
use sentence::*;
use sides::*;
use structure::*;
use zeros::*;

/// Extracts the attacks one article reports.
///
/// ```
/// use strikes::{extract, Meta};
/// let meta = Meta { published: chrono::NaiveDate::from_ymd_opt(2025, 9, 20), ..Meta::default() };
/// let x = extract::article("a", "Russia fired 40 missiles and about 580 drones overnight.", &meta);
/// let e = &x.events[0];
/// assert_eq!(e.missiles_launched.unwrap().value, 40);
/// assert_eq!(e.drones_launched.unwrap().qualifier, extract::Qualifier::About);
/// assert_eq!(e.event_date, meta.published);
/// ```
pub fn article(id: &str, text: &str, meta: &Meta) -> Extraction {
    let doc = Doc::new(text);
    let mut warnings = Vec::new();
    let mut sents: Vec<Sent> = doc
        .sentences
        .iter()
        .enumerate()
        .map(|(idx, s)| sentence(idx, s.kind, s.para, doc.text(s)))
        .collect();
    link_lists(&mut sents);
    mark_period_paragraphs(&mut sents);

    // Anchors: the published date, else the latest full date stated in the text.
    let text_anchor = if meta.published.is_none() {
        sents
            .iter()
            .flat_map(|s| s.cues.iter())
            .filter_map(|c| match c.kind {
                CueKind::Date { year: Some(_), .. } => dates::resolve(c.kind, Anchors::default()),
                _ => None,
            })
            .max()
    } else {
        None
    };
    let mut anchors = Anchors {
        published: meta.published,
        text: text_anchor,
        main: None,
    };

    // Quantities -> candidates.
    let mut cands: Vec<Cand> = Vec::new();
    for s in &sents {
        if matches!(
            s.kind,
            LineKind::Boilerplate | LineKind::Duplicate | LineKind::Heading
        ) {
            continue;
        }
        classify_sentence(s, &sents, &mut cands, &mut warnings, id);
    }

    // The main date: an infobox date; else the first figure sentence with a date cue; else the
    // first date cue of a sentence about the attack.
    let resolve_first = |s: &Sent, a: Anchors| {
        s.cues
            .iter()
            .filter(|c| {
                !matches!(
                    c.kind,
                    CueKind::Period | CueKind::Relative(_) | CueKind::Month { .. }
                )
            })
            .find_map(|c| dates::resolve(c.kind, a))
    };
    let figure_sents: Vec<usize> = {
        let mut v: Vec<usize> = cands
            .iter()
            .filter(|c| c.field.is_some() && c.status != Status::Rejected && !c.period)
            .map(|c| c.sent)
            .collect();
        v.dedup();
        v
    };
    let main = sents
        .iter()
        .filter(|s| {
            s.kind == LineKind::Infobox
                && s.lower
                    .trim_start_matches(['-', ' ', '|'])
                    .starts_with("date")
        })
        .find_map(|s| resolve_first(s, anchors))
        .or_else(|| {
            // The lead: the first figure sentence's own date, else the nearest sentence about
            // the attack before it ("Russia launched a wave of drones early Wednesday").
            let &first = figure_sents.first()?;
            resolve_first(&sents[first], anchors).or_else(|| {
                sents[..first]
                    .iter()
                    .rev()
                    .filter(|s| {
                        s.context && !matches!(s.kind, LineKind::Boilerplate | LineKind::Duplicate)
                    })
                    .find_map(|s| resolve_first(s, anchors))
            })
        })
        .or_else(|| {
            figure_sents
                .iter()
                .find_map(|&i| resolve_first(&sents[i], anchors))
        })
        .or_else(|| {
            sents
                .iter()
                .filter(|s| {
                    s.context && !matches!(s.kind, LineKind::Boilerplate | LineKind::Duplicate)
                })
                .find_map(|s| resolve_first(s, anchors))
        });
    anchors.main = main;

    // The main attacker: the side the article's attack sentences point to.
    let main_side = main_attacker(&sents);

    // Dates and sides of candidates (the side of each sentence computed once).
    let mut sides: Vec<Option<Side>> = sents.iter().map(side_of_sentence).collect();
    for s in &sents {
        if let Some(l) = s.lead {
            sides[s.idx] = sides[s.idx].or(sides[l]);
        }
    }
    // A date cue scopes over the rest of its paragraph: "The previous night, Russia launched 57
    // drones ... A woman was killed in Bilopillia."
    let mut para_dates: Vec<Option<NaiveDate>> = vec![None; sents.len()];
    let mut current: Option<(usize, NaiveDate)> = None;
    for s in &sents {
        if current.is_some_and(|(p, _)| p != s.para) {
            current = None;
        }
        let own = s
            .cues
            .iter()
            .filter(|c| !matches!(c.kind, CueKind::Period | CueKind::Month { .. }))
            .find_map(|c| dates::resolve(c.kind, anchors));
        if let Some(d) = own {
            current = Some((s.para, d));
        } else {
            para_dates[s.idx] = current.map(|(_, d)| d);
        }
    }
    for c in cands.iter_mut() {
        let s = &sents[c.sent];
        let pos = s.toks.get(c.tok_start).map_or(0, |t| t.start);
        let update = matches!(c.field, Some(Field::Killed | Field::Injured))
            && TOLL_UPDATE.is_match(&s.text);
        c.date = if update {
            main
        } else {
            date_for(s, pos, anchors).or(para_dates[c.sent]).or(main)
        };
        if c.side.is_none() {
            c.side = Some(sides[c.sent].unwrap_or(main_side));
        }
    }

    // Background: figures dated long before the main attack.
    if let Some(m) = main {
        for c in cands.iter_mut() {
            if let Some(d) = c.date {
                if c.status == Status::Used && (m - d).num_days() > BACKGROUND_DAYS {
                    c.status = Status::Rejected;
                    c.reason = Some(format!("background: {d} is more than {BACKGROUND_DAYS} days before the article's main attack ({m})"));
                }
            }
        }
    }

    // Zero casualties ("No casualties were reported").
    for s in &sents {
        if matches!(
            s.kind,
            LineKind::Boilerplate | LineKind::Duplicate | LineKind::Heading
        ) {
            continue;
        }
        let mut fields = Vec::new();
        if ZERO_BOTH.is_match(&s.text) && !NOT_YET.is_match(&s.text) {
            fields.extend([Field::Killed, Field::Injured]);
        }
        if ZERO_INJURED.is_match(&s.text) {
            fields.push(Field::Injured);
        }
        if ZERO_KILLED.is_match(&s.text) {
            fields.push(Field::Killed);
        }
        for c in ZERO_INTERCEPT.captures_iter(&s.text) {
            let named = c
                .name("w")
                .or(c.name("w2"))
                .map(|m| m.as_str().to_lowercase());
            // "either of them": the weapon counted before.
            let missile = match named {
                Some(w) => w.starts_with("missile"),
                None => match cands.iter().rev().find(|c| {
                    c.sent <= s.idx
                        && c.status == Status::Used
                        && matches!(
                            c.field,
                            Some(Field::DronesLaunched | Field::MissilesLaunched)
                        )
                }) {
                    Some(c) => c.field == Some(Field::MissilesLaunched),
                    None => continue,
                },
            };
            fields.push(if missile {
                Field::MissilesIntercepted
            } else {
                Field::DronesIntercepted
            });
        }
        fields.dedup();
        // "No casualties were reported in the capital", "the governor of Kirovohrad reported no
        // injuries": a zero for one place is the attack's only when the attack hit nothing else.
        let side = sides[s.idx].unwrap_or(main_side);
        let day = |x: &Sent| date_for(x, 0, anchors).or(para_dates[x.idx]).or(main);
        let partial = zero_scope(s, &sents, side).and_then(|scope| {
            let other = attack_regions(&sents, side, day(s), day)
                .into_iter()
                .find(|r| scope.as_deref().is_none_or(|sc| sc != r))?;
            let scope = scope.unwrap_or_else(|| "one place".into());
            Some(format!(
                "a zero for {scope} only; the attack also reached {other}"
            ))
        });
        for f in fields {
            let casualty = matches!(f, Field::Killed | Field::Injured);
            let pos = 0;
            cands.push(Cand {
                sent: s.idx,
                field: Some(f),
                value: Some(0),
                qualifier: Qualifier::Exact,
                tok_start: 0,
                tok_end: s.toks.len(),
                side: Some(sides[s.idx].unwrap_or(main_side)),
                date: date_for(s, pos, anchors).or(para_dates[s.idx]).or(main),
                locality: locality(s, &sents),
                status: if partial.is_some() && casualty {
                    Status::Rejected
                } else {
                    Status::Used
                },
                reason: partial.clone().filter(|_| casualty),
                subset: false,
                period: false,
            });
        }
    }

    let events = assemble(id, &sents, &doc, &mut cands, anchors, &para_dates);
    let (figures, aggregates) = provenance(id, &sents, &doc, &cands);
    Extraction {
        events,
        figures,
        aggregates,
        warnings,
    }
}

/// Test helpers shared by the passes' unit tests.
#[cfg(test)]
pub(crate) mod test_support {
    use super::{article, Event, Meta};
    use chrono::NaiveDate;

    /// The one event an article of `text` (published 2025-05-10) gives.
    pub(crate) fn one(text: &str) -> Event {
        let meta = Meta {
            published: NaiveDate::from_ymd_opt(2025, 5, 10),
            ..Meta::default()
        };
        let mut x = article("t", text, &meta);
        assert_eq!(x.events.len(), 1, "{text}: {:?}", x.events);
        x.events.remove(0)
    }
}
