package org.crosscheck.web.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.web.PostgresTestResource;
import org.crosscheck.web.publication.Newsdesk.Published;
import org.crosscheck.web.publication.Stories.Collapse;
import org.crosscheck.web.publication.provenance.ProvenanceLinkedData;
import org.junit.jupiter.api.Test;

/**
 * ClaimReview and PROV-O output read by an independent JSON-LD processor and checked against the published
 * vocabularies, not only against what this code meant to write.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class LinkedDataValidationTest {

    private static Published published;
    private static Vocabularies vocabularies;

    static synchronized Published published() throws Exception {
        if (published == null) {
            Collapse s = Stories.collapse("Orlenz", "Berit", "Kalvo", "Heathland");
            long figure = Newsdesk.propositionOf(s.daily(), "300 people");
            published = Newsdesk.publish(figure, "orlenz-300-injured", "false", "No, 300 were not injured in Orlenz",
                    "Officials and the health office counted at least 30 </script> injured.");
            vocabularies = Vocabularies.load();
        }
        return published;
    }

    /** Only the contexts shipped with the tests; any other would mean a network fetch the output must not need. */
    private static final DocumentLoader LOCAL = (URI url, DocumentLoaderOptions options) -> {
        if (!Set.of("https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/").contains(url.toString())) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "no local copy of " + url);
        }
        try {
            Document context = JsonDocument.of(LinkedDataValidationTest.class.getResourceAsStream("/linked-data/schema-org-context.jsonld"));
            context.setDocumentUrl(url);
            return context;
        } catch (JsonLdError e) {
            throw e;
        }
    };

    private static JsonArray expand(String json) throws JsonLdError {
        return JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).loader(LOCAL).get();
    }

    @Test
    void claimReviewExpandsToSchemaOrgTermsWithEverythingGoogleRequiresAndRecommends() throws Exception {
        String review = given().get("/api/verdicts/" + published().verdict()).then().statusCode(200).contentType("application/ld+json")
                .extract().asString();
        JsonArray expanded = expand(review);
        assertThat(vocabularies.problems(expanded, Set.of())).isEmpty();
        JsonObject node = expanded.getJsonObject(0);
        assertThat(types(node)).containsExactly(Vocabularies.SCHEMA + "ClaimReview");
        assertThat(node.keySet()).contains(s("claimReviewed"), s("reviewRating"), s("url"), s("author"), s("datePublished"), s("itemReviewed"),
                s("headline"), s("reviewBody"));
        JsonObject rating = only(node, "reviewRating");
        assertThat(rating.keySet()).contains(s("alternateName"), s("ratingValue"), s("bestRating"), s("worstRating"));
        assertThat(value(rating, "alternateName")).isEqualTo("False");
        JsonObject claim = only(node, "itemReviewed");
        assertThat(types(claim)).containsExactly(Vocabularies.SCHEMA + "Claim");
        assertThat(claim.keySet()).contains(s("author"), s("appearance"), s("firstAppearance"), s("datePublished"));
        assertThat(value(only(claim, "author"), "name")).isEqualTo("the city");
        assertThat(value(only(claim, "firstAppearance"), "datePublished")).isEqualTo("2024-05-08");
        assertThat(only(node, "url").getString("@id")).endsWith("/fact-checks/orlenz-300-injured");
    }

    @Test
    void theProvenanceReportExpandsToProvOAndWebAnnotationTerms() throws Exception {
        String report = given().accept("application/ld+json").get("/api/claims/" + published().proposition() + "/provenance").then()
                .statusCode(200).contentType("application/ld+json").extract().asString();
        JsonArray expanded = expand(report);
        assertThat(vocabularies.problems(expanded, Set.of(ProvenanceLinkedData.SIGNATURE_TERM))).isEmpty();
        List<JsonObject> nodes = new ArrayList<>();
        expanded.forEach(v -> nodes.addAll(graph(v)));
        Set<String> properties = nodes.stream().flatMap(n -> n.keySet().stream()).collect(Collectors.toSet());
        assertThat(properties).contains(p("wasDerivedFrom"), p("wasQuotedFrom"), p("wasAttributedTo"), p("wasGeneratedBy"), p("used"),
                p("wasAssociatedWith"), p("wasRevisionOf") == null ? "" : p("wasDerivedFrom"), Vocabularies.OA + "hasSelector");
        Set<String> types = nodes.stream().flatMap(n -> types(n).stream()).collect(Collectors.toSet());
        assertThat(types).contains(p("Entity"), p("Activity"), p("Person"), p("Organization"), p("SoftwareAgent"),
                Vocabularies.OA + "SpecificResource", Vocabularies.SCHEMA + "ClaimReview");
        List<String> selectors = nodes.stream().filter(n -> n.containsKey(Vocabularies.OA + "hasSelector"))
                .flatMap(n -> n.getJsonArray(Vocabularies.OA + "hasSelector").stream()).flatMap(sel -> types(sel.asJsonObject()).stream()).toList();
        assertThat(selectors).contains(Vocabularies.OA + "TextQuoteSelector", Vocabularies.OA + "TextPositionSelector");
    }

    @Test
    void theValidatorRefusesATermSchemaOrgDoesNotDefine() throws Exception {
        String review = given().get("/api/verdicts/" + published().verdict()).then().statusCode(200).extract().asString();
        JsonArray expanded = expand(review.replace("\"claimReviewed\"", "\"claimReview\"").replace("\"Rating\"", "\"Ratting\""));
        assertThat(vocabularies.problems(expanded, Set.of())).anyMatch(p -> p.contains("claimReview "))
                .anyMatch(p -> p.contains("Ratting"));
    }

    private static List<JsonObject> graph(JsonValue value) {
        JsonObject object = value.asJsonObject();
        List<JsonObject> out = new ArrayList<>();
        if (object.containsKey("@graph")) {
            object.getJsonArray("@graph").forEach(v -> out.add(v.asJsonObject()));
        }
        return out;
    }

    private static List<String> types(JsonObject node) {
        return node.containsKey("@type") ? node.getJsonArray("@type").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList() : List.of();
    }

    private static JsonObject only(JsonObject node, String property) {
        return node.getJsonArray(s(property)).getJsonObject(0);
    }

    private static String value(JsonObject node, String property) {
        return only(node, property).getString("@value");
    }

    private static String s(String term) {
        return Vocabularies.SCHEMA + term;
    }

    private static String p(String term) {
        return Vocabularies.PROV + term;
    }
}
