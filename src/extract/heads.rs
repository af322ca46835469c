//! What a quantity counts: the head noun after a number, and numbers that never count attacks.

use super::dates::{Cue, CueKind};
use super::lexicon::*;
use super::numbers::{clock_word_at, Kind, Quantity, Tok};
use super::sentence::Head;
use joins::{after_and, joined_weapons, AfterAnd};

/// What the tokens after a number count: skips modifiers to the head noun.
pub(crate) fn head(toks: &[Tok], j: usize) -> (Head, usize, String) {
    if let Some(special) = special_head(toks, j) {
        return special;
    }
    if let Some(compound) = compound_head(toks, j) {
        return compound;
    }
    let mut k = j;
    let mut last_weapon: Option<(Head, usize)> = None;
    let mut steps = 0;
    while k < toks.len() && steps < 7 {
        let t = &toks[k];
        let w = t.lower.trim_matches('"');
        if model_digits(toks, k) {
            k += 1;
            continue;
        }
        // "shot down 12 of more than 20 cruise missiles": a part of a qualified total (of_phrase
        // reads it).
        if k == j && w == "of" && qualified_after(toks, k) {
            return (Head::Other, k + 1, w.to_string());
        }
        if k == j && w == "and" {
            match after_and(toks, k) {
                AfterAnd::Predicate => break,
                AfterAnd::SharedNoun => {
                    k += 2;
                    steps += 2;
                    continue;
                }
                AfterAnd::Modifier => {}
            }
        }
        if t.is_punct() {
            if k == j && dash_before_verb(toks, k) {
                return (Head::None, j, String::new());
            }
            // "air-, ground- and sea-launched missiles": a comma after a suspended hyphen.
            let suspended = t.text == "," && k > j && toks[k - 1].text == "-";
            // "all 10 short-range, cruise and ballistic missiles": a comma between modifiers of
            // one weapon noun.
            let modifiers = t.text == ","
                && k > j
                && (toks[k - 1].is_any(MODIFIERS) || toks[k - 1].lower.contains('-'))
                && toks.get(k + 1).is_some_and(|n| n.is_any(MODIFIERS))
                && toks[k + 1..(k + 8).min(toks.len())].iter().any(weapon_noun);
            if t.is_any(&["\"", "'", "“", "”", "‘", "-"]) || suspended || modifiers {
                k += 1;
                continue;
            }
            // "Six enemy (Russian) drones": a word in brackets between modifiers.
            if t.is("(") && toks.get(k + 2).is_some_and(|c| c.is(")")) && k > j {
                k += 3;
                continue;
            }
            break;
        }
        // "476 strike and decoy drones": kinds of drone joined before their noun.
        let kinds_joined = matches!(w, "strike" | "attack")
            && toks.get(k + 1).is_some_and(|n| n.is_any(&["and", "or"]))
            && toks[(k + 2).min(toks.len())..(k + 4).min(toks.len())]
                .iter()
                .any(weapon_noun);
        if let Some(m) = before_noun(toks, j, k, w) {
            steps += m - k;
            k = m;
            continue;
        }
        if (w == "strike" && toks.get(k + 1).is_some_and(weapon_noun)) || kinds_joined {
            // "143 strike UAVs", "Shahed strike drones": a kind of drone, not hits.
            k += 1;
            steps += 1;
            continue;
        }
        if let Some(c) = weapon_class(toks, k, w, last_weapon) {
            // "missile strikes", "drone attacks": events, not weapons.
            if c == Head::Strike {
                let events =
                    last_weapon.is_some() || (k > j && toks[k - 1].is_any(&["air", "aerial"]));
                let h = if events {
                    Head::StrikeEvents
                } else {
                    Head::Strike
                };
                return (h, k + 1, t.lower.clone());
            }
            if let Some(done) = joined_weapons(toks, k, w, c) {
                return done;
            }
            // Bombs and ground rockets win over a preceding "guided"/"air" modifier.
            last_weapon = Some((c, k));
            k += 1;
            steps += 1;
            continue;
        }
        // "25 decoy attack drones": a weapon word used as a modifier of the head noun after it.
        let head_after = || {
            toks[(k + 1).min(toks.len())..(k + 3).min(toks.len())]
                .iter()
                .any(weapon_noun)
        };
        if last_weapon.is_some()
            && w != "and"
            && w != "or"
            && modifier_at(toks, j, k, w)
            && head_after()
        {
            k += 1;
            steps += 1;
            continue;
        }
        // "1,500 anti-tank missile systems", "HIMARS missile launchers": a weapon noun in the
        // singular before the thing it names.
        if let Some((_, at)) = last_weapon {
            if k == at + 1 && !toks[at].lower.ends_with('s') && t.is_any(WEAPON_SYSTEM_NOUNS) {
                return (Head::Other, k + 1, w.to_string());
            }
        }
        if let Some((c, at)) = last_weapon {
            return (c, at + 1, toks[at].lower.clone());
        }
        // "145 'shock' drones", "35 “kamikaze” drones": a word in quotes before the weapon noun
        // modifies it (not "shock" the injury).
        let quote = |t: &Tok| t.is_any(&["\"", "'", "“", "”", "‘", "’"]);
        if k > j
            && quote(&toks[k - 1])
            && toks.get(k + 1).is_some_and(quote)
            && toks.get(k + 2).is_some_and(weapon_noun)
        {
            k += 1;
            steps += 1;
            continue;
        }
        if let Some(done) = person_or_casualty(toks, j, k, w) {
            return done;
        }
        if modifier_at(toks, j, k, w) || adjective_of_weapon(toks, k, w) || injury_kind(toks, k) {
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

/// Whether a qualifier of a total follows token `k` ("of more than 20", "of at least 30").
fn qualified_after(toks: &[Tok], k: usize) -> bool {
    const QUALIFIERS: &[&str] = &[
        "more",
        "about",
        "around",
        "approximately",
        "nearly",
        "almost",
        "over",
    ];
    toks.get(k + 1).is_some_and(|n| {
        n.is_any(QUALIFIERS) || (n.is("at") && toks.get(k + 2).is_some_and(|m| m.is("least")))
    })
}

/// Past a word that stands before the weapon noun it describes, to that noun (or the next word):
/// "Of the 19 total Russian missiles fired" ("total"), "48 shot down drones" (glossed "48 сбитых
/// БПЛА"), "19 shot down approaching Moscow drones" (glossed "о 19 сбитых на подлете к Москве
/// БПЛА": the participle's place between it and its noun).
fn before_noun(toks: &[Tok], j: usize, k: usize, w: &str) -> Option<usize> {
    let noun_within = |from: usize, to: usize| {
        toks[from.min(toks.len())..to.min(toks.len())]
            .iter()
            .any(weapon_noun)
    };
    if k == j && w == "total" && noun_within(k + 1, k + 4) {
        return Some(k + 1);
    }
    if w != "shot" || !toks.get(k + 1).is_some_and(|n| n.is("down")) {
        return None;
    }
    if toks.get(k + 2).is_some_and(weapon_noun) {
        return Some(k + 2);
    }
    let place = |n: &Tok| n.is_any(&["over", "above", "approaching", "near", "on", "in"]);
    if k != j || !toks.get(k + 2).is_some_and(place) {
        return None;
    }
    (k + 3..(k + 8).min(toks.len()))
        .take_while(|&m| toks[m].is_word())
        .find(|&m| weapon_noun(&toks[m]))
}

/// "three deaths and eight minor injuries", "4 confirmed fatalities": a kind of injury or death
/// before the noun.
fn injury_kind(toks: &[Tok], k: usize) -> bool {
    toks[k].is_word()
        && toks[k].is_any(INJURY_MODIFIERS)
        && toks
            .get(k + 1)
            .is_some_and(|n| n.is_any(INJURED_NOUNS) || n.is_any(KILLED_NOUNS))
}

/// "a 50-drone assault", "the 81-missile strike": the weapon hyphenated to the number is what it
/// counts, whatever event noun follows.
fn compound_head(toks: &[Tok], j: usize) -> Option<(Head, usize, String)> {
    let glued = |k: usize| j > 0 && toks.get(k).is_some_and(|t| toks[k - 1].end == t.start);
    if !(toks.get(j).is_some_and(|t| t.is("-")) && glued(j) && glued(j + 1)) {
        return None;
    }
    let w = toks.get(j + 1)?;
    if DRONE_HEADS.contains(&w.lower.as_str()) {
        return Some((Head::Drone, j + 2, w.lower.clone()));
    }
    MISSILE_HEADS
        .contains(&w.lower.as_str())
        .then(|| (Head::Missile, j + 2, w.lower.clone()))
}

/// "13 Russian military drones", "40 Iranian-designed drones": a word outside the modifier list
/// right before a plural weapon noun modifies it, unless it is a function word ("three were
/// drones"); not before a singular one ("a direct missile hit" is a hit).
fn adjective_of_weapon(toks: &[Tok], k: usize, w: &str) -> bool {
    // "and one unidentified missile during the attack": after "one", a singular weapon noun
    // that ends its phrase (not "one cruise missile strike").
    let phrase_ends = |a: &Tok| a.is_punct() || a.is_any(SINGULAR_HEAD_FOLLOWERS);
    // (Not "ни one ... missile", glossed from "ни одной ракеты": none.)
    let one = k > 0
        && toks[k - 1].is_any(&["one", "1"])
        && !(k > 1 && toks[k - 2].is_any(&["ни", "not", "nor"]));
    let singular_head =
        |m: usize| one && weapon_noun(&toks[m]) && toks.get(m + 1).is_none_or(phrase_ends);
    toks[k].is_word()
        // Any script: an unglossed Ukrainian or Russian adjective ("113 российских военных
        // беспилотников", glossed "113 Russian военных drones").
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !w.is_empty()
        && !NOT_ADJECTIVES.contains(&w)
        && !w.split('-').any(|part| NUMBER_WORDS.contains(&part))
        // "40 attacking Iranian-made Shahed combat drones": past the listed modifiers after it;
        // "42 more traditional and slower Russian missiles": past another adjective joined to it.
        && (k + 1..(k + 5).min(toks.len()))
            .find(|&m| {
                !toks[m].is_any(MODIFIERS) || toks[m].is_any(NOT_ADJECTIVES) || singular_head(m)
            })
            .is_some_and(|m| {
                let n = &toks[m];
                (weapon_noun(n) && (n.lower.ends_with('s') || singular_head(m)))
                    || (n.is_any(&["and", "or"])
                        && toks.get(m + 1).is_some_and(|a| {
                            !a.is_any(&["and", "or"])
                                && adjective_of_weapon(toks, m + 1, &a.lower)
                        }))
            })
}

/// A drone or missile head noun.
/// "Ще 25 – отримали травми" (glossed "Another 25 - sustained injuries"): a dash right after the
/// number and before a casualty verb; the number has no noun.
fn dash_before_verb(toks: &[Tok], k: usize) -> bool {
    toks[k].is_any(&["-", "–", "—"])
        && toks
            .get(k + 1)
            .is_some_and(|n| n.is_any(INJURE_AFTER) || n.is_any(KILL_AFTER) || n.is_any(AUX))
}

/// The weapon named right before a bare count after a dash or colon: "attacked Ukraine with a
/// record number of drones - 145" (glossed "рекордным количеством дронов - 145"), "missiles:
/// 12". Only where nothing follows the number but punctuation.
pub(crate) fn head_before(toks: &[Tok], q_start: usize, j: usize) -> Option<(Head, String)> {
    let bare = toks.get(j).is_none_or(|t| t.is_punct() && !t.is("("));
    if !bare || q_start < 2 || !toks[q_start - 1].is_any(&["-", "–", "—", ":"]) {
        return None;
    }
    // A verb of the attack before the noun (not a list of war losses: "cruise missiles - 3,057
    // (+0)").
    let verb = toks[..q_start - 2]
        .iter()
        .any(|t| t.is_any(LAUNCH_VERBS) || t.is_any(INTERCEPT_VERBS));
    if !verb {
        return None;
    }
    let n = &toks[q_start - 2];
    let h = if DRONE_HEADS.contains(&n.lower.as_str()) && n.lower.ends_with('s') {
        Head::Drone
    } else if MISSILE_HEADS.contains(&n.lower.as_str()) && n.lower.ends_with('s') {
        Head::Missile
    } else {
        return None;
    };
    Some((h, n.lower.clone()))
}

fn weapon_noun(n: &Tok) -> bool {
    let n = n.lower.as_str();
    DRONE_HEADS.contains(&n) || MISSILE_HEADS.contains(&n)
}

/// "four different types of missiles": a count of kinds, not of weapons.
fn kinds_of(toks: &[Tok], j: usize) -> Option<(Head, usize, String)> {
    let p = toks
        .get(j..(j + 2).min(toks.len()))
        .unwrap_or(&[])
        .iter()
        .position(|t| t.is_any(&["types", "kinds", "sorts", "models"]))
        .filter(|&p| p == 0 || toks[j].is_any(&["different", "various", "distinct"]))?;
    Some((Head::Other, j + p + 1, toks[j + p].lower.clone()))
}

/// A head read from a phrase of its own: kinds ("different types"), launches of a weapon, or an
/// editor's bracketed noun.
fn special_head(toks: &[Tok], j: usize) -> Option<(Head, usize, String)> {
    kinds_of(toks, j)
        .or_else(|| launches_of(toks, j))
        .or_else(|| bracketed_head(toks, j))
}

/// "All 12 (drones) were shot down", "downed 10 [drones]": an editor's weapon noun in brackets,
/// right after the number, is its head. (Not "a combined attack of 165 (UAVs) and missiles": both
/// together.)
fn bracketed_head(toks: &[Tok], k: usize) -> Option<(Head, usize, String)> {
    let bracketed = toks.get(k).is_some_and(|t| t.is_any(&["(", "["]))
        && toks.get(k + 2).is_some_and(|c| c.is_any(&[")", "]"]))
        && toks.get(k + 1).is_some_and(weapon_noun);
    let joined = toks
        .get(k + 3)
        .is_some_and(|n| n.is_any(&["and", "or", "&"]));
    if !bracketed || joined {
        return None;
    }
    let noun = toks[k + 1].lower.as_str();
    weapon_class(toks, k + 1, noun, None)
        .filter(|c| matches!(c, Head::Drone | Head::Missile))
        .map(|c| (c, k + 3, noun.to_string()))
}

/// "up to 17 launches of Shahed UAVs were reported": a count of launches of a weapon counts the
/// weapon, one a launch (as "19 Shahed launches" does).
fn launches_of(toks: &[Tok], j: usize) -> Option<(Head, usize, String)> {
    let of = toks.get(j).is_some_and(|t| t.is_any(WEAPON_COUNT_NOUNS))
        && toks.get(j + 1).is_some_and(|t| t.is("of"));
    let (h, end, noun) = if of { head(toks, j + 2) } else { return None };
    matches!(h, Head::Drone | Head::Missile).then_some((h, end, noun))
}

/// "two 3M22 Zircon missiles": the digits of a model code are part of the name.
fn model_digits(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    matches!(t.kind, Kind::Num(_))
        && toks
            .get(k + 1)
            .is_some_and(|n| n.start == t.end && n.text.starts_with(|c: char| c.is_alphabetic()))
}

/// The class of the word at `k`, if it names a weapon, a bomb, ground fire or strikes.
fn weapon_class(
    toks: &[Tok],
    k: usize,
    w: &str,
    last_weapon: Option<(Head, usize)>,
) -> Option<Head> {
    if DRONE_HEADS.contains(&w) {
        // "vehicles" only as "unmanned (attack/aerial) vehicles", and so on (the table).
        let needs = DRONE_HEAD_NEEDS
            .iter()
            .find(|(h, _)| *h == w)
            .map(|(_, n)| *n);
        // "364 aerial attack vehicles, including 355 drones and nine cruise missiles": the means
        // of air attack of every kind, drones and missiles together.
        // ("718 hostile aerial assault vehicles" in rewritten copy.)
        let air_attack = k >= 2
            && toks[k - 1].is_any(&["attack", "assault"])
            && toks[k - 2].is_any(&["aerial", "air"])
            && needs.is_some();
        if air_attack {
            return Some(Head::Mixed);
        }
        // "five Ukrainian naval drones", "three unmanned surface vehicles", "sea attack drones":
        // boats, not drones (as the real gold reads them).
        // (The modifiers right before the noun only: not "over the Black Sea, 43 drones".)
        let naval = toks[k.saturating_sub(3)..k]
            .iter()
            .rev()
            .take_while(|t| t.is_any(NAVAL_MODIFIERS) || t.is_any(MODIFIERS))
            .any(|t| t.is_any(NAVAL_MODIFIERS));
        // ("destroyed ten drone boats": a drone noun before a vessel's is the boat's kind.)
        let boat = toks.get(k + 1).is_some_and(|n| n.is_any(VESSEL_NOUNS));
        if naval || boat {
            return None;
        }
        return needs
            .is_none_or(|n| toks[k.saturating_sub(2)..k].iter().any(|t| t.is_any(n)))
            .then_some(Head::Drone);
    }
    if MISSILE_HEADS.contains(&w) || w.starts_with("kh-") || w.starts_with("x-") {
        // "seven more missiles from the Vilkha MLRS": rockets of a ground launcher.
        let ground_launcher = toks.get(k + 1).is_some_and(|n| n.is_any(&["from", "of"]))
            && toks[(k + 2).min(toks.len())..(k + 5).min(toks.len())]
                .iter()
                .take_while(|t| t.is_word())
                .any(|t| t.is_any(GROUND_HEADS));
        // "four US-supplied Himars missiles": the rockets of a multiple launcher.
        let launcher_named = k > 0 && toks[k - 1].is_any(ROCKET_LAUNCHERS);
        return Some(if ground_launcher || launcher_named {
            Head::Ground
        } else {
            Head::Missile
        });
    }
    if BOMB_HEADS.contains(&w) {
        return Some(Head::Bomb);
    }
    if GROUND_HEADS.contains(&w) {
        return Some(Head::Ground);
    }
    let strike = w == "strikes"
        || w == "hits"
        || w == "impacts"
        || (w == "strike" && !last_weapon.is_some_and(|(_, at)| toks[at].lower.ends_with('s')));
    strike.then_some(Head::Strike)
}

/// A person or casualty noun at `k` (or a verb right after the number: no head).
fn person_or_casualty(toks: &[Tok], j: usize, k: usize, w: &str) -> Option<(Head, usize, String)> {
    // "4 confirmed fatalities": an auxiliary-like participle before a casualty noun is its kind.
    // ("129 allegedly downed drones": a hedge before the participle of a weapon noun.)
    let hedge = MODIFIERS.contains(&w)
        && toks.get(k + 1).is_some_and(|n| {
            adjective_of_weapon(toks, k + 1, &n.lower)
                || (n.is("shot")
                    && toks.get(k + 2).is_some_and(|d| d.is("down"))
                    && toks.get(k + 3).is_some_and(weapon_noun))
        });
    if k == j
        && !injury_kind(toks, k)
        && !hedge
        && (AUX.contains(&w)
            || KILL_AFTER.contains(&w)
            || w == "died"
            || w == "remain"
            || w == "remained"
            // "Among 21 who were killed".
            || w == "who"
            // "shooting down 76 while losing track of 96 others": a conjunction right after the
            // number ends its clause.
            || COUNT_CLAUSE_ENDS.contains(&w)
            // "Air defences shot down 57 and another 27 were locationally lost": "and another"
            // opens the next count.
            || w == "and" && toks.get(k + 1).is_some_and(|n| n.is("another")))
        && !PERSON_HEADS.contains(&w)
    {
        return Some((Head::None, j, String::new()));
    }
    // "Twenty more people were injured": "more" modifies the person noun after it.
    let more_people = (w == "more" || w == "other")
        && toks
            .get(k + 1)
            .is_some_and(|n| n.is_any(PERSON_HEADS) && !n.is_any(&["more", "others"]));
    // "14 more Ukrainian regions": "more" before another noun phrase is no person.
    // "42 more traditional and slower Russian missiles": a weapon noun phrase.
    let more_things = w == "more"
        && (toks
            .get(k + 1)
            .is_some_and(|n| n.capitalized() || n.is_any(PLACE_NOUNS))
            || toks[k + 1..]
                .iter()
                .take(6)
                .take_while(|n| n.is_word() && !n.is_any(AUX))
                .any(|n| weapon_noun(n) && !DRONE_HEAD_NEEDS.iter().any(|(h, _)| n.is(h)))
            // "destroyed six more unmanned naval vessels": boats, not the drones before.
            || toks[k + 1..]
                .iter()
                .take(3)
                .take_while(|n| n.is_word() && !n.is_any(AUX))
                .any(|n| n.is_any(NAVAL_MODIFIERS) || n.is_any(VESSEL_NOUNS)));
    // "1 civilian resident", "two woman drivers": a person noun modifying the person noun after
    // it (modifier_at reads it as a compound).
    // "19 civilian deaths": a person noun modifying a casualty noun (not in "the two civilian
    // deaths", a reference to a count stated before).
    let definite = j >= 2 && toks[j - 2].is("the");
    let modifies_person = toks.get(k + 1).is_some_and(|n| {
        (n.is_any(PERSON_HEADS) && !n.is_any(&["more", "others", "other", "couple"]))
            || (!definite && n.is_any(CASUALTY_NOUNS_AFTER_PERSON))
    });
    if PERSON_HEADS.contains(&w) && !more_people && !more_things && !modifies_person {
        return Some((Head::Person, k + 1, w.to_string()));
    }
    // "killing a 14-year-old and three others", "two 17-year-olds were injured": an age used as
    // a noun.
    let ends_phrase = toks
        .get(k + 1)
        .is_none_or(|n| n.is_punct() || n.is_any(AGE_NOUN_FOLLOWERS));
    if (w.ends_with("-year-old") || w.ends_with("-year-olds")) && ends_phrase {
        return Some((Head::Person, k + 1, w.to_string()));
    }
    // "removed 4 bodies of killed Ukrainians", "извлекли 10 тел погибших" (glossed "10 bodies of
    // the dead"): bodies are the dead, whatever "of" follows.
    // (Not "returned another 1200 bodies of soldiers killed in action": the war's dead.)
    let bodies_of_dead = w == "bodies"
        && !toks
            .get(k + 2)
            .is_some_and(|n| n.is_any(BODIES_NOT_CASUALTIES));
    if KILLED_NOUNS.contains(&w)
        && (bodies_of_dead || !toks.get(k + 1).is_some_and(|n| n.is_any(&["of", "to"])))
    {
        return Some((Head::Killed, k + 1, w.to_string()));
    }
    if INJURED_NOUNS.contains(&w) && w != "hurt" {
        // "eight injured residents" / "40 wounded"
        return Some((Head::Injured, k + 1, w.to_string()));
    }
    if w == "casualties" {
        return Some((Head::Other, k + 1, w.to_string()));
    }
    None
}

/// Whether the word at `k` modifies the head noun that follows.
fn modifier_at(toks: &[Tok], j: usize, k: usize, w: &str) -> bool {
    let t = &toks[k];
    let modifier = MODIFIERS.contains(&w)
        || (t.capitalized() && k > j && !t.is_any(&["Ukraine", "Russia"]))
        || (t.capitalized()
            && k == j
            && !t.is_any(&["Ukraine", "Russia"])
            && t.text.chars().any(|c| c == '-'));
    // "air-, ground- and sea-launched": the parts of a suspended hyphen.
    let hyphenated = w.contains('-')
        || toks.get(k + 1).is_some_and(|n| n.text == "-")
        || (w == "and" && k > j && toks[k - 1].text == "-");
    // "a security guard", "two police officers": a noun modifying a person noun.
    let person = |n: &Tok| n.is_any(PERSON_HEADS) && !n.is_any(&["more", "others", "other"]);
    let compound = toks
        .get(k + 1)
        .is_some_and(|n| person(n) && n.lower != "more");
    // "two foreign aid workers", "seven energy infrastructure employees", "a trade pavilion
    // security guard": up to three plain words before a person noun.
    let plain = |n: &Tok| n.is_word() && !n.capitalized() && !n.is_any(PHRASE_BREAKS);
    let compound2 = plain(t)
        && (2..=3).any(|n| {
            toks.get(k + 1..k + n).is_some_and(|w| w.iter().all(plain))
                && toks.get(k + n).is_some_and(person)
        });
    modifier || hyphenated || compound || compound2 || t.capitalized()
}

/// Numbers that never count attacks: money, percentages, years, times, durations, ordinals,
/// citations, programme names, ages and measures.
pub(crate) fn not_a_count(toks: &[Tok], q: &Quantity, cues: &[Cue]) -> Option<String> {
    // Inside a date ("May 30, 2023", "on 5 September"): the date.
    let at = toks[q.i].start;
    if cues.iter().any(|c| {
        c.start <= at && at < c.end && matches!(c.kind, CueKind::Date { .. } | CueKind::Period)
    }) || super::dates::after_month(toks, q.i)
    {
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
    // "3M22 Zircon", "9M723": digits glued to the letters of a model code.
    let glued = next.is_some_and(|n| {
        n.start == toks[q.j - 1].end && n.text.starts_with(|c: char| c.is_alphabetic())
    }) && q.digits;
    // "Shahed 136 drones", "Kh 101", "Tu 95": the number of a model series named right before.
    let series =
        prev.is_some_and(|p| p.is_any(MODEL_SERIES) && p.end + 1 == toks[q.i].start) && q.digits;
    if glued
        || series
        || prev.is_some_and(|p| p.is_any(&["/", "\\"]))
        || next.is_some_and(|n| n.is("/") && next2.is_some_and(|m| matches!(m.kind, Kind::Num(_))))
    {
        return Some("part of a model name or fraction".into());
    }
    // "5:30" (a clock's colon touches both numbers; not a dateline's "15/5: Four people").
    let clock = |a: &Tok, colon: &Tok, b: &Tok| {
        colon.is(":")
            && a.end == colon.start
            && colon.end == b.start
            && matches!(b.kind, Kind::Num(_))
    };
    if next.is_some_and(|n| next2.is_some_and(|m| clock(&toks[q.j - 1], n, m)))
        || clock_word_at(toks, q.j).is_some()
        // "at about 4 am (0200 GMT)": a clock time of a time zone.
        || next.is_some_and(|n| n.is_any(TIME_ZONES))
        || next.is_some_and(|n| n.is_any(TIME_ZONE_PLACES)) && next2.is_some_and(|m| m.is("time"))
    {
        return Some("a time of day".into());
    }
    if prev.is_some_and(|p| q.i >= 2 && clock(&toks[q.i - 2], p, &toks[q.i])) {
        return Some("a time of day".into());
    }
    if let Some(v) = q.value {
        // "2,000 Shahed drones": a thousands separator is never a year's.
        let grouped = toks[q.i..q.j].iter().any(|t| t.text.contains([',', '.']));
        if q.digits
            && !grouped
            && (1900..=2100).contains(&v)
            && !next.is_some_and(|n| n.is_any(&["drones", "missiles", "people", "shaheds"]))
        {
            return Some("a year".into());
        }
    }
    // "Section 333", "Flight 752", "train 6605": a label, capitalised or (a long one) not;
    // "Lyceum No. 16": past the abbreviation's full stop.
    let long = q.value.is_some_and(|v| v >= 100);
    let label = match prev {
        Some(p) if p.is(".") && q.i >= 2 && toks[q.i - 2].end == p.start => Some(&toks[q.i - 2]),
        _ => prev,
    };
    if label.is_some_and(|p| p.is_any(LABEL_NOUNS) && (p.capitalized() || long)) {
        return Some(format!(
            "a label (\"{} {}\")",
            label.map(|p| p.text.as_str()).unwrap_or(""),
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
    an_age(toks, q).then(|| "an age".into())
}

/// Whether the number at `q` is a person's age: "two men aged 51 and 55", "a boy of age 9",
/// "A woman, 45, was killed", "men 41 and 49 years old".
fn an_age(toks: &[Tok], q: &Quantity) -> bool {
    // "two men aged 51 and 55", "a boy of age 9": ages.
    let num = |k: usize| matches!(toks[k].kind, Kind::Num(_)) || toks[k].is_word();
    let age_before = |k: usize| toks[k].is_any(AGE_WORDS);
    // "three women aged 32, 36, and 56": past the ages listed before it.
    let sep = |k: usize| toks[k].is_any(&["and", ",", "to"]);
    let mut k = q.i;
    loop {
        let mut m = k;
        while m >= 1 && sep(m - 1) {
            m -= 1;
        }
        if m == k || m == 0 || !num(m - 1) {
            break;
        }
        k = m - 1;
    }
    // "The victim, aged - 31" (glossed "Постраждалому — 31 рік"): a dash between.
    let dashed = q.i >= 2 && toks[q.i - 1].is_any(&["-", "–", "—"]) && age_before(q.i - 2);
    // "Five people aged between 36 and 55 suffered shrapnel wounds": a range of ages.
    let age_range = q.i >= 2 && toks[q.i - 1].is_any(&["between", "from"]) && age_before(q.i - 2);
    // "a woman of 70", "a girl of 14": one person's age.
    let of_person =
        q.digits && q.i >= 2 && toks[q.i - 1].is("of") && toks[q.i - 2].is_any(ONE_PERSON_OF_AGE);
    // (Not the next person of a list: "a man aged 61, a woman aged 59".)
    let next_person = !q.digits && head(toks, q.j).0 == Head::Person;
    if !next_person
        && (q.i >= 1 && age_before(q.i - 1)
            || k < q.i && k >= 1 && age_before(k - 1)
            || dashed
            || age_range
            || of_person)
    {
        return true;
    }
    // "A woman, 45, was killed", "A man, 62, and two women, 51 and 53, have been injured": digits
    // set off by commas right after a person are the person's age (wire style).
    let after = toks.get(q.j);
    let closed = after.is_some_and(|t| t.is_any(&[",", ")"]))
        || after.is_some_and(|t| t.is_any(&["and", "or"]))
            && toks
                .get(q.j + 1)
                .is_some_and(|n| matches!(n.kind, Kind::Num(_)));
    let digits = |k: usize| matches!(toks[k].kind, Kind::Num(_));
    let mut first = q.i;
    while first >= 2 && toks[first - 1].is_any(&["and", ","]) && digits(first - 2) {
        first -= 2;
    }
    if closed
        && first >= 2
        && digits(first)
        && toks[first - 1].is(",")
        && toks[first - 2].is_any(PERSON_HEADS)
    {
        return true;
    }
    first_of_two_ages(toks, q)
}

/// "men 41 and 49 years old" (чоловіки 41 і 49 років): the first of two ages.
fn first_of_two_ages(toks: &[Tok], q: &Quantity) -> bool {
    toks.get(q.j).is_some_and(|n| n.is_any(&["and", "or"]))
        && toks
            .get(q.j + 1)
            .is_some_and(|n| matches!(n.kind, Kind::Num(_)))
        && toks
            .get(q.j + 2)
            .is_some_and(|n| n.is_any(&["years", "year"]))
        && toks.get(q.j + 3).is_some_and(|n| n.is("old"))
}

mod joins;

#[cfg(test)]
mod tests;
