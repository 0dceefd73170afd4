package org.gatehouse.casework;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.security.UserAccount;
import org.gatehouse.security.UserAdministration;

/** Restricting a participant's record: who may reach it (if listed) and who never may. */
@Named
@ViewScoped
public class RestrictionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private UserAdministration users;

    private Long id;
    private String reference;
    private List<String> allowed = new ArrayList<>();
    private List<String> excluded = new ArrayList<>();

    public void load() {
        if (id == null || reference != null) {
            return;
        }
        try {
            Participant participant = registry.restriction(id);
            reference = participant.getExternalRef();
            allowed = participant.getAllowedUserIds().stream().map(String::valueOf).collect(Collectors.toList());
            excluded = participant.getExcludedUserIds().stream().map(String::valueOf).collect(Collectors.toList());
        } catch (NotFoundException | AccessDeniedException e) {
            id = null;
            message(FacesMessage.SEVERITY_ERROR, text("restriction.notFound"));
        }
    }

    public void save() {
        try {
            registry.restrict(id, ids(allowed), ids(excluded));
            message(FacesMessage.SEVERITY_INFO, allowed.isEmpty() && excluded.isEmpty()
                    ? text("restriction.lifted") : text("restriction.saved"));
        } catch (InvalidInputException | NotFoundException | AccessDeniedException e) {
            message(FacesMessage.SEVERITY_ERROR, text("common.notSaved") + ": " + e.getMessage());
        }
    }

    public List<UserAccount> getColleagues() {
        return users.colleagues();
    }

    private static Set<Long> ids(List<String> values) {
        return values.stream().map(Long::valueOf).collect(Collectors.toSet());
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReference() {
        return reference;
    }

    public List<String> getAllowed() {
        return allowed;
    }

    public void setAllowed(List<String> allowed) {
        this.allowed = allowed == null ? new ArrayList<>() : new ArrayList<>(allowed);
    }

    public List<String> getExcluded() {
        return excluded;
    }

    public void setExcluded(List<String> excluded) {
        this.excluded = excluded == null ? new ArrayList<>() : new ArrayList<>(excluded);
    }
}
