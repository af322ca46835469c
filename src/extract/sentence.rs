//! The one sentence representation the passes share: sentences, figure candidates, head nouns.

use super::dates::Cue;
use super::numbers::Tok;
use super::places::Country;
use super::types::{Field, Qualifier, Side, Status};
use crate::text::LineKind;
use chrono::NaiveDate;

/// What a quantity counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Head {
    Drone,
    Missile,
    Bomb,
    Ground,
    Person,
    /// "18 strikes": hits.
    Strike,
    /// "1,474 missile strikes", "3,000 air strikes": events, not weapons.
    StrikeEvents,
    /// "nearly 100 drones and missiles": both weapons in one figure, neither's count.
    Mixed,
    /// A casualty noun: "31 fatalities", "87 dead".
    Killed,
    Injured,
    /// Something else ("countries", "percent"): the noun is kept for the reason.
    Other,
    /// Nothing after the number.
    None,
}

/// A figure candidate before events are assembled.
#[derive(Debug, Clone)]
pub(crate) struct Cand {
    pub(crate) sent: usize,
    pub(crate) field: Option<Field>,
    pub(crate) value: Option<u32>,
    pub(crate) qualifier: Qualifier,
    /// Token span of the phrase in the sentence.
    pub(crate) tok_start: usize,
    pub(crate) tok_end: usize,
    pub(crate) side: Option<Side>,
    pub(crate) date: Option<NaiveDate>,
    /// A one-place figure ("In Kharkiv, ...", "the governor of Odesa said"): its place.
    pub(crate) locality: Option<String>,
    pub(crate) status: Status,
    pub(crate) reason: Option<String>,
    /// The "X of the Y" total of an intercept count, or the count an "including" subset is in.
    pub(crate) subset: bool,
    pub(crate) period: bool,
    /// An elliptical count ("and 13 over Kursk"): a part that adds to the count before it.
    pub(crate) part: bool,
    /// The count an anaphora points back to ("... 53 drones. All the drones were shot down"):
    /// its sentence and first token; the anaphora takes its side.
    pub(crate) referent: Option<(usize, usize)>,
}

/// A sentence of the article as every pass sees it: text, tokens, date cues, places and what
/// the structure pass marks (list lead, period paragraph, scope).
pub(crate) struct Sent {
    pub(crate) idx: usize,
    pub(crate) kind: LineKind,
    pub(crate) para: usize,
    /// Normalised text of the sentence.
    pub(crate) text: String,
    pub(crate) lower: String,
    pub(crate) toks: Vec<Tok>,
    pub(crate) cues: Vec<Cue>,
    /// Gazetteer matches: (token index, normalised name, country, usable as a strike location).
    pub(crate) places: Vec<(usize, String, Country, bool)>,
    pub(crate) context: bool,
    /// Figures restricted to one place ("Within the city of Kyiv, ...").
    pub(crate) regional: bool,
    /// Names a national scope ("in total", "across the country").
    pub(crate) national: bool,
    /// For an item of a list ("🔹 8 Kh-101 cruise missiles;"), the sentence that introduces the
    /// list ("the enemy attacked with 161 means of air attack:"): its verb, side and date.
    pub(crate) lead: Option<usize>,
    /// In a paragraph that opened with a period and has named no day since.
    pub(crate) in_period_para: bool,
    /// After the lead of a day's round-up of every region's tolls ("At least seven civilians were
    /// killed ... across Ukraine over the past 24 hours"): see `casualties::ground_fire`.
    pub(crate) after_round_up: bool,
    /// That lead itself: its tolls are the whole country's day, shelling and air attacks together.
    pub(crate) round_up_lead: bool,
}
