package org.crosscheck.web.publication.provenance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.crosscheck.ingest.reconcile.StoredReconciliation;
import org.crosscheck.core.text.ContentHash;
import org.crosscheck.web.PostgresTestResource;
import org.crosscheck.web.publication.Newsdesk;
import org.crosscheck.web.publication.Newsdesk.Published;
import org.crosscheck.web.publication.Stories;
import org.crosscheck.web.publication.Stories.Collapse;
import org.junit.jupiter.api.Test;

/** A provenance report tells where a verdict came from, and anyone can check it has not been altered. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ProvenanceReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Collapse story;
    private static long claim;

    static synchronized long claim() {
        if (story == null) {
            story = Stories.collapse("Varnholm", "Ilka", "Dorn", "Fjordside");
            claim = Newsdesk.propositionOf(story.courier(), "At least 30");
            Published published = Newsdesk.publish(claim, "varnholm-injured", "mostly-true", "Yes, at least 30 were hurt in Varnholm",
                    "Two outlets and the health office agree on at least 30 injured.");
            Newsdesk.correct(published, 2, "true", "Yes, at least 30 were hurt in Varnholm", "The health office confirmed the count.",
                    "The rating was raised once the health office confirmed the figure.");
        }
        return claim;
    }

    private static String report(String accept) {
        return given().accept(accept).get("/api/claims/" + claim() + "/provenance").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue()).extract().asString();
    }

    @Test
    void theReportLeadsFromTheVerdictThroughThePropositionToEachSpanDocumentAndOutlet() throws Exception {
        JsonNode report = JSON.readTree(report("application/json"));
        assertThat(report.path("format").asText()).isEqualTo(ProvenanceReport.FORMAT);
        JsonNode verdict = report.path("verdict");
        assertThat(verdict.path("revisions")).hasSize(2);
        assertThat(verdict.path("revisions").path(0).path("rating").asText()).isEqualTo("true");
        assertThat(verdict.path("revisions").path(0).path("correctionNote").asText()).contains("health office confirmed");
        assertThat(verdict.path("revisions").path(0).path("writtenBy").asText()).startsWith("Member corrector-");
        assertThat(verdict.path("revisions").path(0).path("publishedBy").asText()).startsWith("Member publisher-");
        assertThat(verdict.path("revisions").path(0).path("publishedAt").asText()).isNotBlank();
        assertThat(report.path("proposition").path("reconciliationVersion").asText()).isEqualTo(StoredReconciliation.VERSION);
        assertThat(report.path("mentions")).hasSize(2);
        for (JsonNode mention : report.path("mentions")) {
            assertThat(mention.path("extractionVersion").asText()).isNotBlank();
        }
        assertThat(report.path("documents")).allSatisfy(d -> assertThat(ContentHash.sha256(d.path("text").asText()))
                .isEqualTo(d.path("sha256").asText()));
        assertThat(report.path("outlets").findValuesAsText("name")).contains(story.courierOutlet(), story.postOutlet());
        assertThat(report.path("signature").path("keyUrl").asText()).endsWith(SignedProvenance.KEYS_PATH);
        assertThat(report("application/json")).as("the same data signs to the same bytes").isEqualTo(JSON.writeValueAsString(report));
    }

    @Test
    void verifyAcceptsAFreshReportAndTheNewsroomsPublishedKey() throws Exception {
        Path file = write("fresh.json", report("application/json"));
        Path keys = write("keys.json", given().get(SignedProvenance.KEYS_PATH).then().statusCode(200).extract().asString());
        Run run = verify(file.toString(), "--key", keys.toString());
        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("verified", "2 document hashes", "4 spans");
    }

    @Test
    void verifyRejectsOneChangedCharacterInADocument() throws Exception {
        Run run = tampered(report -> {
            ObjectNode document = (ObjectNode) report.path("documents").path(0);
            String text = document.path("text").asText();
            document.put("text", text.substring(0, 10) + (text.charAt(10) == 'x' ? 'y' : 'x') + text.substring(11));
        });
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).contains("FAILED document", "SHA-256").contains("signature does not match");
    }

    @Test
    void verifyRejectsOneChangedCharacterInASpan() throws Exception {
        Run run = tampered(report -> {
            ObjectNode mention = (ObjectNode) report.path("mentions").path(0);
            mention.put("text", mention.path("text").asText().replace("30", "80"));
        });
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).contains("FAILED span", "not \u201cAt least 80");
    }

    @Test
    void verifyRejectsOneChangedCharacterInTheSignature() throws Exception {
        Run run = tampered(report -> {
            ObjectNode signature = (ObjectNode) report.path("signature");
            String value = signature.path("value").asText();
            signature.put("value", (value.charAt(0) == 'A' ? 'B' : 'A') + value.substring(1));
        });
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).contains("FAILED the signature does not match").doesNotContain("FAILED document").doesNotContain("FAILED span");
    }

    @Test
    void verifyRejectsAReportReSignedWithAnotherKeyWhenThePublishedKeyIsGiven() throws Exception {
        ObjectNode report = (ObjectNode) JSON.readTree(report("application/json"));
        SigningKey stranger = new SigningKey(Files.createTempDirectory("stranger").resolve("key.pem"));
        ObjectNode forged = ReportSignature.sign(report, stranger, "https://elsewhere.invalid/keys");
        Path file = write("forged.json", JSON.writeValueAsString(forged));
        Path keys = write("keys.json", given().get(SignedProvenance.KEYS_PATH).then().extract().asString());
        assertThat(verify(file.toString()).exit).as("valid under the key it carries").isZero();
        Run pinned = verify(file.toString(), "--key", keys.toString());
        assertThat(pinned.exit).isEqualTo(1);
        assertThat(pinned.err).contains("not with a published key");
    }

    @Test
    void aReportSignedBeforeARoutineKeyRotationStillVerifiesAgainstThePublishedKeysButNotAfterARevocation() throws Exception {
        ObjectNode report = (ObjectNode) JSON.readTree(report("application/json"));
        Path keyFile = Files.createTempDirectory("newsroom").resolve("keys/provenance-ed25519.pem");
        SigningKey before = new SigningKey(keyFile);
        Path signed = write("signed-before.json", JSON.writeValueAsString(ReportSignature.sign(report, before, "https://newsroom.invalid/keys")));

        assertThat(rotate("--key-file", keyFile.toString()).exit).isZero();
        SigningKey after = new SigningKey(keyFile);
        assertThat(after.x()).as("a new key signs").isNotEqualTo(before.x());
        JsonNode published = JSON.valueToTree(new ProvenanceKeys(after).keys().getEntity());
        assertThat(published.path("keys").path(0).path("x").asText()).isEqualTo(after.x());
        assertThat(published.path("keys").path(1).path("x").asText()).isEqualTo(before.x());
        assertThat(published.path("keys").path(1).path("retired").asText()).isNotBlank();
        Path keys = write("keys.json", JSON.writeValueAsString(published));
        assertThat(verify(signed.toString(), "--key", keys.toString()).exit).as("signed by a retired key").isZero();

        assertThat(rotate("--key-file", keyFile.toString(), "--revoke").exit).isZero();
        JsonNode afterRevoking = JSON.valueToTree(new ProvenanceKeys(new SigningKey(keyFile)).keys().getEntity());
        assertThat(afterRevoking.path("keys")).hasSize(2).noneMatch(k -> k.path("x").asText().equals(after.x()));
        Path signedByRevoked = write("signed-by-revoked.json", JSON.writeValueAsString(ReportSignature.sign(report, after, "https://newsroom.invalid/keys")));
        Run pinned = verify(signedByRevoked.toString(), "--key", write("keys.json", JSON.writeValueAsString(afterRevoking)).toString());
        assertThat(pinned.exit).isEqualTo(1);
        assertThat(pinned.err).contains("not with a published key");
    }

    @Test
    void rotatingWhereNoKeyWasEverCreatedChangesNothingAndSaysWhy() throws Exception {
        Path missing = Files.createTempDirectory("empty").resolve("keys/provenance-ed25519.pem");
        Run run = rotate("--key-file", missing.toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("no signing key at", "creates one on first start");
        assertThat(Files.exists(missing)).isFalse();
        assertThat(KeyRotation.defaultKeyFile(java.util.Map.of("CROSSCHECK_DATA_DIR", "/srv/cc")))
                .isEqualTo(Path.of("/srv/cc/keys/provenance-ed25519.pem"));
    }

    @Test
    void theProvOFormVerifiesTooAndItsSpansCountCodePoints() throws Exception {
        String linked = report("application/ld+json");
        JsonNode tree = JSON.readTree(linked);
        assertThat(tree.path("@context").path("prov").asText()).isEqualTo("http://www.w3.org/ns/prov#");
        assertThat(verify(write("prov.jsonld", linked).toString()).exit).isZero();
        ObjectNode span = null;
        for (JsonNode node : tree.path("@graph")) {
            if (node.has("oa:hasSelector")) {
                span = (ObjectNode) node;
            }
        }
        ObjectNode quote = (ObjectNode) span.path("oa:hasSelector").path(0);
        quote.putObject("oa:exact").put("@value", "At least 31 people were injured").put("@type", "xsd:string");
        Run run = verify(write("prov-tampered.jsonld", JSON.writeValueAsString(tree)).toString());
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).contains("FAILED span " + span.path("@id").asText());
    }

    @Test
    void thePrintablePageShowsEveryStepAndHowToCheckIt() {
        String page = given().get("/provenance/" + claim()).then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(page).contains("At least 30 people were injured", "reconciliation version " + StoredReconciliation.VERSION, "extraction version",
                "SHA-256 of the stored text", story.courierOutlet(), "reviewed and published by Member publisher-", "./crosscheck verify");
        given().get("/provenance/999999999").then().statusCode(404).contentType("text/html");
    }

    @Test
    void verifyExplainsAFileItCannotRead() throws Exception {
        assertThat(verify("/nonexistent/report.json").exit).isEqualTo(2);
        assertThat(verify(write("not-json.json", "not json").toString()).exit).isEqualTo(2);
        assertThat(verify().exit).isEqualTo(2);
    }

    private static Run tampered(Consumer<ObjectNode> change) throws Exception {
        ObjectNode report = (ObjectNode) JSON.readTree(report("application/json"));
        change.accept(report);
        return verify(write("tampered.json", JSON.writeValueAsString(report)).toString());
    }

    private static Path write(String name, String content) throws Exception {
        Path file = Files.createTempDirectory("provenance").resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run rotate(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = KeyRotation.run(args, java.util.Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run verify(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VerifyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
