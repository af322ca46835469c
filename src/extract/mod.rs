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

mod dates;
mod lexicon;
mod numbers;
mod places;
mod types;

pub use types::{Aggregate, Count, Event, Extraction, Field, Figure, Qualifier, Side, Status};

use std::collections::{BTreeMap, HashSet};
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::corpus::Meta;
use crate::text::{Doc, LineKind};
use crate::warning::Warning;
use dates::{Anchors, Cue, CueKind};
use lexicon::*;
use numbers::{Kind, Quantity, Tok};
use places::{Country, GAZETTEER};

/// Figures above this are not one attack's (a typo, a money amount, a garbled number).
const PLAUSIBLE_MAX: u64 = 20_000;
/// Events dated more than this many days before the article's main attack are background
/// (encyclopaedia "see also" blurbs, history), not reported attacks.
const BACKGROUND_DAYS: i64 = 14;

/// What a quantity counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Head {
    Drone,
    Missile,
    Bomb,
    Ground,
    Person,
    /// "18 strikes": hits.
    Strike,
    /// "1,474 missile strikes", "3,000 air strikes": events, not weapons.
    StrikeEvents,
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
struct Cand {
    sent: usize,
    field: Option<Field>,
    value: Option<u32>,
    qualifier: Qualifier,
    /// Token span of the phrase in the sentence.
    tok_start: usize,
    tok_end: usize,
    side: Option<Side>,
    date: Option<NaiveDate>,
    /// A one-place figure ("In Kharkiv, ...", "the governor of Odesa said"): its place.
    locality: Option<String>,
    status: Status,
    reason: Option<String>,
    /// The "X of the Y" total of an intercept count, or the count an "including" subset is in.
    subset: bool,
    period: bool,
}

struct Sent {
    idx: usize,
    kind: LineKind,
    para: usize,
    /// Normalised text of the sentence.
    text: String,
    lower: String,
    toks: Vec<Tok>,
    cues: Vec<Cue>,
    /// Gazetteer matches: (token index, normalised name, country, usable as a strike location).
    places: Vec<(usize, String, Country, bool)>,
    context: bool,
    /// Figures restricted to one place ("Within the city of Kyiv, ...").
    regional: bool,
    /// Names a national scope ("in total", "across the country").
    national: bool,
    /// For an item of a list ("🔹 8 Kh-101 cruise missiles;"), the sentence that introduces the
    /// list ("the enemy attacked with 161 means of air attack:"): its verb, side and date.
    lead: Option<usize>,
    /// In a paragraph that opened with a period and has named no day since.
    in_period_para: bool,
}

static ZERO_BOTH: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:no (?:civilian )?casualties|without casualties|no one was (?:killed or injured|hurt or killed|harmed)|no victims)\b"
);
static ZERO_INJURED: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:no (?:one|body) (?:was|were) (?:hurt|injured|wounded)|nobody (?:was |were )?(?:hurt|injured|wounded)|no injuries|no one (?:was )?injured|(?:people|civilians|residents|no one) (?:were|was) not (?:injured|hurt|wounded)|no (?:people|civilians) (?:were )?(?:injured|hurt)|(?:injuries|injured)\s*:\s*(?:none|0)\b)"
);
static ZERO_KILLED: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:no (?:one|body) (?:was|were) killed|nobody (?:was |were )?killed|no deaths|no fatalities|no one died|(?:fatalities|deaths|killed)\s*:\s*(?:none|0)\b)"
);
static NOT_YET: LazyLock<Regex> =
    crate::regex!(r"(?i)\bno (?:immediate )?(?:reports?|information) (?:of|on|about)\b");
static REPORTER_AFTER: LazyLock<Regex> = crate::regex!(
    r"(?i)(?:^|[,;:]\s*|\bthat\s+)((?:the\s+|its\s+)?[A-Z][\w'.-]*(?:\s+[\w'.-]+){0,6}?)\s+(?:said|says|reported|reports|claimed|claims|stated|announced|confirmed|indicated|wrote|added|told)\b"
);
static REPORTER_ACCORDING: LazyLock<Regex> =
    crate::regex!(r"(?i)\baccording to (?:the\s+)?([^,.;]+?)(?:,|\.|;| that | on | in |$)");
static REPORTER_TRAILING: LazyLock<Regex> = crate::regex!(
    r"(?i),\s+((?:the\s+)?[\w'.-]+(?:\s+[\w'.-]+){0,6}?)\s+(?:said|reported|claimed|stated|announced|wrote)\s*(?:[,.]|$|on\b|in\b)"
);
/// "Ukraine's military reported Tuesday": the day is not part of the reporter.
static TRAILING_DAY: LazyLock<Regex> = crate::regex!(
    r"(?i)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$"
);
static TOLL_UPDATE: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:toll|rose to|risen to|climbed to|increased to|up from|died in hospital|later died|died of (?:their|his|her) (?:wounds|injuries)|(?:have|has) now been|are now known|now stands|number of (?:injured|wounded|dead|victims)\b[^.;]{0,40}\b(?:reached|risen|increased|rose))\b"
);
/// "unable to intercept any of the ballistic missiles", "could not intercept either of them",
/// "no missiles were shot down": 0 intercepted; `w` names the weapon, absent for "them".
static ZERO_INTERCEPT: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:unable to|failed to|could not|couldn't|did not|didn't|were not able to|was not able to)\s+(?:intercept|shoot down|down|destroy)\s+(?:(?:either|any|one) of them\b|any(?:\s+of)?(?:\s+the)?(?:\s+[\w-]+){0,3}?\s+(?P<w>missiles?|drones?|uavs?|shaheds?)\b)|\bno (?P<w2>missiles?|drones?)\s+(?:were|was|could be)\s+(?:intercepted|shot down|downed|destroyed)"
);
static SAME_SPEAKER: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:he|she) (?:said|says|added|adds|wrote|writes|reported|reports|told)\b|\baccording to (?:him|her)\b"
);
static ZERO_IN_CAPITAL: LazyLock<Regex> =
    crate::regex!(r"(?i)\bin the capital\b|\bthe capital's\b|\bcapital's (?:mayor|authorities)\b");
static ZERO_LOCAL: LazyLock<Regex> =
    crate::regex!(r"(?i)\bin the (?:city|town|village|villages|district|region|area|community)\b");
static NATIONAL: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:in total|overall|across (?:the country|ukraine)|nationwide|total of|throughout the country)\b"
);
static RESTRICTED: LazyLock<Regex> = crate::regex!(
    r"(?i)^(?:in|within|over|across)\s+(?:the\s+)?(?:city\s+of\s+|region\s+of\s+)?(?-i:[A-Z])|^(?:in|over) the capital\b|\b(?:authorities|officials?|governor|mayor|police|administration)\b[^.;]{0,40}\bin the (?:city|region|town|village)\b"
);

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

fn sentence(idx: usize, kind: LineKind, para: usize, text: &str) -> Sent {
    let toks = numbers::tokenize(text);
    let lower = text.to_lowercase();
    let context = toks.iter().any(|t| t.is_any(ATTACK_CONTEXT));
    let veto = toks.iter().any(|t| t.is_any(VETO));
    let places = find_places(&toks, context && !veto);
    Sent {
        idx,
        kind,
        para,
        regional: RESTRICTED.is_match(text),
        national: NATIONAL.is_match(text),
        cues: dates::cues(text),
        text: text.to_string(),
        lower,
        toks,
        places,
        context,
        lead: None,
        in_period_para: false,
    }
}

/// Whether a sentence is an item of a list: a bullet first, or a `;` last.
fn is_list_item(text: &str) -> bool {
    let t = text.trim();
    t.ends_with(';')
        || t.starts_with(|c: char| {
            matches!(
                c,
                '🔹' | '🔸'
                    | '•'
                    | '▪'
                    | '◾'
                    | '▫'
                    | '◦'
                    | '·'
                    | '-'
                    | '–'
                    | '—'
                    | '*'
                    | '✅'
                    | '➖'
                    | '🔺'
                    | '🚀'
                    | '🛩'
            )
        })
}

/// Links the items of each list to the sentence ending in `:` that introduces it.
fn link_lists(sents: &mut [Sent]) {
    let mut lead: Option<usize> = None;
    for (i, s) in sents.iter_mut().enumerate() {
        if matches!(s.kind, LineKind::Boilerplate | LineKind::Duplicate) {
            continue;
        }
        if is_list_item(&s.text) {
            s.lead = lead;
        } else {
            lead = None;
        }
        if s.text.trim_end().ends_with(':') {
            lead = Some(i);
        }
    }
}

/// Gazetteer matches of a sentence, with their normalised names. A place counts as a strike
/// location only in a sentence about the attack, not as a possessive ("Kyiv's allies"), not after
/// "to" ("go to Moscow"), and not as an interception area ("shot down over the Kyiv region").
fn find_places(toks: &[Tok], usable: bool) -> Vec<(usize, String, Country, bool)> {
    let mut out = Vec::new();
    let intercept_sentence = toks.iter().any(|t| t.is_any(INTERCEPT_VERBS))
        && !toks.iter().any(|t| {
            t.is_any(&[
                "damaged",
                "damage",
                "killed",
                "injured",
                "hit",
                "struck",
                "fire",
                "destruction",
            ])
        });
    let mut i = 0;
    let mut from_list = false;
    let mut list_end = 0;
    let mut over_list = false;
    let mut over_end = 0;
    while i < toks.len() {
        let mut matched = None;
        for n in (1..=places::MAX_WORDS).rev() {
            if i + n > toks.len() || !toks[i].capitalized() {
                continue;
            }
            let key: Vec<&str> = toks[i..i + n]
                .iter()
                .map(|t| t.lower.trim_end_matches("'s"))
                .collect();
            let key = key.join(" ");
            if let Some(p) = GAZETTEER.get(key.as_str()) {
                matched = Some((n, p));
                break;
            }
        }
        let Some((n, p)) = matched else {
            i += 1;
            continue;
        };
        let after = toks.get(i + n).map(|t| t.lower.as_str()).unwrap_or("");
        // "21:30 Moscow time", "7 a.m. Kyiv time": a time zone, not a place.
        if after == "time" {
            i += n;
            continue;
        }
        let possessive = toks[i + n - 1].lower.ends_with("'s");
        // "the Chernihiv and Khmelnytskyi regions": look ahead over a list of names.
        let mut k = i + n;
        while k < toks.len()
            && k < i + n + 8
            && (toks[k].capitalized() || toks[k].is_any(&["and", ","]))
        {
            k += 1;
        }
        let region_word = |w: &str| {
            matches!(
                w,
                "region" | "regions" | "oblast" | "oblasts" | "province" | "krai"
            )
        };
        let is_region = region_word(after)
            || toks
                .get(k)
                .is_some_and(|t| region_word(&t.lower) && t.lower.ends_with('s'))
            || (i >= 2 && toks[i - 1].is("of") && toks[i - 2].is_any(&["region", "oblast"]));
        let name = match (is_region, p.city, p.region) {
            (true, _, Some(r)) => r,
            (_, Some(c), _) => c,
            (_, None, Some(r)) => r,
            _ => {
                i += n;
                continue;
            }
        };
        let prev = if i > 0 {
            toks[i - 1].lower.as_str()
        } else {
            ""
        };
        let prev2 = if i > 1 {
            toks[i - 2].lower.as_str()
        } else {
            ""
        };
        // "over the Sumy, Chernihiv and Poltava regions": the whole list is the interception area.
        let over_continues = over_list
            && toks[over_end..i]
                .iter()
                .all(|t| t.capitalized() || t.is_any(&[",", "and"]));
        let over = prev == "over"
            || (prev == "the" && prev2 == "over")
            || (intercept_sentence && prev == ",")
            || over_continues;
        over_list = over;
        over_end = i + n;
        // A list of launch sites runs on over names the gazetteer lacks and their glosses:
        // "from the directions of Bryansk, Millerovo and Hvardiiske (temporarily occupied Crimea)".
        let continues_list = from_list
            && toks[list_end..i].iter().all(|t| {
                t.capitalized()
                    || t.is_any(&[
                        ",",
                        ";",
                        "and",
                        "(",
                        ")",
                        "-",
                        "the",
                        "temporarily",
                        "occupied",
                        "cities",
                        "city",
                        "region",
                        "regions",
                        "oblast",
                        "oblasts",
                    ])
            });
        // "2 Iskander-M ballistic missiles (Kursk region)", "aircraft (Saratov region)".
        let launch_gloss = prev == "("
            && (DRONE_HEADS.contains(&prev2)
                || MISSILE_HEADS.contains(&prev2)
                || matches!(prev2, "aircraft" | "bombers" | "ships" | "sea"));
        // "from the direction of the Bryansk region", "from the airspace over the Kursk region".
        let from_direction = (1..=5).any(|b| {
            i >= b
                && toks[i - b].is("from")
                && toks[i - b + 1..i].iter().all(|t| {
                    t.is_any(&[
                        "the",
                        "direction",
                        "directions",
                        "of",
                        "area",
                        "side",
                        "airspace",
                        "over",
                        "territory",
                        "waters",
                    ])
                })
        });
        let launch_site = prev == "from"
            || from_direction
            || launch_gloss
            || (prev == "of" && prev2 == "directions")
            || prev2 == "from"
            || continues_list;
        if launch_site {
            from_list = true;
            list_end = i + n;
            i += n;
            continue;
        }
        from_list = false;
        // "Odesa governor Oleh Kiper", "the Kyiv city military administration": a title.
        let title = |w: &str| {
            matches!(
                w,
                "governor"
                    | "mayor"
                    | "authorities"
                    | "officials"
                    | "administration"
                    | "police"
                    | "prosecutors"
                    | "prosecutor's"
                    | "military"
                    | "council"
                    | "head"
                    | "governor's"
                    | "mayor's"
            )
        };
        let official = title(after)
            || (matches!(after, "city" | "regional" | "oblast" | "region's")
                && toks.get(i + n + 1).is_some_and(|t| title(&t.lower)));
        let ok =
            usable && !possessive && !official && prev != "to" && !(over && intercept_sentence);
        out.push((i, name.to_string(), p.country, ok));
        i += n;
    }
    out
}

/// What the tokens after a number count: skips modifiers to the head noun.
fn head(toks: &[Tok], j: usize) -> (Head, usize, String) {
    let mut k = j;
    let mut last_weapon: Option<(Head, usize)> = None;
    let mut steps = 0;
    while k < toks.len() && steps < 7 {
        let t = &toks[k];
        let w = t.lower.trim_matches('"');
        if t.is_punct() {
            if t.text == "\"" || t.text == "'" || t.text == "-" {
                k += 1;
                continue;
            }
            break;
        }
        let class = if DRONE_HEADS.contains(&w) {
            let needs = match w {
                "vehicles" => Some("aerial"),
                "munitions" => Some("loitering"),
                _ => None,
            };
            if needs.is_some_and(|n| !(k > 0 && toks[k - 1].is(n))) {
                None
            } else {
                Some(Head::Drone)
            }
        } else if MISSILE_HEADS.contains(&w) || w.starts_with("kh-") || w.starts_with("x-") {
            Some(Head::Missile)
        } else if BOMB_HEADS.contains(&w) {
            Some(Head::Bomb)
        } else if GROUND_HEADS.contains(&w) {
            Some(Head::Ground)
        } else if w == "strike"
            && toks.get(k + 1).is_some_and(|n| {
                let n = n.lower.as_str();
                DRONE_HEADS.contains(&n) || MISSILE_HEADS.contains(&n)
            })
        {
            // "143 strike UAVs", "Shahed strike drones": a kind of drone, not hits.
            k += 1;
            steps += 1;
            continue;
        } else if w == "strikes"
            || w == "hits"
            || w == "impacts"
            || (w == "strike" && !last_weapon.is_some_and(|(_, at)| toks[at].lower.ends_with('s')))
        {
            Some(Head::Strike)
        } else {
            None
        };
        if let Some(c) = class {
            // "missile strikes", "drone attacks": events, not weapons.
            if c == Head::Strike {
                return match last_weapon {
                    Some(_) => (Head::StrikeEvents, k + 1, t.lower.clone()),
                    None if k > j && toks[k - 1].is_any(&["air", "aerial"]) => {
                        (Head::StrikeEvents, k + 1, t.lower.clone())
                    }
                    None => (Head::Strike, k + 1, t.lower.clone()),
                };
            }
            if matches!(c, Head::Missile | Head::Drone)
                && toks.get(k + 1).is_some_and(|n| {
                    n.is_any(&["attack", "attacks", "strikes", "raids", "launches"])
                })
                && !toks.get(k + 2).is_some_and(|n| {
                    let n = n.lower.as_str();
                    DRONE_HEADS.contains(&n) || MISSILE_HEADS.contains(&n)
                })
            {
                return (Head::StrikeEvents, k + 2, toks[k + 1].lower.clone());
            }
            // Bombs and ground rockets win over a preceding "guided"/"air" modifier.
            last_weapon = Some((c, k));
            k += 1;
            steps += 1;
            continue;
        }
        if let Some((c, at)) = last_weapon {
            return (c, at + 1, toks[at].lower.clone());
        }
        if k == j
            && (AUX.contains(&w)
                || KILL_AFTER.contains(&w)
                || w == "died"
                || w == "remain"
                || w == "remained")
            && !PERSON_HEADS.contains(&w)
        {
            return (Head::None, j, String::new());
        }
        if PERSON_HEADS.contains(&w) {
            return (Head::Person, k + 1, w.to_string());
        }
        if KILLED_NOUNS.contains(&w) && !toks.get(k + 1).is_some_and(|n| n.is_any(&["of", "to"])) {
            return (Head::Killed, k + 1, w.to_string());
        }
        if INJURED_NOUNS.contains(&w) && w != "hurt" {
            // "eight injured residents" / "40 wounded"
            return (Head::Injured, k + 1, w.to_string());
        }
        if w == "casualties" {
            return (Head::Other, k + 1, w.to_string());
        }
        let modifier = MODIFIERS.contains(&w)
            || (t.capitalized() && k > j && !t.is_any(&["Ukraine", "Russia"]))
            || (t.capitalized()
                && k == j
                && !t.is_any(&["Ukraine", "Russia"])
                && t.text.chars().any(|c| c == '-'));
        let hyphenated = w.contains('-');
        // "a security guard", "two police officers": a noun modifying a person noun.
        let compound = toks
            .get(k + 1)
            .is_some_and(|n| PERSON_HEADS.contains(&n.lower.as_str()) && n.lower != "more");
        if modifier || hyphenated || compound || t.capitalized() {
            k += 1;
            steps += 1;
            continue;
        }
        return (Head::Other, k + 1, w.to_string());
    }
    match last_weapon {
        Some((c, at)) => (c, at + 1, toks[at].lower.clone()),
        None => (Head::None, j, String::new()),
    }
}

/// The role verb governing a weapon count: launched, intercepted or hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Launched,
    Intercepted,
    Hit,
    Lost,
}

fn verb_role(t: &Tok, next: Option<&Tok>) -> Option<Role> {
    let w = t.lower.as_str();
    if w == "knocked" {
        return None;
    }
    // "strike UAVs", "attack drones": a kind of weapon, not a verb.
    if matches!(w, "strike" | "attack")
        && next.is_some_and(|n| {
            DRONE_HEADS.contains(&n.lower.as_str()) || MISSILE_HEADS.contains(&n.lower.as_str())
        })
    {
        return None;
    }
    if w == "shot" || w == "shoot" || w == "shooting" || w == "brought" || w == "taken" {
        return next
            .filter(|n| n.is_any(&["down", "out", "downed"]))
            .map(|_| Role::Intercepted);
    }
    if w == "down" || w == "downed" {
        return Some(Role::Intercepted);
    }
    if INTERCEPT_VERBS.contains(&w) {
        return Some(Role::Intercepted);
    }
    if LAUNCH_VERBS.contains(&w) {
        return Some(Role::Launched);
    }
    if LOST_WORDS.contains(&w) {
        return Some(Role::Lost);
    }
    if HIT_VERBS.contains(&w) {
        return Some(Role::Hit);
    }
    None
}

/// Finds the role of the weapon count at tokens `[q_start, end)`, and whether a verb said it
/// (`false`: the default, launched).
fn weapon_role(toks: &[Tok], q_start: usize, end: usize) -> (Vec<Role>, bool) {
    // 0. "with 31 of the drones shot down": an absolute participle.
    if q_start > 0 && toks[q_start - 1].is("with") {
        if let Some(r) = toks.get(end).and_then(|v| verb_role(v, toks.get(end + 1))) {
            if r == Role::Intercepted {
                return (vec![r], true);
            }
        }
    }
    // 1. A passive right after it: "36 drones were shot down", "64 were jammed".
    let mut k = end;
    while k < toks.len()
        && k < end + 5
        && (toks[k].is_any(PASSIVE_AUX) || toks[k].is_any(&["\"", "“", "'", "locationally", "‘"]))
    {
        k += 1;
    }
    if k > end {
        if let Some(r) = toks.get(k).and_then(|v| verb_role(v, toks.get(k + 1))) {
            return (vec![r], true);
        }
    }
    // 2. The nearest verb before it in the clause ("Russia fired 40 missiles", "struck Sumy with
    // two missiles": a strike *with* weapons launches them).
    let mut k = q_start;
    let mut steps = 0;
    let mut with = false;
    while k > 0 && steps < 22 {
        k -= 1;
        steps += 1;
        let t = &toks[k];
        if t.is_any(&[
            ";", ":", "but", "while", "whereas", "although", "though", "that", "adding", "saying",
        ]) {
            break;
        }
        if t.is("with") {
            with = true;
        }
        if let Some(r) = verb_role(t, toks.get(k + 1)) {
            if r == Role::Hit && with {
                return (vec![Role::Launched], true);
            }
            return (vec![r], true);
        }
    }
    // 3. The main verb after a participle or a coordinated noun phrase: "19 drones launched at Kyiv
    // were shot down", "650 drones and 51 missiles were employed".
    let mut k = end;
    let mut active: Option<Role> = None;
    while k < toks.len() && k < end + 12 {
        let t = &toks[k];
        if t.is_any(&[";", ".", "but", "while", "which", "who"]) {
            break;
        }
        if t.is_any(&["were", "was", "been"]) {
            if let Some(r) = toks.get(k + 1).and_then(|v| verb_role(v, toks.get(k + 2))) {
                // "two drones targeted the Kremlin and were shot down": both.
                return match active {
                    Some(a) if toks[k - 1].is("and") && a != r => (vec![a, r], true),
                    _ => (vec![r], true),
                };
            }
        }
        if active.is_none() && !toks[k - 1].is_any(&["were", "was", "been"]) {
            active = verb_role(t, toks.get(k + 1)).filter(|_| {
                !toks
                    .get(k + 1)
                    .is_some_and(|n| n.is_any(&["by", "from", "at"]))
            });
        }
        if t.is(",") && k > end {
            break;
        }
        k += 1;
    }
    // 4. The subject of an active verb right after it: "111 drones targeted the Dnipro region".
    let mut k = end;
    while k < toks.len()
        && k < end + 4
        && toks[k].is_any(&["allegedly", "reportedly", "also", "then", "later", "all"])
    {
        k += 1;
    }
    if let Some(r) = toks.get(k).and_then(|v| verb_role(v, toks.get(k + 1))) {
        if !toks.get(k + 1).is_some_and(|n| n.is_any(&["by", "from"])) {
            let mut roles = vec![if r == Role::Hit { Role::Launched } else { r }];
            if r == Role::Hit {
                roles.push(Role::Hit);
            }
            // "... targeted the Kremlin and were shot down"
            let mut m = k + 1;
            while m < toks.len() && m < k + 12 && !toks[m].is_any(&[";", "."]) {
                if toks[m].is("and") && toks.get(m + 1).is_some_and(|n| n.is_any(&["were", "was"]))
                {
                    if let Some(r2) = toks.get(m + 2).and_then(|v| verb_role(v, toks.get(m + 3))) {
                        if !roles.contains(&r2) {
                            roles.push(r2);
                        }
                    }
                    break;
                }
                m += 1;
            }
            return (roles, true);
        }
    }
    (vec![Role::Launched], false)
}

static ALL_OF_THEM: LazyLock<Regex> = crate::regex!(
    r"(?i)\ball (?:of )?(?:them|which|these|those)\b[^.;]{0,30}?\b(?:were|was|had been|have been)\s+(?:shot down|destroyed|intercepted|downed|neutrali[sz]ed)"
);

fn classify_sentence(
    s: &Sent,
    sents: &[Sent],
    out: &mut Vec<Cand>,
    warnings: &mut Vec<Warning>,
    id: &str,
) {
    classify_quantities(s, sents, out, warnings, id);
    // "... and all of them were shot down": as many intercepted as the count before.
    let qualified = |m: &regex::Match| {
        let before = s.lower[..m.start()].trim_end();
        ["almost", "nearly", "not", "virtually", "practically"]
            .iter()
            .any(|w| before.ends_with(w))
    };
    if let Some(m) = ALL_OF_THEM.find(&s.text).filter(|m| !qualified(m)) {
        let launched = out
            .iter()
            .rev()
            .filter(|c| c.sent + 1 >= s.idx && c.status == Status::Used)
            .find(|c| {
                matches!(
                    c.field,
                    Some(Field::DronesLaunched | Field::MissilesLaunched)
                )
            })
            .cloned();
        if let Some(l) = launched {
            let tok_start = s
                .toks
                .iter()
                .position(|t| t.start >= m.start())
                .unwrap_or(0);
            let tok_end = s
                .toks
                .iter()
                .rposition(|t| t.end <= m.end())
                .map_or(s.toks.len(), |k| k + 1);
            out.push(Cand {
                sent: s.idx,
                field: Some(if l.field == Some(Field::DronesLaunched) {
                    Field::DronesIntercepted
                } else {
                    Field::MissilesIntercepted
                }),
                tok_start,
                tok_end,
                ..l
            });
        }
    }
}

fn classify_quantities(
    s: &Sent,
    sents: &[Sent],
    out: &mut Vec<Cand>,
    warnings: &mut Vec<Warning>,
    id: &str,
) {
    let toks = &s.toks;
    let quants = numbers::quantities(toks);
    let mut including = false;
    let mut skip_until = 0;
    let infobox_key = if s.kind == LineKind::Infobox {
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
    } else {
        None
    };
    let mut quants = quants;
    let mut covered = vec![false; toks.len()];
    for q in &quants {
        for c in covered.iter_mut().take(q.j).skip(q.i) {
            *c = true;
        }
    }
    for (k, t) in toks.iter().enumerate() {
        // "killing the driver": one person; "a second victim died in hospital": the toll is two.
        // "The driver sustained shrapnel injuries", "her husband was wounded".
        let the_one = t.is_any(&["the", "his", "her", "their"]);
        let ordinal = ORDINALS
            .iter()
            .position(|o| t.is(o))
            .filter(|_| k > 0 && toks[k - 1].is("a"))
            .map(|p| p as u64 + 2);
        if (the_one || ordinal.is_some()) && !covered[k] {
            let (h, e, noun) = head(toks, k + 1);
            let probe = Quantity::implied(k, ordinal.unwrap_or(1));
            let field = (h == Head::Person && !noun.ends_with('s'))
                .then(|| casualty_field(toks, &probe, Head::Person, e))
                .flatten();
            if field.is_some() && (the_one || field == Some(Field::Killed)) {
                quants.push(probe);
            }
            continue;
        }
        // "both Kh-59 missiles were destroyed": two.
        if t.is("both") && !covered[k] {
            let (h, e, noun) = head(toks, k + 1);
            let coordinated = toks.get(e).is_some_and(|n| n.is_any(&["and", "as", "or"]));
            // "Both of them were destroyed": two of the count before.
            let of_them = toks.get(k + 1).is_some_and(|n| n.is("of"))
                && toks
                    .get(k + 2)
                    .is_some_and(|n| n.is_any(&["them", "which", "these"]));
            if (matches!(h, Head::Missile | Head::Drone) && noun.ends_with('s') && !coordinated)
                || of_them
            {
                quants.push(Quantity::implied(k, 2));
            }
            continue;
        }
        if t.is_any(&["a", "an"]) && !covered[k] {
            let (h, _, _) = head(toks, k + 1);
            let singular = toks[k + 1..]
                .iter()
                .take(6)
                .find(|t| t.is_any(MISSILE_HEADS) || t.is_any(DRONE_HEADS))
                .is_some_and(|t| !t.lower.ends_with('s') || t.is_any(&["iskander-m"]));
            let person_one = h == Head::Person && {
                let probe = Quantity::implied(k, 1);
                let (_, e, noun) = head(toks, k + 1);
                !noun.ends_with('s') && casualty_field(toks, &probe, Head::Person, e).is_some()
            };
            // "a fraction of the price of a cruise missile": no verb launches it.
            let launched = h == Head::Missile && singular && {
                let (_, e, _) = head(toks, k + 1);
                weapon_role(toks, k, e).1
            };
            if launched || person_one {
                quants.push(Quantity::implied(k, 1));
            }
        }
    }
    quants.sort_by_key(|q| q.i);
    // Running state of this sentence, so that each quantity is O(1) work (long lines stay linear).
    let mut last_end: Option<usize> = None;
    let mut last_weapon_field: Option<Field> = None;
    // The last weapon count of the previous sentence ("Russia launched 44 drones. Air defences
    // destroyed 37 of them.").
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
    let mut prev_weapon: Option<Head> = prev_field.map(|f| match f {
        Field::DronesLaunched | Field::DronesIntercepted => Head::Drone,
        _ => Head::Missile,
    });
    let mut launched_seen = [false, false];
    for (qi, q) in quants.iter().enumerate() {
        // Update the running state from what the previous quantity pushed.
        if let Some(c) = out.last().filter(|c| c.sent == s.idx) {
            last_end = Some(c.tok_end);
            if c.status == Status::Used {
                match c.field {
                    Some(f @ (Field::DronesLaunched | Field::DronesIntercepted)) => {
                        last_weapon_field = Some(f);
                        prev_weapon = Some(Head::Drone);
                        launched_seen[0] |= f == Field::DronesLaunched;
                    }
                    Some(f @ (Field::MissilesLaunched | Field::MissilesIntercepted)) => {
                        last_weapon_field = Some(f);
                        prev_weapon = Some(Head::Missile);
                        launched_seen[1] |= f == Field::MissilesLaunched;
                    }
                    _ => {}
                }
            }
        }
        if q.i < skip_until {
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
        };
        let prev = q.q_start.checked_sub(1).map(|k| &toks[k]);
        // "among them seven of the 12 ballistic missiles", "including 15 ballistic".
        let among_them = q.q_start >= 2
            && toks[q.q_start - 2].is("among")
            && toks[q.q_start - 1].is_any(&["them", "which", "these", "those"]);
        if prev.is_some_and(|p| p.is("including") || p.is("among")) || among_them {
            including = true;
        }
        if including {
            if let Some(last) = last_end {
                let gap = toks.get(last.min(q.q_start)..q.q_start).unwrap_or(&[]);
                if gap.iter().any(|t| t.is_any(&[",", ";", "."]))
                    && !prev.is_some_and(|p| p.is("including"))
                    && !among_them
                {
                    including = false;
                }
            }
        }
        // Numbers that are never counts.
        if let Some(reason) = not_a_count(toks, q, &s.cues) {
            if q.digits || q.vague {
                cand.reason = Some(reason);
                out.push(cand);
            }
            continue;
        }
        let (mut h, mut end, noun) = head(toks, q.j);
        let mut partitive: Option<Option<Field>> = None;
        let none_of = q.q_start >= 2
            && toks[q.q_start - 1].is("the")
            && toks[q.q_start - 2].is("of")
            && q.q_start >= 3
            && toks[q.q_start - 3].is("none");
        let all_of = q.q_start >= 1 && toks[q.q_start - 1].is("all")
            || (q.q_start >= 3
                && toks[q.q_start - 1].is("the")
                && toks[q.q_start - 2].is("of")
                && toks[q.q_start - 3].is("all"));
        // "X of the Y drones" / "X out of Y": the head is after Y.
        let mut total: Option<&Quantity> = None;
        if matches!(h, Head::Other | Head::None) {
            let mut k = q.j;
            if toks.get(k).is_some_and(|t| t.is("out")) {
                k += 1;
            }
            if toks.get(k).is_some_and(|t| t.is("of")) {
                k += 1;
                if toks
                    .get(k)
                    .is_some_and(|t| t.is_any(&["the", "its", "these", "those"]))
                {
                    k += 1;
                }
                if let Some(y) = quants.get(qi + 1).filter(|y| y.q_start == k || y.i == k) {
                    let (h2, e2, _) = head(toks, y.j);
                    h = h2;
                    end = e2;
                    total = Some(y);
                } else {
                    // "23 of which were shot down", "97 of the drones were shot down", "17 of them
                    // over Kursk": a part of a count stated before.
                    let (h2, e2, _) = head(toks, k);
                    let earlier = last_weapon_field.or(prev_field);
                    // "two of its entrances": a part of something else.
                    let other_noun = h2 == Head::Other
                        && !toks
                            .get(k)
                            .is_some_and(|t| t.is_any(&["them", "which", "these", "those"]));
                    h = if matches!(h2, Head::Drone | Head::Missile) {
                        h2
                    } else if other_noun {
                        Head::Other
                    } else {
                        match earlier {
                            Some(Field::DronesLaunched | Field::DronesIntercepted) => Head::Drone,
                            Some(Field::MissilesLaunched | Field::MissilesIntercepted) => {
                                Head::Missile
                            }
                            _ => h,
                        }
                    };
                    end = if matches!(h2, Head::Drone | Head::Missile) {
                        e2
                    } else {
                        k + 1
                    };
                    partitive = Some(earlier);
                }
            }
        }
        // "thirty-one were shot down", "three more were suppressed", "of which 167 were shot
        // down": a bare number with a role verb counts what the count before it counts.
        if h == Head::None || (h == Head::Person && matches!(noun.as_str(), "more" | "others")) {
            let (roles, explicit) = weapon_role(toks, q.q_start, end.max(q.j));
            let noun_before = toks[..q.q_start].iter().rev().find_map(|t| {
                if t.is_any(DRONE_HEADS) && !t.is_any(&["vehicles", "munitions"]) {
                    Some(Head::Drone)
                } else if t.is_any(MISSILE_HEADS) {
                    Some(Head::Missile)
                } else {
                    None
                }
            });
            let earlier = noun_before.or(prev_weapon);
            let casualty_cue = casualty_field(toks, q, h, end).is_some();
            if explicit
                && !casualty_cue
                && roles
                    .iter()
                    .any(|r| matches!(r, Role::Intercepted | Role::Lost))
            {
                if let Some(e) = earlier {
                    h = e;
                    end = end.max(q.j);
                }
            }
        }
        if q.vague {
            cand.status = Status::Vague;
            cand.field = match h {
                Head::Drone => Some(Field::DronesLaunched),
                Head::Missile => Some(Field::MissilesLaunched),
                Head::Person | Head::Killed | Head::Injured => None,
                _ => None,
            };
            cand.reason = Some(format!(
                "vague quantity \"{}\": never a count",
                toks[q.i].text
            ));
            cand.tok_end = end.max(q.j);
            if !matches!(h, Head::Other | Head::None) {
                out.push(cand);
            }
            continue;
        }
        // "a Kh-31 missile", "an Iskander-M ballistic missile".
        cand.tok_end = end.max(q.j);
        let period = s
            .cues
            .iter()
            .any(|c| c.kind == CueKind::Period && cue_governs(s, c, q))
            || s.in_period_para;
        cand.period = period;
        if let Some(v) = q.value {
            if v > PLAUSIBLE_MAX
                && matches!(
                    h,
                    Head::Drone | Head::Missile | Head::Person | Head::Killed | Head::Injured
                )
            {
                cand.reason = Some(format!("{v} is implausible for one attack"));
                warnings.push(Warning::article(
                    id,
                    format!(
                        "implausible figure {v} in \"{}\": ignored",
                        s.text.chars().take(120).collect::<String>()
                    ),
                ));
                out.push(cand);
                continue;
            }
        } else {
            cand.reason = Some("not a whole number that fits".into());
            if matches!(h, Head::Drone | Head::Missile | Head::Person) {
                warnings.push(Warning::article(
                    id,
                    format!("unreadable number \"{}\": ignored", toks[q.i].text),
                ));
            }
            out.push(cand);
            continue;
        }
        match h {
            Head::Drone | Head::Missile => {
                let drone = h == Head::Drone;
                cand.side = np_side(toks, q.j, end);
                if period {
                    cand.status = Status::Aggregate;
                    cand.field = Some(if drone {
                        Field::DronesLaunched
                    } else {
                        Field::MissilesLaunched
                    });
                    cand.reason = Some("a period total, not one attack".into());
                    out.push(cand);
                    continue;
                }
                let (mut roles, explicit) = weapon_role(toks, q.q_start, end);
                if let Some(l) = s.lead.filter(|_| !explicit) {
                    // "🔹 7 Kh-101 cruise missiles;" under "... shot down/suppressed by EW:".
                    let lt = &sents[l].toks;
                    let colon = lt.iter().rposition(|t| t.is(":")).unwrap_or(lt.len());
                    let (r, e) = weapon_role(lt, colon, colon);
                    if e {
                        roles = r;
                    }
                }
                // "downed all but three of the 45 drones": 42 of 45.
                let all_but = q.q_start >= 2
                    && toks[q.q_start - 1].is("but")
                    && toks[q.q_start - 2].is("all");
                // "downed all but three of the drones": of the count stated before.
                let launched_field = if drone {
                    Field::DronesLaunched
                } else {
                    Field::MissilesLaunched
                };
                let whole: Option<(u64, Qualifier)> = match total {
                    Some(y) => y.value.map(|v| (v, y.qualifier)),
                    None if partitive.is_some() => out
                        .iter()
                        .rev()
                        .find(|c| c.field == Some(launched_field) && c.status == Status::Used)
                        .and_then(|c| c.value.map(|v| (u64::from(v), c.qualifier))),
                    None => None,
                };
                if let Some((m, mq)) = whole.filter(|_| all_but) {
                    let (before, _) = weapon_role(toks, q.q_start - 2, end);
                    if before.contains(&Role::Intercepted) {
                        let mut c = cand.clone();
                        c.tok_start = q.q_start - 2;
                        c.value = q
                            .value
                            .and_then(|n| u32::try_from(m.saturating_sub(n)).ok());
                        c.qualifier = mq;
                        c.field = Some(if drone {
                            Field::DronesIntercepted
                        } else {
                            Field::MissilesIntercepted
                        });
                        c.status = Status::Used;
                        out.push(c);
                        roles.clear();
                        if total.is_none() {
                            continue;
                        }
                    }
                }
                // "Of the 126 drones, 104 were shot down": the part with its own outcome is used;
                // "Of the downed drones, 20 were over Kyiv" is a subset.
                let comma = toks.iter().position(|t| t.is(","));
                let own_outcome = comma.is_some_and(|c| {
                    q.q_start > c
                        && roles.first() == Some(&Role::Intercepted)
                        && !toks[..c].iter().any(|t| {
                            t.is_any(INTERCEPT_VERBS) || t.is_any(&["downed", "shot", "down"])
                        })
                });
                if (s.lower.starts_with("of the ")
                    || s.lower.starts_with("of these ")
                    || s.lower.starts_with("of them"))
                    && !own_outcome
                {
                    cand.field = Some(match (drone, roles.first()) {
                        (true, Some(Role::Intercepted)) => Field::DronesIntercepted,
                        (false, Some(Role::Intercepted)) => Field::MissilesIntercepted,
                        (true, _) => Field::DronesLaunched,
                        (false, _) => Field::MissilesLaunched,
                    });
                    cand.status = Status::Superseded;
                    cand.reason = Some(
                        "a part (\"Of the ... drones, N ...\") of a count stated before".into(),
                    );
                    out.push(cand);
                    continue;
                }
                if let Some(earlier) = partitive {
                    // A part of a count: used only when its role differs from the count's
                    // ("31 drones, 23 of which were shot down"); else a subset ("17 of them over Kursk").
                    let role_field = |r: &Role| match (drone, r) {
                        (true, Role::Intercepted) => Some(Field::DronesIntercepted),
                        (false, Role::Intercepted) => Some(Field::MissilesIntercepted),
                        (true, Role::Launched) => Some(Field::DronesLaunched),
                        (false, Role::Launched) => Some(Field::MissilesLaunched),
                        _ => None,
                    };
                    if roles
                        .iter()
                        .all(|r| role_field(r) == earlier || *r == Role::Launched)
                    {
                        cand.field = roles.first().and_then(role_field);
                        cand.status = Status::Superseded;
                        cand.reason =
                            Some("a part (\"N of them\") of a count stated before".into());
                        out.push(cand);
                        continue;
                    }
                }
                if none_of {
                    // "none of the three missiles were intercepted": 0 intercepted of 3 launched.
                    let later = toks
                        .get(end.min(toks.len())..)
                        .unwrap_or(&[])
                        .iter()
                        .take_while(|t| !t.is_any(&[";", "."]))
                        .any(|t| t.is_any(INTERCEPT_VERBS) || t.is("shot"));
                    if roles.contains(&Role::Intercepted) || later {
                        let mut c = cand.clone();
                        c.value = Some(0);
                        c.field = Some(if drone {
                            Field::DronesIntercepted
                        } else {
                            Field::MissilesIntercepted
                        });
                        c.status = Status::Used;
                        out.push(c);
                        roles = vec![Role::Launched];
                    }
                }
                let launched_before = launched_seen[usize::from(!drone)];
                if all_of && roles == [Role::Intercepted] && !launched_before {
                    // "destroyed all 27 drones launched by Russia": all of them were launched too.
                    roles.push(Role::Launched);
                }
                let regional = s.regional && !s.national;
                let subset = including;
                for (n, role) in roles.iter().enumerate() {
                    let mut c = cand.clone();
                    if n > 0 {
                        c.tok_start = q.q_start;
                    }
                    c.field = Some(match (drone, role) {
                        (true, Role::Intercepted) => Field::DronesIntercepted,
                        (false, Role::Intercepted) => Field::MissilesIntercepted,
                        (true, Role::Launched) => Field::DronesLaunched,
                        (false, Role::Launched) => Field::MissilesLaunched,
                        (_, Role::Hit) => Field::Hits,
                        (true, Role::Lost) | (false, Role::Lost) => {
                            c.reason = Some(
                                "lost or failed to reach targets: not counted as intercepted"
                                    .into(),
                            );
                            c.field = Some(if drone {
                                Field::DronesIntercepted
                            } else {
                                Field::MissilesIntercepted
                            });
                            out.push(c);
                            continue;
                        }
                    });
                    c.status = Status::Used;
                    if subset {
                        c.status = Status::Superseded;
                        c.reason = Some(
                            "a subset (\"including ...\") of a total in the same sentence".into(),
                        );
                    } else if regional {
                        c.subset = true; // a regional figure: used only when nothing national exists
                        c.locality = locality(s, sents);
                    }
                    out.push(c);
                }
                if let Some(y) = total {
                    let mut c = cand.clone();
                    c.tok_start = y.q_start;
                    c.tok_end = end;
                    c.value = y.value.and_then(|v| u32::try_from(v).ok());
                    c.qualifier = y.qualifier;
                    c.field = Some(if drone {
                        Field::DronesLaunched
                    } else {
                        Field::MissilesLaunched
                    });
                    c.status = Status::Used;
                    if subset {
                        // "among them seven of the 12 ballistic missiles": 12 is a subtype.
                        c.status = Status::Superseded;
                        c.reason = Some(
                            "a subset (\"including ...\") of a total in the same sentence".into(),
                        );
                    }
                    out.push(c);
                    skip_until = y.j;
                }
            }
            Head::Bomb | Head::Ground => {
                cand.field = if h == Head::Bomb {
                    Some(Field::GlideBombs)
                } else {
                    None
                };
                cand.status = if period && h == Head::Bomb {
                    Status::Aggregate
                } else {
                    Status::Rejected
                };
                cand.reason = Some(if h == Head::Bomb {
                    "guided aerial bombs are not missiles".into()
                } else {
                    "artillery, MLRS rockets and shells are not missiles".into()
                });
                out.push(cand);
            }
            Head::StrikeEvents => {
                cand.reason = Some(format!("counts {noun} (events), not weapons"));
                out.push(cand);
            }
            Head::Strike => {
                if period {
                    cand.reason = Some("a period total, not one attack".into());
                } else {
                    cand.field = Some(Field::Hits);
                    cand.status = Status::Used;
                    cand.locality = locality(s, sents);
                }
                out.push(cand);
            }
            Head::Person | Head::Killed | Head::Injured | Head::None | Head::Other => {
                let field = infobox_key
                    .filter(|_| q.i <= 4)
                    .or_else(|| casualty_field(toks, q, h, end));
                match field {
                    Some(f) if !period => {
                        cand.field = Some(f);
                        cand.status = Status::Used;
                        if including {
                            cand.status = Status::Superseded;
                            cand.reason = Some(
                                "a subset (\"including ...\") of a total in the same sentence"
                                    .into(),
                            );
                        } else if let Some(why) = ground_fire(s, sents) {
                            cand.status = Status::Rejected;
                            cand.reason = Some(why);
                        }
                        cand.locality = locality(s, sents);
                        out.push(cand);
                    }
                    Some(f) => {
                        cand.field = Some(f);
                        cand.reason = Some("a period total, not one attack".into());
                        out.push(cand);
                    }
                    None => {
                        if q.digits {
                            cand.reason = Some(if noun.is_empty() {
                                "not attached to drones, missiles, people or hits".into()
                            } else {
                                format!("counts \"{noun}\", not drones, missiles, people or hits")
                            });
                            out.push(cand);
                        }
                    }
                }
            }
        }
    }
}

/// Marks the sentences of a paragraph that opened with a period ("Over the past day, 147 combat
/// engagements took place. The enemy ... used 2,204 kamikaze drones.") until one names a day.
fn mark_period_paragraphs(sents: &mut [Sent]) {
    let mut state: Option<(usize, bool)> = None;
    for s in sents.iter_mut() {
        let mut open = state.filter(|(p, _)| *p == s.para).is_some_and(|(_, o)| o);
        if s.cues.iter().any(|c| c.kind != CueKind::Period) {
            open = false;
        } else {
            s.in_period_para = open;
        }
        if s.cues
            .first()
            .is_some_and(|c| c.kind == CueKind::Period && c.start <= 3)
        {
            open = true;
        }
        state = Some((s.para, open));
    }
}

/// Whether a period cue governs a quantity (same clause).
fn cue_governs(s: &Sent, c: &Cue, q: &Quantity) -> bool {
    let qpos = s.toks[q.i].start;
    let (a, b) = if c.start < qpos {
        (c.end, qpos)
    } else {
        (qpos, c.start)
    };
    if b.saturating_sub(a) >= 120 {
        return false;
    }
    let between = &s.text[a.min(s.text.len())..b.min(s.text.len())];
    !between.contains(';') && !between.contains(". ") && between.len() < 120
}

/// Numbers that never count attacks: money, percentages, years, times, durations, ordinals,
/// citations, programme names, ages and measures.
fn not_a_count(toks: &[Tok], q: &Quantity, cues: &[Cue]) -> Option<String> {
    // Inside a date ("May 30, 2023", "on 5 September"): the date.
    let at = toks[q.i].start;
    if cues.iter().any(|c| {
        c.start <= at && at < c.end && matches!(c.kind, CueKind::Date { .. } | CueKind::Period)
    }) {
        return Some("part of a date".into());
    }
    let prev = q.i.checked_sub(1).map(|k| &toks[k]);
    let next = toks.get(q.j);
    let next2 = toks.get(q.j + 1);
    if prev.is_some_and(|p| p.is_any(&["no", "not"])) {
        return Some("negated (\"no one\")".into());
    }
    if prev.is_some_and(|p| p.is_any(&["$", "€", "£", "₴", "uah", "usd", "eur"])) {
        return Some("money".into());
    }
    if next.is_some_and(|n| {
        n.is_any(&[
            "billion", "million", "trillion", "bn", "mln", "dollars", "euros", "rubles", "roubles",
            "hryvnias", "pounds", "percent", "%", "per",
        ])
    }) {
        return Some(format!(
            "{} amount",
            next.map(|n| n.lower.as_str()).unwrap_or("")
        ));
    }
    if prev.is_some_and(|p| p.is("[")) && next.is_some_and(|n| n.is("]")) {
        return Some("a citation marker".into());
    }
    if prev.is_some_and(|p| p.is("/"))
        || next.is_some_and(|n| n.is("/") && next2.is_some_and(|m| matches!(m.kind, Kind::Num(_))))
    {
        return Some("part of a model name or fraction".into());
    }
    if next.is_some_and(|n| n.is(":") && next2.is_some_and(|m| matches!(m.kind, Kind::Num(_))))
        || next.is_some_and(|n| {
            n.is_any(&["a.m", "p.m", "am", "pm", "a.m.", "p.m.", "o'clock", "hrs"])
        })
    {
        return Some("a time of day".into());
    }
    if prev.is_some_and(|p| p.is(":")) && q.i >= 2 && matches!(toks[q.i - 2].kind, Kind::Num(_)) {
        return Some("a time of day".into());
    }
    if let Some(v) = q.value {
        if q.digits
            && (1900..=2100).contains(&v)
            && !next.is_some_and(|n| n.is_any(&["drones", "missiles", "people", "shaheds"]))
        {
            return Some("a year".into());
        }
    }
    if prev.is_some_and(|p| {
        p.capitalized()
            && p.is_any(&[
                "section",
                "article",
                "resolution",
                "chapter",
                "flight",
                "no",
                "number",
                "brigade",
                "regiment",
                "route",
                "highway",
                "unit",
                "paragraph",
            ])
    }) {
        return Some(format!(
            "a label (\"{} {}\")",
            prev.map(|p| p.text.as_str()).unwrap_or(""),
            toks[q.i].text
        ));
    }
    if next.is_some_and(|n| {
        n.is_any(&[
            "years",
            "year",
            "months",
            "month",
            "weeks",
            "week",
            "days",
            "day",
            "hours",
            "hour",
            "minutes",
            "minute",
            "seconds",
            "km",
            "kilometers",
            "kilometres",
            "miles",
            "m",
            "meters",
            "metres",
            "kg",
            "tons",
            "tonnes",
            "floors",
            "storeys",
            "stories",
            "times",
            "degrees",
        ])
    }) {
        return Some(format!(
            "a measure ({})",
            next.map(|n| n.lower.as_str()).unwrap_or("")
        ));
    }
    if next.is_some_and(|n| n.is_any(&["st", "nd", "rd", "th"])) {
        return Some("an ordinal".into());
    }
    None
}

/// The nationality a weapon noun phrase states: "116 Ukrainian drones", "Russian missiles".
fn np_side(toks: &[Tok], from: usize, to: usize) -> Option<Side> {
    for t in toks.get(from..to.min(toks.len())).unwrap_or(&[]) {
        if t.is_any(&["ukrainian", "ukraine's", "ukrainian-made"]) {
            return Some(Side::Ukraine);
        }
        if t.is_any(&[
            "russian",
            "russia's",
            "russian-made",
            "iranian-made",
            "iranian",
            "shahed",
            "shaheds",
            "geran",
            "north korean",
        ]) {
            return Some(Side::Russia);
        }
    }
    None
}

static SIDE_CUES: LazyLock<Vec<(Regex, Side, i32)>> = LazyLock::new(|| {
    let r = |p: &str| Regex::new(p).expect("valid regex");
    vec![
        (
            r(
                r"(?i)\bukrainian (?:drones?|missiles?|uavs?|attacks?|strikes?|forces (?:launched|attacked|struck))\b",
            ),
            Side::Ukraine,
            4,
        ),
        (
            r(
                r"(?i)\brussian (?:drones?|missiles?|uavs?|attacks?|strikes?|assault|barrage|bombardment|forces|troops|military|army|terrorists|invaders|occupiers)\b",
            ),
            Side::Russia,
            3,
        ),
        (
            r(
                r"(?i)\b(?:ukraine|kyiv|ukrainian forces|ukrainian military|the ukrainian armed forces) (?:has |had )?(?:launched|attacked|struck|fired|sent|targeted|hit)\b",
            ),
            Side::Ukraine,
            4,
        ),
        (
            r(
                r"(?i)\b(?:russia|moscow|russians|the russian army|the russian military) (?:has |had )?(?:launched|attacked|struck|fired|sent|targeted|hit|used|unleashed|carried out)\b",
            ),
            Side::Russia,
            4,
        ),
        (
            r(
                r"(?i)\b(?:russia's|russian) (?:defen[cs]e ministry|ministry of defen[cs]e|air defen[cs]es?|mod)\b",
            ),
            Side::Ukraine,
            3,
        ),
        (
            r(r"(?i)\b(?:ukraine's|ukrainian) (?:air force|air defen[cs]es?|general staff)\b"),
            Side::Russia,
            2,
        ),
        (
            r(
                r"(?i)\b(?:cause|perpetrator)s?\s*:\s*(?:the\s+)?(?:ukrain|security service of ukraine)",
            ),
            Side::Ukraine,
            4,
        ),
    ]
});

/// "a second victim", "a third person": the toll so far, from two on.
const ORDINALS: &[&str] = &["second", "third", "fourth", "fifth", "sixth"];

/// What makes casualties of shelling and air attacks together a summary total.
static MIXED_TOTAL: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:in total|overall|altogether|(?:over|in|during) the (?:past|last) (?:day|24 hours)|throughout the day|a day earlier|over the day)\b"
);

/// "..., Russia", "in Russia" (not "in Russian-occupied"), "over its territory".
static IN_RUSSIA: LazyLock<Regex> =
    crate::regex!(r"(?:, |\bin )russia\b|\bover its territory\b|\brussian territory\b");

/// The side a sentence points to, if it says.
fn side_of_sentence(s: &Sent) -> Option<Side> {
    let mut score = 0i32;
    for (re, side, w) in SIDE_CUES.iter() {
        let n = re.find_iter(&s.text).count() as i32;
        score += match side {
            Side::Ukraine => n * w,
            Side::Russia => -n * w,
        };
    }
    for (_, _, country, _) in &s.places {
        score += match country {
            Country::Russia => 2,
            Country::Ukraine => -1,
        };
    }
    if IN_RUSSIA.is_match(&s.lower) {
        score += 2;
    }
    match score {
        0 => None,
        n if n > 0 => Some(Side::Ukraine),
        _ => Some(Side::Russia),
    }
}

/// The article's main attacker: what its attack sentences point to overall (Russia by default).
fn main_attacker(sents: &[Sent]) -> Side {
    let mut score = 0;
    for s in sents
        .iter()
        .filter(|s| s.context || s.kind == LineKind::Infobox)
    {
        if matches!(s.kind, LineKind::Boilerplate | LineKind::Duplicate) {
            continue;
        }
        match side_of_sentence(s) {
            Some(Side::Ukraine) => score += 1,
            Some(Side::Russia) => score -= 1,
            None => {}
        }
    }
    if score > 0 {
        Side::Ukraine
    } else {
        Side::Russia
    }
}

/// The date of a figure at byte `pos` of its sentence: the nearest resolvable cue.
fn date_for(s: &Sent, pos: usize, a: Anchors) -> Option<NaiveDate> {
    // "a day after Russia launched ...": what follows the cue is the earlier day.
    let mut best: Option<(usize, NaiveDate)> = None;
    for c in &s.cues {
        if c.kind == CueKind::Period {
            continue;
        }
        let kind = match c.kind {
            CueKind::Relative(_)
                if s.text[c.start..c.end]
                    .to_ascii_lowercase()
                    .contains("after") =>
            {
                if pos < c.start {
                    continue;
                }
                CueKind::Relative(-1)
            }
            k => k,
        };
        if let Some(d) = dates::resolve(kind, a) {
            let dist = if pos >= c.end {
                pos - c.end
            } else {
                c.start.saturating_sub(pos)
            };
            if best.is_none_or(|(bd, _)| dist < bd) {
                best = Some((dist, d));
            }
        }
    }
    best.map(|(_, d)| d)
}

/// The single region a sentence's figures are restricted to, if any ("In Odesa, ...", "the
/// governor of Mykolaiv said ..."); `None` for national figures or places in several regions.
fn locality(s: &Sent, sents: &[Sent]) -> Option<String> {
    if s.national {
        return None;
    }
    // "In Kyiv, debris fell on a house. One person was killed": the paragraph's opening place.
    if s.places.is_empty() && s.idx > 0 {
        let prev = &sents[s.idx - 1];
        if prev.para == s.para && prev.regional && !prev.places.is_empty() {
            return locality(prev, sents);
        }
        // "Ryazan Governor Pavel Malkov wrote ... Two people were injured, he said": the same
        // official, the same place.
        // (The pronoun's antecedent is the sentence before, even across a paragraph break.)
        if !prev.places.is_empty() && SAME_SPEAKER.is_match(&s.text) {
            return locality(prev, sents);
        }
    }
    // Places of one region are one locality: "In Kyiv Oblast, ... in the Bucha district".
    let names: HashSet<&str> = s
        .places
        .iter()
        .map(|(_, n, _, _)| places::region_of(n))
        .collect();
    if names.len() == 1 {
        names.into_iter().next().map(str::to_string)
    } else {
        None
    }
}

/// Whether a zero-casualty sentence speaks for one place only: `Some(Some(region))` for a named
/// place ("in Kharkiv", "the governor of Kirovohrad", "in the capital"), `Some(None)` for an unnamed
/// one ("in the villages of ..."), `None` for the whole attack (also for an unnamed official's
/// "no fatalities", which reads as the whole report).
fn zero_scope(s: &Sent, sents: &[Sent], side: Side) -> Option<Option<String>> {
    if s.national {
        return None;
    }
    if s.places.is_empty() && ZERO_IN_CAPITAL.is_match(&s.text) {
        let capital = match side {
            Side::Russia => "Kyiv",
            Side::Ukraine => "Moscow",
        };
        return Some(Some(places::region_of(capital).to_string()));
    }
    if let Some(p) = locality(s, sents) {
        return Some(Some(p));
    }
    ZERO_LOCAL.is_match(&s.text).then_some(None)
}

/// The regions (a city counts as its oblast) named in the article's sentences about the attack of
/// `side` on `date` (`day` dates a sentence), in order: struck places, interception areas and
/// named officials' places alike.
fn attack_regions(
    sents: &[Sent],
    side: Side,
    date: Option<NaiveDate>,
    day: impl Fn(&Sent) -> Option<NaiveDate>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in sents {
        if !s.context
            || day(s) != date
            || matches!(
                s.kind,
                LineKind::Boilerplate | LineKind::Duplicate | LineKind::Heading
            )
        {
            continue;
        }
        for (_, name, country, _) in &s.places {
            let r = places::region_of(name).to_string();
            if country.attacker() == side && !out.contains(&r) {
                out.push(r);
            }
        }
    }
    out
}

/// Why casualties in this sentence are ground fire's, not the air attack's (if they are).
fn ground_fire(s: &Sent, sents: &[Sent]) -> Option<String> {
    let has = |s: &Sent, words: &[&str]| s.toks.iter().any(|t| t.is_any(words));
    let own_ground = has(s, GROUND_FIRE);
    let own_air = has(s, AIR_WEAPON);
    // "In total, Russian shelling and air attacks on the region over the past day killed three":
    // a total of both kinds of fire cannot be split.
    if own_ground && own_air && MIXED_TOTAL.is_match(&s.text) {
        return Some("a total of shelling and air attacks together, not the air attack's".into());
    }
    if own_air {
        return None;
    }
    // Context: the previous sentence of the same paragraph when this one names no weapon.
    let prev_ground = s.idx > 0
        && sents[s.idx - 1].para == s.para
        && has(&sents[s.idx - 1], GROUND_FIRE)
        && !has(&sents[s.idx - 1], AIR_WEAPON);
    if !own_ground && !prev_ground {
        return None;
    }
    // An air weapon named for the same place within the next sentences ("Russia used S-300
    // missiles and the Uragan MLRS against Kostiantynivka") makes it a missile strike.
    // The place: this sentence's, else the nearest earlier one's in the paragraph.
    let place = locality(s, sents).or_else(|| {
        sents[..s.idx]
            .iter()
            .rev()
            .take(4)
            .take_while(|p| p.para == s.para)
            .find(|p| !p.places.is_empty())
            .and_then(|p| locality(p, sents))
    });
    let mut paras_seen = 0;
    let mut last_para = s.para;
    for n in sents.iter().skip(s.idx + 1).take(6) {
        if n.para != last_para {
            paras_seen += 1;
            last_para = n.para;
        }
        if paras_seen > 1 {
            break;
        }
        let other_place = n
            .places
            .iter()
            .any(|(_, m, _, _)| place.as_deref().is_some_and(|p| p != places::region_of(m)));
        if other_place {
            break;
        }
        let same_place = place.is_some() && locality(n, sents) == place;
        if has(n, AIR_WEAPON) && (n.para == s.para || same_place) {
            return None;
        }
    }
    Some("attributed to shelling or artillery, not the air attack".into())
}

/// killed or injured, for a number in a casualty phrase.
fn casualty_field(toks: &[Tok], q: &Quantity, h: Head, end: usize) -> Option<Field> {
    match h {
        Head::Killed => return Some(Field::Killed),
        Head::Injured => return Some(Field::Injured),
        Head::Other => {}
        _ => {}
    }
    // Adjective between number and person noun: "eight injured residents".
    for t in toks.get(q.j..end.min(toks.len())).unwrap_or(&[]) {
        if t.is_any(&["injured", "wounded"]) {
            return Some(Field::Injured);
        }
        if t.is_any(&["dead", "killed"]) {
            return Some(Field::Killed);
        }
    }
    if matches!(h, Head::Person | Head::None) {
        // After: "(people) were killed", "died", "sustained injuries", "lost their lives".
        let mut k = if h == Head::Person { end } else { q.j };
        // "people in Kharkiv were", "residents of a nearby apartment building had been",
        // "three people, including a child, were".
        let parenthetical = toks.get(k).is_some_and(|t| t.is(","))
            && toks.get(k + 1).is_some_and(|t| {
                t.is_any(&[
                    "including",
                    "among",
                    "mostly",
                    "most",
                    "many",
                    "all",
                    "some",
                ])
            });
        // "Three crew members, citizens of Egypt and Syria, were killed": an apposition.
        // "a second victim, a woman who had been waiting at the bus stop, died in hospital".
        let closes = |m: usize| {
            toks[m].is(",")
                && (toks[m + 1].is_any(&["were", "was", "have", "has", "had", "died"])
                    || toks[m + 1].is_any(KILL_AFTER)
                    || toks[m + 1].is_any(INJURE_AFTER))
        };
        let close = toks.get(k).filter(|t| t.is(",")).and_then(|_| {
            (k + 2..(k + 16).min(toks.len().saturating_sub(1)))
                .take_while(|&m| !toks[m].is_any(&[";", "."]))
                .find(|&m| closes(m))
        });
        let apposition = close.is_some();
        if let Some(m) = close {
            k = m + 1;
        }
        if h == Head::Person
            && !apposition
            && (parenthetical
                || toks
                    .get(k)
                    .is_some_and(|t| t.is_any(&["in", "at", "from", "of", "on", "inside", "near"])))
        {
            let mut m = k + 1;
            while m < toks.len()
                && m < k + 8
                && !toks[m].is_any(&["were", "was", "have", "had", "are", ";", "."])
            {
                m += 1;
            }
            if m > k + 1
                && toks
                    .get(m)
                    .is_some_and(|t| t.is_any(&["were", "was", "have", "had", "are"]))
            {
                k = m;
            }
        }
        let start = k;
        while k < toks.len() && toks[k].is_any(AUX) && k < start + 7 {
            k += 1;
        }
        if let Some(t) = toks.get(k) {
            let lost_lives = toks.get(k + 2).is_some_and(|n| n.is("lives"));
            if t.is_any(KILL_AFTER) && (!t.is("lost") || lost_lives) {
                return Some(Field::Killed);
            }
            // "was taken to hospital", "were rushed to hospital", "treated in hospital".
            let to_hospital = t.is_any(&["taken", "rushed", "brought", "admitted", "treated"])
                && toks
                    .get(k + 1..(k + 4).min(toks.len()))
                    .unwrap_or(&[])
                    .iter()
                    .any(|n| n.is_any(&["hospital", "hospitals"]));
            if to_hospital {
                return Some(Field::Injured);
            }
            if t.is_any(INJURE_AFTER) {
                if t.is_any(&["sustained", "suffered", "received", "required"]) {
                    // "sustained shrapnel injuries", "suffered serious burns".
                    let skip = usize::from(toks.get(k + 1).is_some_and(|n| {
                        n.is_any(&[
                            "shrapnel", "minor", "serious", "severe", "multiple", "light",
                            "moderate", "head", "burn", "blast", "critical",
                        ])
                    }));
                    return toks
                        .get(k + 1 + skip)
                        .filter(|n| {
                            n.lower.starts_with("injur")
                                || n.is_any(&[
                                    "wounds",
                                    "treatment",
                                    "hospitalisation",
                                    "hospitalization",
                                    "medical",
                                ])
                        })
                        .map(|_| Field::Injured);
                }
                return Some(Field::Injured);
            }
        }
    }
    // "The death toll from the attack on Dnipro rose to 14", "the toll has risen to 11", "the
    // number of injured across the region had reached 19".
    if q.q_start >= 1 && toks[q.q_start - 1].is_any(&["to", "at", "reached", "hit"]) {
        let from = q.q_start.saturating_sub(10);
        let window = &toks[from..q.q_start];
        if let Some(p) = window
            .windows(2)
            .position(|w| w[0].is("number") && w[1].is("of"))
        {
            if let Some(n) = window.get(p + 2) {
                if n.is_any(&["injured", "wounded", "hurt", "hospitalised", "hospitalized"]) {
                    return Some(Field::Injured);
                }
                if n.is_any(&["dead", "killed", "deaths", "fatalities", "victims"]) {
                    return Some(Field::Killed);
                }
            }
        }
        let from = q.q_start.saturating_sub(14);
        if let Some(at) = (from..q.q_start)
            .rev()
            .take_while(|&i| !toks[i].is_any(&[";", "."]))
            .find(|&i| toks[i].is("toll"))
        {
            // "the injury toll rose to 40", "the toll of injured reached 40"; not "a woman
            // injured in the attack died, bringing the death toll to five".
            let injury = toks[at.saturating_sub(1)..q.q_start]
                .iter()
                .any(|t| t.is_any(&["injury", "injured", "wounded"]));
            return Some(if injury {
                Field::Injured
            } else {
                Field::Killed
            });
        }
    }
    // Before: "killing 57", "injuring at least 26", "deaths of two", "injuries to three".
    let mut k = q.q_start;
    let mut steps = 0;
    while k > 0 && steps < 6 {
        k -= 1;
        steps += 1;
        let t = &toks[k];
        if t.is_any(&[";", ".", "and"]) && steps > 1 {
            break;
        }
        if t.is_any(&["toll"]) {
            let before = if k > 0 {
                toks[k - 1].lower.as_str()
            } else {
                ""
            };
            return Some(if before == "injury" {
                Field::Injured
            } else {
                Field::Killed
            });
        }
        if t.is_any(&[
            "of",
            "to",
            "at",
            "rose",
            "risen",
            "climbed",
            "increased",
            "reached",
            "stands",
            "stood",
            "the",
            "at",
            "least",
            "more",
            "than",
            "some",
            "about",
        ]) {
            continue;
        }
        if t.is_any(KILL_BEFORE) {
            if t.is_any(&["claimed", "leaving"])
                && !toks.get(k + 1).is_some_and(|n| n.is_any(&["the", "lives"]))
            {
                break;
            }
            if t.is_any(&["death", "deaths", "lives"])
                && !toks.get(k + 1).is_some_and(|n| n.is("of"))
            {
                break;
            }
            return Some(Field::Killed);
        }
        if t.is_any(INJURE_BEFORE) {
            if t.is("injuries") && !toks.get(k + 1).is_some_and(|n| n.is("to")) {
                break;
            }
            return Some(Field::Injured);
        }
        if h == Head::None || steps > 2 {
            break;
        }
        break;
    }
    None
}

/// Who reported a sentence's figures.
fn reporters(s: &Sent) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |raw: &str| {
        // "Later in the day the governor said": the adverbial is not the reporter.
        let raw = match (raw.rfind(" the "), raw.split_whitespace().next()) {
            (Some(p), Some(w))
                if [
                    "Later",
                    "Earlier",
                    "On",
                    "In",
                    "At",
                    "Then",
                    "Meanwhile",
                    "Separately",
                    "Also",
                    "Overnight",
                    "Today",
                    "Yesterday",
                    "By",
                ]
                .contains(&w) =>
            {
                &raw[p + 5..]
            }
            _ => raw,
        };
        // "The air force now says": the adverb is not part of the name.
        let mut raw = raw.trim();
        while let Some((head, last)) = raw.rsplit_once(' ') {
            if [
                "now",
                "also",
                "later",
                "then",
                "earlier",
                "previously",
                "further",
                "separately",
                "again",
                "additionally",
                "subsequently",
            ]
            .contains(&last)
            {
                raw = head.trim_end();
            } else {
                break;
            }
        }
        let r = raw
            .trim()
            .trim_start_matches("the ")
            .trim_start_matches("The ")
            .trim_start_matches("its ")
            .trim();
        let lower = r.to_lowercase();
        let generic = [
            "he",
            "she",
            "they",
            "it",
            "we",
            "officials",
            "authorities",
            "sources",
            "reports",
            "updates",
            "media",
            "preliminary data",
            "data",
            "the report",
            "report",
            "witnesses",
            "local media",
        ];
        if r.is_empty() || generic.contains(&lower.as_str()) || lower.split_whitespace().count() > 7
        {
            return;
        }
        let first = lower.split_whitespace().next().unwrap_or("");
        let last = lower.split_whitespace().last().unwrap_or("");
        // A passive ("No casualties were reported") names no reporter.
        if [
            "were", "was", "been", "is", "are", "be", "have", "has", "no",
        ]
        .contains(&last)
            || first == "no"
        {
            return;
        }
        if [
            "but", "and", "which", "who", "that", "as", "while", "there", "he", "she", "they", "it",
        ]
        .contains(&first)
        {
            return;
        }
        let norm = normalise_reporter(r);
        if !out.contains(&norm) {
            out.push(norm);
        }
    };
    for c in REPORTER_ACCORDING.captures_iter(&s.text) {
        push(&c[1]);
    }
    for c in REPORTER_AFTER.captures_iter(&s.text) {
        push(&c[1]);
    }
    for c in REPORTER_TRAILING.captures_iter(&s.text) {
        push(&c[1]);
    }
    out
}

fn normalise_reporter(r: &str) -> String {
    let l = r.to_lowercase();
    let r = TRAILING_DAY.replace(r, "").to_string();
    if (l.contains("russia") || l.contains("russian")) && (l.contains("defen") || l.contains("mod"))
    {
        return "Russian Defence Ministry".into();
    }
    if (l.contains("ukrain") || l.starts_with("ukraine")) && l.contains("air force") {
        return "Ukrainian Air Force".into();
    }
    if l == "air force" || l == "the air force" {
        return "Ukrainian Air Force".into();
    }
    if l.contains("general staff") {
        return "Ukrainian General Staff".into();
    }
    if l.contains("zelensk") || l.contains("president of ukraine") {
        return "President Zelenskyy".into();
    }
    r
}

/// Builds events from the used candidates: one per (date, attacker).
fn assemble(
    id: &str,
    sents: &[Sent],
    doc: &Doc,
    cands: &mut [Cand],
    anchors: Anchors,
    para_dates: &[Option<NaiveDate>],
) -> Vec<Event> {
    let main = anchors.main;
    let mut keys: BTreeMap<(Option<NaiveDate>, Side), Vec<usize>> = BTreeMap::new();
    let mut order: Vec<(Option<NaiveDate>, Side)> = Vec::new();
    for (i, c) in cands.iter().enumerate() {
        if c.field.is_none()
            || !matches!(c.status, Status::Used)
            || c.field == Some(Field::GlideBombs)
        {
            continue;
        }
        let key = (c.date, c.side.unwrap_or(Side::Russia));
        if !keys.contains_key(&key) {
            order.push(key);
        }
        keys.entry(key).or_default().push(i);
    }
    let full_names: Vec<String> = sents
        .iter()
        .filter(|s| !matches!(s.kind, LineKind::Boilerplate | LineKind::Duplicate))
        .flat_map(reporters)
        .filter(|r| r.contains(' '))
        .collect();
    let mut events = Vec::new();
    for key in order {
        let idxs = keys.remove(&key).unwrap_or_default();
        let mut ev = Event::empty(id, key.0, key.1);
        let mut used_sents: Vec<usize> = Vec::new();
        for field in Field::EVENT {
            let of_field: Vec<usize> = idxs
                .iter()
                .copied()
                .filter(|&i| cands[i].field == Some(field))
                .collect();
            if of_field.is_empty() {
                continue;
            }
            let chosen = choose(field, &of_field, cands, sents);
            if let Some((count, picks)) = chosen {
                ev.set(field, Some(count));
                for &i in &of_field {
                    if picks.contains(&i) {
                        used_sents.push(cands[i].sent);
                    } else {
                        cands[i].status = Status::Superseded;
                        if cands[i].reason.is_none() {
                            cands[i].reason = Some(format!(
                                "another figure was chosen for {field}: {}",
                                count.value
                            ));
                        }
                    }
                }
            }
        }
        if used_sents.is_empty() {
            continue;
        }
        used_sents.sort();
        used_sents.dedup();
        // Reporters and evidence from the figure sentences.
        let mut rep: Vec<String> = Vec::new();
        for &si in &used_sents {
            for r in reporters(&sents[si]) {
                // "Kiper said" after "Odesa governor Oleh Kiper said": the full name.
                let r = if r.contains(' ') {
                    r
                } else {
                    full_names
                        .iter()
                        .find(|f| f.ends_with(&format!(" {r}")))
                        .cloned()
                        .unwrap_or(r)
                };
                if !rep.contains(&r) {
                    rep.push(r);
                }
            }
        }
        ev.reported_by = (!rep.is_empty()).then(|| rep.join("; "));
        ev.evidence = used_sents
            .iter()
            .map(|&si| original_sentence(doc, si))
            .collect::<Vec<_>>()
            .join(" || ");
        events.push(ev);
    }
    // Locations: places named in sentences about the attack, given to the attack of their
    // country's attacker on the sentence's date.
    for s in sents {
        if matches!(
            s.kind,
            LineKind::Boilerplate | LineKind::Duplicate | LineKind::Heading
        ) {
            continue;
        }
        // "Russia has fired 60 missiles at Odesa Oblast since July": a period, not one attack.
        let period_only = s.cues.iter().any(|c| c.kind == CueKind::Period)
            && s.cues.iter().all(|c| c.kind == CueKind::Period);
        for (ti, name, country, ok) in &s.places {
            if !ok || period_only {
                continue;
            }
            let side = country.attacker();
            let date = date_for(s, s.toks[*ti].start, anchors)
                .or(para_dates[s.idx])
                .or(main);
            if let Some(ev) = events
                .iter_mut()
                .find(|e| e.attacker == side && e.event_date == date)
            {
                if !ev.locations.contains(name) {
                    ev.locations.push(name.clone());
                }
            }
        }
    }
    events
}

/// Chooses the value of one field from its candidates: the largest national figure (totals
/// beat subsets, a rising toll's latest total is its largest); without a national one, the sum
/// over places of each place's largest figure. Returns the count and the candidates used.
fn choose(
    field: Field,
    idxs: &[usize],
    cands: &[Cand],
    sents: &[Sent],
) -> Option<(Count, Vec<usize>)> {
    let casualty = matches!(field, Field::Killed | Field::Injured | Field::Hits);
    let national: Vec<usize> = idxs
        .iter()
        .copied()
        .filter(|&i| !cands[i].subset && (cands[i].locality.is_none() || !casualty))
        .collect();
    let best = |set: &[usize]| -> Option<usize> {
        set.iter().copied().max_by(|&a, &b| {
            let (ca, cb) = (&cands[a], &cands[b]);
            ca.value.cmp(&cb.value).then_with(|| b.cmp(&a))
        })
    };
    let national_choice = if national.is_empty() {
        None
    } else {
        // Within one sentence, coordinated counts of one field are subtypes that sum
        // ("three S-300 ... as well as a Kh-31 and two Kh-22"): take per-sentence sums first.
        let mut by_sent: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &i in &national {
            // The items of one list are one sentence: "🔹 8 Kh-101; 🔹 4 Kalibr; ..." sum.
            let s = &sents[cands[i].sent];
            let group = s.lead.map_or(s.idx, |l| sents.len() + l);
            by_sent.entry(group).or_default().push(i);
        }
        let mut options: Vec<(u32, Qualifier, Vec<usize>)> = Vec::new();
        for (_, group) in by_sent {
            if matches!(field, Field::Killed | Field::Injured) {
                if let Some(b) = best(&group).filter(|&b| cands[b].value.is_some()) {
                    options.push((cands[b].value.unwrap_or(0), cands[b].qualifier, vec![b]));
                }
            } else {
                let sum: u32 = group
                    .iter()
                    .filter_map(|&i| cands[i].value)
                    .fold(0u32, |a, v| a.saturating_add(v));
                // "five missiles: three Kh-101 and two Iskander-M": a total and its breakdown.
                let first = group.iter().copied().min_by_key(|&i| cands[i].tok_start);
                let breakdown = first.filter(|&t| {
                    let toks = &sents[cands[t].sent].toks;
                    group.len() > 2
                        && cands[t].value.is_some_and(|v| 2 * v == sum)
                        && toks
                            .get(cands[t].tok_end..)
                            .unwrap_or(&[])
                            .iter()
                            .take_while(|n| !matches!(n.kind, Kind::Num(_)))
                            .take(12)
                            .any(|n| n.is_any(&[":", "(", "-", "including"]))
                });
                if let Some(t) = breakdown {
                    options.push((cands[t].value.unwrap_or(0), cands[t].qualifier, vec![t]));
                    continue;
                }
                options.push((
                    sum,
                    combine(group.iter().map(|&i| cands[i].qualifier)),
                    group,
                ));
            }
        }
        options
            .into_iter()
            .max_by_key(|(v, _, _)| *v)
            .map(|(value, qualifier, picks)| (Count { value, qualifier }, picks))
    };
    if !casualty {
        // Weapons: the national figure; regional ones alone are not a national total.
        return national_choice;
    }
    // Casualties and hits: the sum over places of each place's largest figure, when it is larger
    // than the national figure (a rising toll reported for the struck city, or regional figures
    // with no national total).
    let local: Vec<usize> = idxs
        .iter()
        .copied()
        .filter(|&i| cands[i].locality.is_some() && !cands[i].subset)
        .collect();
    if local.is_empty() {
        return national_choice;
    }
    let mut by_place: BTreeMap<String, usize> = BTreeMap::new();
    for &i in &local {
        let place = cands[i].locality.clone().unwrap_or_default();
        let e = by_place.entry(place).or_insert(i);
        if cands[i].value > cands[*e].value {
            *e = i;
        }
    }
    let picks: Vec<usize> = by_place.values().copied().collect();
    let sum = picks
        .iter()
        .filter_map(|&i| cands[i].value)
        .fold(0u32, |a, v| a.saturating_add(v));
    let q = if picks.len() > 1 {
        let q = combine(picks.iter().map(|&i| cands[i].qualifier));
        if q == Qualifier::Exact {
            Qualifier::Exact
        } else {
            Qualifier::AtLeast
        }
    } else {
        cands[picks[0]].qualifier
    };
    match national_choice {
        Some((n, np)) if n.value >= sum => Some((n, np)),
        _ => Some((
            Count {
                value: sum,
                qualifier: q,
            },
            picks,
        )),
    }
}

/// The qualifier of a sum.
fn combine(qs: impl Iterator<Item = Qualifier>) -> Qualifier {
    let qs: Vec<Qualifier> = qs.collect();
    if qs.iter().all(|&q| q == qs[0]) {
        return qs.first().copied().unwrap_or(Qualifier::Exact);
    }
    if qs.contains(&Qualifier::About) {
        return Qualifier::About;
    }
    if qs.contains(&Qualifier::UpTo) {
        return Qualifier::UpTo;
    }
    Qualifier::AtLeast
}

fn original_sentence(doc: &Doc, si: usize) -> String {
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
fn provenance(
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

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Event {
        let meta = Meta {
            published: NaiveDate::from_ymd_opt(2025, 5, 10),
            ..Meta::default()
        };
        let mut x = article("t", text, &meta);
        assert_eq!(x.events.len(), 1, "{text}: {:?}", x.events);
        x.events.remove(0)
    }

    #[test]
    fn reporters_are_names_not_adverbials() {
        let e = one("Russia launched 50 drones overnight. Later in the day the governor said two people were injured.");
        assert_eq!(e.reported_by.as_deref(), Some("governor"));
        let e = one("Russia launched 120 drones overnight, Ukraine's air force said. The air force now says 95 of them were shot down.");
        assert_eq!(e.reported_by.as_deref(), Some("Ukrainian Air Force"));
        // A bare surname takes the full form given earlier.
        let e = one("Two people were injured overnight, Odesa governor Oleh Kiper said. Russia launched 20 drones at the city overnight, Kiper said.");
        assert_eq!(e.reported_by.as_deref(), Some("Odesa governor Oleh Kiper"));
    }

    #[test]
    fn locations_leave_out_titles_launch_sites_and_interception_areas() {
        let e =
            one("Russia attacked Izmail with 24 drones overnight, Odesa governor Oleh Kiper said.");
        assert_eq!(e.locations, ["Izmail"]);
        let e = one("The enemy attacked Kharkiv with 40 drones overnight from the directions of Bryansk, Millerovo and Hvardiiske (temporarily occupied Crimea).");
        assert_eq!(e.locations, ["Kharkiv"]);
        let e = one("Air defence shot down 34 drones over the Sumy, Chernihiv and Poltava regions overnight.");
        assert!(e.locations.is_empty(), "{:?}", e.locations);
    }

    #[test]
    fn a_zero_for_one_place_is_not_the_attack_s() {
        let text = "Russia launched 40 drones at Ukraine overnight. Drones hit Sumy and Kharkiv. No casualties were reported in Kharkiv, the mayor said.";
        let x = article("t", text, &Meta::default());
        assert_eq!(x.events[0].killed, None);
        let why = x
            .figures
            .iter()
            .find(|f| f.field == Some(Field::Killed))
            .and_then(|f| f.reason.clone())
            .unwrap_or_default();
        assert!(why.contains("Kharkiv") && why.contains("Sumy"), "{why}");
        // The only place named: the attack's zero.
        let e = one("Russia launched 15 drones at the Kharkiv region overnight. Kharkiv governor Oleh Syniehubov said there were no casualties.");
        assert_eq!(e.killed.map(|c| c.value), Some(0));
    }
}
