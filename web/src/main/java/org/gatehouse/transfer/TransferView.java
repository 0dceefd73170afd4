package org.gatehouse.transfer;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.casework.Participant;
import org.gatehouse.platform.Messages;

/** The coordinator's transfers: incoming ones to accept (into a region and program) or decline, and outgoing ones. */
@Named
@ViewScoped
public class TransferView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TransferDesk desk;

    private transient List<CaseTransfer> incoming;
    private transient List<CaseTransfer> outgoing;
    private String region;
    private String program;
    private String externalRef;
    private String note;

    public String accept(CaseTransfer transfer) {
        try {
            Participant received = desk.accept(transfer.getId(), transfer.getVersion(), region, program, externalRef);
            Messages.info(text("transfers.accepted"));
            Messages.keepAfterRedirect();
            return "/case.xhtml?faces-redirect=true&id=" + received.getId();
        } catch (RuntimeException refusal) {
            Messages.refused(text("common.notAccepted"), refusal);
            return null;
        }
    }

    public void decline(CaseTransfer transfer) {
        try {
            desk.decline(transfer.getId(), transfer.getVersion(), note);
            Messages.info(text("transfers.declined", transfer.getFromAgency().getName()));
            note = null;
        } catch (RuntimeException refusal) {
            Messages.refused(text("transfers.notDeclined"), refusal);
        }
        incoming = null;
        outgoing = null;
    }

    public List<CaseTransfer> getIncoming() {
        if (incoming == null) {
            incoming = desk.incoming();
        }
        return incoming;
    }

    public List<CaseTransfer> getOutgoing() {
        if (outgoing == null) {
            outgoing = desk.outgoing();
        }
        return outgoing;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public String getExternalRef() {
        return externalRef;
    }

    public void setExternalRef(String externalRef) {
        this.externalRef = externalRef;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
