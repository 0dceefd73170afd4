package org.gatehouse.partners;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gatehouse.agency.AgencyContext;
import org.gatehouse.casework.CaseView;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Messages;
import org.gatehouse.platform.ScreenWords;

/**
 * The case page's referrals to partner services (case workers and coordinators): the referrals with
 * their status and outcome, the next step of each open one, and a new referral (the case's region's
 * services first).
 */
@Named
@ViewScoped
public class CasePartnerReferralsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ServiceReferrals referrals;

    @Inject
    private PartnerDirectory directory;

    @Inject
    private AgencyContext context;

    @Inject
    private Clock clock;

    @Inject
    private CaseView caseView;

    @Inject
    private ScreenWords words;

    private transient List<ServiceReferral> all;
    private transient List<PartnerService> services;
    private Long serviceId;
    private String reason;
    private LocalDate referredOn;
    /** Per open referral, by id: the next status (by name, map values reach the bean as text) and the outcome. */
    private final Map<Long, String> next = new HashMap<>();
    private final Map<Long, String> outcome = new HashMap<>();

    /** Read with the case (in its transaction); the services to refer to once a view. */
    void read(@Observes CaseView.Read read) {
        all = read.staff() ? referrals.ofCase(read.caseId()) : List.of();
        if (read.staff()) {
            getServices();
        }
    }

    public List<ServiceReferral> getAll() {
        if (all == null) {
            all = caseView.getId() == null || !context.can("COORDINATOR,CASE_WORKER") ? List.of()
                    : referrals.ofCase(caseView.getId());
        }
        return all;
    }

    /** The listed services, the case's own region's first. */
    public List<PartnerService> getServices() {
        if (services == null) {
            String caseRegion = caseView.getParticipant() == null ? null
                    : caseView.getParticipant().getRegion().getCode();
            services = directory.listed().stream().sorted(Comparator.comparing(
                    (PartnerService s) -> !s.getRegion().getCode().equals(caseRegion))).toList();
        }
        return services;
    }

    public void refer() {
        Messages.attempt(text("case.notReferred"), () -> {
            if (serviceId == null) {
                throw new InvalidInputException("service", "is required");
            }
            ServiceReferral made = referrals.refer(caseView.getId(), serviceId, reason, referredOn);
            Messages.info(text("case.referredTo", made.getService().getName()));
            serviceId = null;
            reason = null;
            referredOn = null;
            all = null;
            // the referral is the program's onward-referral activity
            caseView.changed();
        });
    }

    public void move(ServiceReferral referral) {
        String chosen = next.get(referral.getId());
        Messages.attempt(text("case.notUpdated"), () -> {
            ServiceReferral moved = referrals.move(referral.getId(), referral.getVersion(),
                    chosen == null || chosen.isEmpty() ? null : ServiceReferralStatus.valueOf(chosen),
                    outcome.get(referral.getId()), LocalDate.now(clock));
            Messages.info(text("case.referralMoved", moved.getService().getName(), words.label(moved.getStatus())));
            next.remove(referral.getId());
            outcome.remove(referral.getId());
            all = null;
        });
    }

    public Map<Long, String> getNext() {
        return next;
    }

    public Map<Long, String> getOutcome() {
        return outcome;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public void setReferredOn(LocalDate referredOn) {
        this.referredOn = referredOn;
    }
}
