package org.gatehouse.agency;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gatehouse.casework.Gender;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.programs.ProgramTemplate;
import org.gatehouse.programs.StoredCadence;
import org.gatehouse.programs.StoredMilestone;

/**
 * A program an agency runs: its own copy of a template (milestones and cadences, which the agency
 * may adjust), and optionally the gender-sensitive stream its women's cases are routed to.
 */
@Entity
@Table(name = "program")
@NamedQuery(name = Program.BY_CODE, query = "select x from Program x where x.agency = :agency and x.code = :code")
@NamedQuery(name = Program.OF_AGENCY, query = "select p from Program p where p.agency = :agency order by p.code")
public class Program {

    public static final String OF_AGENCY = "Program.ofAgency";
    public static final String BY_CODE = "Program.byCode";

    @Id
    @SequenceGenerator(name = "program_seq", sequenceName = "program_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "program_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    private Agency agency;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    /** The built-in template it was copied from. */
    @Column(name = "template_code", length = 32)
    private String templateCode;

    @Column(name = "first_steps_days", nullable = false)
    private int firstStepsDays;

    @Column(name = "duration_days", nullable = false)
    private int durationDays;

    /** When its milestones, cadences or durations were last adjusted: every case's plan changed then. */
    @Column(name = "adjusted_at")
    private Instant adjustedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "program_milestone", joinColumns = @JoinColumn(name = "program_id"))
    @OrderColumn(name = "position")
    private List<StoredMilestone> milestones = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "program_cadence", joinColumns = @JoinColumn(name = "program_id"))
    @OrderColumn(name = "position")
    private List<StoredCadence> cadences = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "womens_stream_id")
    private Program womensStream;

    protected Program() {
    }

    /** A program of the agency, starting from its own copy of the template. */
    public Program(Agency agency, String code, String name, ProgramTemplate template) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.code = Codes.require(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.templateCode = template.code();
        replacePlan(template);
    }

    /** Replaces the program's milestones, cadences and durations (the agency's adjustments). */
    public void adjust(ProgramTemplate template, Instant at) {
        replacePlan(template);
        adjustedAt = at;
    }

    private void replacePlan(ProgramTemplate template) {
        firstStepsDays = template.firstStepsDays();
        durationDays = template.durationDays();
        milestones.clear();
        template.milestones().forEach(m -> milestones.add(new StoredMilestone(m)));
        cadences.clear();
        template.cadences().forEach(c -> cadences.add(new StoredCadence(c)));
    }

    /** What the program expects of a case, for the milestone engine. */
    public ProgramTemplate template() {
        return new ProgramTemplate(code, name, firstStepsDays, durationDays,
                milestones.stream().map(StoredMilestone::definition).toList(),
                cadences.stream().map(StoredCadence::definition).toList());
    }

    /**
     * Routes women's cases to the gender-sensitive stream (null: none). The stream must be another
     * program of the same agency, and not itself routed on.
     */
    public void routeWomenTo(Program stream) {
        if (stream != null && (stream == this || stream.getId() != null && stream.getId().equals(id)
                || !stream.getAgency().getId().equals(agency.getId()) || stream.womensStream != null)) {
            throw new InvalidInputException("womens_stream",
                    "must be another program of this agency that does not route on itself");
        }
        womensStream = stream;
    }

    /** The program a case of this gender is enrolled in: the women's stream for a woman, if there is one. */
    public Program enrolmentFor(Gender gender) {
        return gender == Gender.F && womensStream != null ? womensStream : this;
    }

    public Program getWomensStream() {
        return womensStream;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
