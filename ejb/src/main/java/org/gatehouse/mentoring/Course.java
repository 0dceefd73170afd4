package org.gatehouse.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.Codes;
import org.gatehouse.platform.Checks;
import org.gatehouse.platform.Texts;

/** A training course for mentors; the agency marks those a mentor must complete before a first match. */
@Entity
@Table(name = "course")
@NamedQuery(name = Course.OF_AGENCY, query = "select c from Course c where c.agency = :agency order by c.code")
public class Course {

    public static final String OF_AGENCY = "Course.ofAgency";

    @Id
    @SequenceGenerator(name = "course_seq", sequenceName = "course_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    private Agency agency;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "required_before_match", nullable = false)
    private boolean requiredBeforeMatch;

    protected Course() {
    }

    public Course(Agency agency, String code, String name, boolean requiredBeforeMatch) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.code = Codes.require(Texts.strippedOrNull(code), "code");
        this.name = Checks.requiredText(name, "name", 200, "is required (up to 200 characters)");
        this.requiredBeforeMatch = requiredBeforeMatch;
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

    public boolean isRequiredBeforeMatch() {
        return requiredBeforeMatch;
    }
}
