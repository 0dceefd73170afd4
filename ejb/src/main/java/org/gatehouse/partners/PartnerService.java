package org.gatehouse.partners;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.agency.Region;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;
import org.gatehouse.security.TenantBinding;

/**
 * A service of the agency's partner directory (housing, employment, alcohol and drugs, health,
 * family...), in one of its regions. Withdrawn from the directory rather than deleted: referrals
 * keep pointing at it.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "partner_service")
@NamedQuery(name = PartnerService.ALL, query = "select s from PartnerService s "
        + "order by s.region.name, s.kind, s.name, s.id")
public class PartnerService {

    public static final String ALL = "PartnerService.all";

    @Id
    @SequenceGenerator(name = "partner_service_seq", sequenceName = "partner_service_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_service_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "region_id", nullable = false)
    private Region region;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ServiceKind kind;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(length = 32)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(length = 300)
    private String address;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PartnerService() {
    }

    /** {@code region}: the agency's region the details name, or null when it has none of that code. */
    public PartnerService(Region region, PartnerDetails details, Instant now) {
        apply(region, details, now);
        this.active = true;
    }

    public void revise(Region region, PartnerDetails details, Instant now) {
        apply(region, details, now);
    }

    private void apply(Region region, PartnerDetails details, Instant now) {
        List<Violation> violations = new ArrayList<>(details.violations());
        if (region == null && details.region() != null) {
            violations.add(new Violation("region", "is not one of the agency's regions"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.region = region;
        this.name = details.name();
        this.kind = details.kind();
        this.contactName = details.contactName();
        this.phone = details.phone();
        this.email = details.email();
        this.address = details.address();
        this.updatedAt = now;
    }

    /** In the directory (new referrals can be made to it) or withdrawn from it. */
    public void listed(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    public PartnerDetails details() {
        return new PartnerDetails(region.getCode(), name, kind, contactName, phone, email, address);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Region getRegion() {
        return region;
    }

    public String getName() {
        return name;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public String getContactName() {
        return contactName;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getAddress() {
        return address;
    }

    public boolean isActive() {
        return active;
    }
}
