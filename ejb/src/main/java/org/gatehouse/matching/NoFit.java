package org.gatehouse.matching;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.casework.Participant;
import org.gatehouse.platform.Checks;
import org.gatehouse.security.TenantBinding;

/** The coordinator's record that no mentor fits a participant for now, and why (the gap in the mentor pool). */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "match_no_fit")
@NamedQuery(name = NoFit.OF_CASE,
        query = "select n from NoFit n where n.participant = :participant order by n.recordedAt desc, n.id desc")
public class NoFit {

    public static final String OF_CASE = "NoFit.ofCase";

    @Id
    @SequenceGenerator(name = "match_no_fit_seq", sequenceName = "match_no_fit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_no_fit_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected NoFit() {
    }

    public NoFit(Participant participant, String reason, String recordedBy, Instant now) {
        this.reason = Checks.requiredText(reason, "reason", 500,
                "say why no mentor fits (up to 500 characters): it shows what the mentor pool lacks");
        this.participant = Objects.requireNonNull(participant);
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
