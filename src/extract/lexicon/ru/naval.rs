//! Russian words of boats that carry no weapon of the air: sea drones are no drone count.

/// "двумя украинскими беспилотными надводными аппаратами", "атака безэкипажных катеров",
/// "морские дроны": glossed into the English boat words ("surface", "boats", "sea"), which
/// the drone head reads as no drone.
pub(crate) const NAVAL: &[(&str, &str)] = &[
    ("надводн*", "surface"),
    ("безэкипажн* катер*", "unmanned boats"),
    ("безэкипажн* лодк*", "unmanned boats"),
    ("безэкипажн* судн*", "unmanned vessels"),
    // The case forms, not a stem: not "Катерина", "Катеринівка".
    ("катер", "boats"),
    ("катера", "boats"),
    ("катеров", "boats"),
    ("катеру", "boats"),
    ("катером", "boats"),
    ("катерам", "boats"),
    ("катерами", "boats"),
    ("катерах", "boats"),
    ("морск* дрон*", "sea drones"),
    ("морск* беспилотник*", "sea drones"),
];
