//! Russian verbs of air defence striking a weapon, which elsewhere are a weapon's hit.

/// "поразили"/"поражены" with a weapon as the object of air defence: destroyed.
pub(crate) const DEFENCE: &[(&str, &str)] = &[
    // Air defence's verb of striking a weapon: "подразделения ПВО поразили два БПЛА", "там
    // поразили по 20 беспилотников", "поражены еще пять дронов"; not a weapon's hit ("машину
    // поразили два дрона", "Две ракеты поразили учебное заведение", "поражены четыре района").
    ("<пво поразили", "destroyed"),
    ("<обороны поразили", "destroyed"),
    ("<расчеты поразили", "destroyed"),
    ("<расчёты поразили", "destroyed"),
    ("поразили >по >#num", "destroyed"),
    ("поражены >#num >беспилот*", "were destroyed"),
    ("поражены >#num >бпла", "were destroyed"),
    ("поражены >#num >дрон*", "were destroyed"),
    ("поражены >еще >#num", "were destroyed"),
    ("поражены >ещё >#num", "were destroyed"),
    ("поражены >все >бпла", "were destroyed"),
    ("поражены >все >беспилот*", "were destroyed"),
    // "Минобороны сообщило о поражении 17 украинских беспилотников": the ministry's noun, with
    // a count of weapons after it (not "зафиксировано поражение 2 баллистическими ракетами", a
    // hit by them).
    // (After "сообщило о", glossed "reported", "о" is the context before.)
    ("<о поражении >#num", "the destruction of"),
    ("<о поражении >еще >#num", "the destruction of"),
    ("<о поражении >ещё >#num", "the destruction of"),
    // "Еще 9 БПЛА поразили над Курской областью": the weapons struck over where they were
    // downed ("Шесть беспилотников поразили в Новороссийске нефтебазу" is a hit).
    ("<бпла поразили >над", "were destroyed"),
    ("<беспилотников поразили >над", "were destroyed"),
    ("<дронов поразили >над", "were destroyed"),
];
