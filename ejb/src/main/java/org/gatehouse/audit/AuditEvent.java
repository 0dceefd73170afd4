package org.gatehouse.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the append-only audit trail: who did what to which record, when. Nothing in the
 * application updates or deletes an entry; every column is write-once.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int MAX_DETAIL = 4000;

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    /** The agency whose trail this belongs to: the record's agency, else the actor's; null for none. */
    @Column(name = "agency_id", updatable = false)
    private Long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private AuditKind kind;

    @Column(name = "record_type", length = 64, updatable = false)
    private String recordType;

    @Column(name = "record_id", length = 64, updatable = false)
    private String recordId;

    @Column(length = MAX_DETAIL, updatable = false)
    private String detail;

    @Column(name = "source_address", length = 64, updatable = false)
    private String sourceAddress;

    protected AuditEvent() {
    }

    public AuditEvent(Instant at, String actor, Long agencyId, AuditKind kind, String recordType, String recordId,
                      String detail, String sourceAddress) {
        this.at = at;
        this.actor = actor == null ? "anonymous" : truncate(actor, 100);
        this.agencyId = agencyId;
        this.kind = kind;
        this.recordType = recordType;
        this.recordId = recordId;
        this.detail = detail == null ? null : truncate(detail, MAX_DETAIL);
        this.sourceAddress = sourceAddress == null ? null : truncate(sourceAddress, 64);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public AuditKind getKind() {
        return kind;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getDetail() {
        return detail;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }
}
