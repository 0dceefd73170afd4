package org.gatehouse.privacy;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.gatehouse.platform.Downloads;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Messages;
import org.primefaces.model.StreamedContent;

/** An agency administrator's data-retention page: the retention rule, and subject-access exports. */
@Named
@ViewScoped
public class RetentionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Retention retention;

    @Inject
    private SubjectAccess subjectAccess;

    private RetentionSummary summary;
    private Integer months;
    private String reference;

    /** Read when the page first asks (not at construction: a refusal then would be a 500, not a 403). */
    public RetentionSummary getSummary() {
        if (summary == null) {
            summary = retention.summary();
        }
        return summary;
    }

    public void save() {
        try {
            retention.keepClosedCasesFor(months == null ? 0 : months);
            summary = retention.summary();
            Messages.infoAt("rule:messages", text("retention.saved", summary.months()));
        } catch (InvalidInputException invalid) {
            Messages.refusedAt(field -> "rule:messages", text("common.notSaved"), invalid, labels());
        }
    }

    /** The person's file; none (and why on screen) when no case matches. */
    public StreamedContent download() {
        try {
            String json = subjectAccess.exportByReference(reference);
            return Downloads.of("subject-access.json", "application/json; charset=UTF-8",
                    json.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidInputException invalid) {
            Messages.refusedAt(field -> "access:messages", text("retention.noFile"), invalid, labels());
            return null;
        }
    }

    /** The fields' names as the page shows them. */
    private static Map<String, String> labels() {
        return Map.of("retention_months", text("retention.months"), "reference", text("retention.reference"));
    }

    public Integer getMonths() {
        return months != null ? months : getSummary().months();
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
