package org.crosscheck.web.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;

/** Passwords: the rules a new one must meet, bcrypt hashing, and generated one-time passwords. */
public final class Password {

    public static final int MINIMUM_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would silently match any password sharing its first 72. */
    public static final int MAXIMUM_BYTES = 72;

    // No look-alikes (0/O, 1/l/I), so a password read off a log can be typed without doubt.
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Checked when a username is unknown, so a wrong name costs as long as a wrong password and names cannot be probed. */
    private static final String DECOY_HASH = BcryptUtil.bcryptHash(SecretToken.random());

    private Password() {
    }

    /** Why {@code candidate} cannot be a password, or empty when it can. */
    public static Optional<String> problemWith(String candidate) {
        if (candidate == null || candidate.codePointCount(0, candidate.length()) < MINIMUM_LENGTH) {
            return Optional.of("a password needs at least " + MINIMUM_LENGTH + " characters");
        }
        if (candidate.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            return Optional.of("a password may have at most " + MAXIMUM_BYTES + " bytes (UTF-8)");
        }
        if (candidate.isBlank()) {
            return Optional.of("a password cannot be only spaces");
        }
        return Optional.empty();
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password);
    }

    /** No accepted password is longer than {@link #MAXIMUM_BYTES}, so a longer one never matches (and is not hashed). */
    public static boolean matches(String password, String hash) {
        return password != null && hash != null && password.length() <= MAXIMUM_BYTES
                && password.getBytes(StandardCharsets.UTF_8).length <= MAXIMUM_BYTES && BcryptUtil.matches(password, hash);
    }

    /** Spends the time of one check without an account, so an unknown username answers as slowly as a known one. */
    public static void checkAgainstDecoy(String password) {
        matches(password == null ? "" : password, DECOY_HASH);
    }

    /** A random password of 20 characters from 56 symbols: about 116 bits. */
    public static String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
