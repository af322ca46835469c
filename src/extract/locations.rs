//! Place names in a sentence and whether each is a strike location (not a title, launch site or
//! interception area).

use super::lexicon::*;
use super::numbers::{clock_word_before, Tok};
use super::places::{self, Country, Place, GAZETTEER};

/// Gazetteer matches of a sentence, with their normalised names. A place counts as a strike
/// location only in a sentence about the attack, not as a possessive ("Kyiv's allies"), not after
/// "to" ("go to Moscow"), and not as an interception area ("shot down over the Kyiv region").
pub(crate) fn find_places(toks: &[Tok], usable: bool) -> Vec<(usize, String, Country, bool)> {
    let mut out = Vec::new();
    let intercept_sentence = is_intercept_sentence(toks);
    let mut lists = Lists::default();
    let mut i = 0;
    while i < toks.len() {
        let Some((n, p)) = gazetteer_match(toks, i) else {
            i += 1;
            continue;
        };
        let after = toks.get(i + n).map(|t| t.lower.as_str()).unwrap_or("");
        // "21:30 Moscow time", "7 a.m. Kyiv time": a time zone, not a place; "the Dnipro River":
        // a river named like a city.
        // "according to the Kyiv Independent": an outlet. "at 5 a.m. Moscow (0200 GMT)": a time
        // zone after a clock time.
        // ("from 12 a.m. Oryol region came under attack", glossed "с 12 часов ночи Орловская
        // область": a region after the clock time is a place.)
        let region_after = matches!(
            after,
            "region" | "oblast" | "province" | "krai" | "republic" | "district"
        );
        if matches!(after, "time" | "river" | "river's")
            || clock_word_before(toks, i) && !region_after
            || toks
                .get(i + n)
                .is_some_and(|t| t.capitalized() && t.is_any(PLACE_OUTLET_WORDS))
        {
            i += n;
            continue;
        }
        // "President Vladimir Putin": a first name, not the city (but "the Vladimir Region").
        if toks[i..i + n].iter().any(|t| t.is_any(PLACE_FIRST_NAMES))
            && toks
                .get(i + n)
                .is_some_and(|t| t.capitalized() && !t.is_any(UNNAMED_AREAS))
        {
            i += n;
            continue;
        }
        // "Kyiv's Dnipro district": a district of the city before, not the city it is named after.
        let district_of = i > 0
            && toks[i - 1].lower.ends_with("'s")
            && matches!(after, "district" | "districts" | "raion");
        if district_of {
            i += n;
            continue;
        }
        let possessive = toks[i + n - 1].lower.ends_with("'s");
        let Some(name) = place_name(toks, i, n, p, after) else {
            i += n;
            continue;
        };
        let over = lists.over(toks, i, n, intercept_sentence);
        if lists.launch_site(toks, i, n) {
            i += n;
            continue;
        }
        let prev = if i > 0 {
            toks[i - 1].lower.as_str()
        } else {
            ""
        };
        // "Kyiv said Moscow hit the city": a government that speaks (its side, not the place of
        // the attack), as an official's title is.
        let official = is_official(toks, i + n, after) || speaks_for_government(toks, i + n, name);
        let ok =
            usable && !possessive && !official && prev != "to" && !(over && intercept_sentence);
        out.push((i, name.to_string(), p.country, ok));
        i += n;
    }
    capitals(toks, usable, &mut out);
    out
}

/// "in the Darnytskyi district of the capital", "the Ukrainian capital", "the Russian capital":
/// the capital named by its country, else by the other places of the sentence (Moscow when they
/// are all in Russia), else Kyiv. "the capital of Tatarstan" names no capital we know.
fn capitals(toks: &[Tok], usable: bool, out: &mut Vec<(usize, String, Country, bool)>) {
    // "Moscow had launched 75 drones ..., mostly aimed at the capital": a capital that launches
    // is its government, not a place of the sentence.
    let government = |k: usize| {
        let mut v = k + 1;
        while toks
            .get(v)
            .is_some_and(|t| t.is_any(&["has", "had", "have"]))
        {
            v += 1;
        }
        toks.get(v).is_some_and(|t| t.is_any(LAUNCH_VERBS))
    };
    let places: Vec<_> = out.iter().filter(|p| !government(p.0)).collect();
    let russian = !places.is_empty() && places.iter().all(|p| p.2 == Country::Russia);
    for k in 1..toks.len() {
        if !toks[k].is_any(&["capital", "capital's"]) || toks[k].capitalized() {
            continue;
        }
        let country = match toks[k - 1].lower.as_str() {
            "ukrainian" | "ukraine's" => Country::Ukraine,
            "russian" | "russia's" => Country::Russia,
            "the" if toks.get(k + 1).is_some_and(|t| t.is("of")) => continue,
            "the" if russian => Country::Russia,
            "the" => Country::Ukraine,
            _ => continue,
        };
        let key = if country == Country::Russia {
            "moscow"
        } else {
            "kyiv"
        };
        let Some(city) = GAZETTEER.get(key).and_then(|p| p.city) else {
            continue;
        };
        let ok = usable && !(k >= 2 && toks[k - 2].is("to"));
        out.push((k, city.to_string(), country, ok));
    }
    out.sort_by_key(|p| p.0);
}

/// "Moscow was subject to a major drone attack. … buildings in the capital were damaged": a bare
/// "the capital" in a sentence that names no other place is the capital of the last strike
/// location named before it (`before`: the places of the nearest sentence before that names any),
/// Moscow when those are all in Russia and one is a strike location. [`capitals`] alone, sentence by sentence, reads it as Kyiv.
pub(crate) fn capital_from_context(
    toks: &[Tok],
    places: &mut [(usize, String, Country, bool)],
    before: &[(usize, String, Country, bool)],
) {
    let bare = |p: &(usize, String, Country, bool)| {
        p.0 >= 1 && toks[p.0].is_any(&["capital", "capital's"]) && toks[p.0 - 1].is("the")
    };
    // "Russia bombarded Ukraine …, killing four people in the capital": a sentence that names a
    // country reads the capital by it, as [`capitals`] does.
    let countries = toks.iter().any(|t| {
        t.is_any(&[
            "ukraine",
            "ukraine's",
            "ukrainian",
            "russia",
            "russia's",
            "russian",
            "moscow's",
            "kyiv's",
        ])
    });
    if countries || places.is_empty() || !places.iter().all(bare) {
        return;
    }
    if !before.iter().any(|p| p.3) || !before.iter().all(|p| p.2 == Country::Russia) {
        return;
    }
    let Some(city) = GAZETTEER.get("moscow").and_then(|p| p.city) else {
        return;
    };
    for p in places.iter_mut() {
        p.1 = city.to_string();
        p.2 = Country::Russia;
    }
}

/// A sentence about interceptions only (no damage, casualties or hits).
fn is_intercept_sentence(toks: &[Tok]) -> bool {
    toks.iter().any(|t| t.is_any(INTERCEPT_VERBS))
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
        })
}

/// The longest gazetteer name starting at token `i` (capitalised): its length in tokens.
fn gazetteer_match(toks: &[Tok], i: usize) -> Option<(usize, &'static Place)> {
    for n in (1..=places::MAX_WORDS).rev() {
        if i + n > toks.len() || !toks[i].capitalized() {
            continue;
        }
        // ("St. Petersburg": the abbreviation's full stop is part of the name.)
        let mut key = String::new();
        for (k, t) in toks[i..i + n].iter().enumerate() {
            if k > 0 && !t.is(".") {
                key.push(' ');
            }
            key.push_str(t.lower.trim_end_matches("'s"));
        }
        // "suppressed in the Slovyansk, Siversky, and Kushchevsky districts" (Krasnodar Krai).
        let other = places::HOMONYMS
            .iter()
            .filter(|(k, _, _)| {
                let city = |k: &str| GAZETTEER.get(k).map(|p| p.city);
                city(key.as_str()).is_some() && city(k) == city(key.as_str())
            })
            .find(|(_, _, words)| toks.iter().any(|t| t.is_any(words)));
        if let Some(p) = other.and_then(|(_, alt, _)| GAZETTEER.get(alt)) {
            return Some((n, p));
        }
        if let Some(p) = GAZETTEER.get(key.as_str()) {
            return Some((n, p));
        }
    }
    None
}

/// The name a match stands for: its region when a region word follows ("the Chernihiv and
/// Khmelnytskyi regions", "the region of Sumy"), else its city, else its region.
fn place_name(toks: &[Tok], i: usize, n: usize, p: &Place, after: &str) -> Option<&'static str> {
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
    match (is_region, p.city, p.region) {
        (true, _, Some(r)) => Some(r),
        (_, Some(c), _) => Some(c),
        (_, None, Some(r)) => Some(r),
        _ => None,
    }
}

/// "Kyiv said", "Moscow claims": a place (`name`, its tokens ending before `at`) for its
/// government speaking; "as Kyiv targeted oil refineries", "Moscow hit the city": a capital for
/// its government acting (not "Kyiv hit by drones"). It tells the side, not where the figures are.
pub(crate) fn speaks_for_government(toks: &[Tok], at: usize, name: &str) -> bool {
    let Some(t) = toks.get(at) else {
        return false;
    };
    // "which Moscow had only infrequently targeted before", "Moscow has often struck": a
    // perfect's auxiliary and adverbs before the verb (not a passive's: "Kyiv was targeted").
    let verb = (at..toks.len().min(at + 4))
        .find(|&k| {
            let w = &toks[k];
            !(w.is_any(PERFECT_AUX)
                || w.is_any(GOVERNMENT_ADVERBS)
                || !w.capitalized() && w.lower.len() >= 4 && w.lower.ends_with("ly"))
        })
        .unwrap_or(at);
    // (Not "in Kyiv hit" — glossed "в Киеве попал под удар": a place after its preposition.)
    let acting = CAPITALS.contains(&name)
        && toks[verb].is_any(GOVERNMENT_VERBS)
        && !toks.get(verb + 1).is_some_and(|n| n.is("by"))
        && !(at >= 2 && toks[at - 2].is_any(PLACE_PREPOSITIONS));
    // "the latest attempted air raid by Kiev", "strikes by Moscow": the agent of an attack.
    let agent = CAPITALS.contains(&name)
        && at >= 3
        && toks[at - 2].is("by")
        && (toks[at - 3].is_any(ATTACK_NOUNS)
            || toks[at.saturating_sub(8)..at - 2]
                .iter()
                .any(|t| t.is_any(LAUNCH_PARTICIPLES)));
    t.is_any(SAYING_VERBS)
        || acting
        || agent
        || kremlin_government(toks, at)
        || CAPITALS.contains(&name) && named_as_government(toks, at - 1)
}

/// "No casualties were reported ..., according to Moscow", "did not explicitly point fingers at
/// Kyiv", "Moscow blamed Kyiv", "the local governor installed by Moscow": a capital as the source
/// of a report, the one blamed, or the one that installed or backs an official.
fn named_as_government(toks: &[Tok], place: usize) -> bool {
    let word = |k: usize, ws: &[&str]| place >= k && toks[place - k].is_any(ws);
    // ("according to Kyiv Governor Ruslan Kravchenko": a title, the official's place.)
    let titled = toks
        .get(place + 1)
        .is_some_and(|t| t.capitalized() || t.is_any(OFFICIAL_WORDS));
    word(2, &["according"]) && word(1, &["to"]) && !titled
        || word(1, GOVERNMENT_OBJECT_VERBS)
        || word(2, GOVERNMENT_AGENT_PARTICIPLES) && word(1, &["by"])
        || word(2, GOVERNMENT_OBJECT_NOUNS) && word(1, &["on", "against", "with"])
        || word(2, &["finger", "fingers"]) && word(1, &["at"])
        || government_pair(toks, place)
}

/// "talks involving Kyiv and Moscow", "between Moscow and Kyiv": either capital of the pair.
fn government_pair(toks: &[Tok], place: usize) -> bool {
    let is = |k: usize, ws: &[&str]| toks.get(k).is_some_and(|t| t.is_any(ws));
    let first = |k: usize| k >= 1 && is(k - 1, GOVERNMENT_PAIR_WORDS) && is(k, PAIR_CAPITALS);
    first(place) && is(place + 1, &["and"]) && is(place + 2, PAIR_CAPITALS)
        || place >= 2 && is(place - 1, &["and"]) && first(place - 2) && is(place, PAIR_CAPITALS)
}

/// "as the Kremlin stepped up its winter bombardment", "the Kremlin's war": the Kremlin is the
/// government unless it is what was attacked ("drones targeted the Kremlin", "over the Kremlin").
fn kremlin_government(toks: &[Tok], at: usize) -> bool {
    if at == 0 || !toks[at - 1].is_any(&["kremlin", "kremlin's"]) {
        return false;
    }
    let mut k = at - 1;
    while k > 0 && toks[k - 1].is("the") {
        k -= 1;
    }
    let object = |t: &Tok| {
        t.is_any(PLACE_PREPOSITIONS) || t.is_any(KREMLIN_AS_TARGET) || t.is_any(HIT_VERBS)
    };
    // "the Kremlin was attacked by two drones": the subject of a passive of attack is the place.
    let passive = toks.get(at).is_some_and(|t| t.is_any(PASSIVE_BE))
        && toks
            .get(at + 1)
            .is_some_and(|t| t.is_any(KREMLIN_AS_TARGET) || t.is_any(HIT_VERBS));
    !passive && (k == 0 || !object(&toks[k - 1]))
}

/// "Odesa governor Oleh Kiper", "the Kyiv city military administration": a title. (Either
/// apostrophe: "The Kiev regime’s unsuccessful attempt".)
fn is_official(toks: &[Tok], after_at: usize, after: &str) -> bool {
    let title = |w: &str| PLACE_TITLE_WORDS.contains(&w.replace('\u{2019}', "'").as_str());
    title(after)
        || (matches!(after, "city" | "regional" | "oblast" | "region's")
            && toks.get(after_at + 1).is_some_and(|t| title(&t.lower)))
}

/// Lists of places running on over a sentence: interception areas ("over the Sumy, Chernihiv and
/// Poltava regions") and launch sites ("from the directions of Bryansk, Millerovo and ...").
#[derive(Default)]
struct Lists {
    from_list: bool,
    list_end: usize,
    /// Whether the last place matched was an interception area, and where it ended: a list
    /// continues its first place's standing.
    last_over: bool,
    last_end: usize,
}

impl Lists {
    /// Whether the match at `i` is an interception area: after "over", or in a list whose first
    /// place is one.
    fn over(&mut self, toks: &[Tok], i: usize, n: usize, intercept_sentence: bool) -> bool {
        let (prev, prev2) = before(toks, i);
        // "over the Sumy, Chernihiv and Poltava regions": the whole list is the interception
        // area; "destroyed in the Dnipropetrovsk, Odesa, and Kherson regions": the whole list is
        // where, as its first place is.
        let continues = self.last_end > 0
            && toks[self.last_end..i]
                .iter()
                .all(|t| t.capitalized() || t.is_any(&[",", "and"]));
        let over = if continues {
            self.last_over
        } else {
            prev == "over"
                || (prev == "the" && prev2 == "over")
                || (intercept_sentence && prev == ",")
        };
        self.last_over = over;
        self.last_end = i + n;
        over
    }

    /// Whether the match at `i` is a launch site ("from Bryansk", "2 Iskander-M ballistic
    /// missiles (Kursk region)"), or in a list after one.
    fn launch_site(&mut self, toks: &[Tok], i: usize, n: usize) -> bool {
        let (prev, prev2) = before(toks, i);
        // A list of launch sites runs on over names the gazetteer lacks and their glosses:
        // "from the directions of Bryansk, Millerovo and Hvardiiske (temporarily occupied Crimea)".
        let continues_list = self.from_list
            && toks[self.list_end..i]
                .iter()
                .all(|t| t.capitalized() || t.is_any(LAUNCH_LIST_WORDS));
        // "2 Iskander-M ballistic missiles (Kursk region)", "aircraft (Saratov region)".
        let launch_gloss = prev == "("
            && (DRONE_HEADS.contains(&prev2)
                || MISSILE_HEADS.contains(&prev2)
                || matches!(prev2, "aircraft" | "bombers" | "ships" | "sea"));
        // "from the direction of the Bryansk region", "from the airspace over the Kursk region",
        // "from the areas of Chauda (Crimea)": names the gazetteer lacks may stand before.
        let from_direction = (1..=9).any(|b| {
            i >= b
                && toks[i - b].is("from")
                && toks[i - b + 1..i]
                    .iter()
                    .all(|t| t.is_any(LAUNCH_LEAD_WORDS) || t.is("(") || t.capitalized())
        });
        // "And from the Zaporizhzhia region, Governor Ivan Fedorov denounced the killing of
        // three people": an opening "from" names where the news comes from.
        let opening = (1..=3).any(|b| {
            i >= b
                && toks[i - b].is("from")
                && toks[..i - b]
                    .iter()
                    .all(|t| t.is_any(&["and", "meanwhile", ","]))
        }) && toks[i + n..(i + n + 3).min(toks.len())]
            .iter()
            .take_while(|t| !t.is(","))
            .all(|t| t.is_any(AREA_NOUNS) || t.is_any(&["oblast", "province", "city"]))
            && toks[i + n..].iter().take(3).any(|t| t.is(","));
        if opening {
            self.from_list = false;
            return false;
        }
        let launch_site = prev == "from"
            || from_direction
            || launch_gloss
            || (prev == "of" && prev2 == "directions")
            || prev2 == "from"
            || continues_list;
        self.from_list = launch_site;
        if launch_site {
            self.list_end = i + n;
        }
        launch_site
    }
}

/// The two words before token `i` (lowercase; empty at the start).
fn before(toks: &[Tok], i: usize) -> (&str, &str) {
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
    (prev, prev2)
}

#[cfg(test)]
mod tests {
    use crate::extract::test_support::one;

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
    fn a_list_of_places_shares_its_first_place_s_standing() {
        // "in the A, B, and C regions": every place of the list is where, as A is; so a zero
        // after it speaks for no single region of them.
        let e = one("On the night of March 30, seven combat drones were destroyed in the Dnipropetrovsk, Odesa, and Kherson regions. No casualties were reported.");
        assert_eq!(e.locations.len(), 3, "{:?}", e.locations);
        assert_eq!(e.killed.map(|c| c.value), Some(0));
        assert_eq!(e.injured.map(|c| c.value), Some(0));
        // "over A, B and C": the whole list is the interception area, as before.
        let e = one("Air defence shot down 12 drones over Kyiv, Odesa and Kherson regions. Two people were injured in Kyiv.");
        assert_eq!(e.locations, ["Kyiv"]);
    }

    #[test]
    fn two_capitals_of_talks_are_the_governments() {
        let e = one("A massive Russian overnight assault involving about 400 drones and some 40 missiles triggered power cuts across much of Ukraine on Saturday, two days after talks involving Kyiv and Moscow.");
        assert_eq!(e.attacker, crate::extract::Side::Russia);
        assert!(e.locations.is_empty(), "{:?}", e.locations);
    }
}
