//! Sides: who attacked, from a weapon's nationality, a sentence's cues and the article overall.

use super::lexicon::{patterns, CAPITALS};
use super::lexicon::{
    AIRFIELDS, AIRFIELD_PHRASE, AREA_NOUNS, CARRIERS, CLAUSE_BREAKS, COUNTRY_ACTING_WORDS,
    DIRECTION_STOPS, ORIGIN_STOPS, RUSSIAN_WEAPON, UKRAINIAN_WEAPON,
};
use super::locations::speaks_for_government;
use super::numbers::Tok;
use super::places::Country;
use super::sentence::{Cand, Sent};
use super::types::{Field, Side};
use crate::text::LineKind;
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// The nationality a weapon noun phrase states: "116 Ukrainian drones", "Russian missiles".
pub(crate) fn np_side(toks: &[Tok], from: usize, to: usize) -> Option<Side> {
    for t in toks.get(from..to.min(toks.len())).unwrap_or(&[]) {
        if t.is_any(UKRAINIAN_WEAPON) {
            return Some(Side::Ukraine);
        }
        if t.is_any(RUSSIAN_WEAPON) {
            return Some(Side::Russia);
        }
    }
    None
}

/// The side cues of [`patterns::SIDE_CUES`], compiled.
static SIDE_CUES: LazyLock<Vec<(Regex, Side, i32)>> = LazyLock::new(|| {
    patterns::SIDE_CUES
        .iter()
        .map(|&(p, side, w)| (crate::compile_regex(p).expect("valid regex"), side, w))
        .collect()
});

/// All side cues at once: one pass tells which cues a sentence has (most have none).
static SIDE_CUE_SET: LazyLock<regex::RegexSet> = LazyLock::new(|| {
    crate::compile_regex_set(patterns::SIDE_CUES.iter().map(|&(p, _, _)| p)).expect("valid regexes")
});

/// "..., Russia", "in Russia" (not "in Russian-occupied"), "over its territory".
static IN_RUSSIA: LazyLock<Regex> = crate::regex!(patterns::IN_RUSSIA);

/// "It said", "he added": the speaker of the sentence before.
static SAME_SPEAKER: LazyLock<Regex> = crate::regex!(patterns::SAME_SPEAKER);

/// "176 of them": a part of the count of the sentence before.
static PART_OF_BEFORE: LazyLock<Regex> = crate::regex!(patterns::PART_OF_BEFORE);

/// "... in the attack": the attack of the sentence before.
static THE_ATTACK_BEFORE: LazyLock<Regex> = crate::regex!(patterns::THE_ATTACK_BEFORE);
/// "Another 14 people were injured": more of the count before.
static MORE_OF_BEFORE: LazyLock<Regex> = crate::regex!(patterns::MORE_OF_BEFORE);

/// The side a sentence points to, if it says.
fn side_of_sentence(s: &Sent) -> Option<Side> {
    side_of_span(s, 0, s.toks.len())
}

/// The side tokens `[a, b)` of a sentence point to, if they say.
fn side_of_span(s: &Sent, a: usize, b: usize) -> Option<Side> {
    let (from, to) = match (s.toks.get(a), b.checked_sub(1).and_then(|e| s.toks.get(e))) {
        (Some(x), Some(y)) if a > 0 || b < s.toks.len() => (x.start, y.end),
        _ => (0, s.text.len()),
    };
    let text = &s.text[from..to];
    let mut score = 0i32;
    for i in SIDE_CUE_SET.matches(text).into_iter() {
        let (re, side, w) = &SIDE_CUES[i];
        let n = re.find_iter(text).count() as i32;
        score += match side {
            Side::Ukraine => n * w,
            Side::Russia => -n * w,
        };
    }
    let filed = dateline_end(s);
    for (_, _, country, _) in s.places.iter().filter(|p| {
        p.0 >= a.max(filed) && p.0 < b && !launch_origin(s, p.0, p.2) && !speaking(s, p)
    }) {
        score += match country {
            Country::Russia => 2,
            // Crimea and the areas occupied since 2014: the strikes reported there are
            // Ukraine's, but less surely than in Russia (weapons are launched from there too).
            Country::Occupied => 1,
            Country::Ukraine => -1,
        };
    }
    // ("The drones were launched from Primorsko-Akhtarsk in Russia": where they came from.)
    let lower = &s.lower[from..to];
    let in_russia = IN_RUSSIA.find_iter(lower).any(|m| {
        let mut a = m.start().saturating_sub(40);
        while !lower.is_char_boundary(a) {
            a += 1;
        }
        // "On Thursday, Russia killed one civilian": Russia acting after an opening adverbial,
        // not "Belgorod, Russia".
        // "Russia massively attacked", "Russia once again launched": past adverbs to the verb.
        let acting = m.as_str().starts_with(", ")
            && lower[m.end()..]
                .split_whitespace()
                .find(|w| !w.ends_with("ly") && *w != "once")
                .is_some_and(|w| w.ends_with("ed") || COUNTRY_ACTING_WORDS.contains(&w));
        !lower[a..m.start()].contains("from ") && !acting && !tags_launch_site(s, from + m.start())
    });
    if in_russia {
        score += 2;
    }
    match score {
        0 => None,
        n if n > 0 => Some(Side::Ukraine),
        _ => Some(Side::Russia),
    }
}

/// Where a wire dateline that opens the sentence ends ("KYIV, Ukraine (AP) —", "KYIV (Reuters)
/// -"): the places in it are where the report was filed, no cue to the attack's side. 0 when the
/// sentence opens with none. (Stricter than `scope`'s dateline, any first place before a comma:
/// here "Kharkiv, Ukraine's second city, was hit" keeps its place; reusing that test for sides
/// lost 4 articles of the real and ru sets for 1 won.)
fn dateline_end(s: &Sent) -> usize {
    let toks = &s.toks;
    let head = &toks[..toks.len().min(DATELINE_SPAN)];
    let capitals = toks.first().is_some_and(|t| {
        t.text.chars().count() > 2 && t.text.chars().all(|c| c.is_ascii_uppercase())
    });
    let opens = toks.get(1).is_some_and(|t| t.is_any(&[",", "("]));
    let agency = head.iter().any(|t| t.is("("));
    if !opens || !(capitals || agency) {
        return 0;
    }
    head.iter()
        .position(|t| t.is_any(&["—", "–", "-", "--"]))
        .unwrap_or(0)
}

/// The longest wire dateline, in tokens ("KIEV, July 21 (Xinhua) --").
const DATELINE_SPAN: usize = 10;

/// "Moscow said", "Kyiv denied": a capital speaking for its government, which tells no side
/// by where it is (its cues do: "Moscow said it fired").
fn speaking(s: &Sent, p: &(usize, String, Country, bool)) -> bool {
    CAPITALS.contains(&p.1.as_str()) && speaks_for_government(&s.toks, p.0 + 1, &p.1)
}

/// Whether the place at token `k` is where weapons were launched from ("cruise missiles ... from
/// the Volgodonsk district of the Rostov region", "drones from the directions of Kursk and Oryol",
/// "(launch areas - Yeysk, Kursk)"):
/// no place of the attack, so no cue to its side.
fn launch_origin(s: &Sent, k: usize, country: Country) -> bool {
    let origin = |t: &Tok| t.is_any(&["from", "launch", "directions", "direction"]);
    let near = s.toks[k.saturating_sub(6)..k]
        .iter()
        .rev()
        .take_while(|t| {
            !t.is_any(&[
                "in", "on", "over", "at", "into", "near", "against", ".", ";",
            ])
        })
        .any(origin);
    // "from a strategic bomber flying over Russia's Belgorod region", "from ships in the Black
    // Sea": where the carrier of the weapons was.
    let carrier = (k.saturating_sub(8)..k)
        .find(|&f| s.toks[f].is("from"))
        .is_some_and(|f| s.toks[f + 1..k].iter().any(|t| t.is_any(CARRIERS)));
    // "from the airfield in Engels", "from the Engels airbase in the Saratov region": an airfield
    // between "from" and the place, and only names and the words of a place's phrase with it (not
    // "Drones from the Sumy region hit the airfield in Millerovo": a verb between).
    let airfield = (k.saturating_sub(8)..k)
        .rfind(|&f| s.toks[f].is("from"))
        .is_some_and(|f| {
            let between = &s.toks[f + 1..k];
            between.iter().any(|t| t.is_any(AIRFIELDS))
                && between.iter().all(|t| {
                    t.is_any(AIRFIELDS)
                        || t.is_any(AIRFIELD_PHRASE)
                        || t.is_any(AREA_NOUNS)
                        || t.text.starts_with(char::is_uppercase)
                })
        });
    if carrier || airfield {
        return true;
    }
    // "from Chauda in occupied Crimea", "from the south-east (Primorsko-Akhtarsk area – Russia,
    // Cape Chauda – occupied Crimea)": an occupied region is often where weapons are launched
    // from; an origin word further back, with no verb of the attack between, makes it one.
    // "launched from the direction of Russia's Kursk, Bryansk and Oryol provinces to the
    // northwest and Primorsko-Akhtarsk in Krasnodar Territory": a list of directions names
    // origins only, wherever it reaches.
    // (Not "heading in the direction of Lutsk": where they flew to.)
    let from = k.saturating_sub(16);
    let back = |found: &dyn Fn(usize) -> bool, stops: &[&str]| {
        (from..k)
            .rev()
            .take_while(|&i| !s.toks[i].is_any(ORIGIN_STOPS) && !s.toks[i].is_any(stops))
            .any(found)
    };
    let from_direction = |i: usize| {
        s.toks[i].is_any(&["direction", "directions"])
            && s.toks[from..i]
                .iter()
                .rev()
                .take(2)
                .find(|t| !t.is("the"))
                .is_some_and(|t| t.is("from"))
    };
    // (Nor "launched from the direction of Sumy flew over the Kursk region": where they went.)
    near || country == Country::Occupied && back(&|i| origin(&s.toks[i]), &[])
        || back(&from_direction, DIRECTION_STOPS)
        || joined_to_launch_site(s, k)
}

/// The place named before byte `at` of a sentence, when what stands between is short (at most 24
/// bytes, no full stop, semicolon or bracket: the rest of its own name and a joining word).
fn place_before(s: &Sent, at: usize) -> Option<&(usize, String, Country, bool)> {
    let p = s.places.iter().rev().find(|p| s.toks[p.0].start < at)?;
    let between = s.lower.get(s.toks[p.0].end..at)?;
    (between.len() <= 24 && !between.contains(['.', ';', '(', ')'])).then_some(p)
}

/// Whether the place at token `k` is listed right after a launch site, joined by "and", "or" or
/// a comma ("from Cape Chauda in Crimea and the Kursk Oblast, Russia").
fn joined_to_launch_site(s: &Sent, k: usize) -> bool {
    let at = s.toks[k].start;
    place_before(s, at).is_some_and(|p| {
        let between = &s.lower[s.toks[p.0].end..at];
        // Only the rest of the name and a joining word ("..., the", " and the "), no verb.
        let joined = [", ", " and ", " and the ", " or ", ", the "]
            .iter()
            .any(|j| between.ends_with(j) || between.starts_with(j));
        let words = between.split_whitespace().count();
        (joined && words <= 4) && launch_origin(s, p.0, p.2)
    })
}

/// Whether the country named at byte `at` ("..., Russia") tags a launch site before it
/// ("from the Kursk Oblast, Russia").
fn tags_launch_site(s: &Sent, at: usize) -> bool {
    place_before(s, at).is_some_and(|p| launch_origin(s, p.0, p.2))
}

/// The side of the clause of a sentence that token `k` stands in, when the sentence has more
/// than one ("At least four people have been killed in a Russian drone attack on Ukraine, while
/// industrial facilities in Russia have been set on fire by Ukrainian attacks").
/// `breaks` are the sentence's clause-break tokens, in order.
fn side_of_clause(s: &Sent, breaks: &[usize], k: usize) -> Option<Side> {
    if breaks.is_empty() {
        return None;
    }
    let n = breaks.partition_point(|&b| b < k);
    let a = n.checked_sub(1).map_or(0, |i| breaks[i] + 1);
    let b = breaks.get(n).copied().unwrap_or(s.toks.len());
    side_of_span(s, a, b)
}

/// The clause-break tokens of a sentence.
fn clause_breaks(s: &Sent) -> Vec<usize> {
    (0..s.toks.len())
        .filter(|&i| s.toks[i].is_any(CLAUSE_BREAKS))
        .collect()
}

/// The article's main attacker: what its attack sentences point to overall; when they point
/// nowhere, what the article's other sentences do ("Об этом сообщили в Минобороны РФ", "in
/// Saratov and Engels, sirens sounded"); Russia by default.
/// `own`: each sentence's own side ([`side_of_sentence`]), computed once for the article.
fn main_attacker(sents: &[Sent], own: &[Option<Side>]) -> Side {
    let score = |attack_only: bool| -> i32 {
        sents
            .iter()
            .filter(|s| !attack_only || s.context || s.kind == LineKind::Infobox)
            .filter(|s| !matches!(s.kind, LineKind::Boilerplate | LineKind::Duplicate))
            .map(|s| match own[s.idx] {
                Some(Side::Ukraine) => 1,
                Some(Side::Russia) => -1,
                None => 0,
            })
            .sum()
    };
    let score = match score(true) {
        0 => score(false),
        n => n,
    };
    if score > 0 {
        Side::Ukraine
    } else {
        Side::Russia
    }
}

/// The sides of an article: its main attacker and the side each sentence points to.
pub(crate) struct Sides {
    pub(crate) main: Side,
    /// Per sentence; a list item takes its lead's side when it names none.
    of_sent: Vec<Option<Side>>,
}

impl Sides {
    /// Computes the side of each sentence once, and the article's main attacker.
    pub(crate) fn new(sents: &[Sent]) -> Sides {
        let mut of_sent: Vec<Option<Side>> = sents.iter().map(side_of_sentence).collect();
        let main = main_attacker(sents, &of_sent);
        for s in sents {
            if let Some(l) = s.lead {
                of_sent[s.idx] = of_sent[s.idx].or(of_sent[l]);
            }
            // A sentence that names no side continues its paragraph's: "Russia launched 62
            // drones and nine missiles. Air defence units shot down 50 drones and four missiles."
            if s.idx > 0 && sents[s.idx - 1].para == s.para && s.kind == sents[s.idx - 1].kind {
                of_sent[s.idx] = of_sent[s.idx].or(of_sent[s.idx - 1]);
            }
            // "According to the Ukrainian air force, Russia launched 53 drones. ¶ It said that air
            // defences shot down 45": the same speaker, the same side, across a paragraph break.
            // "Russians attacked Ukraine with 205 attack UAVs. ¶ The defense forces shot down 176
            // of them": a part of the count before is of its attack; "Ukrainian forces attacked
            // the Feodosia port. ¶ 1 person died ... in the attack": its casualties.
            let back = |re: &Regex| re.is_match(&s.text);
            if s.idx > 0
                && (back(&SAME_SPEAKER)
                    || back(&PART_OF_BEFORE)
                    || back(&THE_ATTACK_BEFORE)
                    || back(&MORE_OF_BEFORE))
            {
                of_sent[s.idx] = of_sent[s.idx].or(of_sent[s.idx - 1]);
            }
        }
        Sides { main, of_sent }
    }

    /// The side sentence `si` points to by itself, if any.
    pub(crate) fn stated(&self, si: usize) -> Option<Side> {
        self.of_sent[si]
    }

    /// The attacker of a figure in sentence `si`: the sentence's side, else the main attacker.
    pub(crate) fn of(&self, si: usize) -> Side {
        self.of_sent[si].unwrap_or(self.main)
    }
}

/// The weapon a field counts, for sides shared within a sentence.
fn weapon(f: Option<Field>) -> Option<bool> {
    match f? {
        Field::DronesLaunched | Field::DronesIntercepted => Some(true),
        Field::MissilesLaunched | Field::MissilesIntercepted => Some(false),
        _ => None,
    }
}

/// Gives each candidate without a side of its own the side of a count of the same weapon in its
/// sentence that states one ("destroyed nine Ukrainian drones and intercepted eight more"),
/// else its sentence's.
pub(crate) fn side_candidates(cands: &mut [Cand], sides: &Sides, sents: &[Sent]) {
    let stated: Vec<(usize, usize, bool, Side)> = cands
        .iter()
        .filter_map(|c| Some((c.sent, c.tok_start, weapon(c.field)?, c.side?)))
        .collect();
    let mut breaks: Vec<Option<Vec<usize>>> = vec![None; sents.len()];
    for c in cands.iter_mut() {
        if c.side.is_none() {
            let b = breaks[c.sent].get_or_insert_with(|| clause_breaks(&sents[c.sent]));
            // ("Russia said it shot down some 60 drones ..., while Ukraine in turn said it
            // destroyed over 30 Russian drones": a count of another clause tells nothing.)
            let clause_of = |k: usize| b.partition_point(|&x| x < k);
            let same_weapon = weapon(c.field).and_then(|w| {
                let mut it = stated.iter().filter(|s| {
                    s.0 == c.sent && s.2 == w && clause_of(s.1) == clause_of(c.tok_start)
                });
                let first = it.next()?.3;
                it.all(|s| s.3 == first).then_some(first)
            });
            let clause = || side_of_clause(&sents[c.sent], b, c.tok_start);
            c.side = Some(
                same_weapon
                    .or_else(clause)
                    .unwrap_or_else(|| sides.of(c.sent)),
            );
        }
    }
    casualties_of_both_sides(cands, sents);
    // "Ukraine has launched a major attack with 53 drones ... the Russian army has claimed that
    // all the drones were shot down": an anaphora is its referent's side.
    let side_at: BTreeMap<(usize, usize), Side> = cands
        .iter()
        .filter(|c| c.referent.is_none())
        .filter_map(|c| Some(((c.sent, c.tok_start), c.side?)))
        .collect();
    for c in cands.iter_mut() {
        if let Some(side) = c.referent.and_then(|r| side_at.get(&r)) {
            c.side = Some(*side);
        }
    }
}

/// "five people were killed in a Russian missile attack on Kharkiv and two people were killed in
/// Ukrainian drone strikes in Russian border regions": counts of one casualty field in one
/// sentence, each up to the next, that state different sides are each their own span's side.
fn casualties_of_both_sides(cands: &mut [Cand], sents: &[Sent]) {
    let mut by_key: BTreeMap<(usize, Field), Vec<usize>> = BTreeMap::new();
    for (i, c) in cands.iter().enumerate() {
        if let (Some(f @ (Field::Killed | Field::Injured)), None) = (c.field, c.referent) {
            by_key.entry((c.sent, f)).or_default().push(i);
        }
    }
    for ((sent, _), mut idxs) in by_key {
        if idxs.len() < 2 {
            continue;
        }
        idxs.sort_by_key(|&i| cands[i].tok_start);
        let s = &sents[sent];
        let spans: Vec<Option<Side>> = idxs
            .iter()
            .enumerate()
            .map(|(n, &i)| {
                let end = idxs
                    .get(n + 1)
                    .map_or(s.toks.len(), |&j| cands[j].tok_start);
                side_of_span(s, cands[i].tok_start, end)
            })
            .collect();
        // Each later count opens a clause joined to the one before ("... and two people were
        // killed"), not a headline run into its story ("Three wounded ... KYIV, Ukraine (AP) —
        // Three people were lightly wounded").
        let joined = idxs[1..].iter().all(|&j| {
            let k = cands[j].tok_start;
            s.toks[k.saturating_sub(6)..k]
                .iter()
                .any(|t| t.is_any(CLAUSE_BREAKS) || t.is_any(&["and", "but"]))
        });
        let both = spans.contains(&Some(Side::Russia)) && spans.contains(&Some(Side::Ukraine));
        if !joined || !both || spans.iter().any(Option::is_none) {
            continue;
        }
        for (&i, side) in idxs.iter().zip(spans) {
            cands[i].side = side;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::evaluate::event_row;
    use crate::Meta;

    /// (attacker, killed) of each event row of `text`.
    fn killed_by_side(text: &str) -> Vec<(String, String)> {
        let x = crate::extract::article("t", text, &Meta::default());
        let mut out: Vec<_> = x
            .events
            .iter()
            .map(event_row)
            .map(|r| (r["attacker"].clone(), r["killed"].clone()))
            .collect();
        out.sort();
        out
    }

    #[test]
    fn joined_tolls_of_two_sides_are_each_their_own_clause_s() {
        let s = "Five people were killed in a Russian missile attack on Kharkiv and two people \
                 were killed in Ukrainian drone strikes in Russian border regions, local \
                 officials said.";
        assert_eq!(
            killed_by_side(s),
            [
                ("russia".into(), "5".into()),
                ("ukraine".into(), "2".into())
            ]
        );
    }

    #[test]
    fn a_headline_run_into_its_story_is_no_second_clause() {
        let s = "Governor: Three killed as drone strikes building in Russian border city KYIV, \
                 Ukraine (AP) — Three people were killed after a drone crashed into a \
                 residential building in central Voronezh, the governor said.";
        assert_eq!(killed_by_side(s), [("ukraine".into(), "3".into())]);
    }

    #[test]
    fn a_wire_dateline_s_city_is_no_cue_to_the_side() {
        let s = "KYIV, Ukraine (AP) — A small explosive device carried by a makeshift drone blew \
                 up Sunday at the headquarters of the Black Sea Fleet in Sevastopol, killing two.";
        assert_eq!(killed_by_side(s), [("ukraine".into(), "2".into())]);
        let s = "MOSCOW (Reuters) - A Russian drone hit Kharkiv overnight, killing two people.";
        assert_eq!(killed_by_side(s), [("russia".into(), "2".into())]);
    }
}
