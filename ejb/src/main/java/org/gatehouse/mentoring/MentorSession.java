package org.gatehouse.mentoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.agency.Agency;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Texts;
import org.gatehouse.security.TenantBinding;

/**
 * A session held with mentors: a training session of a course, a group debrief, or a supervision
 * (a case worker with a mentor); with who attended and, for training, who completed the course.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "mentor_session")
@NamedQuery(name = MentorSession.BETWEEN, query = "select s from MentorSession s where s.heldOn >= :from "
        + "and s.heldOn <= :to order by s.heldOn desc, s.id desc")
@NamedQuery(name = MentorSession.ALL, query = "select s from MentorSession s order by s.heldOn, s.id")
@NamedQuery(name = MentorSession.TRAINING, query = "select s from MentorSession s where s.course is not null")
public class MentorSession {

    public static final String ALL = "MentorSession.all";
    public static final String BETWEEN = "MentorSession.between";
    public static final String TRAINING = "MentorSession.training";

    @Id
    @SequenceGenerator(name = "mentor_session_seq", sequenceName = "mentor_session_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mentor_session_seq")
    private Long id;

    /** Read-only here: the tenant discriminator, written from the bound agency. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", nullable = false, insertable = false, updatable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionKind kind;

    @ManyToOne
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(length = 200)
    private String place;

    @Column(name = "led_by", nullable = false, length = 100)
    private String ledBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_attendance", joinColumns = @JoinColumn(name = "session_id"))
    private List<Attendance> attendance = new ArrayList<>();

    protected MentorSession() {
    }

    /** A training session needs its course; debriefs and supervision have none. */
    public MentorSession(SessionKind kind, Course course, LocalDate heldOn, String place, String ledBy, Instant now) {
        if (kind == null) {
            throw new InvalidInputException("kind", "is required");
        }
        if ((kind == SessionKind.TRAINING) != (course != null)) {
            throw new InvalidInputException("course", kind == SessionKind.TRAINING
                    ? "choose the course this session teaches" : "only a training session has a course");
        }
        if (heldOn == null) {
            throw new InvalidInputException("held_on", "is required");
        }
        String where = Texts.strippedOrNull(place);
        if (where != null && where.length() > 200) {
            throw new InvalidInputException("place", "is longer than 200 characters");
        }
        this.kind = kind;
        this.course = course;
        this.heldOn = heldOn;
        this.place = where;
        this.ledBy = ledBy;
        this.createdAt = now;
    }

    /**
     * Records who was there (and, for training, who completed the course), replacing what was
     * recorded before. Only once the session has taken place.
     */
    public void recordAttendance(Map<Long, Boolean> attended, Set<Long> completed, LocalDate today) {
        if (heldOn.isAfter(today)) {
            throw new InvalidInputException("attendance", "the session is on " + heldOn + ": record who came after it");
        }
        if (kind != SessionKind.TRAINING && !completed.isEmpty()) {
            throw new InvalidInputException("completed", "only a training session completes a course");
        }
        attendance.clear();
        attended.forEach((mentor, there) -> attendance.add(new Attendance(mentor, there, completed.contains(mentor))));
    }

    public Optional<Attendance> of(Long mentorId) {
        return attendance.stream().filter(a -> a.getMentorId().equals(mentorId)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public SessionKind getKind() {
        return kind;
    }

    public Course getCourse() {
        return course;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    public String getLedBy() {
        return ledBy;
    }

    public List<Attendance> getAttendance() {
        return List.copyOf(attendance);
    }
}
