//! The gazetteer: Ukrainian oblasts and cities, Russian regions and cities, with their variant
//! spellings (Russian transliterations, old names, common misspellings), normalised to one name.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::types::Side;

mod homonyms;
mod outer;

pub(crate) use homonyms::HOMONYMS;

/// Which country a place is in, for the side that strikes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Country {
    Ukraine,
    Russia,
    /// Ukrainian territory occupied by Russia since 2014 or the first weeks of 2022 (Crimea,
    /// Melitopol, Skadovsk, Horlivka ...): strikes there are Ukraine's. Places taken later
    /// (Mariupol, Sievierodonetsk) stay `Ukraine`: most strikes reported there were Russia's.
    Occupied,
}

impl Country {
    /// The side whose attacks hit this country.
    pub(crate) fn attacker(self) -> Side {
        match self {
            Country::Ukraine => Side::Russia,
            Country::Russia | Country::Occupied => Side::Ukraine,
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

use Country::{Occupied as OCC, Russia as RU, Ukraine as UA};

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
        OCC,
    ),
    ("crimea|crimean peninsula", None, Some("Crimea"), OCC),
    // The Russian-installed "republics" and their officials ("DPR military spokesman Eduard
    // Basurin said the missile was intercepted"): occupied territory, whose strikes are Ukraine's.
    (
        "donetsk people republic|dpr|dnr",
        None,
        Some("Donetsk Oblast"),
        OCC,
    ),
    (
        "luhansk people republic|lugansk people republic|lpr|lnr",
        None,
        Some("Luhansk Oblast"),
        OCC,
    ),
    ("sevastopol", Some("Sevastopol"), Some("Crimea"), OCC),
    ("simferopol", Some("Simferopol"), Some("Crimea"), OCC),
    ("yalta", Some("Yalta"), Some("Crimea"), OCC),
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
    ("kirov", Some("Kirov"), Some("Kirov Oblast"), RU),
    ("kazan", Some("Kazan"), Some("Tatarstan"), RU),
    ("tatarstan", None, Some("Tatarstan"), RU),
    ("yelabuga|alabuga", Some("Yelabuga"), Some("Tatarstan"), RU),
    ("nizhnekamsk", Some("Nizhnekamsk"), Some("Tatarstan"), RU),
    ("millerovo", Some("Millerovo"), Some("Rostov Oblast"), RU),
    ("taganrog", Some("Taganrog"), Some("Rostov Oblast"), RU),
    ("kremlin", Some("Moscow"), None, RU),
    (
        "chornomorsk|chernomorsk",
        Some("Chornomorsk"),
        Some("Odesa Oblast"),
        UA,
    ),
    (
        "pivdennyi|yuzhne|yuzhny",
        Some("Pivdennyi"),
        Some("Odesa Oblast"),
        UA,
    ),
    (
        "bilhorod-dnistrovskyi|belgorod-dnestrovsky",
        Some("Bilhorod-Dnistrovskyi"),
        Some("Odesa Oblast"),
        UA,
    ),
    ("reni", Some("Reni"), Some("Odesa Oblast"), UA),
    (
        "ochakiv|ochakov",
        Some("Ochakiv"),
        Some("Mykolaiv Oblast"),
        UA,
    ),
    (
        "voznesensk",
        Some("Voznesensk"),
        Some("Mykolaiv Oblast"),
        UA,
    ),
    (
        "pervomaisk",
        Some("Pervomaisk"),
        Some("Mykolaiv Oblast"),
        UA,
    ),
    (
        "nova kakhovka",
        Some("Nova Kakhovka"),
        Some("Kherson Oblast"),
        OCC,
    ),
    ("beryslav", Some("Beryslav"), Some("Kherson Oblast"), UA),
    ("henichesk", Some("Henichesk"), Some("Kherson Oblast"), OCC),
    ("skadovsk", Some("Skadovsk"), Some("Kherson Oblast"), OCC),
    (
        "enerhodar|energodar",
        Some("Enerhodar"),
        Some("Zaporizhzhia Oblast"),
        OCC,
    ),
    (
        "berdiansk|berdyansk",
        Some("Berdiansk"),
        Some("Zaporizhzhia Oblast"),
        OCC,
    ),
    ("orikhiv", Some("Orikhiv"), Some("Zaporizhzhia Oblast"), UA),
    (
        "huliaipole",
        Some("Huliaipole"),
        Some("Zaporizhzhia Oblast"),
        UA,
    ),
    ("tokmak", Some("Tokmak"), Some("Zaporizhzhia Oblast"), OCC),
    (
        "kamianske|kamyanske|dniprodzerzhynsk",
        Some("Kamianske"),
        Some("Dnipropetrovsk Oblast"),
        UA,
    ),
    (
        "synelnykove",
        Some("Synelnykove"),
        Some("Dnipropetrovsk Oblast"),
        UA,
    ),
    (
        "marhanets",
        Some("Marhanets"),
        Some("Dnipropetrovsk Oblast"),
        UA,
    ),
    (
        "zhovti vody",
        Some("Zhovti Vody"),
        Some("Dnipropetrovsk Oblast"),
        UA,
    ),
    (
        "novomoskovsk",
        Some("Novomoskovsk"),
        Some("Dnipropetrovsk Oblast"),
        UA,
    ),
    // Novomoskovsk's name since 2024 (not Russia's Samara).
    ("samar", Some("Samar"), Some("Dnipropetrovsk Oblast"), UA),
    ("izium|izyum", Some("Izium"), Some("Kharkiv Oblast"), UA),
    ("lozova", Some("Lozova"), Some("Kharkiv Oblast"), UA),
    (
        "balakliia|balakleya",
        Some("Balakliia"),
        Some("Kharkiv Oblast"),
        UA,
    ),
    ("bohodukhiv", Some("Bohodukhiv"), Some("Kharkiv Oblast"), UA),
    ("zolochiv", Some("Zolochiv"), Some("Kharkiv Oblast"), UA),
    ("vovchansk", Some("Vovchansk"), Some("Kharkiv Oblast"), UA),
    ("druzhkivka", Some("Druzhkivka"), Some("Donetsk Oblast"), UA),
    ("myrnohrad", Some("Myrnohrad"), Some("Donetsk Oblast"), UA),
    ("selydove", Some("Selydove"), Some("Donetsk Oblast"), UA),
    ("kurakhove", Some("Kurakhove"), Some("Donetsk Oblast"), UA),
    (
        "avdiivka|avdeyevka",
        Some("Avdiivka"),
        Some("Donetsk Oblast"),
        UA,
    ),
    (
        "makiivka|makeyevka",
        Some("Makiivka"),
        Some("Donetsk Oblast"),
        OCC,
    ),
    (
        "horlivka|gorlovka",
        Some("Horlivka"),
        Some("Donetsk Oblast"),
        OCC,
    ),
    (
        "dobropillia",
        Some("Dobropillia"),
        Some("Donetsk Oblast"),
        UA,
    ),
    ("chasiv yar", Some("Chasiv Yar"), Some("Donetsk Oblast"), UA),
    ("toretsk", Some("Toretsk"), Some("Donetsk Oblast"), UA),
    (
        "sievierodonetsk|severodonetsk",
        Some("Sievierodonetsk"),
        Some("Luhansk Oblast"),
        UA,
    ),
    ("lysychansk", Some("Lysychansk"), Some("Luhansk Oblast"), UA),
    (
        "myrhorod|mirgorod",
        Some("Myrhorod"),
        Some("Poltava Oblast"),
        UA,
    ),
    ("lubny", Some("Lubny"), Some("Poltava Oblast"), UA),
    (
        "horishni plavni",
        Some("Horishni Plavni"),
        Some("Poltava Oblast"),
        UA,
    ),
    ("korosten", Some("Korosten"), Some("Zhytomyr Oblast"), UA),
    ("vyshhorod", Some("Vyshhorod"), Some("Kyiv Oblast"), UA),
    ("obukhiv", Some("Obukhiv"), Some("Kyiv Oblast"), UA),
    ("fastiv", Some("Fastiv"), Some("Kyiv Oblast"), UA),
    ("boryspil", Some("Boryspil"), Some("Kyiv Oblast"), UA),
    ("vasylkiv", Some("Vasylkiv"), Some("Kyiv Oblast"), UA),
    ("nizhyn", Some("Nizhyn"), Some("Chernihiv Oblast"), UA),
    ("pryluky", Some("Pryluky"), Some("Chernihiv Oblast"), UA),
    ("romny", Some("Romny"), Some("Sumy Oblast"), UA),
    ("hlukhiv", Some("Hlukhiv"), Some("Sumy Oblast"), UA),
    ("trostianets", Some("Trostianets"), Some("Sumy Oblast"), UA),
    ("lebedyn", Some("Lebedyn"), Some("Sumy Oblast"), UA),
    ("bilopillia", Some("Bilopillia"), Some("Sumy Oblast"), UA),
    ("dubno", Some("Dubno"), Some("Rivne Oblast"), UA),
    ("kalush", Some("Kalush"), Some("Ivano-Frankivsk Oblast"), UA),
    (
        "kolomyia",
        Some("Kolomyia"),
        Some("Ivano-Frankivsk Oblast"),
        UA,
    ),
    ("drohobych", Some("Drohobych"), Some("Lviv Oblast"), UA),
    ("stryi", Some("Stryi"), Some("Lviv Oblast"), UA),
    (
        "sheptytskyi|chervonohrad",
        Some("Sheptytskyi"),
        Some("Lviv Oblast"),
        UA,
    ),
    (
        "mukachevo",
        Some("Mukachevo"),
        Some("Zakarpattia Oblast"),
        UA,
    ),
    (
        "kamianets-podilskyi",
        Some("Kamianets-Podilskyi"),
        Some("Khmelnytskyi Oblast"),
        UA,
    ),
    (
        "shepetivka",
        Some("Shepetivka"),
        Some("Khmelnytskyi Oblast"),
        UA,
    ),
    (
        "netishyn",
        Some("Netishyn"),
        Some("Khmelnytskyi Oblast"),
        UA,
    ),
    ("zhmerynka", Some("Zhmerynka"), Some("Vinnytsia Oblast"), UA),
    ("ladyzhyn", Some("Ladyzhyn"), Some("Vinnytsia Oblast"), UA),
    ("kalynivka", Some("Kalynivka"), Some("Vinnytsia Oblast"), UA),
    (
        "oleksandriia|aleksandriya",
        Some("Oleksandriia"),
        Some("Kirovohrad Oblast"),
        UA,
    ),
    ("feodosia|feodosiya", Some("Feodosia"), Some("Crimea"), OCC),
    ("kerch", Some("Kerch"), Some("Crimea"), OCC),
    ("dzhankoi|dzhankoy", Some("Dzhankoi"), Some("Crimea"), OCC),
    (
        "yevpatoria|evpatoria|yevpatoriya",
        Some("Yevpatoria"),
        Some("Crimea"),
        OCC,
    ),
    ("saky", Some("Saky"), Some("Crimea"), OCC),
    ("belbek", Some("Belbek"), Some("Crimea"), OCC),
    ("shebekino", Some("Shebekino"), Some("Belgorod Oblast"), RU),
    ("valuyki", Some("Valuyki"), Some("Belgorod Oblast"), RU),
    ("rylsk", Some("Rylsk"), Some("Kursk Oblast"), RU),
    ("lgov", Some("Lgov"), Some("Kursk Oblast"), RU),
    ("kurchatov", Some("Kurchatov"), Some("Kursk Oblast"), RU),
    ("sudzha", Some("Sudzha"), Some("Kursk Oblast"), RU),
    // Border towns of the Belgorod, Kursk and Bryansk regions that drones strike most.
    (
        "stary oskol|staryy oskol|stariy oskol",
        Some("Stary Oskol"),
        Some("Belgorod Oblast"),
        RU,
    ),
    (
        "novy oskol|novyy oskol",
        Some("Novy Oskol"),
        Some("Belgorod Oblast"),
        RU,
    ),
    ("gubkin", Some("Gubkin"), Some("Belgorod Oblast"), RU),
    (
        "graivoron|grayvoron",
        Some("Graivoron"),
        Some("Belgorod Oblast"),
        RU,
    ),
    (
        "krasnaya yaruga",
        Some("Krasnaya Yaruga"),
        Some("Belgorod Oblast"),
        RU,
    ),
    ("korenevo", Some("Korenevo"), Some("Kursk Oblast"), RU),
    ("glushkovo", Some("Glushkovo"), Some("Kursk Oblast"), RU),
    (
        "tyotkino|tetkino",
        Some("Tyotkino"),
        Some("Kursk Oblast"),
        RU,
    ),
    ("klimovo", Some("Klimovo"), Some("Bryansk Oblast"), RU),
    ("sevsk", Some("Sevsk"), Some("Bryansk Oblast"), RU),
    ("pogar", Some("Pogar"), Some("Bryansk Oblast"), RU),
    ("trubchevsk", Some("Trubchevsk"), Some("Bryansk Oblast"), RU),
    ("starodub", Some("Starodub"), Some("Bryansk Oblast"), RU),
    // Towns of the Moscow region struck by drones.
    ("podolsk", Some("Podolsk"), Some("Moscow Oblast"), RU),
    (
        "ramenskoye|ramenskoe",
        Some("Ramenskoye"),
        Some("Moscow Oblast"),
        RU,
    ),
    ("lyubertsy", Some("Lyubertsy"), Some("Moscow Oblast"), RU),
    ("domodedovo", Some("Domodedovo"), Some("Moscow Oblast"), RU),
    ("kolomna", Some("Kolomna"), Some("Moscow Oblast"), RU),
    ("klintsy", Some("Klintsy"), Some("Bryansk Oblast"), RU),
    ("novozybkov", Some("Novozybkov"), Some("Bryansk Oblast"), RU),
    (
        "novoshakhtinsk",
        Some("Novoshakhtinsk"),
        Some("Rostov Oblast"),
        RU,
    ),
    (
        "kamensk-shakhtinsky",
        Some("Kamensk-Shakhtinsky"),
        Some("Rostov Oblast"),
        RU,
    ),
    ("morozovsk", Some("Morozovsk"), Some("Rostov Oblast"), RU),
    ("bataysk", Some("Bataysk"), Some("Rostov Oblast"), RU),
    ("yeysk", Some("Yeysk"), Some("Krasnodar Krai"), RU),
    ("armavir", Some("Armavir"), Some("Krasnodar Krai"), RU),
    ("anapa", Some("Anapa"), Some("Krasnodar Krai"), RU),
    (
        "slavyansk-na-kubani|slavyansk-on-kuban|slavyansky|slavyanskiy",
        Some("Slavyansk-na-Kubani"),
        Some("Krasnodar Krai"),
        RU,
    ),
    ("kstovo", Some("Kstovo"), Some("Nizhny Novgorod Oblast"), RU),
    ("kirishi", Some("Kirishi"), Some("Leningrad Oblast"), RU),
    ("ust-luga", Some("Ust-Luga"), Some("Leningrad Oblast"), RU),
    ("murmansk", Some("Murmansk"), Some("Murmansk Oblast"), RU),
    (
        "olenya|olenegorsk",
        Some("Olenegorsk"),
        Some("Murmansk Oblast"),
        RU,
    ),
    ("samara", Some("Samara"), Some("Samara Oblast"), RU),
    ("syzran", Some("Syzran"), Some("Samara Oblast"), RU),
    (
        "novokuibyshevsk",
        Some("Novokuibyshevsk"),
        Some("Samara Oblast"),
        RU,
    ),
    ("orsk", Some("Orsk"), Some("Orenburg Oblast"), RU),
    ("orenburg", Some("Orenburg"), Some("Orenburg Oblast"), RU),
    ("ufa", Some("Ufa"), Some("Bashkortostan"), RU),
    ("bashkortostan", None, Some("Bashkortostan"), RU),
    ("astrakhan", Some("Astrakhan"), Some("Astrakhan Oblast"), RU),
    ("penza", Some("Penza"), Some("Penza Oblast"), RU),
    ("ulyanovsk", Some("Ulyanovsk"), Some("Ulyanovsk Oblast"), RU),
    ("cheboksary", Some("Cheboksary"), Some("Chuvashia"), RU),
    ("chuvashia", None, Some("Chuvashia"), RU),
    ("makhachkala", Some("Makhachkala"), Some("Dagestan"), RU),
    ("kaspiysk", Some("Kaspiysk"), Some("Dagestan"), RU),
    ("dagestan", None, Some("Dagestan"), RU),
    ("grozny", Some("Grozny"), Some("Chechnya"), RU),
    ("chechnya", None, Some("Chechnya"), RU),
    ("maykop|maikop", Some("Maykop"), Some("Adygea"), RU),
    ("adygea|adygeya", None, Some("Adygea"), RU),
    (
        "vladikavkaz",
        Some("Vladikavkaz"),
        Some("North Ossetia"),
        RU,
    ),
    ("mozdok", Some("Mozdok"), Some("North Ossetia"), RU),
    ("north ossetia", None, Some("North Ossetia"), RU),
    ("nalchik", Some("Nalchik"), Some("Kabardino-Balkaria"), RU),
    ("kabardino-balkaria", None, Some("Kabardino-Balkaria"), RU),
    (
        "kaliningrad",
        Some("Kaliningrad"),
        Some("Kaliningrad Oblast"),
        RU,
    ),
    ("stavropol", Some("Stavropol"), Some("Stavropol Krai"), RU),
    (
        "novgorod",
        Some("Veliky Novgorod"),
        Some("Novgorod Oblast"),
        RU,
    ),
    ("ivanovo", Some("Ivanovo"), Some("Ivanovo Oblast"), RU),
    ("tyumen", Some("Tyumen"), Some("Tyumen Oblast"), RU),
    ("liski", Some("Liski"), Some("Voronezh Oblast"), RU),
    ("yelets|elets", Some("Yelets"), Some("Lipetsk Oblast"), RU),
    ("izhevsk", Some("Izhevsk"), Some("Udmurtia"), RU),
    ("udmurtia", None, Some("Udmurtia"), RU),
    ("perm", Some("Perm"), Some("Perm Krai"), RU),
    (
        "yekaterinburg",
        Some("Yekaterinburg"),
        Some("Sverdlovsk Oblast"),
        RU,
    ),
    (
        "chelyabinsk",
        Some("Chelyabinsk"),
        Some("Chelyabinsk Oblast"),
        RU,
    ),
    ("vladimir", Some("Vladimir"), Some("Vladimir Oblast"), RU),
];

/// Lower-cased variant -> entry.
pub(crate) static GAZETTEER: LazyLock<HashMap<&'static str, Place>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for &(variants, city, region, country) in ENTRIES.iter().chain(outer::ENTRIES) {
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

/// The region of a normalised place name: a city's oblast, or the name itself.
pub(crate) fn region_of(name: &str) -> &str {
    ENTRIES
        .iter()
        .chain(outer::ENTRIES)
        .find(|(_, city, _, _)| *city == Some(name))
        .and_then(|(_, _, region, _)| *region)
        .unwrap_or(name)
}

/// The longest variant, in words (for multi-word names such as "kryvyi rih").
pub(crate) const MAX_WORDS: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_are_lowercase_unique_and_short() {
        let mut seen = std::collections::HashSet::new();
        for &(variants, city, region, _) in ENTRIES.iter().chain(outer::ENTRIES) {
            assert!(city.is_some() || region.is_some(), "{variants}: no name");
            for v in variants.split('|') {
                assert_eq!(v, v.to_lowercase(), "{v}: variants are lower-cased");
                assert!(seen.insert(v), "{v}: in two entries");
                assert!(
                    v.split(' ').count() <= MAX_WORDS,
                    "{v}: longer than MAX_WORDS"
                );
            }
        }
    }

    #[test]
    fn a_city_counts_as_its_region() {
        assert_eq!(region_of("Bucha"), "Kyiv Oblast");
        assert_eq!(region_of("Kyiv Oblast"), "Kyiv Oblast");
        assert_eq!(region_of("Smolensk"), "Smolensk Oblast");
    }

    #[test]
    fn regions_are_spelled_one_way() {
        // Oblasts as in the gold files: "<Name> Oblast"; Russian krais and republics by name.
        for &(variants, _, region, country) in ENTRIES.iter().chain(outer::ENTRIES) {
            if let Some(r) = region {
                let ok = r.ends_with(" Oblast")
                    || r.ends_with(" Krai")
                    || r == "Crimea"
                    || (country == Country::Russia
                        && !r.contains("Oblast")
                        && !r.to_lowercase().contains("region"));
                assert!(ok, "{variants}: region {r}");
            }
        }
    }
}
