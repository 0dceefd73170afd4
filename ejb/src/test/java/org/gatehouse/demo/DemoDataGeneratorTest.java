package org.gatehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gatehouse.casework.ParticipantDetails;
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
}
