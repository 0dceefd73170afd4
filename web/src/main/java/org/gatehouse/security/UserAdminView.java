package org.gatehouse.security;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Messages;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.ScreenWords;

/** The agency administrator's user screen: invite, change roles, disable or enable, reset a password. */
@Named
@ViewScoped
public class UserAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAdministration administration;

    @Inject
    private ScreenWords words;

    private String username;
    private String displayName;
    private String email;
    private List<String> roles = new ArrayList<>();
    private Long editedUserId;
    private List<String> editedRoles = new ArrayList<>();
    private String editedRegion;

    public List<UserAccount> getUsers() {
        return administration.users();
    }

    /** The roles an agency administrator can give. */
    public List<Role> getAgencyRoles() {
        return Arrays.stream(Role.values()).filter(Role::isAgencyScoped).toList();
    }

    public void invite() {
        act(() -> {
            NewAccount account = administration.invite(username, displayName, email, toRoles(roles));
            info(text("users.invited", account.username(), account.temporaryPassword()));
            username = displayName = email = null;
            roles = new ArrayList<>();
        });
    }

    public void saveRoles() {
        if (editedUserId == null) {
            Messages.error(text("users.chooseUser"));
            return;
        }
        act(() -> {
            administration.changeRolesAndRegion(editedUserId, toRoles(editedRoles), editedRegion);
            info(text("users.saved"));
        });
    }

    public void disable(UserAccount user) {
        act(() -> {
            administration.disable(user.getId());
            info(text("users.disabledOne", user.getUsername()));
        });
    }

    public void enable(UserAccount user) {
        act(() -> {
            administration.enable(user.getId());
            info(text("users.enabledOne", user.getUsername()));
        });
    }

    public void resetPassword(UserAccount user) {
        act(() -> {
            NewAccount account = administration.resetPassword(user.getId());
            info(text("users.passwordReset", account.username(), account.temporaryPassword()));
        });
    }

    /** The user's roles as the reader's language names them. */
    public String rolesOf(UserAccount user) {
        return user.getRoles().stream().map(words::label).sorted().collect(Collectors.joining(", "));
    }

    private static Set<Role> toRoles(List<String> names) {
        Set<Role> result = EnumSet.noneOf(Role.class);
        names.forEach(n -> result.add(Role.valueOf(n)));
        return result;
    }

    private static void act(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException | NotFoundException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public Long getEditedUserId() {
        return editedUserId;
    }

    public void setEditedUserId(Long editedUserId) {
        this.editedUserId = editedUserId;
    }

    public List<String> getEditedRoles() {
        return editedRoles;
    }

    public String getEditedRegion() {
        return editedRegion;
    }

    public void setEditedRegion(String editedRegion) {
        this.editedRegion = editedRegion;
    }

    public void setEditedRoles(List<String> editedRoles) {
        this.editedRoles = editedRoles == null ? new ArrayList<>() : new ArrayList<>(editedRoles);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }
}
