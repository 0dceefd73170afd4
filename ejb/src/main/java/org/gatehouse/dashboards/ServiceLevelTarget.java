package org.gatehouse.dashboards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;

/**
 * A target for one service level: GREEN from {@code greenFrom}, AMBER from {@code amberFrom}, RED
 * below (higher is better for every service level; percent for rates, days for the mean referral
 * lead time). The commissioners' targets hold for every agency (scope {@value #COMMISSIONERS});
 * an agency's own (scope: its code) replace them in its view.
 */
@Entity
@Table(name = "service_level_target")
@NamedQuery(name = ServiceLevelTarget.OF_SCOPES, query = "select t from ServiceLevelTarget t "
        + "where t.scope in :scopes order by t.measure")
public class ServiceLevelTarget {

    public static final String OF_SCOPES = "ServiceLevelTarget.ofScopes";
    /** The scope of the commissioners' targets. */
    public static final String COMMISSIONERS = "ALL";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MOST_DAYS = BigDecimal.valueOf(3650);

    @Id
    @SequenceGenerator(name = "service_level_target_seq", sequenceName = "service_level_target_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_level_target_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 32)
    private String scope;

    @Column(name = "agency_id")
    private Long agencyId;

    @Column(nullable = false, length = 40)
    private String measure;

    @Column(name = "green_from", nullable = false, precision = 8, scale = 2)
    private BigDecimal greenFrom;

    @Column(name = "amber_from", nullable = false, precision = 8, scale = 2)
    private BigDecimal amberFrom;

    @Column(name = "set_by", nullable = false, length = 100)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected ServiceLevelTarget() {
    }

    /** A new target; refused (fields {@code greenFrom}, {@code amberFrom}) when the bands are wrong. */
    public ServiceLevelTarget(String scope, Long agencyId, String measure, boolean mean, BigDecimal greenFrom,
                              BigDecimal amberFrom, String setBy, Instant setAt) {
        this.scope = scope;
        this.agencyId = agencyId;
        this.measure = measure;
        change(mean, greenFrom, amberFrom, setBy, setAt);
    }

    /** New bands; refused as the constructor refuses. */
    public void change(boolean mean, BigDecimal greenFrom, BigDecimal amberFrom, String setBy, Instant setAt) {
        List<Violation> violations = violations(mean, greenFrom, amberFrom);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.greenFrom = greenFrom;
        this.amberFrom = amberFrom;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    /** What is wrong with these bands, by field ({@code greenFrom}, {@code amberFrom}); null bands are wrong. */
    static List<Violation> violations(boolean mean, BigDecimal green, BigDecimal amber) {
        BigDecimal most = mean ? MOST_DAYS : HUNDRED;
        String unit = mean ? "days from 0 to " + MOST_DAYS : "a percentage from 0 to 100";
        List<Violation> violations = new ArrayList<>();
        if (green == null || green.signum() < 0 || green.compareTo(most) > 0) {
            violations.add(new Violation("greenFrom", "must be " + unit));
        }
        if (amber == null || amber.signum() < 0 || amber.compareTo(most) > 0) {
            violations.add(new Violation("amberFrom", "must be " + unit));
        } else if (green != null && amber.compareTo(green) > 0) {
            violations.add(new Violation("amberFrom", "must not be above green (" + green.toPlainString() + ")"));
        }
        return violations;
    }

    public String getScope() {
        return scope;
    }

    public String getMeasure() {
        return measure;
    }

    public BigDecimal getGreenFrom() {
        return greenFrom;
    }

    public BigDecimal getAmberFrom() {
        return amberFrom;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }

    public long getVersion() {
        return version;
    }
}
