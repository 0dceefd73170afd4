package org.gatehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.mentoring.MentorDetails;
import org.gatehouse.mentoring.MentorType;
import org.gatehouse.programs.Activity;
import org.gatehouse.programs.BuiltInTemplates;
import org.gatehouse.programs.CaseDates;
import org.gatehouse.programs.ProgramTemplate;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void theSameSeedAndSizeGiveTheSameData() {
        DemoDataGenerator a = new DemoDataGenerator(7, 2, 300, TODAY);
        DemoDataGenerator b = new DemoDataGenerator(7, 2, 300, TODAY);
        assertThat(a.participants(1)).isEqualTo(b.participants(1));
        assertThat(new DemoDataGenerator(8, 2, 300, TODAY).participants(1)).isNotEqualTo(a.participants(1));
    }

    @Test
    void generatesTheRequestedSizeOfValidUniqueParticipants() {
        DemoDataGenerator generator = new DemoDataGenerator(42, 3, 2_000, TODAY);
        assertThat(generator.agencies()).hasSize(3);
        for (int agency = 0; agency < 3; agency++) {
            List<ParticipantDetails> participants = generator.participants(agency);
            assertThat(participants).hasSize(2_000);
            assertThat(participants).allSatisfy(p -> assertThat(p.violations(TODAY)).isEmpty());
            Set<String> refs = new HashSet<>();
            participants.forEach(p -> refs.add(p.externalRef()));
            assertThat(refs).hasSize(2_000);
            Set<String> regions = generator.agencies().get(agency).regions().stream().map(r -> r[0])
                    .collect(java.util.stream.Collectors.toSet());
            assertThat(participants).allSatisfy(p -> assertThat(regions).contains(p.region()));
        }
    }

    @Test
    void referralsAreValidAndActivitiesFallBetweenThePlanStartAndToday() {
        DemoDataGenerator generator = new DemoDataGenerator(42, 2, 200, TODAY);
        assertThat(generator.referrals(0)).hasSize(6).allSatisfy(r -> assertThat(r.violations(TODAY)).isEmpty());
        for (ParticipantDetails p : generator.participants(0)) {
            CaseDates dates = new CaseDates(p.referralDate(), p.expectedReleaseDate(), p.actualReleaseDate(),
                    p.exitDate());
            ProgramTemplate template = BuiltInTemplates.byCode(p.program()).orElseThrow();
            List<Activity> activities = generator.activities(p.externalRef().hashCode(), template, dates);
            assertThat(activities).allSatisfy(a -> assertThat(a.date()).isBetween(p.referralDate(), TODAY));
            assertThat(generator.activities(p.externalRef().hashCode(), template, dates)).isEqualTo(activities);
        }
    }

    @Test
    void mentorsAreValidRepeatableAndTheSignInMentorCanTakeAnyCase() {
        DemoDataGenerator generator = new DemoDataGenerator(42, 2, 10, TODAY);
        List<MentorDetails> mentors = generator.mentors(0);
        assertThat(mentors).hasSize(DemoDataGenerator.DEMO_MENTORS).isEqualTo(generator.mentors(0));
        assertThat(mentors).allSatisfy(m -> assertThat(m.violations(TODAY)).isEmpty());
        // a paid woman: no gender-sensitive stream and no high risk-of-harm case excludes her
        assertThat(mentors.get(0).gender()).isEqualTo(Gender.F);
        assertThat(mentors.get(0).type()).isEqualTo(MentorType.PAID);
    }
}
