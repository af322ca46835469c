//! The values extraction produces: counts with qualifiers, events, figures (provenance).

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;

pub use crate::lang::Lang;

/// How a count was stated: "91" is exact, "at least 26", "more than 800", "about 580", "up to 50".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// A plain number.
    Exact,
    /// "at least N": N or more.
    AtLeast,
    /// "more than N", "over N", "upwards of N", "in excess of N", "N+": strictly more.
    MoreThan,
    /// "about N", "nearly", "almost", "approximately", "roughly", "some", "an estimated".
    About,
    /// "up to N": N or fewer.
    UpTo,
}

impl Qualifier {
    /// The CSV spelling: `exact | at_least | more_than | about | up_to`.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::AtLeast => "at_least",
            Qualifier::MoreThan => "more_than",
            Qualifier::About => "about",
            Qualifier::UpTo => "up_to",
        }
    }

    /// Parses the CSV spelling.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s.trim() {
            "exact" => Qualifier::Exact,
            "at_least" => Qualifier::AtLeast,
            "more_than" => Qualifier::MoreThan,
            "about" => Qualifier::About,
            "up_to" => Qualifier::UpTo,
            _ => return None,
        })
    }

    /// The short label charts print next to a value: "800+", "~580", "≤50", "≥26".
    pub fn label(self, value: u32) -> String {
        match self {
            Qualifier::Exact => value.to_string(),
            Qualifier::AtLeast => format!("≥{value}"),
            Qualifier::MoreThan => format!("{value}+"),
            Qualifier::About => format!("~{value}"),
            Qualifier::UpTo => format!("≤{value}"),
        }
    }
}

impl fmt::Display for Qualifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A count and how it was stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Count {
    /// The number.
    pub value: u32,
    /// How it was qualified.
    pub qualifier: Qualifier,
}

impl Count {
    /// An exact count.
    pub fn exact(value: u32) -> Self {
        Count {
            value,
            qualifier: Qualifier::Exact,
        }
    }
}

/// Who attacked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// Russia's strikes on Ukraine.
    Russia,
    /// Ukraine's strikes on Russia (and occupied territory).
    Ukraine,
}

impl Side {
    /// `russia` or `ukraine`.
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Russia => "russia",
            Side::Ukraine => "ukraine",
        }
    }
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a figure counts. The first seven are event columns; the rest are provenance only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// Drones (attack drones and decoys) launched at the target.
    DronesLaunched,
    /// Drones shot down, destroyed, jammed or otherwise neutralised.
    DronesIntercepted,
    /// Missiles of all types launched.
    MissilesLaunched,
    /// Missiles shot down or destroyed.
    MissilesIntercepted,
    /// People killed.
    Killed,
    /// People injured.
    Injured,
    /// Strikes that got through (hits).
    Hits,
    /// Guided aerial (glide) bombs: not missiles, kept for the aggregates table.
    GlideBombs,
}

impl Field {
    /// The column name.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::DronesLaunched => "drones_launched",
            Field::DronesIntercepted => "drones_intercepted",
            Field::MissilesLaunched => "missiles_launched",
            Field::MissilesIntercepted => "missiles_intercepted",
            Field::Killed => "killed",
            Field::Injured => "injured",
            Field::Hits => "hits",
            Field::GlideBombs => "glide_bombs",
        }
    }

    /// The fields an event row carries.
    pub const EVENT: [Field; 7] = [
        Field::DronesLaunched,
        Field::DronesIntercepted,
        Field::MissilesLaunched,
        Field::MissilesIntercepted,
        Field::Killed,
        Field::Injured,
        Field::Hits,
    ];
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One attack as one article reports it: one row per article × attack (date) × attacker.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// The article id (file stem).
    pub article: String,
    /// The date the attack ended (an overnight attack gets the morning's date); `None` when the
    /// text and the published date do not determine it.
    pub event_date: Option<NaiveDate>,
    /// Who attacked.
    pub attacker: Side,
    /// Drones launched.
    pub drones_launched: Option<Count>,
    /// Drones intercepted.
    pub drones_intercepted: Option<Count>,
    /// Missiles launched.
    pub missiles_launched: Option<Count>,
    /// Missiles intercepted.
    pub missiles_intercepted: Option<Count>,
    /// People killed.
    pub killed: Option<Count>,
    /// People injured.
    pub injured: Option<Count>,
    /// Hits (strikes that got through).
    pub hits: Option<Count>,
    /// Places named as hit or targeted, normalised ("Kyiv Oblast", "Dnipro").
    pub locations: Vec<String>,
    /// Who reported the figures ("Ukrainian Air Force"), `; `-joined when several.
    pub reported_by: Option<String>,
    /// The sentences the figures came from, joined by ` || `.
    pub evidence: String,
    /// The article's language.
    pub lang: Lang,
}

impl Event {
    /// The count of a field.
    pub fn get(&self, field: Field) -> Option<Count> {
        match field {
            Field::DronesLaunched => self.drones_launched,
            Field::DronesIntercepted => self.drones_intercepted,
            Field::MissilesLaunched => self.missiles_launched,
            Field::MissilesIntercepted => self.missiles_intercepted,
            Field::Killed => self.killed,
            Field::Injured => self.injured,
            Field::Hits => self.hits,
            Field::GlideBombs => None,
        }
    }

    /// Sets the count of a field (glide bombs are not event columns and are ignored).
    pub fn set(&mut self, field: Field, count: Option<Count>) {
        match field {
            Field::DronesLaunched => self.drones_launched = count,
            Field::DronesIntercepted => self.drones_intercepted = count,
            Field::MissilesLaunched => self.missiles_launched = count,
            Field::MissilesIntercepted => self.missiles_intercepted = count,
            Field::Killed => self.killed = count,
            Field::Injured => self.injured = count,
            Field::Hits => self.hits = count,
            Field::GlideBombs => {}
        }
    }

    /// An event with no figures yet.
    pub fn empty(article: &str, event_date: Option<NaiveDate>, attacker: Side) -> Self {
        Event {
            article: article.to_string(),
            event_date,
            attacker,
            drones_launched: None,
            drones_intercepted: None,
            missiles_launched: None,
            missiles_intercepted: None,
            killed: None,
            injured: None,
            hits: None,
            locations: Vec::new(),
            reported_by: None,
            evidence: String::new(),
            lang: Lang::En,
        }
    }
}

/// What became of a figure found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// It is the value of its event's field.
    Used,
    /// It is consistent with the event but another figure was chosen for the field (a regional
    /// subset, a lower early toll, a repeat).
    Superseded,
    /// A vague quantity ("dozens", "hundreds", "several"): never a count.
    Vague,
    /// A period total ("this week", "since February 24"): goes to the aggregates table.
    Aggregate,
    /// The rules decided it is not an attack figure; `reason` says why.
    Rejected,
}

impl Status {
    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Used => "used",
            Status::Superseded => "superseded",
            Status::Vague => "vague",
            Status::Aggregate => "aggregate",
            Status::Rejected => "rejected",
        }
    }
}

/// Provenance of one figure: which phrase of which sentence gave which value, and what became of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// The article id.
    pub article: String,
    /// What it counts (`None` for numbers the rules could not attach to anything).
    pub field: Option<Field>,
    /// The value (`None` for vague quantities).
    pub value: Option<u32>,
    /// How it was qualified.
    pub qualifier: Qualifier,
    /// Who attacked, as far as the rules could tell.
    pub attacker: Option<Side>,
    /// The date of the attack it belongs to.
    pub event_date: Option<NaiveDate>,
    /// The whole sentence, from the article text.
    pub sentence: String,
    /// Byte offset where the phrase starts in the article text.
    pub byte_start: usize,
    /// Byte offset where the phrase ends (exclusive): `text[byte_start..byte_end]` is the phrase.
    pub byte_end: usize,
    /// The phrase itself ("approximately 580 drones").
    pub phrase: String,
    /// What became of it.
    pub status: Status,
    /// Why, for anything but `Used`.
    pub reason: Option<String>,
    /// The article's language.
    pub lang: Lang,
}

/// A period total (not an attack): "nearly 190 missiles this week".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Aggregate {
    /// The article id.
    pub article: String,
    /// First day of the period, when known.
    pub period_start: Option<NaiveDate>,
    /// Last day of the period, when known.
    pub period_end: Option<NaiveDate>,
    /// Drones in the period.
    pub drones: Option<Count>,
    /// Missiles in the period.
    pub missiles: Option<Count>,
    /// Guided aerial bombs in the period.
    pub glide_bombs: Option<Count>,
    /// The sentence.
    pub evidence: String,
    /// The article's language.
    pub lang: Lang,
}

/// Everything extraction finds in one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Extraction {
    /// The article's language (English when it is in none of the three: then nothing is read).
    pub lang: Lang,
    /// The attacks, one per date and attacker.
    pub events: Vec<Event>,
    /// Every figure found, used or not, with its provenance.
    pub figures: Vec<Figure>,
    /// Period totals.
    pub aggregates: Vec<Aggregate>,
    /// Problems worth telling the user (an implausible number, say).
    pub warnings: Vec<crate::Warning>,
}
