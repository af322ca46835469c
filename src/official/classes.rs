//! Weapon classes: every model string of the Air Force record mapped to a class, by one table.
//! A bundle ("X-101/X-555 and Kalibr and Iskander-K") gets the class of its parts when they agree,
//! else `mixed_missile`; a model the table does not know is `unknown` and the loader warns.
//! The project's `drones` are the attack drones (Shahed/Geran, decoys, unknown UAVs in a national
//! report); its `missiles` are every missile class (guided bombs are not missiles).

use std::fmt;

/// What a weapon model is, for counting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WeaponClass {
    /// Shahed/Geran, Gerbera and other decoys, "Unknown UAV" in a national report.
    AttackDrone,
    /// Orlan, ZALA, Supercam, Merlin, Orion, Forpost and other reconnaissance drones.
    ReconDrone,
    /// Lancet, Molniya and other loitering munitions.
    Loitering,
    /// Kh-101/555, Kalibr, Kh-22/32, Kh-59/69, Iskander-K, Kh-35, Oniks.
    Cruise,
    /// Iskander-M, KN-23, S-300/S-400 used against the ground, Zircon as it is used.
    Ballistic,
    /// Kinzhal.
    Aeroballistic,
    /// Kh-31P.
    AntiRadiation,
    /// Guided aerial bombs: not missiles.
    GuidedBomb,
    /// A missile of unstated type.
    UnknownMissile,
    /// A bundle of missiles of different classes.
    MixedMissile,
    /// A model this table does not know (the loader warns).
    Unknown,
}

impl WeaponClass {
    /// The class's name in frames and CSV (`attack_drone`, `cruise`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            WeaponClass::AttackDrone => "attack_drone",
            WeaponClass::ReconDrone => "recon_drone",
            WeaponClass::Loitering => "loitering",
            WeaponClass::Cruise => "cruise",
            WeaponClass::Ballistic => "ballistic",
            WeaponClass::Aeroballistic => "aeroballistic",
            WeaponClass::AntiRadiation => "anti_radiation",
            WeaponClass::GuidedBomb => "guided_bomb",
            WeaponClass::UnknownMissile => "unknown_missile",
            WeaponClass::MixedMissile => "mixed_missile",
            WeaponClass::Unknown => "unknown",
        }
    }

    /// Counted in the project's `drones` (attack drones and decoys).
    pub fn is_drone(self) -> bool {
        self == WeaponClass::AttackDrone
    }

    /// Counted in the project's `missiles` (every missile class; not bombs, not drones).
    pub fn is_missile(self) -> bool {
        matches!(
            self,
            WeaponClass::Cruise
                | WeaponClass::Ballistic
                | WeaponClass::Aeroballistic
                | WeaponClass::AntiRadiation
                | WeaponClass::UnknownMissile
                | WeaponClass::MixedMissile
        )
    }
}

impl fmt::Display for WeaponClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

use WeaponClass::*;

/// Model names (one part of a bundle, compared case-insensitively after trimming) and their
/// class. The Air Force writes Kh- missiles as "X-" (Cyrillic Х); both spellings are listed.
/// Documented in docs/CONVENTIONS.md ("The official record").
pub const MODELS: &[(&str, WeaponClass)] = &[
    // attack drones and decoys
    ("Shahed-136/131", AttackDrone),
    ("Shahed-136", AttackDrone),
    ("Shahed-131", AttackDrone),
    ("Shahed", AttackDrone),
    ("Geran-2", AttackDrone),
    ("Gerbera", AttackDrone),
    ("Unknown UAV", AttackDrone),
    // reconnaissance drones
    ("Reconnaissance UAV", ReconDrone),
    ("Granat-4", ReconDrone),
    ("Orlan-10", ReconDrone),
    ("Orlan-30", ReconDrone),
    ("ZALA", ReconDrone),
    ("Supercam", ReconDrone),
    ("Merlin-VR", ReconDrone),
    ("Orion", ReconDrone),
    ("Forpost", ReconDrone),
    ("Eleron", ReconDrone),
    ("Mohajer-6", ReconDrone),
    ("Картограф", ReconDrone),
    ("Привет-82", ReconDrone),
    ("Фенікс", ReconDrone),
    // loitering munitions
    ("Lancet", Loitering),
    ("Молнія", Loitering),
    ("Molniya", Loitering),
    ("Kub", Loitering),
    // cruise missiles
    ("X-101/X-555", Cruise),
    ("X-101", Cruise),
    ("X-555", Cruise),
    ("Kalibr", Cruise),
    ("Iskander-K", Cruise),
    ("X-22", Cruise),
    ("X-32", Cruise),
    ("X-59", Cruise),
    ("X-59/X-69", Cruise),
    ("X-59MK2", Cruise),
    ("X-69", Cruise),
    ("X-35", Cruise),
    ("P-800 Oniks", Cruise),
    // ballistic missiles
    ("Iskander-M", Ballistic),
    ("Iskander-M/KN-23", Ballistic),
    ("KN-23", Ballistic),
    ("C-300", Ballistic),
    ("C-400", Ballistic),
    ("C-300/C-400", Ballistic),
    ("S-300", Ballistic),
    ("S-400", Ballistic),
    ("3M22 Zircon", Ballistic),
    ("Ballistic Missile", Ballistic),
    ("Intercontinental Ballistic Missile", Ballistic),
    // aeroballistic
    ("X-47 Kinzhal", Aeroballistic),
    ("Kinzhal", Aeroballistic),
    // anti-radiation
    ("X-31", AntiRadiation),
    ("X-31P", AntiRadiation),
    ("X-31PD", AntiRadiation),
    // bombs (not missiles)
    ("Aerial Bomb", GuidedBomb),
    ("GBU", GuidedBomb),
    ("KAB", GuidedBomb),
    ("Banderol", Cruise),
    // unknown missiles
    ("Unknown Missile", UnknownMissile),
];

fn class_of_part(part: &str) -> WeaponClass {
    let part = part.trim();
    let folded = part.replace(['Х', 'х'], "X");
    MODELS
        .iter()
        .find(|(m, _)| m.eq_ignore_ascii_case(&folded) || m.eq_ignore_ascii_case(part))
        .map_or(Unknown, |(_, c)| *c)
}

/// The class of a model string; bundles joined by " and " get their parts' class when all
/// parts agree, `MixedMissile` when they are missiles of different classes, the first part's
/// class when they are drones of different classes, else `Unknown`.
pub fn class_of(model: &str) -> WeaponClass {
    let classes: Vec<WeaponClass> = model.split(" and ").map(class_of_part).collect();
    let first = classes[0];
    if classes.iter().all(|c| *c == first) {
        first
    } else if classes.iter().all(|c| c.is_missile()) {
        MixedMissile
    } else if classes
        .iter()
        .all(|c| matches!(c, AttackDrone | Loitering | ReconDrone))
    {
        // Drones of different classes in one row (one such row in 3.5 years): the first
        // named, which is the one the report counts.
        first
    } else {
        Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn models_and_bundles() {
        assert_eq!(class_of("Shahed-136/131"), AttackDrone);
        assert_eq!(class_of("Unknown UAV"), AttackDrone);
        assert_eq!(class_of("Orlan-10 and ZALA and Supercam"), ReconDrone);
        assert_eq!(class_of("X-101/X-555 and Kalibr and Iskander-K"), Cruise);
        assert_eq!(
            class_of("Iskander-M/KN-23 and Iskander-K and Kalibr"),
            MixedMissile
        );
        assert_eq!(class_of("X-47 Kinzhal"), Aeroballistic);
        assert_eq!(class_of("Х-101/Х-555"), Cruise, "Cyrillic Х");
        assert_eq!(class_of("C-300/C-400 and Iskander-M"), Ballistic);
        assert_eq!(class_of("Shahed-136/131 and Lancet"), AttackDrone);
        assert_eq!(class_of("Shahed-136/131 and Kalibr"), Unknown);
        assert_eq!(class_of("GBU"), GuidedBomb);
        assert!(!GuidedBomb.is_missile() && !GuidedBomb.is_drone());
        assert_eq!(class_of("Brand-new drone"), Unknown);
    }
}
