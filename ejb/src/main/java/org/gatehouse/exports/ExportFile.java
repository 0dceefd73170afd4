package org.gatehouse.exports;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A file made in the background for the person who asked for it (a large export): what was asked,
 * where it stands, and once made its content, kept for {@link ExportLedger#KEPT} and only ever
 * given to that person. Moves QUEUED → RUNNING → READY or FAILED, nothing else.
 */
@Entity
@Table(name = "export_file")
@NamedQuery(name = ExportFile.OF_REQUESTER, query = "select e from ExportFile e where e.requestedBy = :user "
        + "and e.requestedAt >= :since order by e.requestedAt desc, e.id desc")
@NamedQuery(name = ExportFile.WAITING_SINCE, query = "select e from ExportFile e where e.requestedAt < :before "
        + "and e.status in (org.gatehouse.exports.ExportStatus.QUEUED, org.gatehouse.exports.ExportStatus.RUNNING)")
@NamedQuery(name = ExportFile.REQUESTED_BEFORE, query = "select e from ExportFile e where e.requestedAt < :before")
public class ExportFile {

    public static final String OF_REQUESTER = "ExportFile.ofRequester";
    public static final String REQUESTED_BEFORE = "ExportFile.requestedBefore";
    public static final String WAITING_SINCE = "ExportFile.waitingSince";
    private static final int MOST_FAILURE = 500;

    @Id
    @SequenceGenerator(name = "export_file_seq", sequenceName = "export_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "export_file_seq")
    private Long id;

    @Version
    private long version;

    /** The requester's agency (none: a commissioner's); the row-level security discriminator. */
    @Column(name = "agency_id")
    private Long agencyId;

    @Column(name = "requested_by", nullable = false)
    private long requestedBy;

    @Column(nullable = false, length = 100)
    private String requester;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ExportKind kind;

    @Column(nullable = false, length = 8)
    private String format;

    @Column(nullable = false, length = 2000)
    private String parameters;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExportStatus status;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(length = MOST_FAILURE)
    private String failure;

    protected ExportFile() {
    }

    public ExportFile(Long agencyId, long requestedBy, String requester, ExportKind kind, String format,
                      Map<String, String> parameters, Instant requestedAt) {
        this.agencyId = agencyId;
        this.requestedBy = requestedBy;
        this.requester = Objects.requireNonNull(requester, "requester");
        this.kind = Objects.requireNonNull(kind, "kind");
        if (!kind.formats().contains(format)) {
            throw new IllegalArgumentException(kind + " comes as " + kind.formats() + ", not " + format);
        }
        this.format = format;
        this.parameters = encode(parameters);
        this.status = ExportStatus.QUEUED;
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** The job begins (again, after a restart) to make it; false when it is already made or failed. */
    public boolean start() {
        if (status == ExportStatus.READY || status == ExportStatus.FAILED) {
            return false;
        }
        status = ExportStatus.RUNNING;
        return true;
    }

    public void finish(String fileName, String contentType, byte[] content, Instant at) {
        if (status != ExportStatus.RUNNING) {
            throw new IllegalStateException("export " + id + " is " + status + ", not running");
        }
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.content = content.clone();
        this.sizeBytes = (long) content.length;
        this.status = ExportStatus.READY;
        this.finishedAt = at;
    }

    public void fail(String reason, Instant at) {
        if (status == ExportStatus.READY) {
            throw new IllegalStateException("export " + id + " is already made");
        }
        this.failure = reason.length() > MOST_FAILURE ? reason.substring(0, MOST_FAILURE - 1) + "…" : reason;
        this.status = ExportStatus.FAILED;
        this.finishedAt = at;
    }

    /** The parameters as asked, in their order. */
    public Map<String, String> parameters() {
        Map<String, String> decoded = new LinkedHashMap<>();
        if (!parameters.isEmpty()) {
            for (String pair : parameters.split("&")) {
                int eq = pair.indexOf('=');
                decoded.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return decoded;
    }

    /** The parameters that are set, as a query string (also how the list shows them). */
    static String encode(Map<String, String> parameters) {
        return parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public ExportSummary summary() {
        return new ExportSummary(id, kind, format, parameters, status, fileName, sizeBytes, requestedAt, finishedAt,
                failure);
    }

    public Long getId() {
        return id;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public long getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public ExportKind getKind() {
        return kind;
    }

    public String getFormat() {
        return format;
    }

    public ExportStatus getStatus() {
        return status;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content == null ? null : content.clone();
    }
}
