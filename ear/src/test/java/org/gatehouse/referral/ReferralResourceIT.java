package org.gatehouse.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gatehouse.Api.assertProblem;
import static org.gatehouse.Api.json;
import static org.gatehouse.Api.send;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.gatehouse.Api;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.audit.AuditEvent;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.security.Accounts;
import org.gatehouse.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Referrals sent and read over the versioned JSON API, through real HTTP. */
@ExtendWith(ArquillianExtension.class)
class ReferralResourceIT {

    private static final String REFERRALS = Api.ROOT + "/v1/referrals";
    private static final String REFERRAL = """
            {"source":"PRISON","referrer":"HMP Northgate OMU","receivedOn":"%s","region":"NORTH",
             "justiceId":"R7654XY","givenName":"Rhona","familyName":"Referred","dateOfBirth":"1988-02-03",
             "gender":"F","prison":"HMP Northgate","expectedReleaseDate":"%s"}""";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(ReferralResourceIT.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Accounts accounts;

    @Inject
    private AuditTrail audit;

    private static String referral(LocalDate received) {
        return REFERRAL.formatted(received, received.plusDays(60));
    }

    @Test
    void aReferringSystemSendsOncePerKeyAndTheCoordinatorsReadIt() throws Exception {
        TestData.TestAgency agency = TestData.newAgency(agencies, "REFAPI");
        String coordinator = agency.user(accounts, agencies, Role.COORDINATOR);
        LocalDate today = LocalDate.now();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        HttpResponse<String> sent = send(coordinator, "POST", REFERRALS, referral(today), key);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(json(sent).getString("status")).isEqualTo("RECEIVED");
        assertThat(json(sent).getString("region")).isEqualTo("NORTH");
        assertThat(json(sent)).as("no case yet").doesNotContainKey("participantId");
        String location = sent.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(REFERRALS + "/");
        String etag = sent.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = send(coordinator, "POST", REFERRALS, referral(today), key);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Location")).hasValue(location);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        // its trail: the receipt, then the replay's read of what the first request made (nothing read at receipt)
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(runAs(agency.as(Role.AGENCY_ADMIN), () -> audit.trail(null, null, "Referral", id, null, null, 0, 10)))
                .extracting(AuditEvent::getKind).containsExactlyInAnyOrder(AuditKind.CREATE, AuditKind.READ);

        HttpResponse<String> received = send(coordinator, "GET", REFERRALS + "?status=received", null);
        assertThat(received.statusCode()).as(received.body()).isEqualTo(200);
        assertThat(json(received).getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(json(send(coordinator, "GET", REFERRALS + "?status=ACCEPTED", null)).getJsonNumber("total")
                .longValue()).isZero();
        assertThat(assertProblem(send(coordinator, "GET", REFERRALS + "?status=LOST", null), 422)
                .getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("status");
        assertThat(send(coordinator, "GET", location, null).headers().firstValue("ETag")).hasValue(etag);
        assertThat(send(coordinator, "GET", location, null, Map.of("If-None-Match", etag)).statusCode())
                .isEqualTo(304);

        // bad input, by field, nothing recorded: received tomorrow, no family name, a date that is not one
        assertThat(assertProblem(send(coordinator, "POST", REFERRALS, referral(today.plusDays(1))), 422)
                .getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("received_on");
        assertThat(assertProblem(send(coordinator, "POST", REFERRALS, referral(today)
                .replace("\"familyName\":\"Referred\",", "")), 422).getJsonArray("errors").getJsonObject(0)
                .getString("field")).isEqualTo("family_name");
        assertProblem(send(coordinator, "POST", REFERRALS, referral(today).replace("1988-02-03", "3 Feb 1988")), 400);
        assertThat(json(send(coordinator, "GET", REFERRALS, null)).getJsonNumber("total").longValue()).isEqualTo(1);

        // the agency's case workers do not take referrals; another agency's coordinator finds none of it
        String caseWorker = agency.user(accounts, agencies, Role.CASE_WORKER);
        assertProblem(send(caseWorker, "GET", REFERRALS, null), 403);
        assertProblem(send(caseWorker, "POST", REFERRALS, referral(today)), 403);
        String stranger = TestData.newAgency(agencies, "REFAPI").user(accounts, agencies, Role.COORDINATOR);
        assertProblem(send(stranger, "GET", location, null), 404);
        HttpResponse<String> theirs = send(stranger, "GET", REFERRALS, null);
        assertThat(json(theirs).getJsonNumber("total").longValue()).isZero();
        assertThat(theirs.body()).doesNotContain("Referred");
    }
}
