package org.gatehouse.casework;

import java.time.LocalDate;

/** A release-date update as the API takes it: the expected day, and the actual one once released. */
public record ReleaseDateJson(LocalDate expectedReleaseDate, LocalDate actualReleaseDate) {
}
