package org.crosscheck.web.api.claims;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** Every public endpoint, parameter and error is described at /q/openapi, and Swagger UI shows it. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OpenApiDescriptionTest {

    @Test
    void everyPublicEndpointItsParametersAndItsErrorsAreDescribed() {
        JsonPath api = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, List<String>> expected = Map.of(
                "/api/claims", List.of("q", "entity", "outlet", "since", "rating", "limit", "cursor"),
                "/api/claims/{id}", List.of("id"),
                "/api/claims/{id}/provenance", List.of("id"),
                "/api/conflicts", List.of("kind", "severity", "status", "claim", "limit", "cursor"),
                "/api/conflicts/{id}", List.of("id"),
                "/api/entities", List.of("q", "limit"),
                "/api/verdicts/{id}", List.of("id"));
        expected.forEach((path, parameters) -> {
            String operation = "paths.'" + path + "'.get";
            assertThat(api.getString(operation + ".summary")).as(path).isNotBlank();
            assertThat(api.getList(operation + ".parameters.name")).as(path).containsExactlyInAnyOrderElementsOf(parameters);
            assertThat(api.getList(operation + ".parameters.description")).as(path + " parameters described").doesNotContainNull();
            Map<String, Object> responses = api.getMap(operation + ".responses");
            assertThat(responses).as(path).containsKeys("200", "400");
        });
        assertThat(api.getMap("paths.'/api/claims/{id}'.get.responses")).containsKeys("304", "308", "404", "410");
        assertThat(api.getString("paths.'/api/claims'.get.responses.400.description")).contains("outlet", "entity", "since", "rating", "cursor");
        assertThat(api.getMap("paths.'/api/claims'.get.responses.200.headers")).containsKeys("ETag", "Cache-Control", ClaimResource.CACHE_HEADER);
        assertThat(api.getMap("paths.'/api/claims/{id}/provenance'.get.responses.200.content")).containsKeys("application/json", "application/ld+json");
        assertThat(api.getString("paths.'/.well-known/crosscheck-provenance-keys'.get.summary")).contains("Ed25519");
        assertThat(api.getString("paths.'/feeds/fact-checks.atom'.get.summary")).contains("Atom");
    }

    @Test
    void swaggerUiIsServedAndOurScriptPolicyLetsItsOwnInlineScriptRun() throws Exception {
        var page = given().get("/q/swagger-ui/").then().statusCode(200).contentType("text/html").extract();
        List<String> policies = page.headers().getValues("Content-Security-Policy");
        assertThat(policies).hasSize(1);
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page.asString());
        int inline = 0;
        while (script.find()) {
            inline++;
            String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
            assertThat(policies.get(0)).as(script.group(1)).contains("'sha256-" + hash + "'").contains("script-src 'self' 'sha256-");
        }
        assertThat(inline).isEqualTo(1);
        assertThat(given().get("/api/claims").then().extract().header("Content-Security-Policy")).contains("script-src 'self';");
    }
}
