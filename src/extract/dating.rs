//! Dates of figures: the article's main date, paragraph dates, each figure's date, background.

use super::dates::{self, Anchors, Cue, CueKind};
use super::lexicon::{
    patterns, ru, uk, DRONE_HEADS, INJURE_AFTER, KILL_AFTER, MISSILE_HEADS, NIGHT_WORDS,
    RECAP_OPENERS,
};
use super::numbers::Kind;
use super::sentence::{Cand, Sent};
use super::types::{Field, Status};
use crate::corpus::Meta;
use crate::text::LineKind;
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// "On May 4, Russia attacked Kiev and Odessa with kamikaze drones. ¶ Then it was reported ...
/// ¶ In Odessa, 12 out of 15 drones were destroyed.": the lines of an excerpt (paragraphs of one
/// sentence) after one that names its day of the month ride on that day, for up to
/// [`EXCERPT_CARRY`] lines. (Keeping them to the dated line's places was tried: the gold carries
/// the day over other regions' lines more often than not.)
fn excerpt_line_after_date(
    s: &Sent,
    sents: &[Sent],
    anchors: Anchors,
    date: Option<NaiveDate>,
) -> bool {
    // (A day of the month that dates an attack, in a sentence about one: not the page's date
    // line, nor a heading's, nor the day a report was made ("Про це у неділю, 27 листопада,
    // повідомив ..."), nor an evening, whose night the next lines may report.)
    let dated = |x: &Sent| {
        x.kind == LineKind::Body
            && x.context
            && !x.cues.iter().any(|c| c.reporting)
            && x.cues.iter().any(|c| {
                matches!(c.kind, CueKind::Date { .. })
                    && !dates::is_date_line(&x.text, c)
                    && !dates::evenings::evening(&x.text, c)
                    && dates::resolve(c.kind, anchors) == date
            })
    };
    // (Not a sentence of two days: "expressed shock on April 6 at Russia's April 4 missile
    // strike".)
    let one_day = |x: &Sent| {
        let mut days = x
            .cues
            .iter()
            .filter(|c| matches!(c.kind, CueKind::Date { .. }) && !dates::is_date_line(&x.text, c))
            .filter_map(|c| dates::resolve(c.kind, anchors));
        let first = days.next();
        days.all(|d| Some(d) == first)
    };
    let lone = |x: &Sent| super::scope::lone(x, sents);
    // The dated line, at most EXCERPT_CARRY lines before, past lines with no cue of their own.
    let mut k = s.idx;
    let origin = loop {
        let Some(prev) = k.checked_sub(1).map(|i| &sents[i]) else {
            return false;
        };
        if !lone(prev) || prev.para + 1 != sents[k].para || s.idx - prev.idx > EXCERPT_CARRY {
            return false;
        }
        if !prev.cues.is_empty() {
            break prev;
        }
        k = prev.idx;
    };
    lone(s) && dated(origin) && one_day(origin)
}

/// How many excerpt lines after a dated line may ride on its day.
const EXCERPT_CARRY: usize = 8;

/// Events dated more than this many days before the article's main attack are background
/// (encyclopaedia "see also" blurbs, history), not reported attacks.
const BACKGROUND_DAYS: i64 = 14;

static TOLL_UPDATE: LazyLock<Regex> = crate::regex!(patterns::TOLL_UPDATE);

/// A paragraph that opens with a definite reference to an attack: "The missile landed ...",
/// "The strike also damaged ...".
static DEFINITE_ATTACK: LazyLock<Regex> = crate::regex!(patterns::DEFINITE_ATTACK);
static ADDING_PARAGRAPH: LazyLock<Regex> = crate::regex!(patterns::ADDING_PARAGRAPH);
/// A demonstrative reference to the attack just named: "Of those, two died", "those strikes".
static DEMONSTRATIVE_ATTACK: LazyLock<Regex> = crate::regex!(patterns::DEMONSTRATIVE_ATTACK);
/// A part of the weapons counted just before: "destroyed 60 of the drones", "Of these, 157 ...".
static PART_OF_COUNTED: LazyLock<Regex> = crate::regex!(patterns::PART_OF_COUNTED);
/// The verb of a toll's rise ("has risen to 40").
static TOLL_RISE: LazyLock<Regex> =
    crate::regex!(r"(?i)\b(?:rose|risen|climbed|increased|reached|grew|jumped)\b");

/// "overnight on ", "overnight and on " right before a day: the night named.
static NIGHT_BEFORE: LazyLock<Regex> =
    crate::regex!(r"(?i)\bovernight\s+(?:(?:and|into)\s+)?(?:on\s+)?$");
/// An evening's hour or word right before a day ("at around 10:00 PM on January 6", "late in the
/// evening of 6 January"): the start of the night after it.
static EVENING_BEFORE: LazyLock<Regex> = crate::regex!(patterns::EVENING_BEFORE);
/// "As reported by Ukrinform, ...", and the glosses of "Як повідомляв Укрінформ, ...", "Как писал
/// «Кавказский узел», ...".
static RECAP_LEAD: LazyLock<Regex> = crate::regex!(patterns::RECAP_LEAD);
/// "Here is the situation on Tuesday, May 28, 2024.": a digest's line dating its items.
static SITUATION_LINE: LazyLock<Regex> = crate::regex!(patterns::SITUATION_LINE);

fn s_lower(t: &str) -> String {
    t.to_ascii_lowercase()
}

/// Whether an earlier-attack cue opens a clause about that attack: "a week after ...", "since
/// last month's strike ...".
fn introduces_attack(s: &Sent, c: &Cue) -> bool {
    let cue = s.text[c.start..c.end].to_ascii_lowercase();
    cue.ends_with("after") || cue.starts_with("since")
}

/// The date of a figure at byte `pos` of its sentence: the nearest resolvable cue.
fn date_for(s: &Sent, pos: usize, a: Anchors) -> Option<(NaiveDate, bool)> {
    // "a day after Russia launched ...": what follows the cue is the earlier day.
    let mut best: Option<(usize, NaiveDate, bool)> = None;
    for c in own_cues(s, |c| c.kind != CueKind::Period) {
        if a.main.is_some() && dates::definite_overnight(&s.text, c) {
            continue;
        }
        // "More than 50 others were injured ... — a city still in mourning from an attack two
        // days earlier": a dash apposition after the figure describes something else.
        if c.start > pos && s.text[pos..c.start].contains(" - ") {
            continue;
        }
        // "спрямували п'ять безпілотників по Миколаєву вночі, 28 квітня" ("overnight, 28 April"):
        // the date right after "overnight" names that night.
        // ("last night, May 2" is that evening's night: the published day stays.)
        let overnight = c.kind == CueKind::Today
            && s.text[c.start..c.end]
                .to_ascii_lowercase()
                .starts_with("overnight");
        let dated_night = overnight
            && s.cues.iter().any(|d| {
                matches!(d.kind, CueKind::Date { .. })
                    && d.start >= c.end
                    && s.text[c.end..d.start]
                        .trim_matches(|ch: char| ch == ',' || ch.is_whitespace())
                        .chars()
                        .all(|ch| ch.is_alphabetic())
                    && d.start - c.end <= 5
            });
        // "On July 22, an oil refinery ... caught fire after over 75 drones targeted multiple
        // Russian regions overnight": the date that opens the sentence frames it, and the bare
        // "overnight" is that date's night.
        let framed_night = overnight
            && s.cues.iter().any(|d| {
                matches!(d.kind, CueKind::Date { .. })
                    && !d.reporting
                    && d.start < c.start
                    && matches!(
                        s.text[..d.start].trim().to_ascii_lowercase().as_str(),
                        "" | "on"
                    )
            });
        if dated_night || framed_night {
            continue;
        }
        let kind = match c.kind {
            // "killing at least four people ... since last month's strike that claimed 21
            // lives", "a day after ...": such an earlier attack dates what follows it, not what
            // comes before ("two drones attempted to strike the Kremlin earlier this month" does).
            CueKind::Earlier if c.start > pos && introduces_attack(s, c) => continue,
            CueKind::Relative(_)
                if s.text[c.start..c.end]
                    .to_ascii_lowercase()
                    .contains("after") =>
            {
                // "two days after Russia launched an Iskander-M ... on November 1": the date
                // named in the clause dates it.
                let dated = s.cues.iter().any(|d| {
                    matches!(d.kind, CueKind::Date { .. })
                        && d.start > c.end
                        && !s.text[c.end..d.start].contains(['.', ';'])
                });
                if pos < c.start || dated {
                    continue;
                }
                c.kind
            }
            k => k,
        };
        if let Some(d) = dates::resolve(kind, a) {
            let dist = if pos >= c.end {
                pos - c.end
            } else {
                c.start.saturating_sub(pos)
            };
            if best.is_none_or(|(bd, _, _)| dist < bd) {
                best = Some((dist, d, c.reporting));
            }
        }
    }
    // "said on Thursday that its air defences had intercepted 11 drones overnight": the night the
    // report names is its own date, not the report's.
    let night = s.cues.iter().any(|c| c.reported);
    best.map(|(_, d, reporting)| (d, reporting && !night))
}

/// The article's dates: its anchors (with the main date) and the date each sentence inherits from
/// an earlier cue of its paragraph.
pub(crate) struct Timeline {
    pub(crate) anchors: Anchors,
    /// A date cue scopes over the rest of its paragraph: "The previous night, Russia launched 57
    /// drones ... A woman was killed in Bilopillia."
    para: Vec<Option<(NaiveDate, bool)>>,
}

impl Timeline {
    /// Dates the article: anchors, then the main date (which needs the candidates), then the
    /// paragraph dates resolved against them.
    pub(crate) fn new(sents: &[Sent], cands: &[Cand], meta: &Meta) -> Timeline {
        let mut anchors = Anchors {
            published: meta.published,
            text: text_anchor(sents, meta),
            main: None,
            report: None,
            week: false,
        };
        anchors.week = anchors.published.is_none()
            && anchors.text.is_none()
            && !sents
                .iter()
                .flat_map(|s| s.cues.iter())
                .any(|c| matches!(c.kind, CueKind::Date { .. } | CueKind::Past { .. }));
        anchors.report = report_day(sents, anchors);
        anchors.main = main_date(sents, cands, anchors).or_else(|| {
            // No date cue at all, or only cues of the published day itself ("Сьогодні близько
            // 17:45 ... пролунав вибух"): a report of its own day (docs/CONVENTIONS.md, "Dates").
            // A stored page's own date line ("date 2024-08-27", a line that is only a date:
            // "Saturday, May 17, 2025", "3 грудня 2025, 18:36") and headings are no cues of an
            // attack; a period ("every day", "since February 24") keeps the date unknown; nor is
            // a recap of a day before ("Ранее стало известно, что в ночь на 29 января ...", a
            // dated bullet of related news).
            let published = anchors.published?;
            let own_day = sents.iter().all(|s| {
                matches!(s.kind, LineKind::Heading | LineKind::Boilerplate)
                    || dates::only_dates(s)
                    || old_recap(s, anchors)
                    || s.cues.iter().all(|c| {
                        dates::is_date_line(&s.text, c)
                            || dates::resolve(c.kind, anchors) == Some(published)
                    })
            });
            own_day.then_some(published)
        });
        Timeline {
            anchors,
            para: paragraph_dates(sents, anchors),
        }
    }

    /// The date of the article's main attack.
    pub(crate) fn main(&self) -> Option<NaiveDate> {
        self.anchors.main
    }

    /// The date of what is said at byte `pos` of `s`: its nearest cue, else its paragraph's date,
    /// else the main date; a sentence dated only by its page's date line, the day the article
    /// writes from when it says which.
    /// A report's day ("the administration said in an update on Sunday that 29 people had been
    /// killed") the day of the main attack or the next is the main attack's report.
    pub(crate) fn day(&self, s: &Sent, pos: usize) -> Option<NaiveDate> {
        let main = self.anchors.main;
        // "date 2025-07-22 1 killed, 11 injured in new Russian raids": a title dated only by its
        // page's date line speaks of the day the article writes from, when it says which.
        if let Some(report) = self.anchors.report.filter(|_| page_dated(s)) {
            return Some(report);
        }
        match date_for(s, pos, self.anchors).or(self.para[s.idx]) {
            Some((d, true)) => Some(
                main.filter(|&m| dates::comparable(m, d) && (0..=1).contains(&(d - m).num_days()))
                    .unwrap_or(d),
            ),
            Some((d, false)) => Some(d),
            None => main,
        }
    }
}

/// The day the article writes from, when its first "overnight" tied to a report day says so
/// (within two days before the published date: wire copy printed the next morning).
/// Else the day of the lead's reporting clause, when it is the lead's only date ("A massive
/// Russian air assault struck ..., officials said on Friday. Russia fired 35 missiles ...
/// overnight"); else the night the lead names ("overnight on Thursday"); else the day of a wire
/// dateline that names its city in the article's opening ("KIEV, July 21 (Xinhua) --").
fn report_day(sents: &[Sent], anchors: Anchors) -> Option<NaiveDate> {
    let published = anchors.published?;
    let attack = sents.iter().filter(|s| attack_sentence(s));
    let overnight = attack
        .clone()
        .flat_map(|s| s.cues.iter())
        .find(|c| c.reported);
    // The lead paragraph's reporting clause, when its other cues are all "overnight" ("Russian
    // drones attacked Odesa overnight ... Six people were injured, officials said Wednesday").
    // A page's date line ("date 2025-10-04 ... officials said on Friday", "January 1, 2026"
    // alone) is no cue of the lead.
    let lead = || {
        let first = attack
            .clone()
            .find(|s| !s.cues.is_empty() && dates::dateline_alone(&s.text).is_none())?;
        // Up to the sentence of the first reporting clause.
        let mut cues: Vec<&Cue> = Vec::new();
        // (A lead that is a paragraph of its own, an excerpt's line or a wire copy's one-sentence
        // lead, reads its reporting clause in the next paragraph too.)
        let excerpt = super::scope::lone(first, sents);
        for s in attack
            .clone()
            .skip_while(|s| s.idx != first.idx)
            .take_while(|s| s.para == first.para || excerpt && s.para == first.para + 1)
        {
            cues.extend(own_cues(s, |_| true));
            if cues.iter().any(|c| c.reporting) {
                break;
            }
        }
        let mut reporting = cues.iter().filter(|c| c.reporting);
        let one = reporting.next().filter(|_| reporting.next().is_none())?;
        cues.iter()
            .all(|c| c.reporting || c.kind == CueKind::Today)
            .then_some(*one)
    };
    // "Russia pounded Ukraine with drones and ballistic missiles overnight on Thursday", "missile
    // strikes overnight and on Saturday killed eight": the lead's night is named, and a bare
    // "overnight" later is that night.
    let named_night = || {
        let first = attack
            .clone()
            .find(|s| s.cues.iter().any(|c| !dates::is_date_line(&s.text, c)))?;
        own_cues(first, |c| {
            matches!(
                c.kind,
                CueKind::Weekday {
                    plus: 0,
                    last: false,
                    ..
                }
            )
        })
        .find(|c| {
            let cue = s_lower(&first.text[c.start..c.end]);
            cue.starts_with("overnight") || NIGHT_BEFORE.is_match(&first.text[..c.start])
        })
    };
    // "KIEV, July 21 (Xinhua) -- ... early Monday" on a page of July 22: the wire dateline of the
    // article's opening is the day it writes from, and a bare "overnight" later is that night.
    let dateline = || {
        sents
            .iter()
            .take(3)
            .find_map(|s| dates::dateline_date(&s.text, true))
            .and_then(|kind| dates::resolve(kind, anchors))
    };
    let day = overnight
        .or_else(lead)
        .or_else(named_night)
        .and_then(|c| dates::resolve(c.kind, anchors))
        .or_else(dateline)?;
    (day < published && (published - day).num_days() <= 2).then_some(day)
}

/// Whether a sentence's only cues are its page's date line ("date 2025-07-22 1 killed, 11 injured
/// in new Russian raids").
fn page_dated(s: &Sent) -> bool {
    !s.cues.is_empty() && s.cues.iter().all(|c| dates::is_date_line(&s.text, c))
}

/// Without a published date, the latest full date stated in the text.
fn text_anchor(sents: &[Sent], meta: &Meta) -> Option<NaiveDate> {
    if meta.published.is_none() {
        // The sentences' cues, and the datelines the cues leave out ("28th June 2022 – ...").
        let datelines = sents
            .iter()
            .take(3)
            .filter_map(|s| dates::dateline_date(&s.text, false));
        sents
            .iter()
            .flat_map(|s| {
                s.cues
                    .iter()
                    .map(|c| c.kind)
                    .chain(dates::mourning_dates(&s.text))
            })
            .chain(datelines)
            .filter_map(|kind| match kind {
                CueKind::Date { year: Some(_), .. } => dates::resolve(kind, Anchors::default()),
                _ => None,
            })
            .max()
    } else {
        None
    }
}

/// The cues of a sentence that `keep` keeps, without a page's date line ("date 2022-06-12
/// Yesterday's missile attack ...") when any other is kept: the day a page was published dates
/// a figure only when its sentence says nothing else.
fn own_cues<'s>(
    s: &'s Sent,
    keep: impl Fn(&Cue) -> bool + Copy + 's,
) -> impl Iterator<Item = &'s Cue> + 's {
    let date_line = |c: &Cue| dates::is_date_line(&s.text, c);
    let others = s.cues.iter().any(|c| keep(c) && !date_line(c));
    s.cues
        .iter()
        .filter(move |c| keep(c) && !(others && date_line(c)))
}

/// The first cue of a sentence that names a day.
/// (Not a day named after an earlier attack: "The strikes came nearly a week after a combined
/// Russian attack on Ukraine last Tuesday killed 28 people": Tuesday is that attack's.)
fn resolve_first(s: &Sent, a: Anchors) -> Option<NaiveDate> {
    main_cues(s).find_map(|c| dates::resolve(c.kind, a))
}

/// The day of the lead sentence `first`: its first cue of the attack's own day ("“expressed shock”
/// on April 6 at Russia's April 4 missile strike": April 4); when its only days are its reports'
/// ("Zelensky on Saturday slammed ... a missile strike on his hometown which killed 18 people"),
/// the attack's day the next sentence or two about it name ("a Russian missile on Friday evening
/// struck"), within a week before; else the report's day.
fn lead_day(sents: &[Sent], first: usize, a: Anchors) -> Option<NaiveDate> {
    // ("date 2024-12-21 Six killed in Ukrainian missile attack ... ¶ Six people ... were killed
    // on Friday": a page's date line before a title is a day of the report too.)
    let own = |s: &Sent| {
        main_cues(s)
            .filter(|c| !c.reporting && !dates::is_date_line(&s.text, c))
            .find_map(|c| dates::resolve(c.kind, a))
    };
    let s = &sents[first];
    if let Some(d) = own(s) {
        return Some(d);
    }
    let reported = resolve_first(s, a)?;
    // ("... injured in a massive nighttime attack ... ¶ at around 10:00 PM on January 6, the
    // enemy again sent drones": the evening before a night the lead names is that night's.)
    let night = s.toks.iter().any(|t| t.is_any(NIGHT_WORDS));
    let night_begun = |x: &Sent, c: &Cue| {
        night
            && EVENING_BEFORE.is_match(&x.text[..c.start])
            && dates::resolve(c.kind, a).is_some_and(|d| (reported - d).num_days() == 1)
    };
    let attack_day = |x: &Sent| {
        main_cues(x)
            .filter(|c| !c.reporting && !dates::is_date_line(&x.text, c) && !night_begun(x, c))
            .find_map(|c| dates::resolve(c.kind, a))
    };
    sents[first + 1..]
        .iter()
        .filter(|x| attack_sentence(x))
        .take(2)
        .take_while(|x| x.para <= s.para + 1)
        .find_map(attack_day)
        .filter(|d| *d <= reported && (reported - *d).num_days() <= 7)
        .or(Some(reported))
}

/// The attack cues of a sentence before a clause of an earlier attack ("a week after a combined
/// Russian attack ...", "since last month's strike ...").
fn main_cues(s: &Sent) -> impl Iterator<Item = &Cue> {
    let earlier = s
        .cues
        .iter()
        .find(|c| c.kind == CueKind::Earlier && introduces_attack(s, c))
        .map_or(usize::MAX, |c| c.start);
    attack_cues(s).take_while(move |c| c.start < earlier)
}

/// The cues of a sentence that can name an attack's day (no period, month or relative time).
fn attack_cues(s: &Sent) -> impl Iterator<Item = &Cue> {
    own_cues(s, |c| {
        !matches!(
            c.kind,
            CueKind::Period
                | CueKind::Relative(_)
                | CueKind::Past { .. }
                | CueKind::Earlier
                | CueKind::ThisDayIn(_)
        )
    })
}

/// Whether a sentence is about the attack and part of the article proper.
fn attack_sentence(s: &Sent) -> bool {
    s.context && !matches!(s.kind, LineKind::Boilerplate | LineKind::Duplicate)
}

/// A sentence that opens on an earlier attack: "In late July, at least five staff members were
/// injured ...", "Just two days prior, on January 20, a drone strike in Adygea injured 11".
fn opens_earlier(s: &Sent) -> bool {
    s.cues.first().is_some_and(|c| {
        c.start < 8 && matches!(c.kind, CueKind::Earlier | CueKind::Relative(..=-2))
    })
}

/// A sentence that opens by recalling a report of a day before its page's date ("Ранее стало
/// известно, что в ночь на 29 января ..." on a page of 31 January): background, not the
/// attack the page reports ("Нагадаємо, в ніч на 13 жовтня ..." on a page of 13 October is);
/// likewise a dated bullet of related news ([`dated_bullet`]).
fn old_recap(s: &Sent, a: Anchors) -> bool {
    if dated_bullet(s, a) {
        return true;
    }
    let mut words = s.toks.iter().skip_while(|t| t.kind == Kind::Punct);
    let first = words.next().map(|t| t.lower.as_str());
    // ("Earlier Thursday, he said ...": a time of the day, no recap; "Earlier, ..." is one.)
    let english = first.is_some_and(|w| w.is_ascii());
    let comma = words.next().is_some_and(|t| t.is(","));
    let recap = |w: &str| {
        [RECAP_OPENERS, ru::RECAP_OPENERS, uk::RECAP_OPENERS]
            .iter()
            .any(|t| t.contains(&w))
    };
    let lead = RECAP_LEAD.is_match(&s.text);
    (first.is_some_and(recap) && (comma || !english) || lead)
        && a.published
            .is_some_and(|p| resolve_first(s, a).is_some_and(|d| d < p))
}

/// A bulleted line that opens on a day before its page's date ("- On May 17 at 06:17, Russia
/// used a Lancet drone to strike a bus" under a page of 20 May): a related item, not the attack
/// the page reports.
/// (Not a bullet of the day before: a night's attack reported the next morning is the page's.)
fn dated_bullet(s: &Sent, a: Anchors) -> bool {
    // The date opens the item: within its first words ("- On May 17 at 06:17, ...").
    const OPENING_BYTES: usize = 12;
    let opens_on_date = s
        .cues
        .first()
        .is_some_and(|c| c.start < OPENING_BYTES && matches!(c.kind, CueKind::Date { .. }));
    super::structure::starts_with_bullet(&s.text)
        && opens_on_date
        && a.published
            .is_some_and(|p| resolve_first(s, a).is_some_and(|d| (p - d).num_days() >= 2))
}

/// The main date: an infobox date; else the first figure sentence with a date cue; else the
/// first date cue of a sentence about the attack.
fn main_date(sents: &[Sent], cands: &[Cand], anchors: Anchors) -> Option<NaiveDate> {
    let figure_sents: Vec<usize> = {
        let mut v: Vec<usize> = cands
            .iter()
            .filter(|c| c.field.is_some() && c.status != Status::Rejected && !c.period)
            .map(|c| c.sent)
            .collect();
        v.dedup();
        v
    };
    // A toll's update ("rose to 25 on Sunday") dates the count, not the attack: the lead is the
    // first figure sentence that is not one.
    // "In late July, at least five staff members were injured ...": a sentence that opens on an
    // earlier attack is no lead.
    // "Ранее стало известно, что в ночь на 29 января ... сбила девять беспилотников" on a
    // dated page: a recap is no lead either.
    let earlier = |i: usize| opens_earlier(&sents[i]) || old_recap(&sents[i], anchors);
    let lead = figure_sents
        .iter()
        .copied()
        .filter(|&i| !earlier(i))
        .find(|&i| {
            cands
            .iter()
            .filter(|c| c.sent == i && c.field.is_some())
            .any(|c| !matches!(c.field, Some(Field::Killed | Field::Injured)))
            || !TOLL_UPDATE.is_match(&sents[i].text)
            // "The death toll from Saturday's strike has risen to 40", "the death toll from the
            // attack on Odesa on 27 January rose to four": the attack's own day, named before the
            // verb of the toll's rise.
            || sents[i].cues.iter().any(|c| {
                sents[i].text[c.start..c.end].ends_with("'s")
                    || matches!(c.kind, CueKind::Date { .. })
                        && TOLL_RISE
                            .find(&sents[i].text)
                            .is_some_and(|m| c.end <= m.start())
            })
        });
    sents
        .iter()
        .filter(|s| {
            s.kind == LineKind::Infobox
                && !dates::is_page_date_line(&s.text)
                && s.lower
                    .trim_start_matches(['-', ' ', '|'])
                    .starts_with("date")
        })
        .find_map(|s| resolve_first(s, anchors))
        .or_else(|| {
            // The lead: the first figure sentence's own date, else the nearest sentence about
            // the attack before it ("Russia launched a wave of drones early Wednesday").
            let first = lead?;
            // The lead's paragraph dates it as it dates its figures ("«Сегодня выдалась
            // непростая ночь. Девять БПЛА были сбиты ...»"), whether or not the sentence with
            // the cue is about the attack.
            let para = sents[first].para;
            let in_para = || {
                sents[..first]
                    .iter()
                    .rev()
                    .take_while(|s| s.para == para)
                    .filter(|s| dates::dateline_alone(&s.text).is_none())
                    .find_map(|s| resolve_first(s, anchors))
            };
            // ("date 2025-07-22 1 killed, 11 injured ... ¶ KIEV, July 21 (Xinhua) -- ...": a
            // lead dated only by its page's date line is of the day the article writes from.)
            let s = &sents[first];
            anchors
                .report
                .filter(|_| page_dated(s))
                .or_else(|| lead_day(sents, first, anchors))
                .or_else(in_para)
                .or_else(|| {
                    sents[..first]
                        .iter()
                        .rev()
                        .filter(|s| attack_sentence(s))
                        .find_map(|s| resolve_first(s, anchors))
                })
        })
        .or_else(|| {
            figure_sents
                .iter()
                .filter(|&&i| !earlier(i))
                .find_map(|&i| resolve_first(&sents[i], anchors))
        })
        .or_else(|| {
            // A stored page's date line ("date 2025-03-25 Drones flying in the sky") is the day
            // the page was published, no cue of the attack a later sentence dates.
            let attack =
                |s: &&Sent| attack_sentence(s) && !opens_earlier(s) && !old_recap(s, anchors);
            sents.iter().filter(attack).find_map(|s| {
                main_cues(s)
                    .filter(|c| !dates::is_date_line(&s.text, c))
                    .find_map(|c| dates::resolve(c.kind, anchors))
            })
        })
        .or_else(|| {
            // Nothing else: a digest's "Here is the situation on Tuesday, May 28, 2024." dates
            // its items, though it names no attack.
            sents
                .iter()
                .filter(|s| SITUATION_LINE.is_match(&s.text))
                .find_map(|s| resolve_first(s, anchors))
        })
}

/// For each sentence without a date cue of its own, the date of the last cue earlier in its
/// paragraph.
fn paragraph_dates(sents: &[Sent], anchors: Anchors) -> Vec<Option<(NaiveDate, bool)>> {
    let mut para_dates: Vec<Option<(NaiveDate, bool)>> = vec![None; sents.len()];
    let mut current: Option<(usize, NaiveDate, bool)> = None;
    // The last cue, kept across paragraphs for a demonstrative two paragraphs on.
    let mut recent: Option<(usize, NaiveDate, bool)> = None;
    for s in sents {
        // "Russia's Tuesday strikes killed at least five ... ¶ Of those, two died ... ¶
        // Zelensky said those strikes used more than 90 aerial weapons": a demonstrative points
        // back to the attack named one or two paragraphs before, in any article.
        let near = |p: usize, reporting: bool| p != s.para && p + 2 >= s.para && !reporting;
        if current.is_none()
            && recent.is_some_and(|(p, _, r)| near(p, r))
            && DEMONSTRATIVE_ATTACK.is_match(&s.text)
        {
            current = recent.map(|(_, d, r)| (s.para, d, r));
        }
        if current.is_some_and(|(p, _, _)| p != s.para) {
            // "... a missile attack launched by Russia on Sunday. ¶ The missile landed in a
            // residential district": a definite reference to the attack just named carries its
            // day into the next paragraph.
            // (In an article with no date at all, where days are placeholders: elsewhere the
            // main attack's date is the better guess.)
            let next = current.is_some_and(|(p, _, reporting)| p + 1 == s.para && !reporting);
            let near = recent.is_some_and(|(p, _, r)| near(p, r))
                && DEMONSTRATIVE_ATTACK.is_match(&s.text);
            // ("Напомним, в ночь на 26 июля ... шесть ... над Крымом. ¶ Также были сбиты
            // четыре БПЛА над Азовским морем": a paragraph that adds to the one before is its
            // day's.)
            let refers_back = next && anchors.week && DEFINITE_ATTACK.is_match(&s.text)
                || next && s.cues.is_empty() && ADDING_PARAGRAPH.is_match(&s.text)
                // ("... had launched 76 attack drones and seven missiles ... overnight ¶ Ukraine's
                // air defence units destroyed 60 of the drones and one missile, it said.")
                || next && s.cues.is_empty() && PART_OF_COUNTED.is_match(&s.text)
                || next
                    && s.cues.is_empty()
                    && excerpt_line_after_date(s, sents, anchors, current.map(|c| c.1))
                // "On March 13, the Russian military had fired eight rockets at the Yaroviv
                // range in a previous attack. ¶ At least 35 people were reported killed.": a
                // bare toll right after an earlier attack is that attack's.
                || next
                    && current.is_some_and(|(_, d, _)| background_of(d, anchors.main))
                    && bare_toll(s);
            current = if near {
                recent.map(|(_, d, r)| (s.para, d, r))
            } else if refers_back {
                current.map(|(_, d, r)| (s.para, d, r))
            } else {
                None
            };
        }
        // "MOSCOW, October 25." alone: the wire's filing day, which dates no figure after it
        // (without a published date, "last night" stays empty).
        if dates::dateline_alone(&s.text).is_some() {
            continue;
        }
        // ("Just two days prior, on January 20, ...": the date says which day.)
        let dated = |c: &Cue| matches!(c.kind, CueKind::Date { .. });
        let resolved = |c: &Cue| Some((dates::resolve(c.kind, anchors)?, c.reporting));
        // ("the overnight barrage" is the attack dated already.)
        let definite = |c: &Cue| anchors.main.is_some() && dates::definite_overnight(&s.text, c);
        let own = own_cues(s, |c| {
            dated(c) && c.start < 40 && !dates::is_date_line(&s.text, c)
        })
        .find_map(resolved)
        .or_else(|| {
            // ("“expressed shock” on April 6 at Russia's April 4 missile strike ... The attack
            // killed 19 people": the attack's day, not the words', carries on.)
            let cue =
                |c: &Cue| !matches!(c.kind, CueKind::Period | CueKind::Past { .. }) && !definite(c);
            let attack_day = own_cues(s, |c| cue(c) && !c.reporting).find_map(resolved);
            attack_day.or_else(|| own_cues(s, cue).find_map(resolved))
        });
        if let Some((d, reporting)) = own {
            current = Some((s.para, d, reporting));
            recent = current;
        } else {
            para_dates[s.idx] = current.map(|(_, d, reporting)| (d, reporting));
        }
    }
    para_dates
}

/// Whether a day lies long before the main attack (see [`mark_background`]).
fn background_of(d: NaiveDate, main: Option<NaiveDate>) -> bool {
    main.is_some_and(|m| dates::comparable(m, d) && (m - d).num_days() > BACKGROUND_DAYS)
}

/// A sentence that only gives a toll: a casualty word, and no day, place or weapon of its own.
fn bare_toll(s: &Sent) -> bool {
    s.cues.is_empty()
        && s.places.is_empty()
        && s.toks.len() <= 16
        && !s
            .toks
            .iter()
            .any(|t| t.is_any(MISSILE_HEADS) || t.is_any(DRONE_HEADS))
        && s.toks
            .iter()
            .any(|t| t.is_any(KILL_AFTER) || t.is_any(INJURE_AFTER))
}

/// Dates each candidate: an updated toll is the main attack's; else the date of its phrase.
/// ("Kramatorsk has already been bombed, most notably in an April 2022 strike ... that killed
/// 63 people": "already" alone, in a phrase dated long before the main attack, is the perfect of
/// that old attack, no update; a toll that "rose to" stays the main attack's whatever its date.)
pub(crate) fn date_candidates(sents: &[Sent], cands: &mut [Cand], tl: &Timeline) {
    let main = tl.main();
    for c in cands.iter_mut() {
        let s = &sents[c.sent];
        let pos = s.toks.get(c.tok_start).map_or(0, |t| t.start);
        let casualty = matches!(c.field, Some(Field::Killed | Field::Injured));
        let cues: Vec<String> = TOLL_UPDATE
            .find_iter(&s.text)
            .map(|m| m.as_str().to_lowercase())
            .collect();
        let only_already = !cues.is_empty() && cues.iter().all(|m| m.ends_with("already"));
        let own = tl.day(s, pos);
        // (Not "There are already 10 dead, more than in the strike of April 8, 2022": the old
        // date after the count is a comparison.)
        let date_before = s.cues.iter().any(|q| q.start < pos);
        let old = only_already && date_before && own.is_some_and(|d| background_of(d, main));
        c.date = if casualty && !cues.is_empty() && !old {
            main
        } else {
            own
        };
    }
}

/// Background: figures dated long before the main attack are rejected.
pub(crate) fn mark_background(cands: &mut [Cand], main: Option<NaiveDate>) {
    let Some(m) = main else {
        return;
    };
    for c in cands.iter_mut() {
        if let Some(d) = c.date {
            if c.status == Status::Used && background_of(d, Some(m)) {
                c.status = Status::Rejected;
                c.reason = Some(format!("background: {d} is more than {BACKGROUND_DAYS} days before the article's main attack ({m})"));
            }
        }
    }
}
