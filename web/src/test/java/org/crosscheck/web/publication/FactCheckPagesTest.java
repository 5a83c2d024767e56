package org.crosscheck.web.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.crosscheck.web.PostgresTestResource;
import org.crosscheck.web.publication.Newsdesk.Published;
import org.crosscheck.web.publication.Stories.Collapse;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What readers see of a published fact-check, and what they never see. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class FactCheckPagesTest {

    private static final Pattern LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);
    private static Collapse story;
    private static Published older;
    private static Published newer;

    static synchronized Collapse story() {
        if (story == null) {
            story = Stories.collapse("Tessaly", "Ruben", "Marsh", "Moorland");
            older = Newsdesk.publish(Newsdesk.propositionOf(story.courier(), "At least 30"), "tessaly-30-injured", "true",
                    "Yes, at least 30 were hurt in Tessaly", "Three outlets, two independent, and the health office agree.");
            newer = Newsdesk.publish(Newsdesk.propositionOf(story.daily(), "300 people"), "tessaly-300-injured", "false",
                    "No, 300 were not injured in Tessaly", "Everyone else counted at least 30. A quote closes </script><!-- here & there.");
            Newsdesk.correct(newer, 2, "false", "No, 300 were not injured in Tessaly", "Everyone else counted at least 30 </script>.",
                    "An earlier version named the wrong outlet.");
        }
        return story;
    }

    @Test
    void theListShowsTheNewestFactCheckFirstAndLinksItsFeed() {
        story();
        String page = given().get("/fact-checks").then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(page).contains("href=\"/feeds/fact-checks.atom\"");
        int newest = page.indexOf("No, 300 were not injured in Tessaly");
        int oldest = page.indexOf("Yes, at least 30 were hurt in Tessaly");
        assertThat(newest).isPositive().isLessThan(oldest);
    }

    @Test
    void aFactCheckShowsTheClaimRatingSummaryQuotedEvidenceAndItsCorrections() {
        Collapse s = story();
        String page = given().get("/fact-checks/tessaly-300-injured").then().statusCode(200).extract().asString();
        assertThat(page).contains("300 people were injured in Tessaly", "False", "Everyone else counted at least 30",
                "href=\"https://daily.example/tessaly\"", s.dailyOutlet(), "Correction: An earlier version named the wrong outlet.",
                "Version 2", "Version 1", "href=\"/provenance/" + newer.proposition() + "\"");
    }

    @Test
    void theEmbeddedClaimReviewIsTheApisAndNoQuoteCanCloseItsElement() throws Exception {
        story();
        var response = given().get("/fact-checks/tessaly-300-injured").then().statusCode(200).extract();
        assertThat(response.header("Content-Security-Policy")).contains("script-src 'self'");
        Matcher block = LD.matcher(response.asString());
        assertThat(block.find()).isTrue();
        String embedded = block.group(1);
        assertThat(embedded).doesNotContain("</").doesNotContain("<!--").doesNotContain("&");
        ObjectMapper json = new ObjectMapper();
        JsonNode markup = json.readTree(embedded);
        assertThat(markup.path("reviewBody").asText()).isEqualTo("Everyone else counted at least 30 </script>.");
        JsonNode api = json.readTree(given().get("/api/verdicts/" + newer.verdict()).then().statusCode(200).extract().asString());
        assertThat(markup).isEqualTo(api);
    }

    @Test
    void theAtomFeedListsFactChecksNewestFirst() throws Exception {
        story();
        byte[] feed = given().get("/feeds/fact-checks.atom").then().statusCode(200).contentType("application/atom+xml")
                .extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document atom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed));
        assertThat(atom.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList entries = atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            titles.add(((Element) entries.item(i)).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent());
        }
        assertThat(titles).containsSubsequence("No, 300 were not injured in Tessaly", "Yes, at least 30 were hurt in Tessaly");
        assertThat(new String(feed, StandardCharsets.UTF_8)).contains("/fact-checks/tessaly-300-injured");
    }

    @Test
    void draftsAreNeverPublicAndARetractedFactCheckSaysSo() {
        Collapse s = story();
        Published draft = Newsdesk.draft(Newsdesk.propositionOf(s.post(), "ordered an inquiry"), "tessaly-inquiry-draft", "true",
                "Draft headline nobody may see");
        given().get("/fact-checks/tessaly-inquiry-draft").then().statusCode(404).contentType("text/html");
        given().get("/api/verdicts/" + draft.verdict()).then().statusCode(404).contentType("application/problem+json");
        assertThat(given().get("/fact-checks").then().extract().asString()).doesNotContain("Draft headline nobody may see");

        Published retracted = Newsdesk.publish(Newsdesk.propositionOf(s.courier(), "inspected in March"), "tessaly-inspection", "misleading",
                "The March inspection, explained", "It was a visual check only.");
        Newsdesk.retract(retracted);
        String page = given().get("/fact-checks/tessaly-inspection").then().statusCode(200).extract().asString();
        assertThat(page).contains("Retracted").doesNotContain("application/ld+json");
        given().get("/api/verdicts/" + retracted.verdict()).then().statusCode(410).contentType("application/problem+json");
        given().get("/fact-checks/No-Such_Slug").then().statusCode(404).contentType("text/html");
        given().get("/api/verdicts/zero").then().statusCode(400);
    }
}
