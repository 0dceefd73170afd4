package org.gatehouse.evaluation;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.gatehouse.agency.Program;
import org.gatehouse.platform.Downloads;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Messages;
import org.gatehouse.programs.ProgramCatalogue;
import org.primefaces.model.StreamedContent;

/** An agency admin's cohort file for the Justice Data Lab, from the reoffending page. */
@Named
@ViewScoped
public class JusticeDataLabView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private JusticeDataLabCohort cohort;

    @Inject
    private ProgramCatalogue catalogue;

    private String releasedFrom;
    private String releasedTo;
    private String program;

    /** The file; none (and the reasons on screen) when the choice is refused. */
    public StreamedContent download() {
        try {
            return Downloads.of("justice-data-lab-cohort.csv", "text/csv; charset=UTF-8",
                    cohort.csv(releasedFrom, releasedTo, program));
        } catch (InvalidInputException invalid) {
            Messages.refusedAt(field -> "jdl:messages", text("reoffending.noFile"), invalid, labels());
            return null;
        }
    }

    /** The fields' labels on screen, by the field a refusal names. */
    private static Map<String, String> labels() {
        return Map.of("releasedFrom", text("reoffending.releasedFrom"), "releasedTo", text("reoffending.releasedTo"),
                "program", text("common.program"));
    }

    public List<Program> getPrograms() {
        return catalogue.programs();
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
}
