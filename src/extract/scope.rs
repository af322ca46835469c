//! Scope of figures: the one place a figure is restricted to, and zeros that speak for one place.

use super::casualties::ground_fire;
use super::dates::Cue;
use super::lexicon::{
    patterns, CAPITALS, CLAUSE_BREAKS, EVENT_NOUNS, EXAMPLE_FILLERS, EXAMPLE_MARKS,
    EXAMPLE_OWN_FIGURES, OFFICIAL_PLACES, OFFICIAL_WORDS, PLACE_NOUNS, PLACE_TAILS,
    REFERENCE_WORDS, SEVERAL_PLACES, VISIT_NOUNS,
};
use super::locations::speaks_for_government;
use super::numbers::{phrase_end, Quantity};
use super::places;
use super::sentence::Sent;
use super::types::Side;
use crate::text::LineKind;
use chrono::NaiveDate;
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

static SAME_SPEAKER: LazyLock<Regex> = crate::regex!(patterns::SAME_SPEAKER);

static ZERO_IN_CAPITAL: LazyLock<Regex> = crate::regex!(patterns::ZERO_IN_CAPITAL);

static ZERO_LOCAL: LazyLock<Regex> = crate::regex!(patterns::ZERO_LOCAL);
/// A zero of every place named ("in either region").
static ZERO_EVERYWHERE: LazyLock<Regex> = crate::regex!(patterns::ZERO_EVERYWHERE);
static ZERO_ALL_NAMED: LazyLock<Regex> = crate::regex!(patterns::ZERO_ALL_NAMED);

static ZERO_WHOLE_PLACE: LazyLock<Regex> = crate::regex!(patterns::ZERO_WHOLE_PLACE);

static REGIONAL_OFFICIAL: LazyLock<Regex> = crate::regex!(patterns::REGIONAL_OFFICIAL);

static UNPLACED_OFFICIAL: LazyLock<Regex> = crate::regex!(patterns::UNPLACED_OFFICIAL);

static REGION_REFERENCE: LazyLock<Regex> = crate::regex!(patterns::REGION_REFERENCE);

/// Whether a sentence refers to a region without naming it ("over the region", glossed "Over
/// region air defence shot down one drone"; not "over the region of Kursk").
pub(crate) fn refers_to_region(s: &Sent) -> bool {
    REGION_REFERENCE
        .find_iter(&s.text)
        .any(|m| !m.as_str().ends_with("of"))
}

/// The place of the regional official a sentence names ([`OFFICIAL_PLACES`]), when it names
/// one only.
pub(crate) fn official_place(s: &Sent) -> Option<&'static str> {
    let mut found = s.toks.iter().filter_map(|t| {
        let word = t.lower.trim_end_matches("'s").trim_end_matches("’s");
        OFFICIAL_PLACES
            .iter()
            .find(|(name, _)| match name.strip_suffix('*') {
                Some(stem) => word.starts_with(stem),
                None => word == *name,
            })
            .map(|(_, place)| *place)
    });
    let first = found.next()?;
    found
        .all(|p| places::region_of(p) == places::region_of(first))
        .then_some(first)
}

/// Whether a sentence is a paragraph of its own: the lines of an excerpt ("one sentence per
/// line") carry their places on as a paragraph's sentences do.
pub(crate) fn lone(s: &Sent, sents: &[Sent]) -> bool {
    let para = |i: usize| sents.get(i).map(|x| x.para);
    (s.idx == 0 || para(s.idx - 1) != Some(s.para)) && para(s.idx + 1) != Some(s.para)
}

/// The single region a sentence's figures are restricted to, if any ("In Odesa, ...", "the
/// governor of Mykolaiv said ..."); `None` for national figures or places in several regions.
pub(crate) fn locality(s: &Sent, sents: &[Sent]) -> Option<String> {
    locality_within(s, sents, CARRY)
}

/// How many sentences naming no place a paragraph's place carries on through.
const CARRY: usize = 3;

/// [`locality`], a place carried on through at most `carry` more sentences naming none (a bound:
/// one-paragraph pages of hundreds of sentences stay linear).
fn locality_within(s: &Sent, sents: &[Sent], carry: usize) -> Option<String> {
    if s.national {
        return None;
    }
    // "..., injuring three others, Syniehubov said": a regional official named with no place
    // speaks for his own.
    if s.places.is_empty() {
        if let Some(place) = official_place(s) {
            return Some(places::region_of(place).to_string());
        }
    }
    // "In Kyiv, debris fell on a house. One person was killed": the paragraph's opening place.
    // The sentence before, past a page's boilerplate ("Reuters | Kyiv | Updated: ...").
    let before = (0..s.idx)
        .rev()
        .find(|&i| !matches!(sents[i].kind, LineKind::Boilerplate | LineKind::Duplicate));
    if let (true, Some(b)) = (s.places.is_empty(), before) {
        let prev = &sents[b];
        let same_para = prev.para == s.para || lone(prev, sents) && lone(s, sents);
        if same_para && prev.regional && !prev.places.is_empty() {
            return locality(prev, sents);
        }
        // "... struck a car in the Kursk region. The woman sustained injuries. Her husband
        // suffered minor wounds": the place carries on through the paragraph's sentences that
        // name none.
        if carry > 0 && same_para && prev.places.is_empty() && !prev.national {
            return locality_within(prev, sents, carry - 1);
        }
        // "Kharkiv endured a heavy aerial bombardment ... Five people were injured": a sentence
        // about one place, then its casualties.
        // (Not a dateline's city: "KYIV, Ukraine (AP) - Russia again pummeled Ukraine ...".)
        if same_para && !prev.national && prev.places.iter().any(|p| p.3 && !dateline(prev, p.0)) {
            let regions: HashSet<&str> = prev
                .places
                .iter()
                .filter(|p| p.3 && !dateline(prev, p.0))
                .map(|p| places::region_of(&p.1))
                .collect();
            if regions.len() == 1 {
                return regions.into_iter().next().map(str::to_string);
            }
        }
        // "Ryazan Governor Pavel Malkov wrote ... Two people were injured, he said": the same
        // official, the same place.
        // (The pronoun's antecedent is the sentence before, even across a paragraph break.)
        if !prev.places.is_empty() && SAME_SPEAKER.is_match(&s.text) {
            return locality(prev, sents);
        }
        // "One woman was killed in Kiev ... ¶ Mayor Vitali Klitschko had earlier spoken of nine
        // injured": a city's official named without the city speaks for the place just named.
        if !prev.places.is_empty() && !prev.national && UNPLACED_OFFICIAL.is_match(&s.text) {
            return locality(prev, sents);
        }
        // "Also the Tula governor reported ... ¶ Over the region air defence shot down one
        // drone": the region the sentence before named, across a paragraph break.
        if !prev.places.is_empty() && !prev.national && refers_to_region(s) {
            return locality(prev, sents);
        }
    }
    // Places of one region are one locality: "In Kyiv Oblast, ... in the Bucha district".
    // "as Kyiv said it was ready", "Moscow claims": a capital speaking is its government, not the
    // place of the figures (it still tells the side).
    let speaking = |p: &&(usize, String, _, bool)| {
        CAPITALS.contains(&p.1.as_str()) && speaks_for_government(&s.toks, p.0 + 1, &p.1)
    };
    let names: HashSet<&str> = s
        .places
        .iter()
        .filter(|p| {
            !speaking(p)
                && !dateline(s, p.0)
                && !possessive_other(s, p.0)
                && !reference_point(s, p.0)
                && !example_place(s, p.0)
        })
        .map(|(_, n, _, _)| places::region_of(n))
        .collect();
    if names.len() == 1 {
        names.into_iter().next().map(str::to_string)
    } else {
        None
    }
}

/// "strikes on cities in eastern and central Ukraine, including the capital, Kyiv", "across
/// various regions, including Kyiv, Lutsk and Odesa": an example of several places the figures
/// are of, not their one place. The place follows an example mark over fillers and the list's
/// other places (not over "and in": "..., including Kyiv, and in Odesa two people were killed"),
/// and a plural noun of places comes shortly before the mark, in its clause.
/// ("several regions, including the Kharkiv region, where four people died": the figures are the
/// example's.)
fn example_place(s: &Sent, at: usize) -> bool {
    let toks = &s.toks;
    let after =
        (at + 1..toks.len()).find(|&k| !toks[k].capitalized() && !toks[k].is_any(PLACE_TAILS));
    if after.is_some_and(|k| phrase_end(toks, k, EXAMPLE_OWN_FIGURES).is_some()) {
        return false;
    }
    let mark = (0..at).rev().take(12).find(|&k| {
        let t = &toks[k];
        let new_clause = t.is("in") && k >= 1 && toks[k - 1].is_any(&["and", ","]);
        new_clause || !(t.is_any(EXAMPLE_FILLERS) || t.capitalized())
    });
    mark.is_some_and(|k| {
        toks[k].is_any(EXAMPLE_MARKS)
            && toks[k.saturating_sub(10)..k]
                .iter()
                .rev()
                .take_while(|t| !t.is_any(CLAUSE_BREAKS))
                .any(|t| t.is_any(PLACE_NOUNS) || t.is_any(SEVERAL_PLACES))
    })
}

/// "two people were killed after drones struck a village north of Kyiv", "20 km from Kharkiv": a
/// place the figures are located by, not where they are.
fn reference_point(s: &Sent, at: usize) -> bool {
    at >= 2 && s.toks[at - 1].is_any(&["of", "from"]) && s.toks[at - 2].is_any(REFERENCE_WORDS)
}

/// "as the IAEA chief praised Russia's nuclear technology during a visit to Moscow", "attended
/// the Global Nuclear Forum in Moscow": where someone travelled or met, not where the attack was.
fn visited(s: &Sent, at: usize) -> bool {
    let word = |k: usize, ws: &[&str]| at >= k && s.toks[at - k].is_any(ws);
    word(1, &["to"]) && word(2, VISIT_NOUNS)
        || word(1, &["visiting"])
        || word(1, &["in"]) && word(2, EVENT_NOUNS)
}

/// "Moscow's war", "Kyiv's allies": a possessive place that is not an official's ("Kharkiv's
/// mayor") says nothing about where the figures are.
fn possessive_other(s: &Sent, at: usize) -> bool {
    s.toks.get(at).is_some_and(|t| t.lower.ends_with("'s"))
        && !s.toks.get(at + 1).is_some_and(|t| t.is_any(OFFICIAL_WORDS))
}

/// The place of the clause a figure at tokens `[a, b)` stands in, for a sentence naming places
/// in several regions ("In the Dnipro region, two people died ..., while in Lviv a woman was
/// killed"): the first place after it in its clause ("killed in Kharkiv"), else the nearest one
/// before it in its clause. `None` when the sentence is not of that kind.
pub(crate) fn clause_locality(s: &Sent, a: usize, b: usize) -> Option<String> {
    if s.national {
        return None;
    }
    let usable: Vec<&(usize, String, _, bool)> = s
        .places
        .iter()
        .filter(|p| p.3 && !example_place(s, p.0))
        .collect();
    let regions: HashSet<&str> = usable.iter().map(|p| places::region_of(&p.1)).collect();
    if regions.len() < 2 {
        return None;
    }
    // "two more, including a child, were hurt in Poltava": past the subset in commas.
    let b = past_including(s, b);
    // "killed in Kharkiv, and ...": the place after stops at "and"; "In the Dnipro region, two
    // died and three were wounded": the place before reaches back over it.
    // ("in Kyiv 10 people were killed, in the Vinnytsia region 29 villages lost power": a comma
    // and "in" open the next place's clause.)
    // (A place right after "in (the)": not "in addition", "in total".)
    let next_place = |k: usize| {
        s.toks[k].is(",")
            && s.toks.get(k + 1).is_some_and(|t| t.is("in"))
            && usable.iter().any(|p| p.0 == k + 2 || p.0 == k + 3)
    };
    let end = (b..s.toks.len())
        .find(|&k| s.toks[k].is_any(CLAUSE_BREAKS) || s.toks[k].is("and") || next_place(k))
        .unwrap_or(s.toks.len());
    let start = (0..a)
        .rev()
        .find(|&k| s.toks[k].is_any(CLAUSE_BREAKS))
        .map_or(0, |k| k + 1);
    let clause_end = (b..s.toks.len())
        .find(|&k| s.toks[k].is_any(CLAUSE_BREAKS))
        .unwrap_or(s.toks.len());
    // A clause listing places of several regions ("attacked Odesa, Kharkiv and Kyiv, killing
    // one") is a summary, not one place's figure.
    let in_clause: HashSet<&str> = usable
        .iter()
        .filter(|p| p.0 >= start && p.0 < clause_end)
        .map(|p| places::region_of(&p.1))
        .collect();
    let after = usable.iter().find(|p| p.0 >= b && p.0 < end);
    let before = usable.iter().rev().find(|p| p.0 < a && p.0 >= start);
    // "Three were injured in Kyiv, and two in Kherson": a place right after the figure's verb.
    let one = |p: &&&(usize, String, _, bool)| {
        let k = p.0;
        let prep = |at: usize| s.toks[at].is_any(&["in", "near"]);
        in_clause.len() == 1 || (k <= b + 6 && ((k >= 1 && prep(k - 1)) || (k >= 2 && prep(k - 2))))
    };
    after
        .filter(one)
        .or(before.filter(|_| in_clause.len() == 1))
        .map(|p| places::region_of(&p.1).to_string())
}

/// The token after an "including ..." subset in commas that opens at token `b` (", including a
/// child,"), else `b`.
fn past_including(s: &Sent, b: usize) -> usize {
    let opens = s.toks.get(b).is_some_and(|t| t.is(","))
        && s.toks.get(b + 1).is_some_and(|t| t.is("including"));
    if !opens {
        return b;
    }
    (b + 2..s.toks.len().min(b + 10))
        .find(|&k| s.toks[k].is(","))
        .map_or(b, |k| k + 1)
}

/// Whether the place at token `at` is a dateline ("MOSCOW, May 13:", "KYIV (Reuters) -"): where
/// the report was filed, not a place of the attack.
fn dateline(s: &Sent, at: usize) -> bool {
    at == 0
        && s.toks
            .get(1)
            .is_some_and(|t| t.is_any(&[",", "(", "-", "–", "—", ":"]))
}

/// Whether a zero-casualty sentence speaks for one place only: `Some(Some(region))` for a named
/// place ("in Kharkiv", "the governor of Kirovohrad", "in the capital"), `Some(None)` for an unnamed
/// one ("in the villages of ..."), `None` for the whole attack (also for an unnamed official's
/// "no fatalities", which reads as the whole report).
pub(crate) fn zero_scope(s: &Sent, sents: &[Sent], side: Side) -> Option<Option<String>> {
    if s.national
        || s.places.is_empty() && ZERO_EVERYWHERE.is_match(&s.text)
        || ZERO_ALL_NAMED.is_match(&s.text)
    {
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
    // "Oleh Kiper, the regional governor of Odesa, said the Izmail district came under attack.
    // There were no reports of casualties.": the governor's zero, for his region.
    // "'There were no casualties,' Andrey Bocharov, the governor, said": a regional official's
    // own zero, for the region of the sentence before (or an unnamed one).
    if s.places.is_empty() && s.idx > 0 {
        let prev = &sents[s.idx - 1];
        let regions = regions_named(prev);
        let named = named_official(s, sents);
        let official_here = REGIONAL_OFFICIAL.is_match(&s.text) || named.is_some();
        // (In the paragraph before too: wire copy gives each sentence a paragraph, "The governor
        // of the Voronezh region said ... ¶ He stated that no injuries were reported".)
        let official_before = REGIONAL_OFFICIAL.is_match(&prev.text);
        if regions.len() == 1 && (official_here || official_before) {
            return Some(regions.into_iter().next().map(str::to_string));
        }
        // "No one was hurt, Bogomaz added" after "Governor Bogomaz: ... over Bryansk region":
        // the region the official was introduced with.
        if let Some(Some(region)) = named {
            return Some(Some(region));
        }
        if official_here {
            return Some(None);
        }
    }
    if !ZERO_LOCAL.is_match(&s.text) {
        return None;
    }
    // "Russian forces targeted the city of Kyiv ... ¶ Reports indicate no casualties in the
    // city": the one region the sentence before named.
    // (The nearest of the three sentences before that names places.)
    // (Only a whole city or region: "in the district", "in the village" is a part of it.)
    let whole = ZERO_WHOLE_PLACE.is_match(&s.text);
    let prev_region = (s.idx.saturating_sub(3)..s.idx)
        .rev()
        .map(|i| regions_named(&sents[i]))
        .find(|r| !r.is_empty())
        .filter(|r| whole && r.len() == 1 && s.places.is_empty())
        .and_then(|r| r.into_iter().next().map(str::to_string));
    Some(prev_region)
}

/// The regions a sentence names (a city counts as its oblast), its dateline left out.
fn regions_named(s: &Sent) -> HashSet<&str> {
    s.places
        .iter()
        .filter(|p| !dateline(s, p.0))
        .map(|(_, n, _, _)| places::region_of(n))
        .collect()
}

/// Whether a zero names an unnamed local area ("in the district", "in the village").
pub(crate) fn local_area(s: &Sent) -> bool {
    ZERO_LOCAL.is_match(&s.text)
}

/// A regional official the article introduced earlier, named by surname ("No one was hurt,
/// Bocharov said" after "Volgograd Governor Andrei Bocharov"): `Some(region)` when the sentence
/// that introduced the official names exactly one region.
fn named_official(s: &Sent, sents: &[Sent]) -> Option<Option<String>> {
    s.toks.iter().find_map(|t| {
        let surname = t.text.len() >= 4
            && t.text.starts_with(|c: char| c.is_uppercase())
            && t.text.chars().all(char::is_alphabetic);
        if !surname {
            return None;
        }
        let intro = sents[..s.idx].iter().find(|p| {
            REGIONAL_OFFICIAL.is_match(&p.text)
                && p.toks.windows(2).any(|w| {
                    w[1].text == t.text && w[0].text.starts_with(|c: char| c.is_uppercase())
                })
        })?;
        let regions = regions_named(intro);
        let only = (regions.len() == 1)
            .then(|| regions.into_iter().next().map(str::to_string))
            .flatten();
        Some(only)
    })
}

/// The regions (a city counts as its oblast) named in the article's sentences about the attack of
/// `side` on `date` (`day` dates a sentence), in order: struck places, interception areas and
/// named officials' places alike.
pub(crate) fn attack_regions(
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
        // "due to Russian shelling of Kherson region, one person was killed": ground fire's
        // places are not the air attack's.
        if ground_fire(s, sents).is_some() {
            continue;
        }
        for (at, name, country, _) in &s.places {
            // "Moscow's air defense systems shot down 10 ATACMS missiles on the Crimean
            // peninsula": an owner or a point of reference is no place the attack reached.
            // "Moscow said it fired an Oreshnik": a capital speaking is its government.
            let speaking =
                CAPITALS.contains(&name.as_str()) && speaks_for_government(&s.toks, at + 1, name);
            if speaking
                || dateline(s, *at)
                || possessive_other(s, *at)
                || reference_point(s, *at)
                || visited(s, *at)
            {
                continue;
            }
            let r = places::region_of(name).to_string();
            if country.attacker() == side && !out.contains(&r) {
                out.push(r);
            }
        }
    }
    out
}

/// Whether the words right after a count (in its clause) give it the whole country's scope:
/// "45 drones overnight across the country", "across Russia", "nationwide", "in total".
pub(crate) fn national_after(s: &Sent, end: usize) -> bool {
    let w: Vec<&str> = s
        .toks
        .iter()
        .skip(end)
        .take(6)
        .take_while(|t| !t.is_any(&[",", ";", ".", "and", "while", "including"]))
        .map(|t| t.lower.as_str())
        .collect();
    w.contains(&"nationwide")
        || w.windows(2).any(|p| {
            matches!(
                p,
                ["across" | "throughout", "russia" | "ukraine" | "country"] | ["in", "total"]
            )
        })
        || w.windows(3)
            .any(|p| matches!(p, ["across" | "throughout", "the", "country"]))
}

/// What opens a clause of its own after a figure: a relative pronoun, "as" with its subject,
/// "amid", "while".
static SUBORDINATE: LazyLock<Regex> = crate::regex!(super::lexicon::patterns::SUBORDINATE);

/// Whether a period cue governs a quantity (same clause).
pub(crate) fn cue_governs(s: &Sent, c: &Cue, q: &Quantity) -> bool {
    let qpos = s.toks[q.i].start;
    let (a, b) = if c.end <= qpos {
        (c.end, qpos)
    } else if c.start >= qpos {
        (qpos, c.start)
    } else {
        return true; // the number is inside the cue ("February 2024")
    };
    if b.saturating_sub(a) >= 200 {
        return false;
    }
    let between = &s.text[a.min(s.text.len())..b.min(s.text.len())];
    // "nine people were injured ..., which they said was the 19th to hit the capital since the
    // start of October": a period inside a relative clause after the number is the clause's.
    // So is one in a clause of its own ("destroyed 15 of 18 missiles ... as Moscow has
    // intensified attacks on its neighbour in recent days", "amid", ", while").
    let relative = c.start >= qpos && SUBORDINATE.is_match(between)
        // "stepped up air strikes in recent weeks, particularly on Kyiv, where 28 people were
        // killed on June 17": the figure in a "where" clause after the period is the clause's.
        // (Only with a day of its own: "follow those in June this year, where at least 11 people
        // were killed at a restaurant" is the period's attack.)
        || c.end <= qpos
            && between.find(", where ").is_some_and(|w| {
                let at = a + w;
                s.cues.iter().any(|d| {
                    d.start > at && !matches!(d.kind, super::dates::CueKind::Period)
                })
            });
    !between.contains(';') && !between.contains(". ") && between.len() < 200 && !relative
}

#[cfg(test)]
mod tests {
    use crate::corpus::Meta;
    use crate::extract::test_support::one;
    use crate::extract::{article, Field};

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

    #[test]
    fn an_example_of_several_places_is_not_the_figures_place() {
        // "cities ..., including the capital, Kyiv": the lead's toll is the whole attack's, and
        // the regions' tolls after it are its parts.
        let e = one("At least six people were killed and more than 60 were injured in Russian missile strikes against cities in eastern and central Ukraine, including the capital, Kyiv. Five of the deaths were in Kharkiv after residential buildings were hit in attacks that also injured 51, the governor said.");
        assert_eq!(e.injured.map(|c| c.value), Some(60));
        // "..., including Kharkiv, where four people died": the figures are the example's own,
        // and another region's add to them.
        let e = one("Russian drones struck several regions overnight, including Kharkiv, where four people died and 12 were injured. In Odesa, two people were injured, the governor said.");
        assert_eq!(e.injured.map(|c| c.value), Some(14));
        // "and in Odesa" opens a clause of its own: Odesa is the figures' place, not an example.
        let e = one("Drones hit several regions, including Kyiv, and in Odesa two people were killed. In Kyiv, three people were killed, the mayor said.");
        assert_eq!(e.killed.map(|c| c.value), Some(5));
    }

    #[test]
    fn an_official_named_with_no_place_speaks_for_his_own() {
        // Every official's place is in the gazetteer.
        for (name, place) in crate::extract::lexicon::OFFICIAL_PLACES {
            let known = crate::extract::places::GAZETTEER
                .values()
                .any(|p| p.city == Some(*place) || p.region == Some(*place));
            assert!(known, "{name}: {place}");
        }
        // Kyiv's nine and Kharkiv's three are two places' figures, which sum.
        let e = one("Russia launched a massive attack on Ukraine overnight. Mayor Vitali Klitschko said Russian drones wounded at least nine people in the capital. Three more people were wounded, Syniehubov said.");
        assert_eq!(e.injured.map(|c| c.value), Some(12));
    }
}
