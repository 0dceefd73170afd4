package org.gatehouse.mentoring;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.gatehouse.platform.Messages;

/** The agency administrator's mentoring settings: match weights, rule limits, the former-participant wait; and courses. */
@Named
@ViewScoped
public class MentoringSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The weights' labels, in the order of {@link MentoringSettings#weights()}. */
    private static final List<Supplier<String>> WEIGHT_LABELS = List.of(() -> text("programs.weightSameRegion"),
            () -> text("programs.weightAvailability"), () -> text("programs.weightTransport"),
            () -> text("programs.weightLanguage"), () -> text("programs.weightLivedExperience"),
            () -> text("programs.weightCulturalFit"), () -> text("programs.weightFreePlaces"));

    @Inject
    private MentorRegistry registry;

    @Inject
    private MentorTraining training;

    private long version;
    private int[] weights;
    private int livedExperienceMinDays;
    private int experiencedAfterMatches;
    private int formerParticipantWaitDays;
    private String courseCode;
    private String courseName;
    private boolean courseRequired;

    /** One weight as the form edits it. */
    public final class Weight implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int index;

        Weight(int index) {
            this.index = index;
        }

        public String getLabel() {
            return WEIGHT_LABELS.get(index).get();
        }

        public int getValue() {
            return weights[index];
        }

        public void setValue(int value) {
            weights[index] = value;
        }
    }

    @PostConstruct
    void load() {
        MentoringSettings settings = registry.settings();
        version = settings.getVersion();
        weights = settings.weights();
        livedExperienceMinDays = settings.getLivedExperienceMinDays();
        experiencedAfterMatches = settings.getExperiencedAfterMatches();
        formerParticipantWaitDays = settings.getFormerParticipantWaitDays();
    }

    public void save() {
        Messages.attempt(text("programs.settingsNotSaved"), () -> {
            MentoringSettings saved = registry.changeSettings(version, weights, livedExperienceMinDays,
                    experiencedAfterMatches, formerParticipantWaitDays);
            version = saved.getVersion();
            Messages.info(text("programs.settingsSaved"));
        });
    }

    public void addCourse() {
        Messages.attempt(text("programs.courseNotAdded"), () -> {
            Course course = training.addCourse(courseCode, courseName, courseRequired);
            Messages.info(text("programs.courseAdded", course.getName()));
            courseCode = null;
            courseName = null;
            courseRequired = false;
        });
    }

    public List<Weight> getWeights() {
        return IntStream.range(0, WEIGHT_LABELS.size()).mapToObj(Weight::new).toList();
    }

    public List<Course> getCourses() {
        return training.courses();
    }

    public int getLivedExperienceMinDays() {
        return livedExperienceMinDays;
    }

    public void setLivedExperienceMinDays(int livedExperienceMinDays) {
        this.livedExperienceMinDays = livedExperienceMinDays;
    }

    public int getExperiencedAfterMatches() {
        return experiencedAfterMatches;
    }

    public void setExperiencedAfterMatches(int experiencedAfterMatches) {
        this.experiencedAfterMatches = experiencedAfterMatches;
    }

    public int getFormerParticipantWaitDays() {
        return formerParticipantWaitDays;
    }

    public void setFormerParticipantWaitDays(int formerParticipantWaitDays) {
        this.formerParticipantWaitDays = formerParticipantWaitDays;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public String getCourseName() {
        return courseName;
    }

    public void setCourseName(String courseName) {
        this.courseName = courseName;
    }

    public boolean isCourseRequired() {
        return courseRequired;
    }

    public void setCourseRequired(boolean courseRequired) {
        this.courseRequired = courseRequired;
    }
}
