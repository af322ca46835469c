//! Provenance: every candidate as a figure with its phrase and sentence, and period aggregates.

use super::sentence::{Cand, Sent};
use super::types::{Aggregate, Count, Field, Figure, Lang, Status};
use crate::text::Doc;

pub(crate) fn original_sentence(doc: &Doc, si: usize) -> String {
    let s = &doc.sentences[si];
    let (a, b) = doc.norm.orig_span(s.start, s.end);
    doc_original(doc)[a..b].to_string()
}

/// The sentence of a figure; for sentences over 2,000 bytes (page garbage, not prose) a window of
/// 300 bytes either side of the phrase, so that provenance stays linear in the text's size.
fn sentence_around(doc: &Doc, si: usize, start: usize, end: usize) -> String {
    const LONG: usize = 2000;
    const WINDOW: usize = 300;
    let s = &doc.sentences[si];
    let (a, b) = doc.norm.orig_span(s.start, s.end);
    if b - a <= LONG {
        return doc.original[a..b].to_string();
    }
    let text = &doc.original;
    let mut lo = start.saturating_sub(WINDOW).max(a);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (end + WINDOW).min(b);
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    format!(
        "{}{}{}",
        if lo > a { "…" } else { "" },
        &text[lo..hi],
        if hi < b { "…" } else { "" }
    )
}

fn doc_original(doc: &Doc) -> &str {
    &doc.original
}

/// Figures (provenance) and aggregates from the candidates.
pub(crate) fn provenance(
    id: &str,
    sents: &[Sent],
    doc: &Doc,
    cands: &[Cand],
) -> (Vec<Figure>, Vec<Aggregate>) {
    let mut figures = Vec::new();
    let mut aggregates: Vec<Aggregate> = Vec::new();
    for c in cands {
        let s = &sents[c.sent];
        let ds = &doc.sentences[c.sent];
        let (a, b) = if c.tok_end > c.tok_start
            && c.tok_end <= s.toks.len()
            && !(c.tok_start == 0 && c.tok_end == s.toks.len())
        {
            (
                ds.start + s.toks[c.tok_start].start,
                ds.start + s.toks[c.tok_end - 1].end,
            )
        } else {
            (ds.start, ds.end)
        };
        let (oa, ob) = doc.norm.orig_span(a, b);
        let phrase = doc.original[oa..ob].to_string();
        figures.push(Figure {
            article: id.to_string(),
            field: c.field,
            value: if c.status == Status::Vague {
                None
            } else {
                c.value
            },
            qualifier: c.qualifier,
            attacker: c.side,
            event_date: c.date,
            sentence: sentence_around(doc, c.sent, oa, ob),
            byte_start: oa,
            byte_end: ob,
            phrase,
            status: c.status,
            reason: c.reason.clone(),
            lang: Lang::En,
        });
        if c.status == Status::Aggregate {
            let evidence = original_sentence(doc, c.sent);
            let count = c.value.map(|v| Count {
                value: v,
                qualifier: c.qualifier,
            });
            let agg = match aggregates.iter_mut().find(|g| g.evidence == evidence) {
                Some(g) => g,
                None => {
                    aggregates.push(Aggregate {
                        article: id.to_string(),
                        period_start: None,
                        period_end: None,
                        drones: None,
                        missiles: None,
                        glide_bombs: None,
                        evidence,
                        lang: Lang::En,
                    });
                    aggregates.last_mut().expect("just pushed")
                }
            };
            match c.field {
                Some(Field::DronesLaunched) => agg.drones = agg.drones.or(count),
                Some(Field::MissilesLaunched) => agg.missiles = agg.missiles.or(count),
                Some(Field::GlideBombs) => agg.glide_bombs = agg.glide_bombs.or(count),
                _ => {}
            }
        }
    }
    (figures, aggregates)
}
