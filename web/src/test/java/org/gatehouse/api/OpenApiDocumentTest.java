package org.gatehouse.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the application serves ({@code /gatehouse/openapi.yaml}), checked by an
 * independent parser and validator (swagger-parser): valid, every reference resolved, and each
 * operation with its errors as problem bodies and an example of what it takes.
 */
class OpenApiDocumentTest {

    private static final Path DOCUMENT = Path.of("src/main/webapp/openapi.yaml");

    private static SwaggerParseResult parsed() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(Files.readString(DOCUMENT), null, options);
    }

    @Test
    void theDocumentIsValidOpenApi() throws Exception {
        SwaggerParseResult result = parsed();
        assertThat(result.getMessages()).as("validator messages").isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.0");
        assertThat(result.getOpenAPI().getServers()).extracting(s -> s.getUrl()).containsExactly("/gatehouse/api/v1");
    }

    @Test
    void everyOperationSaysHowItFailsAndShowsWhatItTakes() throws Exception {
        OpenAPI api = parsed().getOpenAPI();
        assertThat(api.getPaths()).containsKeys("/participants", "/participants/{id}", "/participants/{id}/subject-access",
                "/participants/{id}/release-date", "/participants/{participant}/engagements",
                "/participants/{participant}/engagements/{id}", "/participants/{participant}/engagements/{id}/sign-off",
                "/participants/{participant}/appointments", "/participants/{participant}/appointments/{id}",
                "/participants/{participant}/appointments/{id}/outcome", "/referrals", "/referrals/{id}",
                "/retention", "/search", "/exports", "/exports/{id}", "/exports/{id}/file", "/jobs",
                "/jobs/{run}/steps", "/jobs/{run}/stop", "/jobs/{run}/restart", "/jobs/warehouse-load",
                "/search/index", "/search/index/rebuild", "/search/index/stop", "/search/index/restart",
                "/dashboards/reoffending", "/dashboards/reoffending/measures.csv",
                "/dashboards/reoffending/report.{format}", "/dashboards/service-levels",
                "/dashboards/service-levels/report.{format}", "/dashboards/service-levels/targets",
                "/dashboards/service-levels/targets/{measure}", "/dashboards/mentors/pipeline",
                "/dashboards/mentors/activity", "/dashboards/mentors/report.{format}",
                "/evaluation/justice-data-lab.csv", "/participant-imports", "/participant-imports/{run}",
                "/participant-imports/{run}/rejects.csv");
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().readOperationsMap().entrySet()) {
                String name = operation.getKey() + " " + path.getKey();
                Operation op = operation.getValue();
                assertThat(op.getOperationId()).as(name).isNotBlank();
                assertThat(op.getResponses()).as(name).containsKeys("401", "403");
                if (op.getRequestBody() != null) {
                    op.getRequestBody().getContent().forEach((type, media) -> assertThat(media.getExample())
                            .as(name + " " + type).isNotNull());
                    assertThat(op.getResponses()).as(name).containsKey("422");
                    if (op.getRequestBody().getContent().containsKey("application/json")) {
                        assertThat(op.getResponses()).as(name + ": a body that is not JSON").containsKey("400");
                    }
                }
            }
        }
    }
}
