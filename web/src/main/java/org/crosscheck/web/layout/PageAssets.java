package org.crosscheck.web.layout;

import io.quarkus.qute.TemplateGlobal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the pages load their scripts from. htmx comes from its webjar on the classpath, served by this server under
 * {@code /webjars/}; its path holds the version, which is read from the jar itself so a version bump in the pom is
 * the only change. No page loads anything from another host (the Content-Security-Policy forbids it anyway).
 */
public final class PageAssets {

    private static final String HTMX_POM = "META-INF/maven/org.webjars.npm/htmx.org/pom.properties";

    @TemplateGlobal
    public static final String htmxScript = "/webjars/htmx.org/" + version(HTMX_POM) + "/dist/htmx.min.js";

    private PageAssets() {
    }

    static String version(String pomProperties) {
        try (InputStream in = PageAssets.class.getClassLoader().getResourceAsStream(pomProperties)) {
            if (in == null) {
                throw new IllegalStateException("the htmx webjar is missing from the classpath (" + pomProperties + ")");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
