package org.gatehouse.appointments;

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
import org.gatehouse.Triangles;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.engagement.EngagementLog;
import org.gatehouse.security.Accounts;
import org.gatehouse.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A case's appointments over the versioned JSON API, through real HTTP, as the triangle's people. */
@ExtendWith(ArquillianExtension.class)
class AppointmentResourceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(AppointmentResourceIT.class);
    }

    @Inject
    private Triangles triangles;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Accounts accounts;

    @Inject
    private EngagementLog engagements;

    private static String booking(LocalDate on, String at) {
        return """
                {"kind":"HOUSING","on":"%s","at":"%s","durationMinutes":45,"place":"Northgate Housing Office",
                 "withWhom":"Duty officer","mentorAttends":true}""".formatted(on, at);
    }

    @Test
    void bookedOncePerKeyMovedAndKeptAsOfTheETagRead() throws Exception {
        Triangles.Triangle triangle = triangles.create("APPAPI");
        String caseWorker = triangle.caseWorker().username();
        String appointments = Api.ROOT + "/v1/participants/" + triangle.mentee().getId() + "/appointments";
        LocalDate today = LocalDate.now();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        HttpResponse<String> booked = send(caseWorker, "POST", appointments, booking(today.plusDays(3), "10:30:00"), key);
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        assertThat(json(booked).getString("place")).isEqualTo("Northgate Housing Office");
        assertThat(json(booked).getBoolean("mentorAttends")).isTrue();
        assertThat(json(booked)).as("no outcome yet").doesNotContainKey("attendance");
        String location = booked.headers().firstValue("Location").orElseThrow();
        String etag = booked.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = send(caseWorker, "POST", appointments, booking(today.plusDays(3), "10:30:00"), key);
        assertThat(again.headers().firstValue("Location")).hasValue(location);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(json(send(caseWorker, "GET", appointments, null)).getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(send(caseWorker, "GET", location, null, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);

        // moved as of the ETag read: without one 428, with an old one 412 (nothing moved)
        String moved = booking(today, "00:00:00");
        assertProblem(send(caseWorker, "PUT", location, moved), 428);
        assertProblem(send(caseWorker, "PUT", location, moved, Map.of("If-Match", "\"7\"")), 412);
        HttpResponse<String> change = send(caseWorker, "PUT", location, moved, Map.of("If-Match", etag));
        assertThat(change.statusCode()).as(change.body()).isEqualTo(200);
        assertThat(json(change).getString("on")).isEqualTo(today.toString());
        String movedTag = change.headers().firstValue("ETag").orElseThrow();
        assertProblem(send(caseWorker, "PUT", location, booking(today.plusDays(9), "09:00:00"),
                Map.of("If-Match", etag)), 412);

        // kept, late, with the mentor along: the outcome once, and the mentor's escort logged from it
        String outcome = location + "/outcome";
        assertThat(assertProblem(send(caseWorker, "PUT", outcome, "{\"punctuality\":\"LATE\"}",
                Map.of("If-Match", movedTag)), 422).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("attendance");
        HttpResponse<String> kept = send(caseWorker, "PUT", outcome, "{\"attendance\":\"ATTENDED\",\"punctuality\":\"LATE\"}",
                Map.of("If-Match", movedTag));
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
        assertThat(json(kept).getString("attendance")).isEqualTo("ATTENDED");
        assertThat(runAs(triangle.caseWorker(), () -> engagements.ofCase(triangle.mentee().getId())))
                .anySatisfy(e -> assertThat(e.getKind().name()).isEqualTo("ESCORT"));
        String keptTag = kept.headers().firstValue("ETag").orElseThrow();
        assertProblem(send(caseWorker, "PUT", outcome, "{\"attendance\":\"CANCELLED\"}", Map.of("If-Match", keptTag)),
                422);
        assertProblem(send(caseWorker, "PUT", location, moved, Map.of("If-Match", keptTag)), 422);

        // bad input by field, nothing booked: no place, a day before the referral, a time that is not one
        assertThat(assertProblem(send(caseWorker, "POST", appointments, booking(today.plusDays(1), "10:00:00")
                .replace("\"place\":\"Northgate Housing Office\",", "")), 422).getJsonArray("errors").getJsonObject(0)
                .getString("field")).isEqualTo("place");
        assertThat(assertProblem(send(caseWorker, "POST", appointments, booking(LocalDate.of(2001, 1, 1), "10:00:00")),
                422).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("on");
        assertProblem(send(caseWorker, "POST", appointments, booking(today, "half past ten")), 400);
        assertThat(json(send(caseWorker, "GET", appointments, null)).getJsonNumber("total").longValue()).isEqualTo(1);

        // another agency's staff find neither the case nor its appointment; nor does another case's address
        String stranger = TestData.newAgency(agencies, "APPAPI").user(accounts, agencies, Role.COORDINATOR);
        assertProblem(send(stranger, "GET", appointments, null), 404);
        assertProblem(send(stranger, "GET", location, null), 404);
        assertProblem(send(stranger, "POST", appointments, booking(today.plusDays(2), "10:00:00")), 404);
        assertProblem(send(stranger, "PUT", location, moved, Map.of("If-Match", keptTag)), 404);
        long other = triangles.another(triangle, "APPAPI-2").getId();
        assertProblem(send(caseWorker, "GET", location.replace("/participants/" + triangle.mentee().getId(),
                "/participants/" + other), null), 404);
    }
}
