package org.gatehouse.participantimport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The outcome of one row of an import, written in the same transaction as the row's effect, so
 * the summary, the rejects report and duplicate detection stay exact across restarts.
 */
@Entity
@Table(name = "import_line")
@NamedQuery(name = ImportLine.COUNTS_OF_RUN,
        query = "select l.outcome, count(l) from ImportLine l where l.runId = :run group by l.outcome")
@NamedQuery(name = ImportLine.REJECTS_OF_RUN,
        query = "select l from ImportLine l where l.runId = :run and l.outcome = "
                + "org.gatehouse.participantimport.LineOutcome.REJECTED order by l.lineNumber")
@NamedQuery(name = ImportLine.FIRST_WITH_REF,
        query = "select min(l.lineNumber) from ImportLine l where l.runId = :run and l.externalRef = :ref "
                + "and l.outcome <> org.gatehouse.participantimport.LineOutcome.REJECTED")
public class ImportLine {

    public static final String COUNTS_OF_RUN = "ImportLine.countsOfRun";
    public static final String REJECTS_OF_RUN = "ImportLine.rejectsOfRun";
    public static final String FIRST_WITH_REF = "ImportLine.firstWithRef";
    public static final int MAX_REASON = 2000;

    @Id
    @SequenceGenerator(name = "import_line_seq", sequenceName = "import_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_line_seq")
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "line_number", nullable = false, updatable = false)
    private long lineNumber;

    @Column(name = "external_ref", length = 64, updatable = false)
    private String externalRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private LineOutcome outcome;

    @Column(length = MAX_REASON, updatable = false)
    private String reason;

    protected ImportLine() {
    }

    public ImportLine(long runId, long lineNumber, String externalRef, LineOutcome outcome, String reason) {
        this.runId = runId;
        this.lineNumber = lineNumber;
        this.externalRef = externalRef == null || externalRef.length() > 64 ? null : externalRef;
        this.outcome = outcome;
        this.reason = reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }

    public long getRunId() {
        return runId;
    }

    public long getLineNumber() {
        return lineNumber;
    }

    public String getExternalRef() {
        return externalRef;
    }

    public LineOutcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }
}
