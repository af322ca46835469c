//! Russian weeks, months and days of a tally: periods, not one attack.

/// Periods ("за неделю", "на прошлой неделе"), glossed as the English rules read them.
pub(crate) const PERIODS: &[(&str, &str)] = &[
    ("за неделю", "over the past week"),
    ("за эту неделю", "this week"),
    ("за прошедшую неделю", "over the past week"),
    ("за последнюю неделю", "over the past week"),
    // "В течение прошлой недели над российскими регионами сбили 848 беспилотников", "Всего за
    // предыдущие сутки было уничтожено 200": a week's or a day's tally, a period.
    ("в течение прошлой недели", "over the past week"),
    ("в течение прошедшей недели", "over the past week"),
    ("в течение недели", "over the past week"),
    ("за прошлую неделю", "over the past week"),
    ("за минувшую неделю", "over the past week"),
    ("за предыдущие сутки", "over the past day"),
    ("за последние сутки", "over the past day"),
    ("на этой неделе", "this week"),
    ("на прошлой неделе", "last week"),
    ("за месяц", "over the past month"),
    // "Также на минувшей рабочей неделе были уничтожены три дрона": last (working) week.
    ("на минувшей неделе", "last week"),
    ("на минувшей рабочей неделе", "last week"),
    ("на прошлой рабочей неделе", "last week"),
    ("за рабочую неделю", "over the past week"),
    // "За первые 10 дней июля Россия запустила по Украине ... 2 516 беспилотников", "За весь июнь
    // Россия выпустила ... 2 453": a stretch of days or a whole month.
    ("за первые", "during the first"),
    ("за весь", "during all of"),
    ("за всю", "during all of"),
];
