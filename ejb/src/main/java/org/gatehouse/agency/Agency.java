package org.gatehouse.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Texts;

/** An organisation that runs re-entry programs: the tenant every case record belongs to. */
@Entity
@Table(name = "agency")
@NamedQuery(name = Agency.BY_CODE, query = "select a from Agency a where a.code = :code")
@NamedQuery(name = Agency.ALL, query = "select a from Agency a order by a.name")
public class Agency {

    public static final String BY_CODE = "Agency.byCode";
    public static final String ALL = "Agency.all";
    public static final int DEFAULT_RETENTION_MONTHS = 84;
    /** At least two years: the reoffending measures follow a person 24 months from release. */
    public static final int MIN_RETENTION_MONTHS = 24;
    public static final int MAX_RETENTION_MONTHS = 600;

    @Id
    @SequenceGenerator(name = "agency_seq", sequenceName = "agency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    /** Months a case's personal data is kept after the case ended (V55); then it is de-identified. */
    @Column(name = "retention_months", nullable = false)
    private int retentionMonths = DEFAULT_RETENTION_MONTHS;

    protected Agency() {
    }

    public Agency(String code, String name) {
        this.code = Codes.require(code, "code");
        this.name = Texts.strippedOrNull(name);
        if (this.name == null) {
            throw new InvalidInputException("name", "is required");
        }
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getRetentionMonths() {
        return retentionMonths;
    }

    /** The last exit date whose case has been kept long enough on {@code day}: cases closed by then are due. */
    public LocalDate closedCasesDueOn(LocalDate day) {
        return day.minusMonths(retentionMonths);
    }

    /** Sets how long a closed case's personal data is kept, in months. */
    public void keepClosedCasesFor(int months) {
        if (months < MIN_RETENTION_MONTHS || months > MAX_RETENTION_MONTHS) {
            throw new InvalidInputException("retention_months", "must be " + MIN_RETENTION_MONTHS + "-"
                    + MAX_RETENTION_MONTHS + " months (the reoffending measures need two years after release)");
        }
        retentionMonths = months;
    }
}
