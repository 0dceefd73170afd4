package org.gatehouse.agency;

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

/** A program an agency runs (configured from a template; only its code and name so far). */
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

    protected Program() {
    }

    public Program(Agency agency, String code, String name) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.code = Codes.require(code, "code");
        this.name = Objects.requireNonNull(name, "name");
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
