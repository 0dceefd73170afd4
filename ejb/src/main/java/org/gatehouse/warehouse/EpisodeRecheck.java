package org.gatehouse.warehouse;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.security.TenantBinding;

/**
 * The next day a case's warehouse episode can change with time alone, as the load that last read
 * the case found it (V42): an incremental load reads the case again on that day, not before. Mapped
 * for {@link org.gatehouse.casework.Participant#TO_RELOAD_AFTER}; written in bulk by
 * {@link EpisodeExtract}.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "episode_recheck")
public class EpisodeRecheck {

    @Id
    @Column(name = "participant_id")
    private Long participantId;

    @Column(name = "recheck_on")
    private LocalDate recheckOn;

    @Column(name = "load_id", nullable = false)
    private long loadId;

    protected EpisodeRecheck() {
    }
}
