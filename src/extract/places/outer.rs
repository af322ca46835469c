//! The gazetteer's Russian regions far from the front: the north, the Urals, the Volga and the
//! Caucasus, with their capitals and the sites drones reach there (Cherepovets, Severodvinsk,
//! Krasnodar Krai's refineries and ports). Read with [`super::ENTRIES`].

use super::Country;
use super::Country::Russia as RU;

/// (variants separated by '|', city name, region name, country), as [`super::ENTRIES`].
pub(super) const ENTRIES: &[(&str, Option<&str>, Option<&str>, Country)] = &[
    ("kostroma", Some("Kostroma"), Some("Kostroma Oblast"), RU),
    ("vologda", Some("Vologda"), Some("Vologda Oblast"), RU),
    (
        "cherepovets",
        Some("Cherepovets"),
        Some("Vologda Oblast"),
        RU,
    ),
    (
        "arkhangelsk",
        Some("Arkhangelsk"),
        Some("Arkhangelsk Oblast"),
        RU,
    ),
    (
        "severodvinsk",
        Some("Severodvinsk"),
        Some("Arkhangelsk Oblast"),
        RU,
    ),
    ("mari el", None, Some("Mari El"), RU),
    ("yoshkar-ola", Some("Yoshkar-Ola"), Some("Mari El"), RU),
    ("mordovia", None, Some("Mordovia"), RU),
    ("saransk", Some("Saransk"), Some("Mordovia"), RU),
    ("kurgan", Some("Kurgan"), Some("Kurgan Oblast"), RU),
    ("karelia", None, Some("Karelia"), RU),
    ("petrozavodsk", Some("Petrozavodsk"), Some("Karelia"), RU),
    ("komi", None, Some("Komi"), RU),
    ("syktyvkar", Some("Syktyvkar"), Some("Komi"), RU),
    ("ukhta", Some("Ukhta"), Some("Komi"), RU),
    ("kalmykia", None, Some("Kalmykia"), RU),
    ("elista", Some("Elista"), Some("Kalmykia"), RU),
    ("ingushetia", None, Some("Ingushetia"), RU),
    ("magas", Some("Magas"), Some("Ingushetia"), RU),
    ("karachay-cherkessia", None, Some("Karachay-Cherkessia"), RU),
    (
        "cherkessk",
        Some("Cherkessk"),
        Some("Karachay-Cherkessia"),
        RU,
    ),
    ("sverdlovsk", None, Some("Sverdlovsk Oblast"), RU),
    // Krasnodar Krai's oil and port sites that drones reach.
    ("tikhoretsk", Some("Tikhoretsk"), Some("Krasnodar Krai"), RU),
    ("kropotkin", Some("Kropotkin"), Some("Krasnodar Krai"), RU),
    (
        "kavkazskaya",
        Some("Kavkazskaya"),
        Some("Krasnodar Krai"),
        RU,
    ),
    ("temryuk", Some("Temryuk"), Some("Krasnodar Krai"), RU),
    ("gelendzhik", Some("Gelendzhik"), Some("Krasnodar Krai"), RU),
    ("krymsk", Some("Krymsk"), Some("Krasnodar Krai"), RU),
    (
        "afipsky|afipskiy",
        Some("Afipsky"),
        Some("Krasnodar Krai"),
        RU,
    ),
    ("ilsky|ilskiy", Some("Ilsky"), Some("Krasnodar Krai"), RU),
];
