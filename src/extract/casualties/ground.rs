//! Whether a sentence's casualties are the air attack's or ground fire's (shelling, artillery,
//! glide bombs, floods and mines), judged from the sentence and the ones around it.

use super::super::lexicon::patterns;
use super::super::lexicon::*;
use super::super::numbers::{Kind, Tok};
use super::super::places;
use super::super::scope::locality;
use super::super::sentence::Sent;
use regex::Regex;
use std::sync::LazyLock;

/// What makes casualties of shelling and air attacks together a summary total.
static MIXED_TOTAL: LazyLock<Regex> = crate::regex!(patterns::MIXED_TOTAL);
static AGGRESSION_TOLL: LazyLock<Regex> = crate::regex!(patterns::AGGRESSION_TOLL);
static TOLL_UPDATE: LazyLock<Regex> = crate::regex!(patterns::TOLL_UPDATE);

/// Whether a sentence has any of `words`.
fn has(s: &Sent, words: &[&str]) -> bool {
    s.toks.iter().any(|t| t.is_any(words))
}

/// Whether a sentence names an air weapon, not one a ground system's name makes ground fire ("The
/// strikes were possibly launched by Grad missile systems").
fn has_air(s: &Sent) -> bool {
    s.toks.iter().enumerate().any(|(k, t)| {
        let system = |p: &Tok| p.is_any(GROUND_FIRE) && !p.is_any(SHELLING_WORDS);
        t.is_any(AIR_WEAPON) && !(k > 0 && system(&s.toks[k - 1]))
    })
}

/// Whether a sentence names a ground weapon ("heavy artillery", "a shell", "MLRS"), not only the
/// word of shelling.
fn ground_weapon(s: &Sent) -> bool {
    s.toks
        .iter()
        .any(|t| t.is_any(GROUND_FIRE) && !t.is_any(SHELLING_WORDS))
}

/// Whether a sentence names glide bombs ("guided bombs"; not "a bomb shelter").
fn has_bombs(s: &Sent) -> bool {
    s.toks.iter().enumerate().any(|(k, t)| {
        t.is_any(BOMB_HEADS) && !s.toks.get(k + 1).is_some_and(|n| n.is_any(BOMB_NOT_WEAPON))
    })
}

/// Why casualties in this sentence are ground fire's, not the air attack's (if they are).
pub(crate) fn ground_fire(s: &Sent, sents: &[Sent]) -> Option<String> {
    // "the flooding has claimed the lives of at least 38 people", "killed after stepping on a
    // landmine", "a Russian Su-34 warplane crashed ..., killing at least three": no air attack.
    if has(s, NON_ATTACK_CAUSES) && !has_air(s) {
        return Some(
            "caused by something other than an air attack (flood, landmine, crash, saboteurs)"
                .into(),
        );
    }
    let own_ground = has(s, GROUND_FIRE);
    let own_air = has_air(s);
    // "In total, Russian shelling and air attacks on the region over the past day killed three":
    // a total of both kinds of fire cannot be split.
    if own_ground && own_air && MIXED_TOTAL.is_match(&s.text) {
        return Some("a total of shelling and air attacks together, not the air attack's".into());
    }
    if !own_air && AGGRESSION_TOLL.is_match(&s.text) {
        return Some(
            "a day's toll of \"Russian aggression\": shelling and air attacks together".into(),
        );
    }
    // "At least seven civilians were killed ... across Ukraine over the past 24 hours ... ¶ In
    // Donetsk Oblast, six civilians were killed": a region's part of a day's round-up.
    // (Not the toll right after a sentence of the air weapons that struck its places: "Russian
    // drones and an Iskander-M ballistic missile struck the cities of Dnipro and Kryvyi Rih. ¶
    // Twelve people ... were injured in Kryvyi Rih".)
    let prev_air_here = || {
        s.idx > 0 && {
            let p = &sents[s.idx - 1];
            has_air(p)
                && has(p, HIT_VERBS)
                && !p.places.is_empty()
                && !s.places.is_empty()
                && s.places.iter().all(|q| p.places.iter().any(|r| r.1 == q.1))
        }
    };
    if !own_air && s.round_up_lead {
        return Some(
            "a day's round-up of the whole country: shelling and air attacks together".into(),
        );
    }
    // (Nor an update, naming no place, of the toll of the air attack right before: "Russian
    // troops targeted Odesa with kamikaze drones overnight, ... injuring at least three. ¶
    // Interior Minister Ihor Klymenko later revised the number to four injured".)
    let update_of_air = || {
        s.idx > 0
            && s.places.is_empty()
            && has_air(&sents[s.idx - 1])
            && TOLL_UPDATE.is_match(&s.text)
    };
    if !own_air && s.after_round_up && !prev_air_here() && !update_of_air() {
        return Some(
            "a region's part of a day's round-up: shelling and air attacks together".into(),
        );
    }
    // "Russian guided bombs shattered an apartment building in Kharkiv, killing three": glide
    // bombs are not missiles, and their casualties are not the drone and missile attack's.
    if has_bombs(s) && !has(s, DRONE_HEADS) && !has(s, MISSILE_HEADS) {
        return Some("attributed to glide bombs, not the drone and missile attack".into());
    }
    if own_air {
        return None;
    }
    // "The occupiers hit it with two guided aerial bombs. ¶ Currently, 5 people were killed and
    // 40 injured": the casualties right after a sentence of glide bombs alone are theirs.
    let prev_bombs = s.idx > 0 && {
        let p = &sents[s.idx - 1];
        has_bombs(p) && !has(p, DRONE_HEADS) && !has(p, MISSILE_HEADS)
    };
    // (Not a sentence about another place: "... Separately, in Odesa, a drone injured two".)
    let same_place = || {
        let p = &sents[s.idx - 1];
        p.places.is_empty()
            || s.places.iter().all(|q| {
                p.places
                    .iter()
                    .any(|r| places::region_of(&r.1) == places::region_of(&q.1))
            })
    };
    if prev_bombs && !own_ground && same_place() {
        return Some("attributed to glide bombs, not the drone and missile attack".into());
    }
    // Context: the previous sentence of the same paragraph when this one names no weapon.
    let prev_ground = s.idx > 0
        && sents[s.idx - 1].para == s.para
        && has(&sents[s.idx - 1], GROUND_FIRE)
        && !has_air(&sents[s.idx - 1]);
    if !own_ground && !prev_ground {
        return None;
    }

    // An air weapon named for the same place within the next sentences ("Russia used S-300
    // missiles and the Uragan MLRS against Kostiantynivka") makes it a missile strike.
    // The place: this sentence's, else the nearest earlier one's in the paragraph, or the
    // sentence right before ("... launched another rocket attack on Odesa. ¶ One person was
    // killed ... due to enemy shelling").
    let place = locality(s, sents).or_else(|| {
        sents[..s.idx]
            .iter()
            .rev()
            .take(4)
            .enumerate()
            .take_while(|(n, p)| p.para == s.para || *n == 0)
            .find(|(_, p)| !p.places.is_empty())
            .and_then(|(_, p)| locality(p, sents))
    });
    // "As a result of a direct hit by a shell ..., two men and a woman were injured": a ground
    // weapon named in the sentence itself is ground fire, whatever the next sentences name.
    if own_ground && ground_weapon(s) {
        return Some("attributed to shelling or artillery, not the air attack".into());
    }
    // "... attacked Kharkiv with kamikaze drones. ¶ The shelling injured 6 civilians", "an
    // Iskander-M missile was launched over the city ... ¶ As a result of this shelling, seven
    // people died": "the"/"this" shelling points back to the air attack of the sentence before.
    // (Not "the shelling of Belgorod": a shelling of its own.)
    // (Nor "the shelling Graivoron", "the shelling Ukrainian military", glossed from the
    // Russian genitive and instrumental of "в результате обстрела Грайворона", "обстрела
    // украинскими военными": a shelling named by its place or its gunners.)
    let anaphoric = (2..s.toks.len()).any(|k| {
        let place = s.places.iter().any(|p| p.0 == k);
        s.toks[k - 2].is_any(&["the", "this"])
            && s.toks[k - 1].is_any(SHELLING_WORDS)
            && !s.toks[k].is_any(&["of", "by", "ukrainian"])
            && !place
    });
    if own_ground && anaphoric && after_air_attack(s, sents) {
        return None;
    }
    let mut paras_seen = 0;
    let mut last_para = s.para;
    for n in sents.iter().skip(s.idx + 1).take(6) {
        if n.para != last_para {
            paras_seen += 1;
            last_para = n.para;
        }
        // (Two paragraphs on: wire copy sets one sentence to a paragraph.)
        if paras_seen > 2 {
            break;
        }
        let other_place = n
            .places
            .iter()
            .any(|(_, m, _, _)| place.as_deref().is_some_and(|p| p != places::region_of(m)));
        if other_place {
            break;
        }
        // "... killed as a result of shelling by Russian troops in Nikopol. ¶ The Russian army
        // shelled the city with the Grad MLR systems": the next sentence names the ground
        // weapon, which settles it (a drone attack on another town after it is another attack).
        if ground_weapon(n) && !has_air(n) && n.places.is_empty() {
            break;
        }
        let same_place = place.is_some() && !n.places.is_empty() && locality(n, sents) == place;
        if has_air(n) && (n.para == s.para || same_place) {
            return None;
        }
    }
    Some("attributed to shelling or artillery, not the air attack".into())
}

/// "An elderly man was killed after explosives were dropped on him from a drone and another man
/// was killed by artillery fire": a count whose own clause names ground fire as its cause ("by
/// artillery fire", "in shelling") is ground fire's, whatever else the sentence names.
pub(super) fn clause_cause(toks: &[Tok], from: usize) -> Option<String> {
    let clause = toks[from.min(toks.len())..]
        .iter()
        .take(10)
        .take_while(|t| !t.is_any(&[",", ";", ".", "and", "while", "whereas"]))
        .collect::<Vec<_>>();
    let caused = clause
        .windows(2)
        .any(|w| w[0].is_any(&["by", "in", "from", "during", "under"]) && w[1].is_any(GROUND_FIRE))
        || clause.windows(3).any(|w| {
            w[0].is_any(&["by", "in", "from", "during", "under"])
                && w[1].is_any(&["the", "an", "enemy", "russian", "ukrainian"])
                && w[2].is_any(GROUND_FIRE)
        });
    let air = clause.iter().any(|t| t.is_any(AIR_WEAPON));
    (caused && !air).then(|| "its own clause names shelling or artillery as the cause".into())
}

/// The longest clause, in tokens, whose subject [`subject_clause`] reads.
const MAX_SUBJECT_CLAUSE: usize = 12;

/// The short clause before a count whose verb ends it ("Russian shelling the previous day
/// killed" before "one civilian"), if it is one: the subject and its verb, from the last clause
/// break ([`SUBJECT_CLAUSE_BREAKS`]) to the count. A verb joined to the one before by "and" shares
/// its subject ("... killed one civilian and wounded 16").
pub(super) fn subject_clause(toks: &[Tok], q_start: usize) -> Option<&[Tok]> {
    let q_start = q_start.min(toks.len());
    let start_before = |at: usize| {
        (0..at)
            .rev()
            .find(|&k| toks[k].is_any(SUBJECT_CLAUSE_BREAKS))
            .map_or(0, |k| k + 1)
    };
    let mut start = start_before(q_start);
    if q_start - start == 1 && start >= 2 && toks[start - 1].is("and") {
        start = start_before(start - 1);
    }
    // (A short subject and its verb: a long clause is no simple "X shelling killed N".)
    let clause = &toks[start..q_start];
    let verb = clause
        .last()
        .is_some_and(|t| t.is_any(KILL_BEFORE) || t.is_any(INJURE_BEFORE));
    (verb && clause.len() <= MAX_SUBJECT_CLAUSE).then_some(clause)
}

/// "Ukraine shelling injured five people, ..., adding that air defense systems destroyed at least
/// 26 drones": a count whose own clause has ground fire for its subject ("Russian shelling killed
/// two") is ground fire's, whatever else the sentence names. (Not "the shelling", "this shelling":
/// those may point back to the air attack before.)
pub(super) fn subject_cause(toks: &[Tok], q_start: usize) -> Option<String> {
    let clause = subject_clause(toks, q_start)?;
    // (The subject, not an adverbial of time or cause: "During the shelling the invaders killed
    // two", glossed "Во время обстрелов ... погиб один".)
    let adverbial = clause.first().is_some_and(|t| t.is_any(CAUSE_PREPS));
    let ground = clause
        .iter()
        .position(|t| t.is_any(GROUND_FIRE))
        .filter(|_| !adverbial);
    let anaphoric = ground.is_some_and(|g| g > 0 && clause[g - 1].is_any(POINTING_DETERMINERS));
    // ("During the missile shelling of two buildings ... one person died", glossed "Во время
    // ракетных обстрелов": a rocket's or missile's shelling is the air attack.)
    let air = clause
        .iter()
        .any(|t| t.is_any(AIR_WEAPON) || t.is_any(ROCKET_WORDS));
    (ground.is_some() && !anaphoric && !air)
        .then(|| "its own clause has shelling or artillery for its subject".into())
}

/// Whether the sentence before names an air attack and no ground fire: "... a Russian missile
/// attack on Rivne ... There were no casualties as a result of the shelling" ("shelling" names
/// that air attack; a zero, unlike a count, stands for the whole of it).
pub(crate) fn after_air_attack(s: &Sent, sents: &[Sent]) -> bool {
    // ("shelled Nikopol using heavy artillery": a ground weapon named is ground fire.)
    if ground_weapon(s) || s.idx == 0 {
        return false;
    }
    // ("Ночью 23 февраля враг атаковал Одесщину ударными беспилотниками. ¶ Об этом сообщает
    // RegioNews со ссылкой на главу ОВА. ¶ ... из-за обстрела погибли ...": past a sentence that
    // only says who reported it.)
    let attribution = |p: &Sent| {
        !has_air(p)
            && !has(p, GROUND_FIRE)
            && has(p, SAYING_VERBS)
            && !p.toks.iter().any(|t| matches!(t.kind, Kind::Num(_)))
    };
    let mut p = &sents[s.idx - 1];
    if attribution(p) && s.idx >= 2 {
        p = &sents[s.idx - 2];
    }
    // ("россияне обстреляли Харьков «шахедами»", glossed "shelled Kharkiv with Shaheds": the
    // word of shelling with an air weapon is that air attack.)
    has_air(p) && !ground_weapon(p)
}
