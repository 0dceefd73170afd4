package org.gatehouse.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The agency administrator's view of the audit trail, filtered. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 200;

    @Inject
    private AuditTrail audit;

    private AuditKind kind;
    private String actor;
    private String recordType;
    private String recordId;
    private LocalDate from;
    private LocalDate to;
    private int first;

    public List<AuditEvent> getEvents() {
        ZoneId zone = ZoneId.systemDefault();
        return audit.trail(kind, actor, recordType, recordId, from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), first, PAGE);
    }

    public void search() {
        first = 0;
    }

    public void next() {
        first += PAGE;
    }

    public void previous() {
        first = Math.max(0, first - PAGE);
    }

    public AuditKind[] getKinds() {
        return AuditKind.values();
    }

    public int getFirst() {
        return first;
    }

    public AuditKind getKind() {
        return kind;
    }

    public void setKind(AuditKind kind) {
        this.kind = kind;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
