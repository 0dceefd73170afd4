package org.gatehouse.dashboards;

/**
 * Which of FORMATS.md §3's derived figures a (suppressed) row may show: a rate, interval,
 * frequency or mean is withheld with its numerator or when its denominator is under the threshold.
 */
public record DerivedFigures(boolean rate, boolean frequency, boolean meanDaysToFirst, boolean custody12mRate,
                             boolean custody24mRate) {

    public static DerivedFigures shown(Suppression.Suppressed row, int threshold) {
        Long reoffenders = row.count("reoffenders");
        return new DerivedFigures(row.showsRatio("reoffenders", "measurable", threshold),
                row.showsRatio("reoffences", "measurable", threshold),
                reoffenders != null && reoffenders >= threshold,
                row.showsRatio("custody_12m", "measurable", threshold),
                row.showsRatio("custody_24m", "measurable_24m", threshold));
    }
}
