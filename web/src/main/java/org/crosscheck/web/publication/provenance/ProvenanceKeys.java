package org.crosscheck.web.publication.provenance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The public key provenance reports are signed with, as a JWK Set, where verifiers know to look for it: the current
 * key first, then any a rotation retired (each with a {@code retired} time), so older reports still verify.
 */
@Path(SignedProvenance.KEYS_PATH)
public class ProvenanceKeys {

    private final SigningKey key;

    ProvenanceKeys(SigningKey key) {
        this.key = key;
    }

    @GET
    @Produces("application/jwk-set+json")
    @Operation(summary = "The Ed25519 public keys of provenance reports (JWK Set, RFC 7517/8037)",
            description = "The signing key first, then keys retired by './crosscheck rotate-key' (with a 'retired' time), which "
                    + "signed older reports. Pass this file to './crosscheck verify REPORT.json --key FILE' to require reports signed by "
                    + "this newsroom.")
    @APIResponse(responseCode = "200", description = "{\"keys\": [{\"kty\": \"OKP\", \"crv\": \"Ed25519\", \"x\", \"kid\", \"use\", \"alg\"}]}")
    public Response keys() {
        List<Map<String, String>> keys = new ArrayList<>();
        keys.add(PublicKeys.jwk(key.x()));
        for (RetiredKeys.Retired old : key.retired()) {
            Map<String, String> jwk = PublicKeys.jwk(old.x());
            jwk.put("retired", old.retired().toString());
            keys.add(jwk);
        }
        return Response.ok(Map.of("keys", keys)).header("Cache-Control", "public, max-age=3600")
                .header("Access-Control-Allow-Origin", "*").build();
    }
}
