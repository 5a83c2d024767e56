package org.crosscheck.web.newsroom;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.crosscheck.web.platform.HomeResource;

/**
 * Every route the application serves through its JAX-RS resources, found the way the framework finds them: the
 * classes under {@code org.crosscheck.web} with {@code @Path}, and their methods with an HTTP method annotation.
 */
final class RouteInventory {

    private RouteInventory() {
    }

    /** "METHOD /path/{param}" for every resource method. */
    static Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (Class<?> type : resourceClasses()) {
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                String verb = httpMethod(method);
                if (verb != null) {
                    Path path = method.getAnnotation(Path.class);
                    routes.add(verb + " " + join(base, path == null ? "" : path.value()));
                }
            }
        }
        return routes;
    }

    static String join(String base, String path) {
        String joined = Stream.of(base.split("/"), path.split("/")).flatMap(Stream::of).filter(part -> !part.isEmpty())
                .reduce("", (a, b) -> a + "/" + b);
        return joined.isEmpty() ? "/" : joined;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** The compiled classes of the web module's main code, read from the directory the front page's class came from. */
    private static Set<Class<?>> resourceClasses() {
        java.nio.file.Path root;
        try {
            root = java.nio.file.Path.of(HomeResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        java.nio.file.Path web = root.resolve("org/crosscheck/web");
        Set<Class<?>> found = new java.util.HashSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(web)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                String name = root.relativize(f).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, HomeResource.class.getClassLoader());
                    if (type.isAnnotationPresent(Path.class)) {
                        found.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot load " + name, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no resource classes under " + web);
        }
        return found;
    }
}
