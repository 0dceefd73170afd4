package org.gatehouse.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** One return to custody of a case: the release it ended and the release now expected. Never changed. */
@Embeddable
public class CustodyReturn {

    @Column(name = "returned_on", nullable = false)
    private LocalDate returnedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CustodyReturnKind kind;

    @Column(name = "ended_release_date")
    private LocalDate endedRelease;

    @Column(name = "next_expected_release", nullable = false)
    private LocalDate nextExpectedRelease;

    protected CustodyReturn() {
    }

    CustodyReturn(LocalDate returnedOn, CustodyReturnKind kind, LocalDate endedRelease,
                  LocalDate nextExpectedRelease) {
        this.returnedOn = returnedOn;
        this.kind = kind;
        this.endedRelease = endedRelease;
        this.nextExpectedRelease = nextExpectedRelease;
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public CustodyReturnKind getKind() {
        return kind;
    }

    public LocalDate getEndedRelease() {
        return endedRelease;
    }

    public LocalDate getNextExpectedRelease() {
        return nextExpectedRelease;
    }
}
