package org.gatehouse.partners;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.agency.AgencyContext;
import org.gatehouse.platform.Messages;

/**
 * The partner directory screen: services per region, to read (everyone who works with cases) and,
 * for agency administrators and coordinators, to add, correct, withdraw and list again.
 */
@Named
@ViewScoped
public class PartnersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PartnerDirectory directory;

    @Inject
    private AgencyContext context;

    private transient List<PartnerService> services;
    private String regionFilter;
    private Long editingId;
    private long editingVersion;
    private String region;
    private String name;
    private ServiceKind kind;
    private String contactName;
    private String phone;
    private String email;
    private String address;

    public List<PartnerService> getServices() {
        if (services == null) {
            services = directory.services();
        }
        return regionFilter == null || regionFilter.isEmpty() ? services
                : services.stream().filter(s -> s.getRegion().getCode().equals(regionFilter)).toList();
    }

    public boolean isKeeper() {
        return context.can("AGENCY_ADMIN,COORDINATOR");
    }

    /** Adds the service, or saves the one being corrected. */
    public void save() {
        Messages.attempt(text("common.notSaved"), () -> {
            PartnerDetails details = new PartnerDetails(region, name, kind, contactName, phone, email, address);
            PartnerService saved = editingId == null ? directory.add(details)
                    : directory.revise(editingId, editingVersion, details);
            Messages.info(text("partners.saved", saved.getName()));
            clear();
        });
    }

    public void edit(PartnerService service) {
        editingId = service.getId();
        editingVersion = service.getVersion();
        PartnerDetails d = service.details();
        region = d.region();
        name = d.name();
        kind = d.kind();
        contactName = d.contactName();
        phone = d.phone();
        email = d.email();
        address = d.address();
    }

    public void cancel() {
        clear();
    }

    public void toggle(PartnerService service) {
        Messages.attempt(text("partners.notChanged"), () -> {
            PartnerService changed = directory.list(service.getId(), service.getVersion(), !service.isActive());
            Messages.info(changed.isActive() ? text("partners.listedAgain", changed.getName())
                    : text("partners.withdrawnNow", changed.getName()));
            services = null;
        });
    }

    private void clear() {
        editingId = null;
        region = null;
        name = null;
        kind = null;
        contactName = null;
        phone = null;
        email = null;
        address = null;
        services = null;
    }

    public ServiceKind[] getKinds() {
        return ServiceKind.values();
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getRegionFilter() {
        return regionFilter;
    }

    public void setRegionFilter(String regionFilter) {
        this.regionFilter = regionFilter;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public void setKind(ServiceKind kind) {
        this.kind = kind;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
