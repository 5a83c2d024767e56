package org.crosscheck.web.publication.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jcs.JsonCanonicalizer;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.Json;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The signed bytes are what another RFC 8785 implementation makes of the same report. */
class CanonicalJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static void sameAsAnotherImplementation(String json) throws Exception {
        String ours = new String(CanonicalJson.bytes(JSON.readTree(json)), StandardCharsets.UTF_8);
        String theirs = JsonCanonicalizer.canonize(Json.createReader(new StringReader(json)).readValue());
        assertThat(ours).isEqualTo(theirs);
    }

    @Test
    void membersAreOrderedByUtf16CodeUnitsAsAnotherImplementationOrdersThem() throws Exception {
        sameAsAnotherImplementation("{\"b\": 1, \"a\": {\"z\": [3, 2, {\"y\": null, \"x\": true}], \"\u00e9\": \"e\", \"\ud83d\ude00\": 0, \"\uff21\": 1}}");
    }

    @Test
    void quotesControlCharactersAndNonAsciiTextAreEscapedAsAnotherImplementationEscapesThem() throws Exception {
        sameAsAnotherImplementation("{\"text\": \"He said \\\"no\\\" \\\\ then\\n\\ttabbed \\u0001\\u001f \\u007f caf\u00e9 \u201cquoted\u201d \\u2028 "
                + "\ud83d\ude00 </script>\", \"n\": [0, 7, 9007199254740991]}");
    }

    @Test
    void aNegativeIntegerIsWrittenAsJavaScriptWritesIt() throws Exception {
        // titanium-jcs 1.0.0 writes -7 as "-7e00", which RFC 8785 (ECMAScript Number.toString) does not; reports hold no
        // negative numbers, but the canonical form must still be the standard one
        assertThat(new String(CanonicalJson.bytes(JSON.readTree("[-7, -9007199254740991]")), StandardCharsets.UTF_8))
                .isEqualTo("[-7,-9007199254740991]");
    }

    @Test
    void aFractionOrAnUnsafeIntegerIsRefusedRatherThanWrittenInAFormNobodyCanReproduce() throws Exception {
        assertThatThrownBy(() -> CanonicalJson.bytes(JSON.readTree("{\"score\": 0.5}"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.bytes(JSON.readTree("[9007199254740993]"))).isInstanceOf(IllegalArgumentException.class);
    }
}
