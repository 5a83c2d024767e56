package org.crosscheck.core.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed articles and their hand annotation, read from the shared folder at test time (their text is third-party
 * and stays out of the repository). A minimal JSON reader keeps core's test classpath free of a JSON library.
 */
final class GoldSeeds {

    record Document(String file, String outlet, String published, String headline, String bodyFirstWords,
                    List<String> boilerplate, List<String> metadataLines) {
    }

    private GoldSeeds() {
    }

    static Path folder() {
        String shared = System.getProperty("crosscheck.shared");
        if (shared == null) {
            throw new IllegalStateException("system property crosscheck.shared (the shared test data folder) is not set");
        }
        return Path.of(shared);
    }

    static String text(String file) {
        try {
            return Files.readString(folder().resolve("seeds").resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Document> documents() {
        try {
            Map<String, Object> gold = (Map<String, Object>) new Reader(
                    Files.readString(folder().resolve("gold").resolve("seeds.json"))).value();
            List<Document> documents = new ArrayList<>();
            for (Object o : (List<Object>) gold.get("documents")) {
                Map<String, Object> d = (Map<String, Object>) o;
                documents.add(new Document((String) d.get("file"), (String) d.get("outlet"),
                        (String) d.get("published"), (String) d.get("headline"), (String) d.get("body_first_words"),
                        (List<String>) d.getOrDefault("boilerplate", List.of()),
                        (List<String>) d.getOrDefault("metadata_lines", List.of())));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Just enough JSON for the gold file: objects, arrays, strings, numbers, true, false, null. */
    private static final class Reader {
        private final String json;
        private int at;

        Reader(String json) {
            this.json = json;
        }

        Object value() {
            skipBlanks();
            char c = json.charAt(at);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                default:
                    return literal();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            at++;
            skipBlanks();
            while (json.charAt(at) != '}') {
                String key = string();
                skipBlanks();
                at++; // ':'
                map.put(key, value());
                skipBlanks();
                if (json.charAt(at) == ',') {
                    at++;
                    skipBlanks();
                }
            }
            at++;
            return map;
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            at++;
            skipBlanks();
            while (json.charAt(at) != ']') {
                list.add(value());
                skipBlanks();
                if (json.charAt(at) == ',') {
                    at++;
                }
                skipBlanks();
            }
            at++;
            return list;
        }

        private String string() {
            StringBuilder s = new StringBuilder();
            at++;
            for (char c = json.charAt(at); c != '"'; c = json.charAt(at)) {
                if (c == '\\') {
                    char e = json.charAt(++at);
                    switch (e) {
                        case 'n' -> s.append('\n');
                        case 't' -> s.append('\t');
                        case 'r' -> s.append('\r');
                        case 'b' -> s.append('\b');
                        case 'f' -> s.append('\f');
                        case 'u' -> {
                            s.append((char) Integer.parseInt(json.substring(at + 1, at + 5), 16));
                            at += 4;
                        }
                        default -> s.append(e);
                    }
                } else {
                    s.append(c);
                }
                at++;
            }
            at++;
            return s.toString();
        }

        private Object literal() {
            int start = at;
            while (at < json.length() && ",}] \n\r\t".indexOf(json.charAt(at)) < 0) {
                at++;
            }
            String word = json.substring(start, at);
            return switch (word) {
                case "null" -> null;
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> Double.valueOf(word);
            };
        }

        private void skipBlanks() {
            while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
                at++;
            }
        }
    }
}
