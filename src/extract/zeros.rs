//! Zero statements: "no casualties", "none of the missiles were intercepted".

use regex::Regex;
use std::sync::LazyLock;

pub(crate) static ZERO_BOTH: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:no (?:civilian )?casualties|without casualties|no one was (?:killed or injured|hurt or killed|harmed)|no victims)\b"
);

pub(crate) static ZERO_INJURED: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:no (?:one|body) (?:was|were) (?:hurt|injured|wounded)|nobody (?:was |were )?(?:hurt|injured|wounded)|no injuries|no one (?:was )?injured|(?:people|civilians|residents|no one) (?:were|was) not (?:injured|hurt|wounded)|no (?:people|civilians) (?:were )?(?:injured|hurt)|(?:injuries|injured)\s*:\s*(?:none|0)\b)"
);

pub(crate) static ZERO_KILLED: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:no (?:one|body) (?:was|were) killed|nobody (?:was |were )?killed|no deaths|no fatalities|no one died|(?:fatalities|deaths|killed)\s*:\s*(?:none|0)\b)"
);

pub(crate) static NOT_YET: LazyLock<Regex> =
    crate::regex!(r"(?i)\bno (?:immediate )?(?:reports?|information) (?:of|on|about)\b");

/// "unable to intercept any of the ballistic missiles", "could not intercept either of them",
/// "no missiles were shot down": 0 intercepted; `w` names the weapon, absent for "them".
pub(crate) static ZERO_INTERCEPT: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:unable to|failed to|could not|couldn't|did not|didn't|were not able to|was not able to)\s+(?:intercept|shoot down|down|destroy)\s+(?:(?:either|any|one) of them\b|any(?:\s+of)?(?:\s+the)?(?:\s+[\w-]+){0,3}?\s+(?P<w>missiles?|drones?|uavs?|shaheds?)\b)|\bno (?P<w2>missiles?|drones?)\s+(?:were|was|could be)\s+(?:intercepted|shot down|downed|destroyed)"
);
