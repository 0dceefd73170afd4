package org.gatehouse.dashboards;

import java.util.function.Function;

/**
 * The reoffending dashboard's figures, each with its definition (FORMATS.md §3) and, for a ratio,
 * what it divides: the tooltips of the screen and the definitions page of the printed report.
 */
public enum ReoffendingMeasure {
    MEMBERS("Cohort members", "People whose release falls in the quarter, counted once per person per agency and "
            + "program (their first release in it).", ReoffendingDashboard.Figures::members),
    MEASURABLE("Measurable", "Members whose one-year measure is complete: the justice department's latest extract "
            + "is at least 365 + 182 days after their release.", ReoffendingDashboard.Figures::measurable),
    NOT_YET_MEASURABLE("Not yet measurable", "Members whose year, or the 182 days for a court outcome after it, "
            + "has not yet passed; left out of every figure below.", ReoffendingDashboard.Figures::notYetMeasurable),
    REOFFENDERS("Reoffenders", "Measurable members with at least one proven reoffence: an offence within 365 days "
            + "of release, proven within a further 182 days.", ReoffendingDashboard.Figures::reoffenders),
    RATE("Proven reoffending rate", "The one-year proven reoffending rate, with its 95% Wilson score interval.",
            ReoffendingDashboard.Figures::rate, REOFFENDERS, MEASURABLE),
    REOFFENCES("Proven reoffences", "Proven reoffences of measurable members within their year.",
            ReoffendingDashboard.Figures::reoffences),
    FREQUENCY("Frequency", "Proven reoffences per measurable member.", ReoffendingDashboard.Figures::frequency,
            REOFFENCES, MEASURABLE),
    MEAN_DAYS_TO_FIRST("Mean days to first reoffence", "Mean days from release to the first proven reoffence, over "
            + "the reoffenders.", ReoffendingDashboard.Figures::meanDaysToFirst, null, REOFFENDERS),
    CUSTODY_12M("Returned to custody (12 months)", "Measurable members who began a new sentence or were recalled "
            + "within 365 days of release (remand does not count).", ReoffendingDashboard.Figures::custody12m),
    CUSTODY_12M_RATE("Return to custody rate (12 months)", "Members returned to custody within 12 months per "
            + "measurable member.", ReoffendingDashboard.Figures::custody12mRate, CUSTODY_12M, MEASURABLE),
    MEASURABLE_24M("Measurable (24 months)", "Members whose latest extract is at least 730 days after their "
            + "release.", ReoffendingDashboard.Figures::measurable24m),
    CUSTODY_24M("Returned to custody (24 months)", "Members measurable for 24 months who began a new sentence or "
            + "were recalled within 730 days of release.", ReoffendingDashboard.Figures::custody24m),
    CUSTODY_24M_RATE("Return to custody rate (24 months)", "Members returned to custody within 24 months per member "
            + "measurable for 24 months.", ReoffendingDashboard.Figures::custody24mRate, CUSTODY_24M, MEASURABLE_24M);

    private final String label;
    private final String definition;
    private final Function<ReoffendingDashboard.Figures, Object> value;
    private final ReoffendingMeasure numerator;
    private final ReoffendingMeasure denominator;

    ReoffendingMeasure(String label, String definition, Function<ReoffendingDashboard.Figures, Object> value) {
        this(label, definition, value, null, null);
    }

    ReoffendingMeasure(String label, String definition, Function<ReoffendingDashboard.Figures, Object> value,
                       ReoffendingMeasure numerator, ReoffendingMeasure denominator) {
        this.label = label;
        this.definition = definition;
        this.value = value;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }

    /** What it divides, or null for a count; null also for the mean's summed days, which are not shown. */
    public ReoffendingMeasure numerator() {
        return numerator;
    }

    /** What it divides by, or null for a count. */
    public ReoffendingMeasure denominator() {
        return denominator;
    }

    /** Its value in a line of the dashboard; null where withheld (or, for a ratio, undefined). */
    public Object of(ReoffendingDashboard.Figures figures) {
        return value.apply(figures);
    }

    /**
     * What a tooltip says of its value in a line: the definition, then numerator and denominator with
     * their values, or why it is withheld.
     */
    public String explain(ReoffendingDashboard.Figures figures, int threshold) {
        StringBuilder text = new StringBuilder(label).append(": ").append(definition);
        if (denominator != null) {
            text.append(" Numerator: ").append(numerator == null ? "days from release to each reoffender's first "
                    + "proven reoffence, added up" : numerator.label + " = " + shown(numerator.of(figures)))
                    .append(". Denominator: ").append(denominator.label).append(" = ")
                    .append(shown(denominator.of(figures))).append('.');
        }
        if (of(figures) == null && figures.suppressed()) {
            text.append(" Withheld: a count below ").append(threshold).append(" is not shown to commissioners, nor "
                    + "what is derived from it or could give it away by subtraction.");
        }
        return text.toString();
    }

    /** A rate as a percentage with one decimal, as screens and reports show it: 0.3333 -> 33.3%. */
    public static String percent(java.math.BigDecimal rate) {
        return rate == null ? null
                : rate.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String shown(Object value) {
        return value == null ? "withheld" : value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
    }
}
