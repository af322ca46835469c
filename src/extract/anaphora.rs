//! Anaphora: interceptions stated by pointing back at a launch count — "all of them were shot
//! down", "which were all shot down", "downed 18 of the drones and all of the missiles", "all
//! missiles had been shot down" — are as
//! many intercepted as the count they point to.

use super::dates::{self, CueKind};
use super::lexicon::{
    patterns, ALL_RESTRICTORS, BACK_DETERMINERS, DRONE_HEADS, INTERCEPT_VERBS, LAUNCH_VERBS,
    MISSILE_HEADS, SMALL_NUMBER_WORDS,
};
use super::numbers::Tok;
use super::sentence::{Cand, Sent};
use super::types::{Field, Qualifier, Status};
use regex::Regex;
use std::sync::LazyLock;

static ALL_OF_THEM: LazyLock<Regex> = crate::regex!(patterns::ALL_OF_THEM);
static ALL_OF_THE: LazyLock<Regex> = crate::regex!(patterns::ALL_OF_THE);
static WHICH_WERE_DOWNED: LazyLock<Regex> = crate::regex!(patterns::WHICH_WERE_DOWNED);
static THEY_WERE_DOWNED: LazyLock<Regex> = crate::regex!(patterns::THEY_WERE_DOWNED);
static RESPECTIVELY_DOWNED: LazyLock<Regex> = crate::regex!(patterns::RESPECTIVELY_DOWNED);
static RESPECTIVELY_DOWNED_PASSIVE: LazyLock<Regex> =
    crate::regex!(patterns::RESPECTIVELY_DOWNED_PASSIVE);
static IT_WAS_DOWNED: LazyLock<Regex> = crate::regex!(patterns::IT_WAS_DOWNED);
static THEY_IN_CLAUSE: LazyLock<Regex> = crate::regex!(patterns::THEY_IN_CLAUSE);

/// The intercepted field of a launched one.
fn intercepted(f: Field) -> Option<Field> {
    match f {
        Field::DronesLaunched => Some(Field::DronesIntercepted),
        Field::MissilesLaunched => Some(Field::MissilesIntercepted),
        _ => None,
    }
}

/// A launch count in use.
fn launched(c: &Cand) -> bool {
    c.status == Status::Used
        && matches!(
            c.field,
            Some(Field::DronesLaunched | Field::MissilesLaunched)
        )
}

/// The interception a phrase at tokens `[a, b)` of sentence `sent` says of launch count `l`.
fn intercepts(l: &Cand, sent: usize, a: usize, b: usize) -> Cand {
    Cand {
        sent,
        field: l.field.and_then(intercepted),
        tok_start: a,
        tok_end: b,
        part: false,
        referent: Some((l.sent, l.tok_start)),
        ..l.clone()
    }
}

/// Adds the intercept candidates of `s`'s "all of them" phrases.
/// "almost all", "nearly all of the drones" in the match `[a, b)` of a sentence: not all, and no
/// count ("Kyiv's military downed almost all the drones"); nor "all" of one place's weapons.
fn qualified_all(s: &Sent, a: usize, b: usize) -> bool {
    // (The word "all", not the letters of "ballistic" or "small".)
    let inside = &s.lower[a..b];
    let word = |k: usize| {
        let before = inside[..k].chars().next_back();
        let after = inside[k + 3..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    };
    let all = inside
        .match_indices("all")
        .find(|&(k, _)| word(k))
        .map_or(a, |(k, _)| a + k);
    let before = s.lower[..all].trim_end();
    // ("all projectiles aimed at Kyiv were intercepted": one place's weapons, not all.)
    let after = format!(" {} ", &s.lower[all..b]);
    ["almost", "nearly", "not", "virtually", "practically"]
        .iter()
        .any(|w| before.ends_with(w))
        || ALL_RESTRICTORS
            .iter()
            .any(|w| after.contains(&format!(" {w} ")))
}

/// Whether `toks` launch weapons they do not count ("Russia also launched cruise missiles at
/// Kyiv, though air defence shot them all down": "them" are those, no count before).
fn launched_uncounted(toks: &[Tok]) -> bool {
    // ("launched cruise missiles", "fired attack drones": past two modifiers.)
    let plural =
        |t: &Tok| (t.is_any(MISSILE_HEADS) || t.is_any(DRONE_HEADS)) && t.lower.ends_with('s');
    let modifier =
        |t: &Tok| t.is_word() && !t.is_any(SMALL_NUMBER_WORDS) && !t.is_any(BACK_DETERMINERS);
    (0..toks.len()).any(|k| {
        let stop = (k + 4).min(toks.len());
        toks[k].is_any(LAUNCH_VERBS)
            && (k + 1..stop).any(|n| plural(&toks[n]) && toks[k + 1..n].iter().all(modifier))
    })
}

pub(crate) fn all_intercepted(s: &Sent, sents: &[Sent], out: &mut Vec<Cand>) {
    let mut new: Vec<Cand> = Vec::new();
    which_were_downed(s, out, &mut new);
    they_were_downed(s, sents, out, &mut new);
    respectively_downed(s, out, &mut new);
    // Every other phrase it reads says "all".
    if !s.lower.contains("all") && !s.lower.contains("both ") {
        out.extend(new);
        return;
    }
    // "almost all", "nearly all of the drones": not all, and no count ("Kyiv's military downed
    // almost all the drones").
    let qualified = |m: &regex::Match| qualified_all(s, m.start(), m.end());
    let span = |m: &regex::Match| {
        let a = s
            .toks
            .iter()
            .position(|t| t.start >= m.start())
            .unwrap_or(0);
        let b = s
            .toks
            .iter()
            .rposition(|t| t.end <= m.end())
            .map_or(s.toks.len(), |k| k + 1);
        (a, b)
    };
    if let Some(m) = ALL_OF_THEM.find(&s.text).filter(|m| !qualified(m)) {
        let (a, b) = span(&m);
        // "eight Shahed drones and three cruise missiles, which were all shot down": every
        // launch count of the sentence before it; else the last one of the sentence before.
        let here: Vec<&Cand> = out
            .iter()
            .filter(|c| c.sent == s.idx && c.tok_end <= a && launched(c))
            .collect();
        // "Russia launched 10 drones and two missiles. All targets were shot down": every
        // launch count of that sentence ("all the projectiles", "destroyed all enemy targets").
        // (Past a quoted word: "\"all\" were destroyed".)
        let lower = m.as_str().to_ascii_lowercase().replace(['"', '“', '”'], "");
        // ("launched six ballistic missiles ..., nine cruise missiles ... and three S-400
        // missiles. Ukraine's air defenses downed them all": every count of the list.)
        let every =
            lower.contains("targets") || lower.contains("projectiles") || lower.ends_with(" all");
        let last = out
            .iter()
            .rev()
            .filter(|c| c.sent + 1 >= s.idx && !new_day_between(sents, c.sent, s.idx))
            .find(|c| launched(c));
        // "... with 36 of the UAVs bound for the capital. \"All were shot down\"": a bare "all"
        // is the nearest count's.
        // ("Russia launched 45 drones and two missiles, and both were shot down": "both" is
        // the nearest count's too.)
        let bare = ["all", "both"].iter().any(|w| {
            ["were", "had", "have"]
                .iter()
                .any(|v| lower.starts_with(&format!("{w} {v}")))
        });
        let here = if bare {
            here.last().map_or_else(Vec::new, |l| vec![*l])
        } else {
            here
        };
        // "Russia also launched missiles at Kyiv ..., though air defence shot them all down":
        // "them" are the uncounted weapons of its own sentence, no count before.
        let uncounted = launched_uncounted(&s.toks[..a]);
        let targets: Vec<&Cand> = if here.is_empty() && uncounted {
            Vec::new()
        } else if here.is_empty() {
            out.iter()
                .filter(|c| {
                    last.is_some_and(|l| {
                        std::ptr::eq(*c, l) || (every && c.sent == l.sent && launched(c))
                    })
                })
                .collect()
        } else {
            here
        };
        for l in targets {
            new.push(intercepts(l, s.idx, a, b));
        }
    }
    // "it downed 18 of the Russian drones and all of the missiles": all the missiles launched.
    for c in ALL_OF_THE.captures_iter(&s.text) {
        let Some(m) = c.get(0).filter(|m| !qualified(m)) else {
            continue;
        };
        let drone = c
            .name("w")
            .or(c.name("w2"))
            .or(c.name("w3"))
            .or(c.name("w4"))
            .is_some_and(|w| {
                let w = w.as_str().to_ascii_lowercase();
                w.starts_with("drone") || w.starts_with("uav") || w.starts_with("shahed")
            });
        let want = if drone {
            Field::DronesLaunched
        } else {
            Field::MissilesLaunched
        };
        let (a, b) = span(&m);
        // "all four drones had been shot down" counts for itself.
        if (c.name("w2").is_some() || c.name("w3").is_some())
            && out
                .iter()
                .any(|c| c.sent == s.idx && c.tok_start >= a && c.tok_end <= b)
        {
            continue;
        }
        let l = out
            .iter()
            .rev()
            .filter(|c| c.sent + 3 >= s.idx && (c.sent < s.idx || c.tok_end <= a))
            .filter(|c| !new_day_between(sents, c.sent, s.idx))
            .find(|c| launched(c) && c.field == Some(want));
        if let Some(l) = l {
            new.push(intercepts(l, s.idx, a, b));
            continue;
        }
        // "downed 14 Russian drones overnight. All the drones were intercepted over ...": with no
        // launch count, all of them intercepted means as many launched.
        let shot = out
            .iter()
            .rev()
            .filter(|c| c.sent + 1 >= s.idx && (c.sent < s.idx || c.tok_end <= a))
            .find(|c| c.status == Status::Used && c.field == intercepted(want) && !c.part);
        if let Some(i) = shot.filter(|_| c.name("w2").is_some() || c.name("w3").is_some()) {
            new.push(Cand {
                sent: s.idx,
                field: Some(want),
                tok_start: a,
                tok_end: b,
                ..i.clone()
            });
        }
    }
    out.extend(new);
}

/// Whether a sentence between the count's (`from`) and the anaphora's (`to`) opens another
/// attack by its day of the month ("... all 35 of the 35 drones. ¶ On May 4, Russia attacked Kiev
/// and Odessa ... ¶ the air defense of the capital shot down all the drones": not the 35); not a
/// day a report was made, nor a day in the anaphora's own sentence ("Ukraine's air force said on
/// May 5 that all of them were shot down").
fn new_day_between(sents: &[Sent], from: usize, to: usize) -> bool {
    sents.get(from + 1..to).is_some_and(|between| {
        between.iter().any(|x| {
            x.cues.iter().any(|c| {
                matches!(c.kind, CueKind::Date { .. })
                    && !c.reporting
                    && !dates::is_date_line(&x.text, c)
            })
        })
    })
}

/// Adds the intercept candidates of a relative clause after a list of counts: "the attack
/// included eight Shahed drones and three cruise missiles which were shot down" (each launch count
/// of the list right before the clause).
fn which_were_downed(s: &Sent, out: &[Cand], new: &mut Vec<Cand>) {
    let here_launched: Vec<&Cand> = out
        .iter()
        .filter(|c| c.sent == s.idx && launched(c))
        .collect();
    if let Some(last) = here_launched.iter().map(|c| c.tok_end).max() {
        let after = s.toks.get(last).map_or(s.text.len(), |t| t.start);
        // ("..., noting that they were intercepted": only where the sentence counts no
        // interception of its own.)
        let own = || {
            out.iter().any(|c| {
                c.sent == s.idx
                    && c.value.is_some()
                    && matches!(
                        c.field,
                        Some(Field::DronesIntercepted | Field::MissilesIntercepted)
                    )
            })
        };
        let found = WHICH_WERE_DOWNED
            .find(&s.text[after..])
            .or_else(|| THEY_IN_CLAUSE.find(&s.text[after..]).filter(|_| !own()));
        if let Some(m) = found {
            let end = after + m.end();
            let b = s
                .toks
                .iter()
                .rposition(|t| t.end <= end)
                .map_or(last, |k| k + 1);
            let a = last;
            let list_start = here_launched.iter().map(|c| c.tok_start).min().unwrap_or(0);
            let joined = s.toks[list_start..last]
                .iter()
                .all(|t| !t.is_any(&[".", ";", ":"]) && !t.is_any(INTERCEPT_VERBS));
            for l in here_launched.iter().filter(|_| joined) {
                new.push(intercepts(l, s.idx, a, b));
            }
        }
    }
}

/// "Four drones tried to attack the Bryansk region. They were shot down": the launch count of
/// the sentence right before (its last), when this sentence counts nothing of its own.
fn they_were_downed(s: &Sent, sents: &[Sent], out: &[Cand], new: &mut Vec<Cand>) {
    // "shot it down": the one weapon launched before.
    let (m, one) = match THEY_WERE_DOWNED.find(&s.text) {
        Some(m) => (m, false),
        None => match IT_WAS_DOWNED.find(&s.text) {
            Some(m) => (m, true),
            None => return,
        },
    };
    if out.iter().any(|c| c.sent == s.idx && c.value.is_some()) {
        return;
    }
    let Some(l) = out
        .iter()
        .rev()
        .filter(|c| c.sent + 1 == s.idx)
        .find(|c| launched(c))
        .filter(|l| !one || l.value == Some(1))
    else {
        return;
    };
    // ("... shot down 58 Russian drones. ... In total, Russia attacked Ukraine with 132 drones.
    // They were shot down in Chernihiv, Sumy, ...": the ones shot down, counted a few sentences
    // before for the same attack, when the launch count's sentence names no day of its own.)
    let same_attack = sents.get(l.sent).is_some_and(|ls| ls.cues.is_empty());
    let downed_before = same_attack
        && l.field.and_then(intercepted).is_some_and(|f| {
            out.iter().any(|c| {
                c.sent < l.sent
                    && l.sent - c.sent <= 4
                    && c.field == Some(f)
                    && c.status == Status::Used
            })
        });
    if downed_before {
        return;
    }
    let b = s
        .toks
        .iter()
        .rposition(|t| t.end <= m.end())
        .map_or(s.toks.len(), |k| k + 1);
    new.push(intercepts(l, s.idx, 0, b));
}

/// "launched 477 drones and 60 missiles ..., which said it had intercepted 475 and 39 of those
/// respectively": the two launch counts before the phrase (in its sentence, else in the sentence
/// before), each intercepted by its own number, in order.
fn respectively_downed(s: &Sent, out: &[Cand], new: &mut Vec<Cand>) {
    let found = RESPECTIVELY_DOWNED
        .captures(&s.text)
        .or_else(|| RESPECTIVELY_DOWNED_PASSIVE.captures(&s.text));
    let Some(c) = found else {
        return;
    };
    let m = c.get(0).expect("match");
    let tok_at = |byte: usize| s.toks.iter().position(|t| t.start >= byte);
    let Some(a) = tok_at(m.start()) else {
        return;
    };
    let before = |sent: usize| -> Vec<&Cand> {
        out.iter()
            .filter(|c| c.sent == sent && launched(c) && (sent < s.idx || c.tok_end <= a))
            .collect()
    };
    let mut counts = before(s.idx);
    if counts.is_empty() && s.idx > 0 {
        counts = before(s.idx - 1);
    }
    let [first, second] = counts[..] else {
        return;
    };
    if first.field == second.field {
        return;
    }
    for (l, g) in [(first, 1), (second, 2)] {
        let n = c.get(g).expect("group");
        let Ok(value) = n.as_str().replace(',', "").parse::<u32>() else {
            return;
        };
        let k = tok_at(n.start()).unwrap_or(a);
        // (A number the counts already read as this weapon's interception: "of which 43 and 13
        // were shot down respectively", 13 of the drones before.)
        let read = out.iter().any(|c| {
            c.sent == s.idx
                && c.tok_start == k
                && c.status == Status::Used
                && c.field == intercepts(l, s.idx, k, k + 1).field
        });
        if read {
            continue;
        }
        new.push(Cand {
            value: Some(value),
            qualifier: Qualifier::Exact,
            ..intercepts(l, s.idx, k, k + 1)
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::test_support::one;

    #[test]
    fn all_of_a_coordination_is_each_count() {
        let e = one("Russia attacked overnight with six Shahed drones and two cruise missiles, which were all shot down, the air force said.");
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(6));
        assert_eq!(e.missiles_intercepted.map(|c| c.value), Some(2));
    }

    #[test]
    fn all_of_them_after_but_keeps_a_with_count_launched() {
        // "but" opens a clause of its own: its participle is no absolute phrase of the count.
        let e = one("Russia targeted Ukraine with four cruise missiles overnight but all of them were intercepted, the air force said.");
        assert_eq!(e.missiles_launched.map(|c| c.value), Some(4));
        assert_eq!(e.missiles_intercepted.map(|c| c.value), Some(4));
        // Without "but" the participle stays the count's ("with 31 of the drones shot down").
        let e = one("Russia attacked overnight with 45 drones, with 31 of the drones shot down, the air force said.");
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(31));
    }

    #[test]
    fn all_of_one_place_s_weapons_is_not_all_of_the_count() {
        let e = one("Russia launched 91 missiles and 97 drones in the attack, the air force said. While 12 missiles struck their targets, all projectiles aimed at Kyiv were intercepted.");
        assert_eq!(e.missiles_intercepted, None);
        assert_eq!(e.drones_intercepted, None);
        // Not a restriction: every projectile.
        let e = one("Russia launched 91 missiles and 97 drones in the attack, the air force said. All projectiles were intercepted.");
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(97));
    }

    #[test]
    fn all_of_which_an_air_force_said_it_intercepted() {
        let e = one("On Friday, Moscow fired five ballistic missiles at Kyiv, all of which the Ukrainian Air Force said it intercepted.");
        assert_eq!(e.missiles_intercepted.map(|c| c.value), Some(5));
    }

    #[test]
    fn respectively_pairs_the_numbers_with_the_counts_in_order() {
        let e = one("In the night, the Russian army launched 477 drones and 60 missiles of various types, according to the Ukrainian air force, which said it had intercepted 475 and 39 of those respectively.");
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(475));
        assert_eq!(e.missiles_intercepted.map(|c| c.value), Some(39));
        // Two counts of one weapon: no pairing.
        let e = one("Russia launched 40 Shahed drones and 20 decoy drones; the air force shot down 35 and 12 respectively.");
        assert_eq!(e.missiles_intercepted, None);
    }

    #[test]
    fn respectively_before_a_passive_verb() {
        let e = one("The Ukrainian air force said Russia had launched 88 missiles and 63 Iranian-made Shahed drones. Of them, 37 and 55 respectively were shot down.");
        assert_eq!(e.missiles_intercepted.map(|c| c.value), Some(37));
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(55));
    }

    #[test]
    fn all_of_the_weapon_points_back() {
        let e = one("Russia launched 24 drones and 17 cruise missiles at Ukraine overnight. The military said it downed 18 of the drones and all of the missiles.");
        assert_eq!(e.missiles_intercepted.map(|c| c.value), Some(17));
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(18));
    }
}
