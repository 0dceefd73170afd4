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

/** A vetting check an agency asks of its mentors; a required one must be in date before a mentor is active. */
@Entity
@Table(name = "check_type")
@NamedQuery(name = CheckType.OF_AGENCY, query = "select t from CheckType t where t.agency = :agency order by t.code")
public class CheckType {

    public static final String OF_AGENCY = "CheckType.ofAgency";

    @Id
    @SequenceGenerator(name = "check_type_seq", sequenceName = "check_type_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "check_type_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    private Agency agency;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean required;

    protected CheckType() {
    }

    public CheckType(Agency agency, String code, String name, boolean required) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.code = Codes.require(Texts.strippedOrNull(code), "code");
        this.name = Checks.requiredText(name, "name", 200, "is required (up to 200 characters)");
        this.required = required;
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

    public boolean isRequired() {
        return required;
    }
}
