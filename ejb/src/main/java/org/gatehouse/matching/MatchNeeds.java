package org.gatehouse.matching;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.mentoring.WeeklySlot;
import org.gatehouse.platform.Checks;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Texts;
import org.gatehouse.platform.Violation;
import org.gatehouse.security.TenantBinding;

/** What a participant needs of a mentor, as the case worker assessed it: transport, times, cultural background. */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "match_needs")
public class MatchNeeds {

    @Id
    @Column(name = "participant_id")
    private Long participantId;

    @Version
    private long version;

    @Column(name = "needs_transport", nullable = false)
    private boolean needsTransport;

    @Column(name = "cultural_background", length = 200)
    private String culturalBackground;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "match_needs_time", joinColumns = @JoinColumn(name = "participant_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "slot", nullable = false, length = 16)
    private Set<WeeklySlot> wantedTimes = EnumSet.noneOf(WeeklySlot.class);

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MatchNeeds() {
    }

    /** Nothing assessed yet. */
    public static MatchNeeds none(long participantId, Instant now) {
        MatchNeeds needs = new MatchNeeds();
        needs.participantId = participantId;
        needs.updatedAt = now;
        return needs;
    }

    public void revise(boolean needsTransport, String culturalBackground, Set<WeeklySlot> wantedTimes, Instant now) {
        String background = Texts.strippedOrNull(culturalBackground);
        List<Violation> violations = new ArrayList<>();
        Checks.line(violations, "cultural_background", background, 200, false);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.culturalBackground = background;
        this.needsTransport = needsTransport;
        this.wantedTimes.clear();
        this.wantedTimes.addAll(wantedTimes);
        updatedAt = now;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public long getVersion() {
        return version;
    }

    public boolean isNeedsTransport() {
        return needsTransport;
    }

    public String getCulturalBackground() {
        return culturalBackground;
    }

    public Set<WeeklySlot> getWantedTimes() {
        return wantedTimes.isEmpty() ? Set.of() : Set.copyOf(wantedTimes);
    }
}
