package org.crosscheck.web.publication.provenance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.crosscheck.db.publication.ProvenanceRecords;
import org.crosscheck.db.publication.ProvenanceRecords.Provenance;

/** Provenance reports as the newsroom publishes them: built from the store and signed with its key. */
@ApplicationScoped
public class SignedProvenance {

    public static final String KEYS_PATH = "/.well-known/crosscheck-provenance-keys";

    private final ProvenanceRecords records;
    private final SigningKey key;

    SignedProvenance(ProvenanceRecords records, SigningKey key) {
        this.records = records;
        this.key = key;
    }

    public Optional<Provenance> records(long claim) {
        return records.of(claim);
    }

    /** The JSON report, signed. */
    public ObjectNode json(Provenance provenance, String base) {
        return ReportSignature.sign(ProvenanceReport.of(provenance, base), key, base + KEYS_PATH);
    }

    /** The PROV-O JSON-LD report, signed the same way. */
    public ObjectNode linkedData(Provenance provenance, String base) {
        return ReportSignature.sign(ProvenanceLinkedData.of(provenance, base), key, base + KEYS_PATH);
    }

    public String keyId() {
        return PublicKeys.thumbprint(key.x());
    }

    public String keyX() {
        return key.x();
    }
}
