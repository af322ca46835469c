//! Stage 3: the extracted attacks of a whole corpus as polars DataFrames, and the CSV/JSON export
//! contract of `strikes extract`.
//!
//! Each article is extracted on its own ([`crate::extract::article`]), so the order and grouping
//! of articles never changes a row: [`Extracted::from_corpus`] runs them on rayon's global pool
//! (all cores unless the program built it smaller) and keeps article order, so the output is the
//! same, byte for byte, on any number of threads.
//!
//! The `events` frame has the columns of [`COLUMNS`] in that order (the export contract), then
//! four columns the CSV leaves out: `drones_intercepted_qualifier`,
//! `missiles_intercepted_qualifier`, `hits_qualifier` and `lang` (the article's language: `en`,
//! `uk` or `ru`); the figures and aggregates frames end with `lang` too. Types: `event_date` is `Date`, counts are
//! `UInt32`, `locations` is `List(String)`, the rest are `String`; a missing value is null.

use std::io::Write;

use polars::prelude::*;
use rayon::prelude::*;

use crate::corpus::{Article, Corpus};
use crate::error::{Error, Result};
use crate::extract::{self, Aggregate, Count, Event, Extraction, Field, Figure};
use crate::warning::Warning;

/// The columns of the events CSV, in order (the contract of `strikes extract` and of gold files).
pub const COLUMNS: [&str; 17] = [
    "article",
    "event_date",
    "attacker",
    "drones_launched",
    "drones_launched_qualifier",
    "drones_intercepted",
    "missiles_launched",
    "missiles_launched_qualifier",
    "missiles_intercepted",
    "killed",
    "killed_qualifier",
    "injured",
    "injured_qualifier",
    "hits",
    "locations",
    "reported_by",
    "evidence",
];

/// Everything extracted from a corpus, article by article, flattened.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    /// All events, in article order.
    pub events: Vec<Event>,
    /// All figures with provenance, in article order.
    pub figures: Vec<Figure>,
    /// All period totals.
    pub aggregates: Vec<Aggregate>,
    /// Warnings from extraction (not from loading).
    pub warnings: Vec<Warning>,
}

impl Extracted {
    /// Extracts every article of the corpus, in parallel on rayon's global pool; the rows are in
    /// article order whatever the number of threads.
    pub fn from_corpus(corpus: &Corpus) -> Self {
        Self::from_corpus_with(corpus, |_| {})
    }

    /// [`Extracted::from_corpus`], calling `done` after each article (from any thread, in any
    /// order): a progress bar's hook.
    pub fn from_corpus_with(corpus: &Corpus, done: impl Fn(&Article) + Sync) -> Self {
        let parts: Vec<Extraction> = corpus
            .articles
            .par_iter()
            .map(|a| {
                let x = extract::article(&a.id, &a.text, &a.meta);
                done(a);
                x
            })
            .collect();
        let mut all = Extracted::default();
        for x in parts {
            all.push(x);
        }
        all
    }

    /// Appends one article's extraction.
    pub fn push(&mut self, x: Extraction) {
        self.events.extend(x.events);
        self.figures.extend(x.figures);
        self.aggregates.extend(x.aggregates);
        self.warnings.extend(x.warnings);
    }

    /// The events DataFrame (see the module docs for its schema).
    pub fn events_frame(&self) -> Result<DataFrame> {
        events_frame(&self.events)
    }

    /// The provenance DataFrame, one row per figure.
    pub fn figures_frame(&self) -> Result<DataFrame> {
        figures_frame(&self.figures)
    }

    /// The period totals DataFrame.
    pub fn aggregates_frame(&self) -> Result<DataFrame> {
        aggregates_frame(&self.aggregates)
    }
}

/// The events of a corpus as a DataFrame, with the extraction warnings.
///
/// ```
/// use strikes::{Article, Corpus};
/// let corpus = Corpus::from_articles(vec![Article::new(
///     "a",
///     "Russia launched 45 drones at Ukraine overnight, the air force said. Air defences shot down 40 of them.",
/// )]);
/// let (df, _warnings) = strikes::events(&corpus);
/// assert_eq!(df.height(), 1);
/// ```
pub fn events(corpus: &Corpus) -> (DataFrame, Vec<Warning>) {
    let x = Extracted::from_corpus(corpus);
    let df = events_frame(&x.events).expect("event columns are built with equal lengths");
    (df, x.warnings)
}

/// The provenance of every figure of a corpus: article, field, value, qualifier, sentence, and
/// the byte span of the phrase in the article text.
pub fn figures(corpus: &Corpus) -> DataFrame {
    let x = Extracted::from_corpus(corpus);
    figures_frame(&x.figures).expect("figure columns are built with equal lengths")
}

fn count_col(name: &str, events: &[Event], field: Field) -> Column {
    let v: Vec<Option<u32>> = events
        .iter()
        .map(|e| e.get(field).map(|c| c.value))
        .collect();
    Column::new(name.into(), v)
}

fn qual_col(name: &str, events: &[Event], field: Field) -> Column {
    let v: Vec<Option<&str>> = events
        .iter()
        .map(|e| e.get(field).map(|c| c.qualifier.as_str()))
        .collect();
    Column::new(name.into(), v)
}

fn date_col(name: &str, dates: impl IntoIterator<Item = Option<chrono::NaiveDate>>) -> Column {
    DateChunked::from_naive_date_options(name.into(), dates)
        .into_series()
        .into_column()
}

fn string_list_col(name: &str, lists: impl Iterator<Item = Vec<String>>) -> Result<Column> {
    let series: Vec<Series> = lists
        .map(|l| Series::new("".into(), l.as_slice()).cast(&DataType::String))
        .collect::<PolarsResult<_>>()?;
    let s = if series.is_empty() {
        Series::new_empty(name.into(), &DataType::List(Box::new(DataType::String)))
    } else {
        Series::new(name.into(), series).cast(&DataType::List(Box::new(DataType::String)))?
    };
    Ok(s.into_column())
}

/// Builds the events DataFrame from events.
pub fn events_frame(events: &[Event]) -> Result<DataFrame> {
    let strs = |f: &dyn Fn(&Event) -> Option<String>| -> Vec<Option<String>> {
        events.iter().map(f).collect()
    };
    let columns = vec![
        Column::new("article".into(), strs(&|e| Some(e.article.clone()))),
        date_col("event_date", events.iter().map(|e| e.event_date)),
        Column::new("attacker".into(), strs(&|e| Some(e.attacker.to_string()))),
        count_col("drones_launched", events, Field::DronesLaunched),
        qual_col("drones_launched_qualifier", events, Field::DronesLaunched),
        count_col("drones_intercepted", events, Field::DronesIntercepted),
        count_col("missiles_launched", events, Field::MissilesLaunched),
        qual_col(
            "missiles_launched_qualifier",
            events,
            Field::MissilesLaunched,
        ),
        count_col("missiles_intercepted", events, Field::MissilesIntercepted),
        count_col("killed", events, Field::Killed),
        qual_col("killed_qualifier", events, Field::Killed),
        count_col("injured", events, Field::Injured),
        qual_col("injured_qualifier", events, Field::Injured),
        count_col("hits", events, Field::Hits),
        string_list_col("locations", events.iter().map(|e| e.locations.clone()))?,
        Column::new("reported_by".into(), strs(&|e| e.reported_by.clone())),
        Column::new("evidence".into(), strs(&|e| Some(e.evidence.clone()))),
        qual_col(
            "drones_intercepted_qualifier",
            events,
            Field::DronesIntercepted,
        ),
        qual_col(
            "missiles_intercepted_qualifier",
            events,
            Field::MissilesIntercepted,
        ),
        qual_col("hits_qualifier", events, Field::Hits),
        Column::new("lang".into(), strs(&|e| Some(e.lang.code().to_string()))),
    ];
    Ok(DataFrame::new(events.len(), columns)?)
}

/// Builds the provenance DataFrame from figures.
pub fn figures_frame(figures: &[Figure]) -> Result<DataFrame> {
    let s = |f: &dyn Fn(&Figure) -> Option<String>| -> Vec<Option<String>> {
        figures.iter().map(f).collect()
    };
    let u = |f: &dyn Fn(&Figure) -> Option<u32>| -> Vec<Option<u32>> {
        figures.iter().map(f).collect()
    };
    let columns = vec![
        Column::new("article".into(), s(&|f| Some(f.article.clone()))),
        Column::new("field".into(), s(&|f| f.field.map(|x| x.to_string()))),
        Column::new("value".into(), u(&|f| f.value)),
        Column::new("qualifier".into(), s(&|f| Some(f.qualifier.to_string()))),
        Column::new("attacker".into(), s(&|f| f.attacker.map(|x| x.to_string()))),
        date_col("event_date", figures.iter().map(|f| f.event_date)),
        Column::new("phrase".into(), s(&|f| Some(f.phrase.clone()))),
        Column::new("sentence".into(), s(&|f| Some(f.sentence.clone()))),
        Column::new(
            "byte_start".into(),
            u(&|f| u32::try_from(f.byte_start).ok()),
        ),
        Column::new("byte_end".into(), u(&|f| u32::try_from(f.byte_end).ok())),
        Column::new("status".into(), s(&|f| Some(f.status.as_str().to_string()))),
        Column::new("reason".into(), s(&|f| f.reason.clone())),
        Column::new("lang".into(), s(&|f| Some(f.lang.code().to_string()))),
    ];
    Ok(DataFrame::new(figures.len(), columns)?)
}

/// Builds the period-totals DataFrame.
pub fn aggregates_frame(aggregates: &[Aggregate]) -> Result<DataFrame> {
    let c = |f: &dyn Fn(&Aggregate) -> Option<Count>| -> Vec<Option<u32>> {
        aggregates.iter().map(|a| f(a).map(|c| c.value)).collect()
    };
    let columns = vec![
        Column::new(
            "article".into(),
            aggregates
                .iter()
                .map(|a| a.article.clone())
                .collect::<Vec<_>>(),
        ),
        date_col("period_start", aggregates.iter().map(|a| a.period_start)),
        date_col("period_end", aggregates.iter().map(|a| a.period_end)),
        Column::new("drones".into(), c(&|a| a.drones)),
        Column::new("missiles".into(), c(&|a| a.missiles)),
        Column::new("glide_bombs".into(), c(&|a| a.glide_bombs)),
        Column::new(
            "evidence".into(),
            aggregates
                .iter()
                .map(|a| a.evidence.clone())
                .collect::<Vec<_>>(),
        ),
        Column::new(
            "lang".into(),
            aggregates.iter().map(|a| a.lang.code()).collect::<Vec<_>>(),
        ),
    ];
    Ok(DataFrame::new(aggregates.len(), columns)?)
}

/// One event as export strings, in [`COLUMNS`] order (empty string for null).
pub fn record(e: &Event) -> [String; 17] {
    let n = |c: Option<Count>| c.map(|c| c.value.to_string()).unwrap_or_default();
    let q = |c: Option<Count>| c.map(|c| c.qualifier.to_string()).unwrap_or_default();
    [
        e.article.clone(),
        e.event_date
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        e.attacker.to_string(),
        n(e.drones_launched),
        q(e.drones_launched),
        n(e.drones_intercepted),
        n(e.missiles_launched),
        q(e.missiles_launched),
        n(e.missiles_intercepted),
        n(e.killed),
        q(e.killed),
        n(e.injured),
        q(e.injured),
        n(e.hits),
        e.locations.join(";"),
        e.reported_by.clone().unwrap_or_default(),
        e.evidence.clone(),
    ]
}

/// Writes events as CSV: [`COLUMNS`] as header, `;` inside lists, empty cell for null, dates
/// `YYYY-MM-DD`.
pub fn write_csv<W: Write>(events: &[Event], out: W) -> Result<()> {
    let err = |e: csv::Error| Error::Write {
        what: "events CSV".into(),
        message: e.to_string(),
    };
    let mut w = csv::Writer::from_writer(out);
    w.write_record(COLUMNS).map_err(err)?;
    for e in events {
        w.write_record(record(e)).map_err(err)?;
    }
    w.flush().map_err(|e| Error::Write {
        what: "events CSV".into(),
        message: e.to_string(),
    })
}

/// One event as a JSON object with the [`COLUMNS`] fields: numbers as numbers, `locations` as an
/// array, null for null.
pub(crate) fn event_json(e: &Event) -> serde_json::Value {
    use serde_json::{json, Map, Value};
    let n = |c: Option<Count>| c.map_or(Value::Null, |c| json!(c.value));
    let q = |c: Option<Count>| c.map_or(Value::Null, |c| json!(c.qualifier.as_str()));
    let mut m = Map::new();
    m.insert("article".into(), json!(e.article));
    m.insert(
        "event_date".into(),
        e.event_date
            .map_or(Value::Null, |d| json!(d.format("%Y-%m-%d").to_string())),
    );
    m.insert("attacker".into(), json!(e.attacker.as_str()));
    m.insert("drones_launched".into(), n(e.drones_launched));
    m.insert("drones_launched_qualifier".into(), q(e.drones_launched));
    m.insert("drones_intercepted".into(), n(e.drones_intercepted));
    m.insert("missiles_launched".into(), n(e.missiles_launched));
    m.insert("missiles_launched_qualifier".into(), q(e.missiles_launched));
    m.insert("missiles_intercepted".into(), n(e.missiles_intercepted));
    m.insert("killed".into(), n(e.killed));
    m.insert("killed_qualifier".into(), q(e.killed));
    m.insert("injured".into(), n(e.injured));
    m.insert("injured_qualifier".into(), q(e.injured));
    m.insert("hits".into(), n(e.hits));
    m.insert("locations".into(), json!(e.locations));
    m.insert(
        "reported_by".into(),
        e.reported_by.as_ref().map_or(Value::Null, |r| json!(r)),
    );
    m.insert("evidence".into(), json!(e.evidence));
    Value::Object(m)
}

/// Writes events as a JSON array of objects with the [`COLUMNS`] fields: numbers as numbers,
/// `locations` as an array, null for null.
pub fn write_json<W: Write>(events: &[Event], mut out: W) -> Result<()> {
    let rows: Vec<serde_json::Value> = events.iter().map(event_json).collect();
    let err = |e: String| Error::Write {
        what: "events JSON".into(),
        message: e,
    };
    serde_json::to_writer_pretty(&mut out, &rows).map_err(|e| err(e.to_string()))?;
    writeln!(out).map_err(|e| err(e.to_string()))
}

/// Writes events as JSON Lines: one object per line, as [`write_json`]'s. Stateless and in article
/// order, so the outputs of shards of a corpus, concatenated, are the output of the whole.
pub fn write_jsonl<W: Write>(events: &[Event], mut out: W) -> Result<()> {
    let err = |e: String| Error::Write {
        what: "events JSON Lines".into(),
        message: e,
    };
    for e in events {
        serde_json::to_writer(&mut out, &event_json(e)).map_err(|e| err(e.to_string()))?;
        writeln!(out).map_err(|e| err(e.to_string()))?;
    }
    out.flush().map_err(|e| err(e.to_string()))
}
