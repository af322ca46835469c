//! Place names shared by two places, told apart by the words of their sentence.

/// Places of one name in two countries: (the gazetteer's key, the other place's key, words of
/// its sentence that tell the other place). "Slavyansk" is Sloviansk in Donetsk Oblast, but
/// Slavyansk-na-Kubani where the sentence names Krasnodar Krai or its districts; "Samara"
/// (also the gloss of "Самаре", "Самарі") is Samar (Novomoskovsk) where the sentence names
/// Dnipro ("Девять погибли в Днепре, еще двое — в Самаре").
pub(crate) const HOMONYMS: &[(&str, &str, &[&str])] = &[
    (
        "slavyansk",
        "slavyansk-na-kubani",
        &[
            "krasnodar",
            "kuban",
            "kushchevsky",
            "kushchyovsky",
            "kushchivsk",
            "krai",
        ],
    ),
    ("samara", "samar", &["dnipro", "dnipropetrovsk"]),
];
