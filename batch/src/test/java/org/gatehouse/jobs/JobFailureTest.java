package org.gatehouse.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JobFailureTest {

    /** Stands for a driver's exception, whose class the job repository's module cannot load. */
    static final class DriverException extends Exception {
        DriverException(String message) {
            super(message);
        }
    }

    @Test
    void aFailureKeepsEveryMessageAndNoneOfTheLibrariesClasses() throws IOException {
        RuntimeException failure = new IllegalStateException("the warehouse load cannot be published",
                new DriverException("column \"valid_from\" is of type date"));

        JobFailure clean = JobFailure.of(failure);

        assertThat(clean.getCause()).isNull();
        assertThat(clean.getMessage()).isEqualTo("IllegalStateException: the warehouse load cannot be published"
                + " <- DriverException: column \"valid_from\" is of type date");
        assertThat(clean.getStackTrace()).isEqualTo(failure.getStackTrace());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(clean);
        }
        assertThat(new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain(DriverException.class.getName());
    }

    @Test
    void aCleanFailureIsDescribedByItsOwnMessageAndAMonitorLineIsCutToTheRepositorysColumn() {
        JobFailure clean = JobFailure.of(new IllegalStateException("load 3 was given up"));

        assertThat(JobFailure.describe(clean)).isEqualTo("IllegalStateException: load 3 was given up");
        assertThat(JobFailure.of(clean).getMessage()).isEqualTo(clean.getMessage());
        String longest = "x".repeat(StepFailureRecorder.MOST_CHARACTERS);
        assertThat(StepFailureRecorder.cut(longest)).isEqualTo(longest);
        assertThat(StepFailureRecorder.cut(longest + "y")).hasSize(StepFailureRecorder.MOST_CHARACTERS).endsWith("…");
    }
}
