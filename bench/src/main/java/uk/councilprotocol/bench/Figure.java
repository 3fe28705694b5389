package uk.councilprotocol.bench;

/**
 * One measured figure: what, how much, its ratio to the anchor measured in the same run (PostgreSQL's own
 * single-row commit rate; NaN where a ratio means nothing), the target and whether it was met.
 */
public record Figure(String measure, double value, String unit, double ratioToAnchor, String target, Boolean met) {

    public static Figure of(String measure, double value, String unit) {
        return new Figure(measure, value, unit, Double.NaN, "", null);
    }

    public Figure against(double anchor) {
        return new Figure(measure, value, unit, value / anchor, target, met);
    }

    /** A figure that should be at least {@code minimum} (in its own unit). */
    public Figure atLeast(double minimum, String target) {
        return new Figure(measure, value, unit, ratioToAnchor, target, value >= minimum);
    }

    /** A figure that should be at most {@code maximum} (in its own unit). */
    public Figure atMost(double maximum, String target) {
        return new Figure(measure, value, unit, ratioToAnchor, target, value <= maximum);
    }
}
