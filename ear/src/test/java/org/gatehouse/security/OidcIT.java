package org.gatehouse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OpenID Connect selected by server configuration (elytron-oidc-client secure-deployment and
 * -Dgatehouse.auth=oidc), against a fake provider: screens are sent to the provider, API bearer
 * tokens are checked by the server, and roles and agency come from the token's claims. The server
 * is put back as it was afterwards, for the other tests.
 */
@ExtendWith(ArquillianExtension.class)
class OidcIT {

    private static final String SECURE_DEPLOYMENT = "subsystem=elytron-oidc-client/secure-deployment=gatehouse-web.war";

    @Deployment(name = "oidc", managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "gatehouse.ear")
                .importFrom(new java.io.File(System.getProperty("gatehouse.ear"))).as(EnterpriseArchive.class);
    }

    @ArquillianResource
    private Deployer deployer;

    @ArquillianResource
    private ManagementClient management;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void signInThroughTheProviderWithRolesAndAgencyFromTheToken() throws Exception {
        try (FakeOpenIdProvider provider = new FakeOpenIdProvider()) {
            execute("system-property=gatehouse.auth", "add", "value", "oidc");
            ModelNode add = operation(SECURE_DEPLOYMENT, "add");
            add.get("provider-url").set(provider.issuer());
            add.get("client-id").set("gatehouse");
            add.get("principal-attribute").set("preferred_username");
            add.get("ssl-required").set("NONE");
            add.get("verify-token-audience").set(true);
            run(add);
            execute(SECURE_DEPLOYMENT + "/credential=secret", "add", "secret", "test-client-secret");
            deployer.deploy("oidc");
            try {
                HttpResponse<String> screen = get("/gatehouse/index.xhtml", null);
                assertThat(screen.statusCode()).isEqualTo(302);
                assertThat(screen.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                        .startsWith(provider.issuer() + "/auth").contains("client_id=gatehouse"));

                String coordinator = provider.token("oidc.coordinator", List.of("COORDINATOR"), "NRM", 300);
                HttpResponse<String> list = get("/gatehouse/api/participants?max=5", coordinator);
                assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
                assertThat(list.body()).contains("\"agency\":\"NRM\"").doesNotContain("\"agency\":\"TGT\"");

                String otherAgency = provider.token("oidc.coordinator", List.of("COORDINATOR"), "TGT", 300);
                assertThat(get("/gatehouse/api/participants", otherAgency).statusCode()).as("agency changed")
                        .isEqualTo(403);
                String commissioner = provider.token("oidc.commissioner", List.of("COMMISSIONER"), null, 300);
                HttpResponse<String> refused = get("/gatehouse/api/participants", commissioner);
                assertThat(refused.statusCode()).isEqualTo(403);
                assertThat(refused.body()).doesNotContain("NRM-");
                String unknownAgency = provider.token("oidc.stranger", List.of("CASE_WORKER"), "NOPE", 300);
                assertThat(get("/gatehouse/api/participants", unknownAgency).statusCode()).isEqualTo(403);
                String noRole = provider.token("oidc.nobody", List.of("offline_access"), "NRM", 300);
                assertThat(get("/gatehouse/api/participants", noRole).statusCode()).isEqualTo(403);
                String expired = provider.token("oidc.coordinator", List.of("COORDINATOR"), "NRM", -60);
                assertThat(get("/gatehouse/api/participants", expired).statusCode()).isEqualTo(401);
                String forged = coordinator.substring(0, coordinator.lastIndexOf('.') + 1) + "AAAA";
                assertThat(get("/gatehouse/api/participants", forged).statusCode()).isEqualTo(401);
            } finally {
                deployer.undeploy("oidc");
                execute(SECURE_DEPLOYMENT, "remove");
                execute("system-property=gatehouse.auth", "remove");
            }
        }
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080" + path))
                .header("Accept", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void execute(String address, String name, String... parameters) throws Exception {
        ModelNode operation = operation(address, name);
        for (int i = 0; i < parameters.length; i += 2) {
            operation.get(parameters[i]).set(parameters[i + 1]);
        }
        run(operation);
    }

    private void run(ModelNode operation) throws Exception {
        ModelNode result = management.getControllerClient().execute(operation);
        assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
    }

    private static ModelNode operation(String address, String name) {
        ModelNode operation = new ModelNode();
        operation.get("operation").set(name);
        ModelNode path = operation.get("address").setEmptyList();
        for (String element : address.split("/")) {
            String[] pair = element.split("=", 2);
            path.add(pair[0], pair[1]);
        }
        return operation;
    }
}
