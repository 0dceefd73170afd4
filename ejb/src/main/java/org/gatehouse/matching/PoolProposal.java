package org.gatehouse.matching;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.agency.Agency;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.security.TenantBinding;

/**
 * A pool proposal: the assignment of every waiting participant found at one moment, kept as it
 * was found until the coordinator publishes it (each placement becomes a match) or discards it.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "pool_proposal")
@NamedQuery(name = PoolProposal.WITH_STATUS,
        query = "select p from PoolProposal p where p.status = :status order by p.createdAt desc, p.id desc")
public class PoolProposal {

    public static final String WITH_STATUS = "PoolProposal.withStatus";

    @Id
    @SequenceGenerator(name = "pool_proposal_seq", sequenceName = "pool_proposal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pool_proposal_seq")
    private Long id;

    @Version
    private long version;

    /** Read-only here: the tenant discriminator, written from the bound agency. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", nullable = false, insertable = false, updatable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProposalStatus status;

    @Column(name = "total_score", nullable = false, updatable = false)
    private int totalScore;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pool_placement", joinColumns = @JoinColumn(name = "proposal_id"))
    private List<PoolPlacement> placements = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected PoolProposal() {
    }

    public PoolProposal(Pool pool, String by, Instant now) {
        pool.assignments().forEach(a -> placements.add(new PoolPlacement(a)));
        totalScore = pool.totalScore();
        status = ProposalStatus.PENDING;
        createdBy = by;
        createdAt = now;
    }

    /** Published or discarded: decided once. */
    public void decide(ProposalStatus outcome, String by, Instant now) {
        if (status != ProposalStatus.PENDING) {
            throw new InvalidInputException("proposal", "was already " + status.getLabel().toLowerCase());
        }
        if (outcome == ProposalStatus.PENDING) {
            throw new IllegalArgumentException("a decision publishes or discards");
        }
        status = outcome;
        decidedBy = by;
        decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public long getVersion() {
        return version;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public int getTotalScore() {
        return totalScore;
    }

    public List<PoolPlacement> getPlacements() {
        return List.copyOf(placements);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
