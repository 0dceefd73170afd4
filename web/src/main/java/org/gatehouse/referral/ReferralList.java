package org.gatehouse.referral;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.platform.Messages;

/** The referral desk's list: awaiting intake first, or any status. */
@Named
@ViewScoped
public class ReferralList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReferralDesk desk;

    private ReferralStatus status = ReferralStatus.RECEIVED;
    private transient List<Referral> referrals;

    public List<Referral> getReferrals() {
        if (referrals == null) {
            try {
                referrals = desk.referrals(status);
            } catch (RuntimeException refused) {
                Messages.refused(text("referrals.cannotList"), refused);
                referrals = List.of();
            }
        }
        return referrals;
    }

    public void filter() {
        referrals = null;
    }

    public ReferralStatus[] getStatuses() {
        return ReferralStatus.values();
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public void setStatus(ReferralStatus status) {
        this.status = status;
    }
}
