//! Implied numbers: words that count without a numeral — "killing the driver" (one), "a second
//! victim" (the toll is two), "both Kh-59 missiles" (two), "a married couple" (two), "a man and
//! his son" (one each), "and another drone over Moscow" (one more).

use super::casualties::casualty_field;
use super::heads::head;
use super::lexicon::*;
use super::numbers::{Kind, Quantity, Tok};
use super::roles::{weapon_role, Role};
use super::sentence::Head;
use super::types::Field;

/// "another" as one person: after a casualty participle ("wounding another"), or a casualty
/// verb that ends its clause ("killed two people and wounded another."), or before a casualty
/// verb ("another was injured", "another died", "leaving one dead and another critically
/// injured").
fn another_casualty(toks: &[Tok], k: usize) -> bool {
    let cue = |t: &Tok, lists: [&[&str]; 2]| lists.iter().any(|l| t.is_any(l));
    let clause_ends = toks
        .get(k + 1)
        .is_none_or(|t| !t.is_word() || t.is_any(ANOTHER_CLAUSE_ENDS));
    let after_verb = k > 0
        && (toks[k - 1].lower.ends_with("ing") || clause_ends)
        && cue(&toks[k - 1], [KILL_BEFORE, INJURE_BEFORE]);
    let mut n = k + 1;
    if toks
        .get(n)
        .is_some_and(|t| t.is_any(&["was", "is", "has", "had"]))
    {
        n += 1;
        if toks.get(n).is_some_and(|t| t.is("been")) {
            n += 1;
        }
    }
    // "another critically injured", "another was seriously wounded": an adverb of degree.
    if toks.get(n).is_some_and(|t| t.is_any(DEGREE_ADVERBS)) {
        n += 1;
    }
    let before_verb = toks
        .get(n)
        .is_some_and(|t| cue(t, [KILL_AFTER, INJURE_AFTER]) && t.is_word());
    after_verb || before_verb
}

/// Adds the numbers that words imply (see [`implied_at`]); sorted by position.
pub(crate) fn with_implied(toks: &[Tok], mut quants: Vec<Quantity>) -> Vec<Quantity> {
    let mut covered = vec![false; toks.len()];
    for q in &quants {
        for c in covered.iter_mut().take(q.j).skip(q.i) {
            *c = true;
        }
    }
    for (k, &c) in covered.iter().enumerate() {
        if c {
            continue;
        }
        if let Some(q) = implied_at(toks, k) {
            quants.push(q);
        }
    }
    quants.sort_by_key(|q| q.i);
    quants
}

/// Whether a verb of downing follows `from` within its clause (past commas when `past_commas`:
/// "The fifth drone, it said, was jammed").
fn downed_within(toks: &[Tok], from: usize, past_commas: bool) -> bool {
    toks[from..(from + 8).min(toks.len())]
        .iter()
        .filter(|t| !(past_commas && t.is(",")))
        .take_while(|t| !t.is_any(&[",", ";", "and", "while"]))
        .any(|t| t.is_any(INTERCEPT_VERBS))
}

/// "The fifth drone, it said, was jammed": a definite ordinal (third or later) of a weapon,
/// downed, is one more of them.
fn definite_ordinal(toks: &[Tok], k: usize) -> Option<Quantity> {
    let rank = ORDINAL_TOLLS.iter().position(|o| toks[k].is(o))?;
    if rank < 1 || k == 0 || !toks[k - 1].is("the") {
        return None;
    }
    let (h, e, noun) = head(toks, k + 1);
    (matches!(h, Head::Drone | Head::Missile)
        && !noun.ends_with('s')
        && downed_within(toks, e, true))
    .then(|| Quantity {
        q_start: k - 1,
        ..Quantity::implied(k, 1)
    })
}

/// The number a word at `k` implies, if it does: "killing the driver" (one), "a second victim
/// died in hospital" (the toll is two), "both Kh-59 missiles" (two), "a cruise missile" that a
/// verb launches (one).
fn implied_at(toks: &[Tok], k: usize) -> Option<Quantity> {
    let t = &toks[k];
    // "The driver sustained shrapnel injuries", "her husband was wounded".
    // ("killing a newborn baby and injuring its mother".)
    let the_one = t.is_any(&["the", "his", "her", "their", "its"]);
    let ordinal = ORDINAL_TOLLS
        .iter()
        .position(|o| t.is(o))
        .filter(|_| k > 0 && toks[k - 1].is("a"))
        .map(|p| p as u64 + 2);
    // "The fifth drone, it said, was jammed": a definite ordinal of a weapon, downed.
    // The later persons of a chain ("a man and his son") are counted by its first.
    if t.is_any(ONE_PERSON) && k >= 2 && toks[k - 1].is("and") && person_before(toks, k - 1) {
        return None;
    }
    // "shot down 18 of the 23 drones and the cruise missile": the one weapon counted before.
    // Not "drones of the Shahed type", "of the Shahed, Gerbera and other types".
    let weapon_near = || {
        toks[k + 1..(k + 5).min(toks.len())]
            .iter()
            .any(|n| n.is_any(MISSILE_HEADS) || n.is_any(DRONE_HEADS))
    };
    // Not the one excepted: "all the projectiles, except for the Iskander-M missile, were shot down".
    let excepted = || {
        toks[k.saturating_sub(2)..k]
            .iter()
            .any(|p| p.is_any(EXCEPT_WORDS))
    };
    // Not asked: "did not say whether the ICBM was also intercepted".
    let asked = || {
        toks[k.saturating_sub(3)..k]
            .iter()
            .any(|p| p.is_any(QUESTION_OPENERS))
    };
    if t.is("the") && !(k > 0 && toks[k - 1].is("of")) && weapon_near() && !excepted() && !asked() {
        let (h, e, noun) = head(toks, k + 1);
        if matches!(h, Head::Missile | Head::Drone) && !noun.ends_with('s') {
            let (roles, verb) = weapon_role(toks, k, e);
            if verb && roles == [Role::Intercepted] {
                return Some(Quantity::implied(k, 1));
            }
        }
    }
    // "two people were killed, a third was seriously injured": the ordinal is the person.
    if ordinal.is_some() && toks.get(k + 1).is_some_and(|n| n.is_any(&["was", "died"])) {
        let probe = Quantity::implied(k, 1);
        if casualty_field(toks, &probe, Head::Person, k + 1) == Some(Field::Injured) {
            return Some(probe);
        }
    }
    if let Some(q) = definite_ordinal(toks, k) {
        return Some(q);
    }
    // "A third drone was shot down", "while a fifth was jammed": one more weapon, downed (it
    // adds to the count before it: see `counts::mark_parts`).
    // ("the first drone was thwarted ..., while a second was brought down": "a second" counts
    // to two, no more than the first; a third or later one always adds.)
    if ordinal.is_some_and(|n| n > 2) {
        // Its own verb follows, in its clause: "a fourth drone flying toward Moscow had been
        // shot down", not "intercepted four of the five drones, with a fifth drone leaving".
        let downed_after = |from: usize| downed_within(toks, from, false);
        let (h, e, noun) = head(toks, k + 1);
        if matches!(h, Head::Drone | Head::Missile) && !noun.ends_with('s') && downed_after(e) {
            return Some(Quantity {
                q_start: k - 1,
                ..Quantity::implied(k, 1)
            });
        }
        let bare = toks.get(k + 1).is_some_and(|n| n.is_any(&["was", "were"]));
        if bare && downed_after(k + 1) && k > 1 && toks[k - 2].is_any(ELLIPSIS_JOINERS) {
            return Some(Quantity {
                q_start: k - 1,
                ..Quantity::implied(k, 1)
            });
        }
    }
    // "downed two Ukrainian drones over southwestern Crimea and a third over Belgorod region",
    // "one Ukrainian drone over the Moscow region and a second over the Leningrad region": an
    // ordinal joined to a count, right before a place of its own, is one more of that count
    // (an elliptical count: see `ellipsis`).
    if ordinal.is_some()
        && k > 1
        && toks[k - 2].is_any(ELLIPSIS_JOINERS)
        && toks.get(k + 1).is_some_and(|n| n.is_any(ELLIPSIS_PREPS))
    {
        return Some(Quantity {
            q_start: k - 1,
            ..Quantity::implied(k, 1)
        });
    }
    if the_one || ordinal.is_some() {
        let (h, e, noun) = head(toks, k + 1);
        // "the driver and his assistant were injured", "the driver and assistant sustained
        // shrapnel wounds": one per person named.
        if the_one && h == Head::Person {
            let (n, last, end) = person_chain(toks, k);
            let probe = Quantity {
                j: last + 1,
                ..Quantity::implied(k, n)
            };
            if n > 1 && casualty_field(toks, &probe, Head::Person, end).is_some() {
                return Some(probe);
            }
        }
        let probe = Quantity::implied(k, ordinal.unwrap_or(1));
        let field = (h == Head::Person && !plural_person(&noun))
            .then(|| casualty_field(toks, &probe, Head::Person, e))
            .flatten();
        // "two people were killed and a third man was seriously wounded": one more person, hurt.
        if ordinal.is_some() && field == Some(Field::Injured) {
            return Some(Quantity::implied(k, 1));
        }
        return (field.is_some() && (the_one || field == Some(Field::Killed))).then_some(probe);
    }
    if t.is("both") {
        return both_at(toks, k);
    }
    if t.is("another") {
        return another_at(toks, k);
    }
    if t.is_any(AGE_WORDS) {
        return ages_at(toks, k, k + 1, false);
    }
    // "загинув черговий по переїзду" (glossed "was killed черговий ..."): a singular verb
    // before its subject, a noun the table does not know; one person. (Not "was injured": a
    // place or a building is "injured" too, "пострадал юг Одесской области".)
    let verb_first = k >= 2
        && toks[k - 2].is("was")
        && toks[k - 1].is("killed")
        && t.is_word()
        && t.lower
            .chars()
            .next()
            .is_some_and(|c| matches!(c, 'а'..='я' | 'і' | 'ї' | 'є' | 'ґ'));
    // (Not a preposition the table leaves as it is: "погиб при атаке БПЛА".)
    // (Only then the head: `head` for every word would cost a sixth of the run.)
    if verb_first
        && t.lower.chars().count() > 3
        && !matches!(head(toks, k).0, Head::Drone | Head::Missile)
    {
        let probe = Quantity::implied(k, 1);
        if casualty_field(toks, &probe, Head::Person, k + 1).is_some() {
            return Some(probe);
        }
    }
    // "Injured women 20 and 61 years old" (glossed "Ранения получили женщины 20 и 61 года"):
    // the ages right after the noun, closed by "years old".
    let bare_ages = toks
        .get(k + 1)
        .is_some_and(|n| matches!(n.kind, Kind::Num(Some(_))));
    if let Some(q) = bare_ages
        .then(|| ages_at(toks, k + 1, k + 1, true))
        .flatten()
    {
        return Some(q);
    }
    if t.is_any(&["a", "an"]) {
        return article_at(toks, k);
    }
    None
}

/// "both Kh-59 missiles were destroyed", "Both of them were destroyed" (two of the count before):
/// two weapons.
fn both_at(toks: &[Tok], k: usize) -> Option<Quantity> {
    let (h, e, noun) = head(toks, k + 1);
    let coordinated = toks.get(e).is_some_and(|n| n.is_any(&["and", "as", "or"]));
    let of_them = toks.get(k + 1).is_some_and(|n| n.is("of"))
        && toks
            .get(k + 2)
            .is_some_and(|n| n.is_any(&["them", "which", "these"]));
    let both = (matches!(h, Head::Missile | Head::Drone) && noun.ends_with('s') && !coordinated)
        || of_them;
    both.then(|| Quantity::implied(k, 2))
}

/// "In Nikopol, men aged 30 and 42 were injured", "women aged 24, 45 and 54 had been injured":
/// people of a plural noun with no number of their own are as many as their ages. The number
/// is the age list (from `k`, "aged", or the first age when no word comes between noun and
/// ages, which `years` then requires to end in "years old"); a casualty verb must say what
/// befell them.
fn ages_at(toks: &[Tok], k: usize, first: usize, years: bool) -> Option<Quantity> {
    let noun = k.checked_sub(1).map(|p| &toks[p])?;
    let plural = plural_people(noun);
    // ("two men aged 29 and 41": the number before counts them.)
    let counted = k >= 2
        && (matches!(toks[k - 2].kind, Kind::Num(_) | Kind::Range(..))
            || toks[k - 2].is_any(SMALL_NUMBER_WORDS)
            || toks[k - 2].is_any(PEOPLE_COUNTED_BY));
    if !plural || counted {
        return None;
    }
    let (mut n, mut m) = (0u64, first);
    while let Some(t) = toks.get(m) {
        if matches!(t.kind, Kind::Num(Some(_))) {
            n += 1;
        } else if !(n > 0 && t.is_any(&[",", "and"])) {
            break;
        }
        m += 1;
    }
    if n < 2 || toks[m - 1].is_any(&[",", "and"]) {
        return None;
    }
    if toks.get(m).is_some_and(|t| t.is_any(&["years", "year"])) {
        m += 1 + usize::from(toks.get(m + 1).is_some_and(|t| t.is("old")));
    } else if years {
        return None;
    }
    let m = m + usize::from(toks.get(m).is_some_and(|t| t.is(",")));
    // The phrase starts at the noun: the verb before it ("Killed were women aged 67 and 71")
    // is the casualty's.
    let probe = Quantity {
        j: m,
        q_start: k - 1,
        ..Quantity::implied(k, n)
    };
    casualty_field(toks, &probe, Head::None, m)
        .is_some()
        .then_some(probe)
}

/// The number "another" at `k` implies: one more person or weapon (see [`implied_at`]).
fn another_at(toks: &[Tok], k: usize) -> Option<Quantity> {
    // ("another two people died": the number after it counts them; "another one" is one.)
    let numbered = toks.get(k + 1).is_some_and(|t| {
        (matches!(t.kind, Kind::Num(_)) || t.is_any(NUMBER_WORDS))
            && !t.is("one")
            && !matches!(t.kind, Kind::Num(Some(1)))
    });
    if numbered {
        return None;
    }
    // "killing one person and wounding another", "one died and another was injured": one more
    // person, the casualty verb's.
    if another_casualty(toks, k) {
        return Some(Quantity::implied(k, 1));
    }
    // "Another drone was destroyed over the region", opening its sentence: one more weapon,
    // downed (it adds to the count of the sentences before: see `choice`).
    if opens_report(toks, k) {
        let (h, e, noun) = head(toks, k + 1);
        if matches!(h, Head::Drone | Head::Missile) && !noun.ends_with('s') {
            let (roles, verb) = weapon_role(toks, k, e);
            if verb && roles == [Role::Intercepted] {
                return Some(Quantity::implied(k, 1));
            }
        }
    }
    // "Another person was killed in Kharkiv": one more person, the casualty verb's.
    {
        let (h, e, noun) = head(toks, k + 1);
        let probe = Quantity::implied(k, 1);
        if h == Head::Person
            && !noun.ends_with('s')
            && casualty_field(toks, &probe, Head::Person, e).is_some()
        {
            return Some(probe);
        }
    }
    // "two in Rostov, one in Belgorod and another in Kursk": one more of the count before.
    // "five drones over Belgorod, four over Bryansk and another drone over the Moscow region".
    if k > 0 && toks[k - 1].is_any(ELLIPSIS_JOINERS) {
        let (h, _, noun) = head(toks, k + 1);
        let weapon = matches!(h, Head::Drone | Head::Missile) && !noun.ends_with('s');
        // "destroyed one Ukrainian drone over the Moscow region, while another was intercepted".
        let downed = toks.get(k + 1).is_some_and(|n| n.is_any(&["was", "were"]))
            && toks.get(k + 2).is_some_and(|v| v.is_any(INTERCEPT_VERBS));
        if weapon || downed || toks.get(k + 1).is_some_and(|n| n.is_any(ELLIPSIS_PREPS)) {
            return Some(Quantity::implied(k, 1));
        }
    }
    None
}

/// The number "a"/"an" at `k` implies: one weapon a verb launches or intercepts, one person (or
/// a chain of them, a couple) a casualty verb counts (see [`implied_at`]).
fn article_at(toks: &[Tok], k: usize) -> Option<Quantity> {
    // "a weapon Moscow has touted as a next-generation hypersonic missile": a description, no
    // count.
    let (h, head_end, noun) = head(toks, k + 1);
    // ("... unfolded in Kryvyi Rih as a Russian ballistic missile struck a residential building":
    // "as" is a conjunction when a verb follows the noun.)
    let verb_follows = toks.get(head_end).is_some_and(|t| {
        t.is_any(HIT_VERBS) || t.is_any(LAUNCH_VERBS) || t.is_any(INTERCEPT_VERBS)
    });
    let described = k > 0
        && toks[k - 1].is("as")
        && !(k > 1 && toks[k - 2].is_any(&["well", "such"]))
        && !verb_follows;
    if described {
        return None;
    }
    // "a “Ukrainian unmanned aerial vehicle”": the head noun, when no listed one comes first.
    let singular = toks[k + 1..]
        .iter()
        .take(6)
        .find(|t| t.is_any(MISSILE_HEADS) || t.is_any(DRONE_HEADS))
        .map_or(
            matches!(h, Head::Drone | Head::Missile) && !noun.ends_with('s'),
            |t| !t.lower.ends_with('s') || t.is_any(SINGULAR_IN_S),
        );
    // "killing a married couple", "an elderly couple were injured": two people.
    let couple = toks[k + 1..(k + 3).min(toks.len())]
        .iter()
        .position(|t| t.is("couple"))
        .filter(|&p| p == 0 || toks[k + 1].is_any(&["married", "elderly", "young"]));
    if let Some(p) = couple {
        let probe = Quantity {
            j: k + 1 + p,
            ..Quantity::implied(k, 2)
        };
        if casualty_field(toks, &probe, Head::Person, k + 2 + p).is_some() {
            return Some(probe);
        }
    }
    // "a 51-year-old woman and a 60-year-old man were injured": one per person named.
    if h == Head::Person {
        let (n, last, e) = person_chain(toks, k);
        // The phrase spans the chain; its head is the last person's.
        let probe = Quantity {
            j: last + 1,
            ..Quantity::implied(k, n)
        };
        if n > 1 && casualty_field(toks, &probe, Head::Person, e).is_some() {
            return Some(probe);
        }
    }
    let person_one = h == Head::Person && {
        let probe = Quantity::implied(k, 1);
        let (_, e, noun) = head(toks, k + 1);
        !plural_person(&noun) && casualty_field(toks, &probe, Head::Person, e).is_some()
    };
    // "a fraction of the price of a cruise missile": no verb launches it.
    let launched = h == Head::Missile && singular && {
        let (_, e, _) = head(toks, k + 1);
        weapon_role(toks, k, e).1
    };
    // "air defence shot down a Ukrainian drone", "a drone was destroyed over Kursk": one
    // drone, where a verb intercepts it (not "a drone hit the building", "had attacked a car").
    let launched = launched
        || (h == Head::Drone && singular && {
            let (_, e, _) = head(toks, k + 1);
            let (roles, verb) = weapon_role(toks, k, e);
            verb && roles.iter().all(|r| *r == Role::Intercepted)
        });
    (launched || person_one).then(|| Quantity::implied(k, 1))
}

/// Whether a token is a plural noun of people ("women", "men", "residents", "people"): the noun
/// an age list counts.
pub(crate) fn plural_people(t: &Tok) -> bool {
    t.is_any(PERSON_HEADS) && t.lower.ends_with(['s', 'n']) || t.is("people")
}

/// Whether a person's noun is plural: "-s", or an irregular plural ("None of the people were
/// injured": no one person).
fn plural_person(noun: &str) -> bool {
    noun.ends_with('s') || matches!(noun, "people" | "children")
}

/// Determiners that start one person in a chain: "a man and his son", "a woman and her husband".
const ONE_PERSON: &[&str] = &["a", "an", "the", "his", "her", "their"];

/// A chain of single persons from `k` ("a man and a woman", "a 51-year-old woman and a
/// 60-year-old man"): how many, the determiner of the last, and the token after the last.
fn person_chain(toks: &[Tok], k: usize) -> (u64, usize, usize) {
    let (mut n, mut at, mut end) = (0, k, k + 1);
    loop {
        let (h, e, noun) = head(toks, at + 1);
        // ("a 33-year-old and a 56-year-old men", glossed: the noun the chain shares; "a father
        // and his three small children": a count of its own, no single person.)
        let counted = toks
            .get(at + 1)
            .is_some_and(|t| matches!(t.kind, Kind::Num(_)) || t.is_any(NUMBER_WORDS));
        if h != Head::Person || noun.ends_with('s') || counted {
            return (n, at, end);
        }
        n += 1;
        let e = past_birth_or_age(toks, e, !listed(toks, k));
        end = e;
        // "a man and his son, and also a woman and her son": the joiner of the next person.
        let mut e = e;
        if toks.get(e).is_some_and(|t| t.is(",")) && toks.get(e + 1).is_some_and(|t| t.is("and")) {
            e += 1;
        }
        if !toks.get(e).is_some_and(|t| t.is("and")) {
            return (n, at, end);
        }
        let also = usize::from(toks.get(e + 1).is_some_and(|t| t.is("also")));
        // "and a woman", "and his son"; "the driver and assistant": a bare noun after "the".
        if toks.get(e + 1 + also).is_some_and(|t| t.is_any(ONE_PERSON)) {
            at = e + 1 + also;
        } else if toks[k].is("the") && head(toks, e + 1).0 == Head::Person {
            at = e;
        } else {
            return (n, at, end);
        }
    }
}

/// Past a person's year of birth or age after the noun: "a woman born in 1961 and a man born in
/// 1960" ("женщина 1961 года рождения", glossed "a woman 1961 born"), "a man aged 73 and a woman
/// aged 70", "a man, 62, and a woman, 59,". (Not past a list after a casualty word, "a man aged 61,
/// a woman aged 59 and a child": that list counts each person.)
/// `ages`: past an age too, only for a chain that is not an item of a comma list.
fn past_birth_or_age(toks: &[Tok], e: usize, ages: bool) -> usize {
    let num = |k: usize| toks.get(k).is_some_and(|t| matches!(t.kind, Kind::Num(_)));
    let is = |k: usize, w: &str| toks.get(k).is_some_and(|t| t.is(w));
    if is(e, "born") && is(e + 1, "in") && num(e + 2) {
        e + 3
    } else if is(e, "born") && num(e + 1)
        || num(e) && is(e + 1, "born")
        || ages && is(e, "aged") && num(e + 1) && !is(e + 2, ",")
    {
        e + 2
    } else if ages && is(e, ",") && num(e + 1) && is(e + 2, ",") && is(e + 3, "and") {
        e + 3
    } else {
        e
    }
}

/// Whether the person at `k` is an item of a comma list ("..., a woman aged 59 and a child").
fn listed(toks: &[Tok], k: usize) -> bool {
    // (The item before the comma ends with a person or an age: "a man aged 61, a woman", not
    // "In Kharkiv, a man aged 73 and a woman aged 70".)
    k >= 2
        && toks[k - 1].is(",")
        && (matches!(toks[k - 2].kind, Kind::Num(_)) || toks[k - 2].is_any(PERSON_HEADS))
}

/// Whether a single person's noun phrase ends right before `k` ("a man" before "and a woman").
fn person_before(toks: &[Tok], k: usize) -> bool {
    (k.saturating_sub(5)..k).any(|a| {
        toks[a].is_any(ONE_PERSON) && {
            let (h, e, noun) = head(toks, a + 1);
            h == Head::Person
                && !noun.ends_with('s')
                && past_birth_or_age(toks, e, !listed(toks, a)) == k
        }
    })
}

/// Whether token `k` opens what its sentence reports: only opening quotes before it, or a
/// speaker and a verb of saying with no count of their own ("Later, Aksyonov reported another
/// missile shot down over the strait").
pub(crate) fn opens_report(toks: &[Tok], k: usize) -> bool {
    let before = &toks[..k.min(toks.len())];
    // "Golubev said (on Telegram) that another missile was intercepted": the saying verb's
    // "that".
    let said = match before {
        [rest @ .., that] if that.is("that") => {
            rest.iter().rev().take(4).any(|v| v.is_any(SAYING_VERBS))
        }
        [.., v] => v.is_any(SAYING_VERBS),
        [] => false,
    };
    before.iter().all(|p| p.is_any(OPENING_QUOTES))
        || said
            && before
                .iter()
                .all(|p| !matches!(p.kind, super::numbers::Kind::Num(_)))
}

#[cfg(test)]
mod tests {
    use crate::extract::test_support::one;

    #[test]
    fn the_weapon_downed_is_one_unless_asked() {
        let e = one("Russia launched six Kh-101 cruise missiles and a Kinzhal at Kyiv overnight. The air force shot down six Kh-101 missiles, and the Kinzhal was also intercepted.");
        assert_eq!(e.missiles_intercepted.map(|c| c.value), Some(7));
        // An indirect question states nothing: "whether the ICBM was also intercepted".
        let e = one("The Air Force claimed to have intercepted six Russian Kh-101 cruise missiles but did not say whether the ICBM was also intercepted.");
        assert_eq!(e.missiles_intercepted.map(|c| c.value), Some(6));
    }
}
