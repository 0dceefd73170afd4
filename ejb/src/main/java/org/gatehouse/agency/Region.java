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

/** A region an agency serves; a Mentor Coordinator and the partner services are per region. */
@Entity
@Table(name = "region")
@NamedQuery(name = Region.BY_CODE, query = "select x from Region x where x.agency = :agency and x.code = :code")
@NamedQuery(name = Region.OF_AGENCY, query = "select r from Region r where r.agency = :agency order by r.code")
public class Region {

    public static final String OF_AGENCY = "Region.ofAgency";
    public static final String BY_CODE = "Region.byCode";

    @Id
    @SequenceGenerator(name = "region_seq", sequenceName = "region_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "region_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    private Agency agency;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    protected Region() {
    }

    public Region(Agency agency, String code, String name) {
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
