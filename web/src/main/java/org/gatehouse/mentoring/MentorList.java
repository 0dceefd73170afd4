package org.gatehouse.mentoring;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.platform.Messages;

/** The agency's mentors, by status. */
@Named
@ViewScoped
public class MentorList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MentorRegistry registry;

    private MentorStatus status;
    private transient List<Mentor> mentors;

    public List<Mentor> getMentors() {
        if (mentors == null) {
            try {
                mentors = registry.mentors(status);
            } catch (RuntimeException refused) {
                Messages.refused(text("mentors.cannotList"), refused);
                mentors = List.of();
            }
        }
        return mentors;
    }

    /** Mentors listed who were once the agency's participants: an outcome the agency reports. */
    public long getFormerParticipants() {
        return getMentors().stream().filter(m -> m.getFormerParticipant() != null).count();
    }

    public void filter() {
        mentors = null;
    }

    public MentorStatus[] getStatuses() {
        return MentorStatus.values();
    }

    public MentorStatus getStatus() {
        return status;
    }

    public void setStatus(MentorStatus status) {
        this.status = status;
    }
}
