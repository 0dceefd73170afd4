package org.gatehouse.programs;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gatehouse.agency.Program;
import org.gatehouse.mentoring.CheckType;
import org.gatehouse.mentoring.MentorRegistry;
import org.gatehouse.platform.Messages;

/**
 * An agency administrator's programs: a new one from a built-in template or another program, and
 * the chosen program's milestones, cadences and women's stream adjusted; and the vetting checks
 * the agency asks of its mentors.
 */
@Named
@ViewScoped
public class ProgramSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgramCatalogue catalogue;

    @Inject
    private MentorRegistry mentors;

    private String checkCode;
    private String checkName;
    private boolean checkRequired = true;

    private String newCode;
    private String newName;
    private String source;
    private Long selectedId;
    private int firstStepsDays;
    private int durationDays;
    private Long womensStreamId;
    private List<MilestoneRow> milestones = new ArrayList<>();
    private List<CadenceRow> cadences = new ArrayList<>();

    /** A milestone being adjusted: its timing and label (what completes it stays as it is). */
    public static class MilestoneRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final Set<ActivityKind> completedBy;
        private String label;
        private int offsetDays;
        private int windowDays;
        private int graceDays;

        MilestoneRow(MilestoneDefinition m) {
            code = m.code();
            completedBy = m.completedBy();
            label = m.label();
            offsetDays = m.offsetDays();
            windowDays = m.windowDays();
            graceDays = m.graceDays();
        }

        MilestoneDefinition definition() {
            return new MilestoneDefinition(code, label, offsetDays, windowDays, graceDays, completedBy);
        }

        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public int getOffsetDays() {
            return offsetDays;
        }

        public void setOffsetDays(int offsetDays) {
            this.offsetDays = offsetDays;
        }

        public int getWindowDays() {
            return windowDays;
        }

        public void setWindowDays(int windowDays) {
            this.windowDays = windowDays;
        }

        public int getGraceDays() {
            return graceDays;
        }

        public void setGraceDays(int graceDays) {
            this.graceDays = graceDays;
        }
    }

    /** A contact cadence being adjusted. */
    public static class CadenceRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final ActivityKind kind;
        private String label;
        private int everyDays;
        private int fromDay;
        private int toDay;

        CadenceRow(CadenceDefinition c) {
            code = c.code();
            kind = c.kind();
            label = c.label();
            everyDays = c.everyDays();
            fromDay = c.fromDay();
            toDay = c.toDay();
        }

        CadenceDefinition definition() {
            return new CadenceDefinition(code, label, kind, everyDays, fromDay, toDay);
        }

        public String getCode() {
            return code;
        }

        public ActivityKind getKind() {
            return kind;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public int getEveryDays() {
            return everyDays;
        }

        public void setEveryDays(int everyDays) {
            this.everyDays = everyDays;
        }

        public int getFromDay() {
            return fromDay;
        }

        public void setFromDay(int fromDay) {
            this.fromDay = fromDay;
        }

        public int getToDay() {
            return toDay;
        }

        public void setToDay(int toDay) {
            this.toDay = toDay;
        }
    }

    public void create() {
        try {
            Program created = catalogue.create(newCode, newName, source);
            Messages.info(text("programs.created", created.getCode()));
            newCode = null;
            newName = null;
            source = null;
            select(created);
        } catch (RuntimeException refusal) {
            Messages.refused(text("programs.notCreated"), refusal);
        }
    }

    public void edit(long id) {
        try {
            select(catalogue.program(id));
        } catch (RuntimeException refusal) {
            Messages.refused(text("programs.cannotOpen"), refusal);
        }
    }

    private void select(Program program) {
        selectedId = program.getId();
        ProgramTemplate template = program.template();
        firstStepsDays = template.firstStepsDays();
        durationDays = template.durationDays();
        womensStreamId = program.getWomensStream() == null ? null : program.getWomensStream().getId();
        milestones = new ArrayList<>(template.milestones().stream().map(MilestoneRow::new).toList());
        cadences = new ArrayList<>(template.cadences().stream().map(CadenceRow::new).toList());
    }

    public void save() {
        Program program;
        try {
            program = catalogue.program(selectedId);
            ProgramTemplate adjusted;
            try {
                adjusted = new ProgramTemplate(program.getCode(), program.getName(), firstStepsDays, durationDays,
                        milestones.stream().map(MilestoneRow::definition).toList(),
                        cadences.stream().map(CadenceRow::definition).toList());
            } catch (IllegalArgumentException | NullPointerException wrong) {
                // the template's own rules (a label, non-negative windows, a program at least as long as First Steps)
                Messages.error(text("programs.notSavedBecause", wrong.getMessage() == null
                        || wrong instanceof NullPointerException ? text("programs.milestoneNeedsLabel")
                        : wrong.getMessage()));
                return;
            }
            catalogue.save(selectedId, adjusted, womensStreamId);
            Messages.info(text("programs.saved", program.getCode()));
        } catch (RuntimeException refusal) {
            Messages.refused(text("common.notSaved"), refusal);
        }
    }

    /** Adds a vetting check the agency asks of its mentors. */
    public void addCheckType() {
        try {
            CheckType added = mentors.addCheckType(checkCode, checkName, checkRequired);
            Messages.info(text("programs.checkAdded", added.getName()));
            checkCode = null;
            checkName = null;
            checkRequired = true;
        } catch (RuntimeException refusal) {
            Messages.refused(text("programs.checkNotAdded"), refusal);
        }
    }

    /** "Built-in: Re-integration mentoring": a built-in template offered as the source of a new program. */
    public String builtIn(ProgramTemplate template) {
        return text("programs.builtIn", template.name());
    }

    /** "Ours: ...": one of the agency's programs offered as the source of a new program. */
    public String ours(Program program) {
        return text("programs.ours", program.getName());
    }

    public List<CheckType> getCheckTypes() {
        return mentors.checkTypes();
    }

    public String getCheckCode() {
        return checkCode;
    }

    public void setCheckCode(String checkCode) {
        this.checkCode = checkCode;
    }

    public String getCheckName() {
        return checkName;
    }

    public void setCheckName(String checkName) {
        this.checkName = checkName;
    }

    public boolean isCheckRequired() {
        return checkRequired;
    }

    public void setCheckRequired(boolean checkRequired) {
        this.checkRequired = checkRequired;
    }

    public List<Program> getPrograms() {
        return catalogue.programs();
    }

    public List<ProgramTemplate> getTemplates() {
        return catalogue.builtInTemplates();
    }

    public Program getSelected() {
        return selectedId == null ? null : catalogue.program(selectedId);
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public int getFirstStepsDays() {
        return firstStepsDays;
    }

    public void setFirstStepsDays(int firstStepsDays) {
        this.firstStepsDays = firstStepsDays;
    }

    public int getDurationDays() {
        return durationDays;
    }

    public void setDurationDays(int durationDays) {
        this.durationDays = durationDays;
    }

    public Long getWomensStreamId() {
        return womensStreamId;
    }

    public void setWomensStreamId(Long womensStreamId) {
        this.womensStreamId = womensStreamId;
    }

    public List<MilestoneRow> getMilestones() {
        return milestones;
    }

    public List<CadenceRow> getCadences() {
        return cadences;
    }
}
