package org.gatehouse.participantimport;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.gatehouse.agency.Agency;
import org.gatehouse.platform.ImportProgress;
import org.gatehouse.platform.NotFoundException;

/**
 * Keeps the uploaded files of participant imports and the outcome of every row. Used by the
 * import job and by {@code ParticipantImports}, which checks the caller before it asks.
 */
@Stateless
public class ImportLedger {

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private Clock clock;

    public ImportRun accept(long agencyId, String fileName, byte[] content, String uploadedBy) {
        ImportRun run = new ImportRun(em.find(Agency.class, agencyId), fileName, content, uploadedBy,
                Instant.now(clock));
        em.persist(run);
        em.flush();
        return run;
    }

    public ImportRun run(long runId) {
        ImportRun run = em.find(ImportRun.class, runId);
        if (run == null) {
            throw new NotFoundException("import " + runId);
        }
        return run;
    }

    public Agency agencyOf(long runId) {
        Agency agency = run(runId).getAgency();
        return em.find(Agency.class, agency.getId());
    }

    public byte[] content(long runId) {
        return run(runId).getContent();
    }

    public void started(long runId, long executionId) {
        run(runId).progress().started(executionId);
    }

    public void record(List<ImportLine> lines) {
        lines.forEach(em::persist);
    }

    /** The first line of this run that already took the reference, if any. */
    public OptionalLong firstLineWithRef(long runId, String externalRef) {
        Long line = em.createNamedQuery(ImportLine.FIRST_WITH_REF, Long.class).setParameter("run", runId)
                .setParameter("ref", externalRef).getSingleResult();
        return line == null ? OptionalLong.empty() : OptionalLong.of(line);
    }

    public void completed(long runId) {
        run(runId).completed(Instant.now(clock));
    }

    /**
     * Forgets the files of the agency's runs uploaded more than {@link ImportProgress#FILE_KEPT} ago
     * (a completed run forgot its own); returns how many. Restarting such a run is then refused.
     */
    public int forgetOldFiles() {
        return em.createNamedQuery(ImportRun.FORGET_FILES_BEFORE).setParameter("before",
                Instant.now(clock).minus(ImportProgress.FILE_KEPT)).executeUpdate();
    }

    public void failed(long runId, String reason) {
        run(runId).progress().failed(reason, Instant.now(clock));
    }

    /** The summary of a run of the agency's own; another agency's run is "not found". */
    public ImportSummary summary(long agencyId, long runId) {
        return summaryOf(ownRun(agencyId, runId));
    }

    public List<ImportLine> rejects(long agencyId, long runId) {
        ImportRun run = ownRun(agencyId, runId);
        return em.createNamedQuery(ImportLine.REJECTS_OF_RUN, ImportLine.class).setParameter("run", run.getId())
                .getResultList();
    }

    public List<ImportSummary> recent(long agencyId, int max) {
        return em.createNamedQuery(ImportRun.RECENT_OF_AGENCY, ImportRun.class)
                .setParameter("agency", em.find(Agency.class, agencyId)).setMaxResults(max).getResultList().stream()
                .map(this::summaryOf).toList();
    }

    private ImportRun ownRun(long agencyId, long runId) {
        ImportRun run = em.find(ImportRun.class, runId);
        if (run == null || !run.getAgency().getId().equals(agencyId)) {
            throw new NotFoundException("import " + runId);
        }
        return run;
    }

    private ImportSummary summaryOf(ImportRun run) {
        Map<LineOutcome, Long> counts = new EnumMap<>(LineOutcome.class);
        for (Object[] row : em.createNamedQuery(ImportLine.COUNTS_OF_RUN, Object[].class)
                .setParameter("run", run.getId()).getResultList()) {
            counts.put((LineOutcome) row[0], ((Number) row[1]).longValue());
        }
        long read = counts.values().stream().mapToLong(Long::longValue).sum();
        return new ImportSummary(run.getId(), run.getFileName(), run.getStatus(), run.getFailure(),
                run.getUploadedAt(), run.getFinishedAt(), read, counts.getOrDefault(LineOutcome.IMPORTED, 0L),
                counts.getOrDefault(LineOutcome.UPDATED, 0L), counts.getOrDefault(LineOutcome.UNCHANGED, 0L),
                counts.getOrDefault(LineOutcome.REJECTED, 0L));
    }
}
