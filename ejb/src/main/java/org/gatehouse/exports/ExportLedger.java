package org.gatehouse.exports;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.dashboards.DashboardAccess;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;
import org.gatehouse.security.UserAccount;

/**
 * The background exports: each kept for the person who asked for it and nobody else (not their
 * colleagues, not their agency's admin), for {@link #KEPT}; every request and download audited.
 * The checks of what may be exported are the exports' own, made when asked and again when made.
 */
@Stateless
public class ExportLedger {

    /** How long a made file is kept. */
    public static final Duration KEPT = Duration.ofDays(7);
    /** How long an export may wait to be made before it is given up as stale. */
    public static final Duration STALE = Duration.ofHours(1);
    /** The most exports one person's list shows. */
    public static final int MOST_LISTED = 50;

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private DashboardAccess dashboards;

    /** A made file, to download. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    /** What the job makes, as asked. */
    public record Request(long id, ExportKind kind, String format, Map<String, String> parameters) {
    }

    /** Keeps the current person's request (checked by the caller first); audited. */
    public long accept(ExportKind kind, String format, Map<String, String> parameters) {
        Caller caller = person("ask for an export");
        ExportFile file = new ExportFile(caller.agencyId(), caller.userId(), caller.username(), kind, format,
                parameters, Instant.now(clock));
        em.persist(file);
        em.flush();
        audit.record(AuditKind.EXPORT, caller.agencyId(), "ExportFile", file.getId(), "asked for " + kind + " as "
                + format);
        return file.getId();
    }

    /** The current person's exports of the last {@link #KEPT}, newest first (at most {@value #MOST_LISTED}). */
    public List<ExportSummary> mine() {
        Caller caller = person("see their exports");
        return em.createNamedQuery(ExportFile.OF_REQUESTER, ExportFile.class).setParameter("user", caller.userId())
                .setParameter("since", Instant.now(clock).minus(KEPT)).setMaxResults(MOST_LISTED).getResultStream()
                .map(ExportFile::summary).toList();
    }

    /** One of the current person's exports; anybody else's is not found. */
    public ExportSummary summary(long id) {
        return own(id, person("see an export")).summary();
    }

    /**
     * The made file of one of the current person's exports; refused until it is ready, and unless
     * the person may still export what it holds (a role taken away since, an agency left). Audited.
     */
    public Download download(long id) {
        Caller caller = person("download an export");
        ExportFile file = own(id, caller);
        stillAllowed(file);
        if (file.getStatus() != ExportStatus.READY) {
            throw new InvalidInputException("id", "the export is " + file.getStatus().name().toLowerCase()
                    + ", not ready to download");
        }
        audit.record(AuditKind.EXPORT, caller.agencyId(), "ExportFile", id, "downloaded " + file.getKind() + " as "
                + file.getFormat());
        return new Download(file.getFileName(), file.getContentType(), file.getContent());
    }

    /**
     * For the job, as the batch system of the export's agency (the platform's for an export of no
     * agency): the person who asked for it, as their account stands now (the job makes the file as
     * them, so that their rights then apply); empty when the account is gone or disabled. Read from
     * the export itself, never from what started the job; another agency's export is not found.
     */
    public Optional<Caller> requesterOf(long id) {
        Caller caller = access.current();
        if (!caller.isBatchSystem()) {
            throw access.denied(caller, "find who asked for an export (only the batch system)");
        }
        ExportFile file = em.find(ExportFile.class, id);
        // row-level security hides another agency's export on PostgreSQL; the check does elsewhere
        if (file == null || !Objects.equals(file.getAgencyId(), caller.agencyId())) {
            throw new NotFoundException("export " + id);
        }
        return Optional.ofNullable(em.find(UserAccount.class, file.getRequestedBy())).filter(UserAccount::isEnabled)
                .map(Callers::of);
    }

    /** For the job, as the requester: the request, marked running; empty when it is made or failed already. */
    public Optional<Request> start(long id) {
        ExportFile file = own(id, person("make an export"));
        if (!file.start()) {
            return Optional.empty();
        }
        return Optional.of(new Request(id, file.getKind(), file.getFormat(), file.parameters()));
    }

    /** For the job, as the requester: the made file. */
    public void finish(long id, String fileName, String contentType, byte[] content) {
        own(id, person("make an export")).finish(fileName, contentType, content, Instant.now(clock));
    }

    /** For the job: why the file could not be made (said without case data); as the requester or the system. */
    public void fail(long id, String reason) {
        Caller caller = access.current();
        boolean system = caller.isBatchSystem();
        if (!system && caller.userId() == null) {
            throw access.denied(caller, "fail an export (only its requester or the batch system)");
        }
        ExportFile file = em.find(ExportFile.class, id);
        // somebody else's, or another agency's: not found, as if there were none
        if (file == null || !(system ? Objects.equals(file.getAgencyId(), caller.agencyId())
                : caller.userId() == file.getRequestedBy())) {
            throw new NotFoundException("export " + id);
        }
        file.fail(reason, Instant.now(clock));
    }

    /** Whether the person may still have the file: the rights its kind needs, checked again. */
    private void stillAllowed(ExportFile file) {
        String agency = file.parameters().get("agency");
        switch (file.getKind()) {
            case PARTICIPANT_LIST -> access.requireAgencyRole("download the participant list", AccessPolicy.CASE_EDITORS);
            case REOFFENDING_MEASURES -> dashboards.viewer("download the reoffending measures");
            case REOFFENDING_REPORT, SERVICE_LEVEL_REPORT -> dashboards.viewer("download a dashboard report", agency);
            default -> throw new IllegalStateException("no rights known for " + file.getKind());
        }
    }

    /**
     * Fails the exports the bound agency (or, unbound, no agency) asked for over {@link #STALE} ago and
     * still waits for (a server stopped while making them): their people see why, and ask again.
     */
    public int failStale() {
        Caller caller = access.current();
        if (!caller.isBatchSystem()) {
            throw access.denied(caller, "fail stale exports (only the system)");
        }
        List<ExportFile> stale = em.createNamedQuery(ExportFile.WAITING_SINCE, ExportFile.class)
                .setParameter("before", Instant.now(clock).minus(STALE)).getResultStream()
                .filter(f -> Objects.equals(f.getAgencyId(), caller.agencyId())).toList();
        stale.forEach(f -> f.fail("Not made: the server stopped while making it; ask for it again",
                Instant.now(clock)));
        return stale.size();
    }

    /** Deletes the files asked for before {@link #KEPT} ago that the bound agency (or, unbound, no agency) holds. */
    public int deleteExpired() {
        Caller caller = access.current();
        if (!caller.isBatchSystem()) {
            throw access.denied(caller, "delete expired exports (only the system)");
        }
        // row-level security limits the rows to the bound agency on PostgreSQL; the filter does elsewhere
        List<ExportFile> expired = em.createNamedQuery(ExportFile.REQUESTED_BEFORE, ExportFile.class)
                .setParameter("before", Instant.now(clock).minus(KEPT)).getResultStream()
                .filter(f -> Objects.equals(f.getAgencyId(), caller.agencyId())).toList();
        expired.forEach(em::remove);
        return expired.size();
    }

    private Caller person(String action) {
        return access.requirePerson(access.current(), action);
    }

    /** One of the person's own exports of the last {@link #KEPT}; anybody else's, or an expired one, is not found. */
    private ExportFile own(long id, Caller caller) {
        ExportFile file = em.find(ExportFile.class, id);
        if (file == null || file.getRequestedBy() != caller.userId()
                || file.getRequestedAt().isBefore(Instant.now(clock).minus(KEPT))) {
            throw new NotFoundException("export " + id);
        }
        return file;
    }
}
