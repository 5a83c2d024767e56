package org.crosscheck.core.claim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the shared gold annotation (plain JSON) into maps and lists: core's tests carry no JSON library. */
public final class GoldFile {

    private final String json;
    private int at;

    private GoldFile(String json) {
        this.json = json;
    }

    public static Path shared() {
        return Path.of(System.getProperty("crosscheck.shared", "../../shared"));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> seeds() throws IOException {
        return (Map<String, Object>) new GoldFile(Files.readString(shared().resolve("gold/seeds.json"), StandardCharsets.UTF_8)).value();
    }

    private Object value() {
        skipSpace();
        char c = json.charAt(at);
        switch (c) {
            case '{': return object();
            case '[': return array();
            case '"': return string();
            case 't': at += 4; return Boolean.TRUE;
            case 'f': at += 5; return Boolean.FALSE;
            case 'n': at += 4; return null;
            default: return number();
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        at++;
        skipSpace();
        while (json.charAt(at) != '}') {
            skipSpace();
            String key = string();
            skipSpace();
            at++; // ':'
            map.put(key, value());
            skipSpace();
            if (json.charAt(at) == ',') {
                at++;
                skipSpace();
            }
        }
        at++;
        return map;
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        at++;
        skipSpace();
        while (json.charAt(at) != ']') {
            list.add(value());
            skipSpace();
            if (json.charAt(at) == ',') {
                at++;
                skipSpace();
            }
        }
        at++;
        return list;
    }

    private String string() {
        StringBuilder b = new StringBuilder();
        at++;
        while (json.charAt(at) != '"') {
            char c = json.charAt(at++);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = json.charAt(at++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> b.append(e);
            }
        }
        at++;
        return b.toString();
    }

    private Double number() {
        int start = at;
        while (at < json.length() && "+-0123456789.eE".indexOf(json.charAt(at)) >= 0) {
            at++;
        }
        return Double.parseDouble(json.substring(start, at));
    }

    private void skipSpace() {
        while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
            at++;
        }
    }
}
