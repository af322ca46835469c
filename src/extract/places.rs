//! The gazetteer: Ukrainian oblasts and cities, Russian regions and cities, with their variant
//! spellings (Russian transliterations, old names, common misspellings), normalised to one name.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::types::Side;

/// Which country a place is in (occupied Crimea counts as Ukraine: strikes there are Ukraine's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Country {
    Ukraine,
    Russia,
}

impl Country {
    /// The side whose attacks hit this country.
    pub(crate) fn attacker(self) -> Side {
        match self {
            Country::Ukraine => Side::Russia,
            Country::Russia => Side::Ukraine,
        }
    }
}

/// A gazetteer entry.
#[derive(Debug, Clone)]
pub(crate) struct Place {
    /// The normalised city name, if the name is a city ("Dnipro").
    pub city: Option<&'static str>,
    /// The normalised region name ("Dnipropetrovsk Oblast") for "X region" / "X oblast".
    pub region: Option<&'static str>,
    pub country: Country,
}

use Country::{Russia as RU, Ukraine as UA};

/// (variants separated by '|', city name, region name, country).
const ENTRIES: &[(&str, Option<&str>, Option<&str>, Country)] = &[
    ("kyiv|kiev|kyyiv", Some("Kyiv"), Some("Kyiv Oblast"), UA),
    (
        "kharkiv|kharkov",
        Some("Kharkiv"),
        Some("Kharkiv Oblast"),
        UA,
    ),
    ("odesa|odessa", Some("Odesa"), Some("Odesa Oblast"), UA),
    (
        "dnipro|dnepr|dnipropetrovsk|dnepropetrovsk",
        Some("Dnipro"),
        Some("Dnipropetrovsk Oblast"),
        UA,
    ),
    (
        "zaporizhzhia|zaporizhia|zaporozhye|zaporizhzhya|zaporozhzhia",
        Some("Zaporizhzhia"),
        Some("Zaporizhzhia Oblast"),
        UA,
    ),
    ("lviv|lvov|lwow", Some("Lviv"), Some("Lviv Oblast"), UA),
    (
        "mykolaiv|nikolayev|nikolaev|mykolayiv",
        Some("Mykolaiv"),
        Some("Mykolaiv Oblast"),
        UA,
    ),
    ("kherson", Some("Kherson"), Some("Kherson Oblast"), UA),
    (
        "chernihiv|chernigov",
        Some("Chernihiv"),
        Some("Chernihiv Oblast"),
        UA,
    ),
    ("sumy", Some("Sumy"), Some("Sumy Oblast"), UA),
    ("poltava", Some("Poltava"), Some("Poltava Oblast"), UA),
    (
        "vinnytsia|vinnitsa|vinnytsya",
        Some("Vinnytsia"),
        Some("Vinnytsia Oblast"),
        UA,
    ),
    (
        "zhytomyr|zhitomir",
        Some("Zhytomyr"),
        Some("Zhytomyr Oblast"),
        UA,
    ),
    (
        "khmelnytskyi|khmelnytsky|khmelnitsky|khmelnytskyy|khmelnitskiy",
        Some("Khmelnytskyi"),
        Some("Khmelnytskyi Oblast"),
        UA,
    ),
    (
        "cherkasy|cherkassy",
        Some("Cherkasy"),
        Some("Cherkasy Oblast"),
        UA,
    ),
    ("rivne|rovno", Some("Rivne"), Some("Rivne Oblast"), UA),
    ("lutsk", Some("Lutsk"), Some("Volyn Oblast"), UA),
    ("volyn|volhynia", None, Some("Volyn Oblast"), UA),
    (
        "ternopil|ternopol",
        Some("Ternopil"),
        Some("Ternopil Oblast"),
        UA,
    ),
    (
        "ivano-frankivsk|ivano-frankovsk",
        Some("Ivano-Frankivsk"),
        Some("Ivano-Frankivsk Oblast"),
        UA,
    ),
    (
        "chernivtsi|chernovtsy",
        Some("Chernivtsi"),
        Some("Chernivtsi Oblast"),
        UA,
    ),
    (
        "uzhhorod|uzhgorod",
        Some("Uzhhorod"),
        Some("Zakarpattia Oblast"),
        UA,
    ),
    (
        "zakarpattia|transcarpathia|zakarpattya",
        None,
        Some("Zakarpattia Oblast"),
        UA,
    ),
    (
        "kropyvnytskyi|kirovohrad|kirovograd|kropyvnytskyy",
        Some("Kropyvnytskyi"),
        Some("Kirovohrad Oblast"),
        UA,
    ),
    ("donetsk", Some("Donetsk"), Some("Donetsk Oblast"), UA),
    (
        "luhansk|lugansk",
        Some("Luhansk"),
        Some("Luhansk Oblast"),
        UA,
    ),
    (
        "kramatorsk|krematorsk|kramatorskt",
        Some("Kramatorsk"),
        Some("Donetsk Oblast"),
        UA,
    ),
    (
        "sloviansk|slovyansk|slavyansk",
        Some("Sloviansk"),
        Some("Donetsk Oblast"),
        UA,
    ),
    (
        "kostiantynivka|konstantinovka|kostyantynivka",
        Some("Kostiantynivka"),
        Some("Donetsk Oblast"),
        UA,
    ),
    ("pokrovsk", Some("Pokrovsk"), Some("Donetsk Oblast"), UA),
    (
        "bakhmut|artemovsk",
        Some("Bakhmut"),
        Some("Donetsk Oblast"),
        UA,
    ),
    (
        "kryvyi rih|krivoy rog|kryvyy rih",
        Some("Kryvyi Rih"),
        Some("Dnipropetrovsk Oblast"),
        UA,
    ),
    (
        "pavlohrad",
        Some("Pavlohrad"),
        Some("Dnipropetrovsk Oblast"),
        UA,
    ),
    (
        "nikopol",
        Some("Nikopol"),
        Some("Dnipropetrovsk Oblast"),
        UA,
    ),
    (
        "kremenchuk|kremenchug",
        Some("Kremenchuk"),
        Some("Poltava Oblast"),
        UA,
    ),
    (
        "bila tserkva|belaya tserkov",
        Some("Bila Tserkva"),
        Some("Kyiv Oblast"),
        UA,
    ),
    ("brovary", Some("Brovary"), Some("Kyiv Oblast"), UA),
    ("irpin", Some("Irpin"), Some("Kyiv Oblast"), UA),
    ("bucha", Some("Bucha"), Some("Kyiv Oblast"), UA),
    ("izmail|izmayil", Some("Izmail"), Some("Odesa Oblast"), UA),
    ("uman", Some("Uman"), Some("Cherkasy Oblast"), UA),
    ("konotop", Some("Konotop"), Some("Sumy Oblast"), UA),
    ("shostka", Some("Shostka"), Some("Sumy Oblast"), UA),
    (
        "okhtyrka|akhtyrka",
        Some("Okhtyrka"),
        Some("Sumy Oblast"),
        UA,
    ),
    (
        "kupiansk|kupyansk",
        Some("Kupiansk"),
        Some("Kharkiv Oblast"),
        UA,
    ),
    (
        "chuhuiv|chuguev",
        Some("Chuhuiv"),
        Some("Kharkiv Oblast"),
        UA,
    ),
    ("lyman", Some("Lyman"), Some("Donetsk Oblast"), UA),
    ("desna", Some("Desna"), Some("Chernihiv Oblast"), UA),
    (
        "starokostiantyniv|starokonstantinov",
        Some("Starokostiantyniv"),
        Some("Khmelnytskyi Oblast"),
        UA,
    ),
    (
        "burshtyn",
        Some("Burshtyn"),
        Some("Ivano-Frankivsk Oblast"),
        UA,
    ),
    ("kovel", Some("Kovel"), Some("Volyn Oblast"), UA),
    ("smila", Some("Smila"), Some("Cherkasy Oblast"), UA),
    ("berdychiv", Some("Berdychiv"), Some("Zhytomyr Oblast"), UA),
    ("mariupol", Some("Mariupol"), Some("Donetsk Oblast"), UA),
    (
        "melitopol",
        Some("Melitopol"),
        Some("Zaporizhzhia Oblast"),
        UA,
    ),
    ("crimea", None, Some("Crimea"), UA),
    ("sevastopol", Some("Sevastopol"), Some("Crimea"), UA),
    ("simferopol", Some("Simferopol"), Some("Crimea"), UA),
    ("yalta", Some("Yalta"), Some("Crimea"), UA),
    // Russia
    ("moscow", Some("Moscow"), Some("Moscow Oblast"), RU),
    ("belgorod", Some("Belgorod"), Some("Belgorod Oblast"), RU),
    ("kursk", Some("Kursk"), Some("Kursk Oblast"), RU),
    ("bryansk", Some("Bryansk"), Some("Bryansk Oblast"), RU),
    ("oryol|orel", Some("Oryol"), Some("Oryol Oblast"), RU),
    ("voronezh", Some("Voronezh"), Some("Voronezh Oblast"), RU),
    (
        "rostov|rostov-on-don",
        Some("Rostov-on-Don"),
        Some("Rostov Oblast"),
        RU,
    ),
    ("krasnodar", Some("Krasnodar"), Some("Krasnodar Krai"), RU),
    ("smolensk", Some("Smolensk"), Some("Smolensk Oblast"), RU),
    ("kaluga", Some("Kaluga"), Some("Kaluga Oblast"), RU),
    ("tula", Some("Tula"), Some("Tula Oblast"), RU),
    ("ryazan", Some("Ryazan"), Some("Ryazan Oblast"), RU),
    ("lipetsk", Some("Lipetsk"), Some("Lipetsk Oblast"), RU),
    ("tambov", Some("Tambov"), Some("Tambov Oblast"), RU),
    ("tver", Some("Tver"), Some("Tver Oblast"), RU),
    ("toropets", Some("Toropets"), Some("Tver Oblast"), RU),
    ("pskov", Some("Pskov"), Some("Pskov Oblast"), RU),
    ("saratov", Some("Saratov"), Some("Saratov Oblast"), RU),
    ("engels", Some("Engels"), Some("Saratov Oblast"), RU),
    ("volgograd", Some("Volgograd"), Some("Volgograd Oblast"), RU),
    (
        "novorossiysk",
        Some("Novorossiysk"),
        Some("Krasnodar Krai"),
        RU,
    ),
    ("tuapse", Some("Tuapse"), Some("Krasnodar Krai"), RU),
    ("sochi", Some("Sochi"), Some("Krasnodar Krai"), RU),
    (
        "st. petersburg|st petersburg|saint petersburg",
        Some("Saint Petersburg"),
        None,
        RU,
    ),
    ("leningrad", None, Some("Leningrad Oblast"), RU),
    (
        "nizhny novgorod",
        Some("Nizhny Novgorod"),
        Some("Nizhny Novgorod Oblast"),
        RU,
    ),
    ("yaroslavl", Some("Yaroslavl"), Some("Yaroslavl Oblast"), RU),
    ("kazan", Some("Kazan"), Some("Tatarstan"), RU),
    ("tatarstan", None, Some("Tatarstan"), RU),
    ("yelabuga|alabuga", Some("Yelabuga"), Some("Tatarstan"), RU),
    ("millerovo", Some("Millerovo"), Some("Rostov Oblast"), RU),
    ("taganrog", Some("Taganrog"), Some("Rostov Oblast"), RU),
    ("kremlin", Some("Moscow"), None, RU),
];

/// Lower-cased variant -> entry.
pub(crate) static GAZETTEER: LazyLock<HashMap<&'static str, Place>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for &(variants, city, region, country) in ENTRIES {
        for v in variants.split('|') {
            m.insert(
                v,
                Place {
                    city,
                    region,
                    country,
                },
            );
        }
    }
    m
});

/// The longest variant, in words (for multi-word names such as "kryvyi rih").
pub(crate) const MAX_WORDS: usize = 3;
