//! Stage 2: extraction. Pure and infallible: text in, events + provenance + warnings out.
//!
//! [`article`] reads one article and returns an [`Extraction`]. It never fails and never does IO;
//! an article with no attack figures gives no events, which is data, not an error.
//!
//! The rules are small and per concern. Shared vocabulary: `numbers` finds quantities and
//! qualifiers, `dates` finds and resolves date cues, `places` holds the gazetteer,
//! `lexicon` the words and phrase patterns of the genre; `sentence` is the one representation
//! the passes share (sentences, figure candidates, head nouns). [`article`] runs the passes in
//! this order:
//!
//! 0. `gloss` (Ukrainian and Russian): the words of the genre in English, mapped back to the
//!    original bytes; the language is `meta.lang` or [`crate::lang::detect`]'s.
//! 1. `structure`: sentences with tokens, date cues and places (`locations`), list items
//!    linked to their lead, paragraphs that opened with a period.
//! 2. `counts`: each quantity to figure candidates — what it counts (`heads`), its role
//!    (`roles`, `weapons`), killed or injured (`casualties`), the place it is restricted
//!    to (`scope`).
//! 3. `dating`: the article's main date, then each candidate's date; background rejected.
//! 4. `sides`: who attacked, per sentence and overall, for candidates without their own.
//! 5. `zeros`: zero statements ("no casualties", "could not intercept any").
//! 6. `assemble`: one event per attack date and attacker, each field's value chosen, with
//!    reporters (`reporters`), evidence and locations.
//! 7. `provenance`: every candidate as a figure, and period aggregates.
//!
//! Conventions are in docs/CONVENTIONS.md.

mod anaphora;
mod assemble;
mod casualties;
mod choice;
mod counts;
mod dates;
mod dating;
mod ellipsis;
mod gloss;
mod heads;
mod implied;
mod lexicon;
mod locations;
mod numbers;
mod parts;
mod places;
mod provenance;
mod reporters;
mod roles;
mod scope;
mod sentence;
mod sides;
mod structure;
mod types;
mod updates;
mod weapons;
mod zeros;

pub use types::{Aggregate, Count, Event, Extraction, Field, Figure, Qualifier, Side, Status};

use crate::corpus::Meta;
use crate::lang::Detected;
use crate::text::{Doc, Normalized};
use dating::Timeline;
use sides::Sides;

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
    let lang = match language(text, meta) {
        Ok(lang) => lang,
        Err(name) => {
            let message = format!(
                "the text is in {name}; only English, Ukrainian and Russian are read, so it gives no events"
            );
            return Extraction {
                warnings: vec![crate::Warning::article(id, message)],
                ..Extraction::default()
            };
        }
    };
    let doc = Doc::from_normalized(text, gloss::gloss(Normalized::new(text), lang));
    let mut warnings = Vec::new();
    let sents = structure::sentences(&doc);
    let mut cands = counts::candidates(&sents, &mut warnings, id);
    let timeline = Timeline::new(&sents, &cands, meta);
    let sides = Sides::new(&sents);
    dating::date_candidates(&sents, &mut cands, &timeline);
    sides::side_candidates(&mut cands, &sides, &sents);
    dating::mark_background(&mut cands, timeline.main());
    zeros::zero_statements(&sents, &mut cands, &sides, &timeline);
    updates::supersede_first_reports(&sents, &mut cands);
    updates::supersede_initial_reports(&sents, &mut cands);
    let mut events = assemble::assemble(id, &sents, &doc, &mut cands, &timeline);
    let (mut figures, mut aggregates) = provenance::provenance(id, &sents, &doc, &cands);
    // Attacks on a day whose year is unknown stay apart, but their date is not stated.
    let known = |d: Option<chrono::NaiveDate>| d.filter(|d| !dates::year_unknown(*d));
    for e in &mut events {
        e.event_date = known(e.event_date);
    }
    for f in &mut figures {
        f.event_date = known(f.event_date);
    }
    for a in &mut aggregates {
        a.period_start = known(a.period_start);
        a.period_end = known(a.period_end);
    }
    for e in &mut events {
        e.lang = lang;
    }
    for f in &mut figures {
        f.lang = lang;
    }
    for a in &mut aggregates {
        a.lang = lang;
    }
    Extraction {
        lang,
        events,
        figures,
        aggregates,
        warnings,
    }
}

/// The text of an article as the rules read it — normalised, and for Ukrainian and Russian with
/// the genre's phrases glossed into English — and its language; `None` for another language.
/// (`strikes text --as-read` prints it: why a figure was missed is often plain in it.)
///
/// ```
/// use strikes::{extract, lang::Lang, Meta};
/// let (lang, read) = extract::as_read("Збито 36 БпЛА.", &Meta::default()).unwrap();
/// assert_eq!(lang, Lang::Uk);
/// assert_eq!(read, "Shot down 36 drones.");
/// ```
pub fn as_read(text: &str, meta: &Meta) -> Option<(crate::lang::Lang, String)> {
    let lang = language(text, meta).ok()?;
    Some((lang, gloss::gloss(Normalized::new(text), lang).text))
}

/// The language an article is read in: the source's, else the detected one; another language's
/// name as the error.
fn language(text: &str, meta: &Meta) -> Result<crate::lang::Lang, String> {
    match meta.lang {
        Some(lang) => Ok(lang),
        None => match crate::lang::detect(text) {
            Detected::Read(lang) => Ok(lang),
            Detected::Other(name) => Err(name),
        },
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
