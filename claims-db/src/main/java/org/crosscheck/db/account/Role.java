package org.crosscheck.db.account;

import java.util.Arrays;
import java.util.Optional;

/** What a newsroom member may do; stored by its lower-case code, as the schema's check constraint lists them. */
public enum Role {
    EDITOR("editor"),
    PUBLISHER("publisher"),
    ADMIN("admin");

    public final String code;

    Role(String code) {
        this.code = code;
    }

    public static Optional<Role> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
