package org.gatehouse.participantimport;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.agency.Agency;
import org.gatehouse.platform.ImportProgress;
import org.gatehouse.platform.ImportStatus;
import org.gatehouse.security.TenantBinding;

/**
 * One upload of a participant file and what became of it. The file itself is kept with the run so
 * that the batch job can restart on any node from its last checkpoint, until the import completes
 * (or a week: {@link ImportProgress#FILE_KEPT}).
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "import_run")
@NamedQuery(name = ImportRun.RECENT_OF_AGENCY,
        query = "select r from ImportRun r where r.agency = :agency order by r.uploadedAt desc, r.id desc")
@NamedQuery(name = ImportRun.FORGET_FILES_BEFORE,
        query = "update ImportRun r set r.content = null where r.content is not null and r.uploadedAt < :before")
public class ImportRun {

    public static final String RECENT_OF_AGENCY = "ImportRun.recentOfAgency";
    public static final String FORGET_FILES_BEFORE = "ImportRun.forgetFilesBefore";

    @Id
    @SequenceGenerator(name = "import_run_seq", sequenceName = "import_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_seq")
    private Long id;

    /** Read-only here: the column is the tenant discriminator, written from the bound agency. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", nullable = false, insertable = false, updatable = false)
    private Agency agency;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    /** The uploaded file; null once its import no longer needs it ({@link ImportProgress}). */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(name = "uploaded_by", length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Embedded
    private ImportProgress progress = new ImportProgress();

    protected ImportRun() {
    }

    public ImportRun(Agency agency, String fileName, byte[] content, String uploadedBy, Instant uploadedAt) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.fileName = fileName == null || fileName.isBlank() ? "upload.csv" : truncate(fileName.strip(), 255);
        this.content = Objects.requireNonNull(content, "content").clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** Its job's state: started, completed, failed. */
    public ImportProgress progress() {
        return progress;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return ImportProgress.keptFile(content);
    }

    /** The import is done: its file is no longer needed, and no longer kept. */
    public void completed(Instant at) {
        progress.completed(at);
        content = null;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public ImportStatus getStatus() {
        return progress.getStatus();
    }

    public String getFailure() {
        return progress.getFailure();
    }

    public Instant getFinishedAt() {
        return progress.getFinishedAt();
    }
}
