package uk.councilprotocol.plans.duedates;

/** How precisely a plan states when something is due. */
public enum Precision {
    DAY,
    MONTH,
    QUARTER,
    SEASON,
    /** "2024/25": the council's financial year, to 31 March. */
    FINANCIAL_YEAR,
    YEAR,
    /** "2024-2025": across calendar years. */
    RANGE,
    ONGOING,
    /** Nothing recognisable: the text is kept and no deadline is tracked. */
    UNSTATED
}
