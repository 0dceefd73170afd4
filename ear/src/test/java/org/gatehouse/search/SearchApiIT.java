package org.gatehouse.search;

import static org.gatehouse.Api.json;
import static org.gatehouse.Api.send;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Set;
import org.gatehouse.Api;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.security.Accounts;
import org.gatehouse.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The search API's answers to unreadable parameters: one RFC 9457 body naming every field. */
@ExtendWith(ArquillianExtension.class)
class SearchApiIT {

    private static final String API = Api.ROOT + "/search";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(SearchApiIT.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Accounts accounts;

    @Test
    void unreadableSearchParametersAreEachNamed() throws Exception {
        String caseWorker = TestData.newAgency(agencies, "SAPI").user(accounts, agencies, Role.CASE_WORKER);
        HttpResponse<String> bad = send(caseWorker, "GET", API + "?q=bond&page=two&size=x&from=yesterday"
                + "&sort=oldest&pathway=HOUSING&sensitivity=SECRET", null);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(bad).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactlyInAnyOrder("page", "size", "from", "sort", "pathway", "sensitivity");

        assertThat(send(caseWorker, "GET", API + "?q=%22unclosed", null).statusCode()).isEqualTo(422);
        assertThat(send(caseWorker, "GET", API + "?q=bond&page=-1", null).statusCode()).isEqualTo(422);
        HttpResponse<String> deep = send(caseWorker, "GET", API + "?q=bond&page=600&size=20", null);
        assertThat(deep.statusCode()).isEqualTo(422);
        assertThat(deep.body()).contains("narrow the search");
        assertThat(send(caseWorker, "GET", API + "?q=bond&page=1&size=5", null).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnreadableChunkSizeIsRefusedAndNoRebuildStarts() throws Exception {
        String sysadmin = "sysadmin.sapi" + System.nanoTime();
        accounts.create(sysadmin, "Sys", null, null, Set.of(Role.SYSTEM_ADMIN), TestData.PASSWORD, false);
        long before = lastRebuild(send(sysadmin, "GET", API + "/index", null));
        for (String chunk : new String[] {"lots", "5", "100000"}) {
            HttpResponse<String> refused = send(sysadmin, "POST", API + "/index/rebuild?notesPerChunk=" + chunk, null);
            assertThat(refused.statusCode()).as(chunk).isEqualTo(422);
            assertThat(json(refused).getJsonArray("errors").getJsonObject(0).getString("field"))
                    .isEqualTo("notesPerChunk");
        }
        assertThat(lastRebuild(send(sysadmin, "GET", API + "/index", null))).as("no rebuild started").isEqualTo(before);
    }

    /** The last rebuild's execution id, -1 when none ran. */
    private static long lastRebuild(HttpResponse<String> status) {
        JsonObject body = json(status);
        return !body.containsKey("lastRebuild") || body.isNull("lastRebuild") ? -1
                : body.getJsonObject("lastRebuild").getJsonNumber("executionId").longValue();
    }
}
