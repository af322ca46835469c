//! Ukrainian words of boats that carry no weapon of the air: sea drones are no drone count.

/// "безекіпажні катери", "морські дрони", "надводні дрони": glossed into the English boat words
/// ("surface", "boats", "sea"), which the drone head reads as no drone.
pub(crate) const NAVAL: &[(&str, &str)] = &[
    ("надводн*", "surface"),
    ("безекіпажн* катер*", "unmanned boats"),
    ("безекіпажн* човн*", "unmanned boats"),
    // The case forms, not a stem: not "Катерина", "Катеринівка".
    ("катер", "boats"),
    ("катери", "boats"),
    ("катерів", "boats"),
    ("катеру", "boats"),
    ("катером", "boats"),
    ("катерам", "boats"),
    ("катерами", "boats"),
    ("катерах", "boats"),
    ("катера", "boats"),
    ("морськ* дрон*", "sea drones"),
    ("морськ* безпілотник*", "sea drones"),
];
