//! The area of a sentence's interceptions: the region (or sea) named with its figures, the one
//! the sentence before named, or none for a national figure (read by `choice::regional_sum`).

use super::super::lexicon::{
    AREA_ADJECTIVES, AREA_PREPS, AREA_SUBSET_WORDS, LIST_GLUE, SEA_NOUNS, UNNAMED_AREAS,
    UNNAMED_REGIONS,
};
use super::super::numbers::Kind;
use super::super::places;
use super::super::scope::refers_to_region;
use super::super::sentence::{Cand, Sent};
use super::super::types::{Field, Status};
use std::collections::BTreeSet;

/// The regions a sentence's interceptions happened over, named right after its figures ("nine
/// drones over the Bryansk region", "two in Kursk"), or `None` for a national scope or none named.
pub(super) fn intercept_area<'s>(
    picks: &[usize],
    cands: &[Cand],
    sents: &'s [Sent],
) -> Option<Vec<&'s str>> {
    let mut s = &sents[cands[picks[0]].sent];
    if s.national {
        return None;
    }
    // "In Mykolaiv, ... shot down four Shahed drones": the place the sentence opens with (before
    // its figures).
    let first_figure = picks.iter().map(|&i| cands[i].tok_start).min().unwrap_or(0);
    let own_regions: BTreeSet<&str> = s.places.iter().map(|p| places::region_of(&p.1)).collect();
    if s.regional && s.places.iter().all(|p| p.0 < first_figure) && own_regions.len() == 1 {
        return Some(own_regions.into_iter().collect());
    }
    // "... (Izmail district of the Odesa region) was under attack. There are no casualties so
    // far. Air defense managed to shoot down 17 drones over the region.": "the region" is the
    // one region the paragraph last named.
    // ("Также об отражении атаки на Тульскую область сообщил губернатор. ¶ В небе над областью
    // ПВО сбила один беспилотник": the region the sentence right before named.)
    if s.places.is_empty() && (unnamed_area_after(picks, cands, s) || refers_to_region(s)) {
        let named = (s.idx.saturating_sub(3)..s.idx)
            .rev()
            .map(|i| &sents[i])
            .find(|p| {
                (p.para == s.para || p.idx + 1 == s.idx && refers_to_region(s))
                    && !p.places.is_empty()
            });
        if let Some(named) = named {
            let regions: BTreeSet<&str> = named
                .places
                .iter()
                .map(|p| places::region_of(&p.1))
                .collect();
            if regions.len() == 1 {
                return Some(regions.into_iter().collect());
            }
        }
    }
    // "... downed two drones over the Moscow region, the mayor said. 'Air defence shot down two
    // attack drones.'": a sentence naming no place speaks of the place of the one before.
    // (Only a sentence of interceptions: "a Ukrainian drone struck an industrial facility in
    // Chuvashia. ¶ ... air defence units destroyed 88 Ukrainian drones over night" is national.)
    // "Еще 116 БПЛА были сбиты над акваторией Черного моря" (glossed "over the Black Sea"): a
    // sea right after the figures is an area of its own.
    if s.places.is_empty() {
        if let Some(sea) = sea_after(picks, cands, s) {
            return Some(vec![sea]);
        }
    }
    let mut near_figure = true;
    // "ликвидировали почти 40 дронов ВСУ над территорией РФ" ("over Russia"): over the whole
    // country, national, whatever the sentence before named.
    let over_country = picks.iter().any(|&i| {
        let e = cands[i].tok_end;
        (e..(e + 8).min(s.toks.len())).any(|k| {
            s.toks[k].is_any(&["russia", "ukraine"])
                && k >= 1
                && s.toks[k - 1].is_any(&["over", "above", "across"])
        })
    });
    if over_country {
        return None;
    }
    if s.places.is_empty() && s.idx > 0 {
        let field = cands[picks[0]].field;
        let before = s.idx - 1;
        if !cands.iter().any(|c| c.sent == before && c.field == field) {
            return None;
        }
        // "According to the Air Force, 30 of the 30 Shaheds were destroyed": a sentence that
        // counts the launch too is the attack's own summary, not the place before's.
        let launch = |f: Field| matches!(f, Field::DronesLaunched | Field::MissilesLaunched);
        if cands
            .iter()
            .any(|c| c.sent == s.idx && c.field.is_some_and(launch) && c.status != Status::Rejected)
        {
            return None;
        }
        s = &sents[before];
        near_figure = false;
    }
    let mut area = listed_areas(picks, cands, s, near_figure);
    // "Kursk governor Smirnov said seven drones were destroyed over the region": an unnamed
    // region after the figures is the one the sentence names.
    if area.is_empty() && near_figure && s.places.len() == 1 && unnamed_area_after(picks, cands, s)
    {
        area.push(places::region_of(&s.places[0].1));
    }
    // "The governor of the Ryazan Oblast ... said that one drone was shot down": a regional
    // official's figure, with no area of its own, is for the official's one region.
    let official = s.toks.iter().any(|t| t.is_any(&["governor", "mayor"]));
    if area.is_empty() && near_figure && official && own_regions.len() == 1 {
        area.extend(own_regions);
    }
    area.sort_unstable();
    area.dedup();
    // "over the Mykolaiv, Kherson, Odesa and Kyiv regions": the whole attack's area, national;
    // unless the sentence adds them to a region before ("Также были сбиты три БПЛА над
    // Белгородской, два — над Воронежской, 21 над Ростовской", after seven over Kursk).
    let also = near_figure && s.toks.iter().any(|t| t.is_any(&["also", "additionally"]));
    // "восемь БПЛА сбили над Белгородской областью, четыре БПЛА — над Курской, по два — над
    // Липецкой" after nine over Voronezh: a breakdown, each count with a region of its own, is
    // a part of the regions' sum too.
    let breakdown = near_figure && each_own_region(picks, cands, s);
    (!area.is_empty() && (area.len() < 3 || also || breakdown)).then_some(area)
}

/// Whether each of two or more figures names a region of its own right after it ("four drones
/// over Lipetsk, two drones over Belgorod and one over the Oryol region").
fn each_own_region(picks: &[usize], cands: &[Cand], s: &Sent) -> bool {
    if picks.len() < 2 {
        return false;
    }
    // "over Kursk and Voronezh regions - 2 and 1 drones respectively", "восемь и четыре БПЛА
    // уничтожили над территориями Ростовской области и Ставропольского края соответственно": the
    // counts pair in order with the regions listed, one each.
    if s.toks.iter().any(|t| t.is("respectively")) {
        let regions: BTreeSet<&str> = s.places.iter().map(|p| places::region_of(&p.1)).collect();
        return regions.len() == picks.len();
    }
    let mut regions = BTreeSet::new();
    for &i in picks {
        let e = cands[i].tok_end;
        let next = picks
            .iter()
            .map(|&j| cands[j].tok_start)
            .filter(|&t| t >= e)
            .min()
            .unwrap_or(s.toks.len())
            .min(e + 6);
        let own = s
            .places
            .iter()
            .find(|p| p.0 >= e && p.0 < next && (e..p.0).any(|k| s.toks[k].is_any(AREA_PREPS)));
        match own {
            Some(p) => {
                regions.insert(places::region_of(&p.1));
            }
            None => return false,
        }
    }
    regions.len() == picks.len()
}

/// The sea named right after the figures, after an area preposition ("over the Black Sea", "over
/// the Sea of Azov", "over the waters of the Black Sea").
fn sea_after(picks: &[usize], cands: &[Cand], s: &Sent) -> Option<&'static str> {
    picks.iter().find_map(|&i| {
        let e = cands[i].tok_end;
        let stop = (e + 10).min(s.toks.len());
        // (Not the sea of a part after it: "99 drones, 47 of which were over the Black Sea".)
        let prep = (e..stop)
            .take_while(|&k| {
                !s.toks[k].is_any(&["which", "including", "of", "and", ",", ";"])
                    && !matches!(s.toks[k].kind, Kind::Num(_))
            })
            .find(|&k| s.toks[k].is_any(AREA_PREPS))?;
        let sea = (prep + 1..stop)
            .take_while(|&k| !s.toks[k].is_any(&[",", ";", ".", "and"]))
            .find(|&k| s.toks[k].is_any(SEA_NOUNS))?;
        let named = |w: &str| {
            s.toks[prep + 1..(sea + 3).min(stop)]
                .iter()
                .any(|t| t.is(w))
        };
        [
            ("black", "the Black Sea"),
            ("azov", "the Sea of Azov"),
            ("caspian", "the Caspian Sea"),
            ("baltic", "the Baltic Sea"),
        ]
        .into_iter()
        .find(|(w, _)| named(w))
        .map(|(_, name)| name)
    })
}

/// "seven drones were destroyed over the region": an area named only as "the region" (or
/// "oblast", "province") right after the figures.
fn unnamed_area_after(picks: &[usize], cands: &[Cand], s: &Sent) -> bool {
    picks.iter().any(|&i| {
        let e = cands[i].tok_end;
        (e..(e + 8).min(s.toks.len().saturating_sub(2))).any(|k| {
            s.toks[k].is_any(AREA_PREPS)
                && s.toks[k + 1].is("the")
                && s.toks[k + 2].is_any(UNNAMED_AREAS)
        })
    })
}

/// The places after an area preposition near the figures (or anywhere in `s` when it is the
/// sentence before the figures', `near_figure` false), and the places listed after them ("over
/// Moscow, Tula, Kaluga and Bryansk provinces"); none when the figures' regions are unnamed.
fn listed_areas<'s>(
    picks: &[usize],
    cands: &[Cand],
    s: &'s Sent,
    near_figure: bool,
) -> Vec<&'s str> {
    let prep = |at: usize| s.toks.get(at).is_some_and(|t| t.is_any(AREA_PREPS));
    // "35 drones, including four in the Moscow region": a place in the subset is not the area.
    let subset_between = |a: usize, b: usize| {
        s.toks
            .get(a..b)
            .is_some_and(|ts| ts.iter().any(|t| t.is_any(AREA_SUBSET_WORDS)))
    };
    let after_figure = |k: usize| {
        !near_figure
            || picks.iter().any(|&i| {
                k >= cands[i].tok_end
                    && k <= cands[i].tok_end + 8
                    && !subset_between(cands[i].tok_end, k)
            })
    };
    // "with 13 others downed over other western regions", "over Russian regions": the whole
    // country, however many regions are named besides.
    let unnamed_regions = picks.iter().any(|&i| {
        let e = cands[i].tok_end;
        (e..(e + 8).min(s.toks.len())).any(|k| {
            s.toks[k].is_any(&["regions", "oblasts", "provinces", "areas"])
                && s.toks[k.saturating_sub(2)..k]
                    .iter()
                    .any(|t| t.is_any(UNNAMED_REGIONS) || matches!(t.kind, Kind::Num(_)))
        })
    });
    if near_figure && unnamed_regions {
        return Vec::new();
    }
    // A place after an area preposition, and the places listed after it ("over Moscow, Tula,
    // Kaluga and Bryansk provinces").
    let mut last: Option<usize> = None;
    let mut area: Vec<&str> = Vec::new();
    for p in &s.places {
        let k = p.0;
        // Past an adjective and an article: "over (the) (southern) Belgorod region".
        let mut b = k;
        if b >= 1 && s.toks[b - 1].is_any(AREA_ADJECTIVES) {
            b -= 1;
        }
        if b >= 1 && s.toks[b - 1].is("the") {
            b -= 1;
        }
        let after_prep = b >= 1 && prep(b - 1);
        let listed = last.is_some_and(|j| {
            s.toks.get(j + 1..k).is_some_and(|ts| {
                ts.iter()
                    .all(|t| t.is_any(LIST_GLUE) || t.text.starts_with(char::is_uppercase))
            })
        });
        // "над территорией Краснодарского края перехватили и уничтожили 76 беспилотников"
        // (glossed "over Krasnodar region intercepted ... 76 drones"), "Ранее в Смоленской
        // области были сбиты девять беспилотников" ("in Smolensk region were shot down nine
        // drones"): the one place, after its preposition, before the figures.
        let fronted = near_figure
            && b >= 1
            && (s.toks[b - 1].is_any(&["over", "above"])
                // ("Meanwhile, in Moscow, the Defense Ministry said it intercepted 16 drones":
                // where it was said, set off by a comma.)
                || s.toks[b - 1].is("in")
                    && picks.iter().all(|&i| {
                        s.toks
                            .get(k..cands[i].tok_start)
                            .is_some_and(|ts| !ts.iter().any(|t| t.is(",")))
                    }))
            && s.places.len() == 1
            && picks.iter().all(|&i| k < cands[i].tok_start);
        if (after_prep && (after_figure(k) || fronted)) || listed {
            area.push(places::region_of(&p.1));
            last = Some(k);
        }
    }
    area
}
