package org.gatehouse;

import static org.gatehouse.security.Callers.runAs;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.gatehouse.TestData.TestAgency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.consent.ConsentRecords;
import org.gatehouse.matching.MatchingDesk;
import org.gatehouse.mentoring.Mentor;
import org.gatehouse.mentoring.MentorRegistry;
import org.gatehouse.security.Accounts;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;

/** A new agency with a matched triangle, for the tests of what happens after matching. */
@Dependent
public class Triangles {

    /** The agency, its coordinator, the supervising case worker and the mentor (both with accounts), the mentee. */
    public record Triangle(TestAgency agency, Caller coordinator, Caller caseWorker, Caller mentor, Mentor mentorRecord,
                           Participant mentee) {
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Accounts accounts;

    @Inject
    private ParticipantRegistry participants;

    @Inject
    private ConsentRecords consents;

    @Inject
    private MentorRegistry mentors;

    @Inject
    private MatchingDesk matching;

    public Triangle create(String agencyPrefix) {
        TestAgency agency = TestData.newAgency(agencies, agencyPrefix);
        Caller coordinator = agency.as(Role.COORDINATOR);
        Caller caseWorker = agency.account(accounts, agencies, Role.CASE_WORKER);
        Caller mentor = agency.account(accounts, agencies, Role.MENTOR);
        Mentor record = TestData.activeMentor(mentors, coordinator, "Triangle", "NORTH", 2);
        runAs(coordinator, () -> mentors.linkAccount(record.getId(), mentors.mentor(record.getId()).getVersion(),
                mentor.username()));
        Participant mentee = TestData.consenting(participants, consents, coordinator, agencyPrefix + "-1", "Mentee");
        runAs(coordinator, () -> matching.match(mentee.getId(), record.getId(), caseWorker.userId(), null));
        return new Triangle(agency, coordinator, caseWorker, mentor, record, mentee);
    }

    /** Another consenting participant of the triangle's agency, not matched. */
    public Participant another(Triangle triangle, String ref) {
        return TestData.consenting(participants, consents, triangle.coordinator(), ref, "Other");
    }
}
