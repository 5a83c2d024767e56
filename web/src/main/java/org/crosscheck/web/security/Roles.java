package org.crosscheck.web.security;

/** Role names as {@code @RolesAllowed} needs them: constants. {@link #API} is a program holding an API key, not a person. */
public final class Roles {

    public static final String EDITOR = "editor";
    public static final String PUBLISHER = "publisher";
    public static final String ADMIN = "admin";
    public static final String API = "api";

    private Roles() {
    }
}
