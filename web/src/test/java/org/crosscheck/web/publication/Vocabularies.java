package org.crosscheck.web.publication;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The schema.org, PROV-O and Web Annotation vocabularies as published (see test resources linked-data/README.md),
 * and a check of expanded JSON-LD against them: every type a defined class, every property a defined property
 * used on a node of a type in its domain, every value of a type in its range.
 */
public final class Vocabularies {

    public static final String SCHEMA = "http://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final Pattern TRIPLE = Pattern.compile("^<([^>]+)> <([^>]+)> <([^>]+)>");
    private static final Set<String> SCHEMA_TEXT = Set.of(SCHEMA + "Text", SCHEMA + "URL", SCHEMA + "Date", SCHEMA + "DateTime");
    private static final Set<String> SCHEMA_NUMBER = Set.of(SCHEMA + "Number", SCHEMA + "Integer", SCHEMA + "Float", SCHEMA + "Text");

    private final Set<String> classes = new HashSet<>();
    private final Set<String> properties = new HashSet<>();
    private final Map<String, Set<String>> parents = new HashMap<>();
    private final Map<String, Set<String>> domains = new HashMap<>();
    private final Map<String, Set<String>> ranges = new HashMap<>();

    public static Vocabularies load() throws IOException {
        Vocabularies v = new Vocabularies();
        for (String name : List.of("schema", "prov", "oa")) {
            try (InputStream in = Vocabularies.class.getResourceAsStream("/linked-data/" + name + ".nq.gz");
                 BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                lines.lines().forEach(v::read);
            }
        }
        return v;
    }

    private void read(String line) {
        Matcher m = TRIPLE.matcher(line);
        if (!m.find()) {
            return;
        }
        String s = m.group(1);
        String p = m.group(2);
        String o = m.group(3);
        if (p.equals(RDF_TYPE)) {
            if (o.endsWith("#Class") || o.equals(SCHEMA + "DataType")) {
                classes.add(s);
            } else if (o.endsWith("Property")) {
                properties.add(s);
            }
        } else if (p.endsWith("#subClassOf")) {
            parents.computeIfAbsent(s, k -> new HashSet<>()).add(o);
        } else if (p.endsWith("domainIncludes") || p.endsWith("#domain")) {
            domains.computeIfAbsent(s, k -> new HashSet<>()).add(o);
        } else if (p.endsWith("rangeIncludes") || p.endsWith("#range")) {
            ranges.computeIfAbsent(s, k -> new HashSet<>()).add(o);
        }
    }

    /** Every class {@code type} is, itself included. */
    Set<String> closure(String type) {
        Set<String> out = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (out.add(t)) {
                todo.addAll(parents.getOrDefault(t, Set.of()));
            }
        }
        return out;
    }

    /**
     * What is wrong with expanded JSON-LD: types, properties, domains and ranges the vocabularies do not allow.
     * {@code extra} are property IRIs allowed outside the vocabularies (with opaque JSON values).
     */
    public List<String> problems(JsonArray expanded, Set<String> extra) {
        Map<String, Set<String>> typesById = new HashMap<>();
        List<JsonObject> nodes = new ArrayList<>();
        expanded.forEach(v -> collect(v, nodes));
        for (JsonObject node : nodes) {
            if (node.containsKey("@id") && node.containsKey("@type")) {
                typesById.computeIfAbsent(node.getString("@id"), k -> new HashSet<>()).addAll(types(node));
            }
        }
        List<String> problems = new ArrayList<>();
        for (JsonObject node : nodes) {
            Set<String> types = new HashSet<>(types(node));
            if (node.containsKey("@id")) {
                types.addAll(typesById.getOrDefault(node.getString("@id"), Set.of()));
            }
            Set<String> all = new HashSet<>();
            for (String type : types) {
                if (!classes.contains(type)) {
                    problems.add("type " + type + " is not a class of the vocabularies");
                }
                all.addAll(closure(type));
            }
            for (String property : node.keySet()) {
                if (property.startsWith("@") || extra.contains(property)) {
                    continue;
                }
                if (!properties.contains(property)) {
                    problems.add("property " + property + " is not defined by the vocabularies");
                    continue;
                }
                Set<String> domain = domains.getOrDefault(property, Set.of());
                if (!domain.isEmpty() && domain.stream().noneMatch(all::contains)) {
                    problems.add(property + " is used on a node of types " + types + ", none in its domain " + domain);
                }
                for (JsonValue value : node.getJsonArray(property)) {
                    String wrong = rangeProblem(property, (JsonObject) value, typesById);
                    if (wrong != null) {
                        problems.add(wrong);
                    }
                }
            }
        }
        return problems;
    }

    private String rangeProblem(String property, JsonObject value, Map<String, Set<String>> typesById) {
        Set<String> range = ranges.getOrDefault(property, Set.of());
        if (range.isEmpty()) {
            return null;
        }
        if (value.containsKey("@value")) {
            String datatype = value.containsKey("@type") ? value.getString("@type") : null;
            JsonValue literal = value.get("@value");
            boolean fits = datatype != null ? range.contains(datatype) || range.stream().anyMatch(SCHEMA_TEXT::contains)
                    : literal.getValueType() == JsonValue.ValueType.NUMBER ? range.stream().anyMatch(SCHEMA_NUMBER::contains)
                    : range.stream().anyMatch(SCHEMA_TEXT::contains) || range.contains("http://www.w3.org/2001/XMLSchema#string")
                    || range.contains("http://www.w3.org/2000/01/rdf-schema#Literal");
            return fits ? null : property + " has the literal " + value + ", outside its range " + range;
        }
        Set<String> types = new HashSet<>(types(value));
        if (value.containsKey("@id")) {
            types.addAll(typesById.getOrDefault(value.getString("@id"), Set.of()));
        }
        if (types.isEmpty()) {
            // a bare IRI: fine where the range allows a URL or any resource
            return range.contains(SCHEMA + "URL") || range.stream().anyMatch(r -> r.startsWith(PROV) || r.startsWith(OA)) ? null
                    : property + " points at " + value + " whose type is unknown; its range is " + range;
        }
        Set<String> all = new HashSet<>();
        types.forEach(t -> all.addAll(closure(t)));
        return range.stream().anyMatch(all::contains) ? null : property + " points at a node of types " + types + ", outside its range " + range;
    }

    private static List<String> types(JsonObject node) {
        List<String> out = new ArrayList<>();
        if (node.containsKey("@type")) {
            JsonValue type = node.get("@type");
            if (type.getValueType() == JsonValue.ValueType.ARRAY) {
                type.asJsonArray().forEach(t -> out.add(((jakarta.json.JsonString) t).getString()));
            } else {
                out.add(((jakarta.json.JsonString) type).getString());
            }
        }
        return out;
    }

    /** Every node object, nested ones included; value objects are not nodes. */
    private static void collect(JsonValue value, List<JsonObject> nodes) {
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            value.asJsonArray().forEach(v -> collect(v, nodes));
        } else if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject object = value.asJsonObject();
            if (object.containsKey("@value")) {
                return;
            }
            if (object.containsKey("@graph")) {
                collect(object.get("@graph"), nodes);
            }
            nodes.add(object);
            object.forEach((k, v) -> {
                if (!k.startsWith("@")) {
                    collect(v, nodes);
                }
            });
        }
    }
}
