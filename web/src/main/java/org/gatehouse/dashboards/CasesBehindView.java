package org.gatehouse.dashboards;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gatehouse.casework.Participant;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Messages;

/**
 * The cases behind a line of an agency's own reoffending or service-level dashboard (the page's
 * address carries the line: the release dates and the program, region, gender, status or
 * vulnerability), each a link to its case page.
 */
@Named
@ViewScoped
public class CasesBehindView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CasesBehind behind;

    private String releasedFrom;
    private String releasedTo;
    private String program;
    private String region;
    private String gender;
    private String indigenousStatus;
    private String vulnerability;

    /** What is listed of each case: enough to recognise it, the rest is on its page. */
    public record Line(long id, String name, String externalRef, LocalDate released, String program, String region)
            implements Serializable {
    }

    private List<Line> cases = List.of();

    /** The page's address for the cases a link names (its blank values left out). */
    static String address(Map<String, String> link) {
        StringBuilder address = new StringBuilder("cases-behind.xhtml");
        link.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                address.append(address.indexOf("?") < 0 ? '?' : '&').append(name).append('=')
                        .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        });
        return address.toString();
    }

    public void load() {
        try {
            cases = behind.cases(releasedFrom, releasedTo, program, region, gender, indigenousStatus, vulnerability)
                    .stream().map(CasesBehindView::line).toList();
        } catch (InvalidInputException invalid) {
            Messages.refusedAt(field -> "cases:messages", text("casesBehind.notListed"), invalid, labels());
        }
    }

    /** The address's fields as the screen names them (in the reader's language). */
    private static Map<String, String> labels() {
        return Map.of("releasedFrom", text("casesBehind.releasedFrom"), "releasedTo", text("casesBehind.releasedTo"),
                "program", text("common.program"), "region", text("common.region"), "gender",
                text("casesBehind.gender"), "indigenousStatus", text("casesBehind.indigenousStatus"),
                "vulnerability", text("casesBehind.vulnerability"));
    }

    private static Line line(Participant p) {
        return new Line(p.getId(), p.getFamilyName() + ", " + p.getGivenName(), p.getExternalRef(),
                p.getActualReleaseDate(), p.getProgram().getName(), p.getRegion().getName());
    }

    public List<Line> getCases() {
        return cases;
    }

    public int getMost() {
        return CasesBehind.MOST;
    }

    public String getReleasedFrom() {
        return releasedFrom;
    }

    public void setReleasedFrom(String releasedFrom) {
        this.releasedFrom = releasedFrom;
    }

    public String getReleasedTo() {
        return releasedTo;
    }

    public void setReleasedTo(String releasedTo) {
        this.releasedTo = releasedTo;
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getIndigenousStatus() {
        return indigenousStatus;
    }

    public void setIndigenousStatus(String indigenousStatus) {
        this.indigenousStatus = indigenousStatus;
    }

    public String getVulnerability() {
        return vulnerability;
    }

    public void setVulnerability(String vulnerability) {
        this.vulnerability = vulnerability;
    }
}
