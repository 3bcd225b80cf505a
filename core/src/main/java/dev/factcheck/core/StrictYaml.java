package dev.factcheck.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Strict decoding of the YAML files a newsroom may edit (vocabulary, rule settings): every problem —
 * an unknown key, a value of the wrong type, a key nothing reads — names the file, line and column
 * of the offending key, the way compilers name a place ({@code time.yaml:31:1: ...}).
 * <p>
 * Trees are read with Jackson as usual; a location is looked up only when there is a problem, by
 * parsing the file's text again up to the key's JSON pointer.
 */
public final class StrictYaml {
    private static final YAMLFactory LOCATING = new YAMLFactory();

    private StrictYaml() {
    }

    /** YAML files that do not decode: each problem is {@code file:line:column: message}. */
    public static final class Invalid extends IllegalArgumentException {
        private final List<String> problems;

        public Invalid(String summary, List<String> problems) {
            super(summary + ":\n  " + String.join("\n  ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** One YAML file: the name messages use, its text and its tree (an empty map for an empty file). */
    public record Source(String name, String text, ObjectNode tree) {
        /** Parses the text; a syntax error or a top level other than {@code key: value} entries is {@link Invalid}. */
        public static Source parse(YAMLMapper yaml, String name, String text) {
            JsonNode node;
            try {
                node = yaml.readTree(text);
            } catch (JsonProcessingException e) {
                throw new Invalid("cannot read " + name, List.of(at(name, e.getLocation()) + ": " + e.getOriginalMessage()));
            }
            if (node == null || node.isMissingNode() || node.isNull()) {
                return new Source(name, text, yaml.createObjectNode());
            }
            if (!node.isObject()) {
                throw new Invalid("cannot read " + name, List.of(name + ":1:1: expected 'key: value' entries at the top level, not "
                        + describe(node)));
            }
            return new Source(name, text, (ObjectNode) node);
        }

        /** {@code name:line:column} of the key (or list entry) at the pointer; the name alone when it is not there. */
        public String where(JsonPointer pointer) {
            try (JsonParser p = LOCATING.createParser(text)) {
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                        continue;
                    }
                    JsonStreamContext ctx = p.getParsingContext();
                    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                        ctx = ctx.getParent();
                    }
                    if (ctx != null && ctx.pathAsPointer().equals(pointer)) {
                        return at(name, p.currentTokenLocation());
                    }
                }
            } catch (IOException e) {
                // the text parsed once already; fall back to the file name
            }
            return name;
        }
    }

    static String at(String name, JsonLocation loc) {
        if (loc == null || loc.getLineNr() <= 0) {
            return name;
        }
        return name + ":" + loc.getLineNr() + (loc.getColumnNr() > 0 ? ":" + loc.getColumnNr() : "");
    }

    /** What a node is, for messages: "a map", "a list", "a number", "text". */
    public static String describe(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return "nothing";
        }
        if (n.isObject()) {
            return "a map";
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isNumber()) {
            return "a number (" + n.asText() + ")";
        }
        if (n.isBoolean()) {
            return "true/false (" + n.asText() + ")";
        }
        return "text ('" + n.asText() + "')";
    }

    /** A key path for messages: {@code places.serengeti.names}. */
    public static String dotted(JsonPointer pointer) {
        StringBuilder out = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            out.append(out.isEmpty() ? "" : ".").append(p.getMatchingProperty());
        }
        return out.toString();
    }

    /** Collected problems, each once, in the order found. */
    public static final class Problems {
        private final Set<String> found = new LinkedHashSet<>();

        public void add(String where, String message) {
            found.add(where + ": " + message);
        }

        public boolean isEmpty() {
            return found.isEmpty();
        }

        public List<String> list() {
            return List.copyOf(found);
        }

        /** Throws {@link Invalid} with every problem, if there is any. */
        public void throwIfAny(String summary) {
            if (!found.isEmpty()) {
                throw new Invalid(summary, list());
            }
        }
    }

    /**
     * The decoding of one file, whose tree may merge several layers (the rule pack's file, then a
     * newsroom's). The reader asks for keys through {@link Node}; every key it asks for at a level is
     * a key of that level's schema, so after reading, {@link #finish()} reports each key of the file
     * that no reader asked for: a misspelt key and a list nothing reads are the same error.
     */
    public static final class Decoding {
        private final List<Source> layers;
        private final JsonNode tree;
        private final Problems problems;
        /** Per map read as a map: the keys the reader asked for there. */
        private final Map<JsonPointer, Set<String>> asked = new HashMap<>();

        public Decoding(List<Source> layers, JsonNode tree, Problems problems) {
            this.layers = List.copyOf(layers);
            this.tree = tree;
            this.problems = problems;
        }

        public Node root() {
            return new Node(this, JsonPointer.empty(), tree);
        }

        /** Reports every key of the tree that the reader did not ask for. */
        public void finish() {
            unread(JsonPointer.empty(), tree);
        }

        private void unread(JsonPointer at, JsonNode node) {
            Set<String> keys = asked.get(at);
            if (keys == null || !node.isObject()) {
                return;
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                JsonPointer child = at.appendProperty(key);
                if (keys.contains(key)) {
                    unread(child, node.get(key));
                } else {
                    String in = at.matches() ? "" : " in " + dotted(at);
                    problems.add(where(child), "unknown key '" + key + "'" + in + ": nothing reads it (keys read here: "
                            + String.join(", ", keys) + ")");
                }
            }
        }

        private void ask(JsonPointer at, String key) {
            asked.computeIfAbsent(at, k -> new LinkedHashSet<>()).add(key);
        }

        /** The place of a key: in the last layer that has it (a newsroom's value replaces the pack's). */
        String where(JsonPointer pointer) {
            for (int i = layers.size() - 1; i >= 0; i--) {
                if (!layers.get(i).tree().at(pointer).isMissingNode()) {
                    return layers.get(i).where(pointer);
                }
            }
            return layers.isEmpty() ? "" : layers.get(layers.size() - 1).name();
        }

        /** The place of one entry of a list, found by value: merged lists number their entries anew. */
        String whereEntry(JsonPointer list, JsonNode entry) {
            for (int i = layers.size() - 1; i >= 0; i--) {
                JsonNode l = layers.get(i).tree().at(list);
                for (int j = 0; l.isArray() && j < l.size(); j++) {
                    if (l.get(j).equals(entry)) {
                        return layers.get(i).where(list.appendIndex(j));
                    }
                }
            }
            return where(list);
        }
    }

    /** A value being decoded: each accessor checks the type it expects and says where it is not. */
    public static final class Node {
        private final Decoding d;
        private final JsonPointer at;
        private final JsonNode value;

        Node(Decoding d, JsonPointer at, JsonNode value) {
            this.d = d;
            this.at = at;
            this.value = value;
        }

        private boolean absent() {
            return value.isMissingNode() || value.isNull();
        }

        /** The value of a key of this map (absent when missing); the key becomes one this level reads. */
        public Node get(String key) {
            JsonPointer child = at.appendProperty(key);
            if (value.isObject()) {
                d.ask(at, key);
                return new Node(d, child, value.path(key));
            }
            if (!absent()) {
                expected("a map");
            }
            return new Node(d, child, MissingNode.getInstance());
        }

        /** Every entry of a map whose keys are data (words, places), not a schema. */
        public void entries(BiConsumer<String, Node> visit) {
            if (absent()) {
                return;
            }
            if (!value.isObject()) {
                expected("a map");
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                d.ask(at, e.getKey());
                visit.accept(e.getKey(), new Node(d, at.appendProperty(e.getKey()), e.getValue()));
            }
        }

        /** A list of words (or one word), each stripped; empty entries are skipped. */
        public List<String> words() {
            List<String> out = new ArrayList<>();
            if (absent()) {
                return out;
            }
            if (value.isArray()) {
                for (JsonNode x : value) {
                    if (x.isNull()) {
                        continue;
                    }
                    if (!x.isValueNode()) {
                        d.problems.add(d.whereEntry(at, x), dotted(at) + ": expected a word, not " + describe(x));
                        continue;
                    }
                    String s = x.asText().strip();
                    if (!s.isEmpty()) {
                        out.add(s);
                    }
                }
            } else if (value.isValueNode()) {
                String s = value.asText().strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            } else {
                expected("a list of words");
            }
            return out;
        }

        public double number() {
            if (value.isNumber()) {
                return value.asDouble();
            }
            expected("a number");
            return 0;
        }

        public int integer() {
            if (value.isIntegralNumber() && value.canConvertToInt()) {
                return value.asInt();
            }
            expected("a whole number");
            return 0;
        }

        /** A scalar as text, or the fallback when absent. */
        public String text(String fallback) {
            if (absent()) {
                return fallback;
            }
            if (value.isValueNode()) {
                return value.asText();
            }
            expected("text");
            return fallback;
        }

        /** {@code true} or {@code false}, or the fallback when absent. */
        public boolean flag(boolean fallback) {
            String t = text(null);
            if (t == null) {
                return fallback;
            }
            if (t.equals("true") || t.equals("false")) {
                return t.equals("true");
            }
            expected("true or false");
            return fallback;
        }

        /** A list of exactly {@code count} numbers; {@code null} entries allowed when {@code open}. */
        public Double[] numbers(int count, boolean open) {
            Double[] out = new Double[count];
            String shape = "a list of " + count + " numbers" + (open ? " (null: unbounded)" : "");
            if (!value.isArray() || value.size() != count) {
                expected(shape);
                return out;
            }
            for (int i = 0; i < count; i++) {
                JsonNode x = value.get(i);
                if (x.isNumber()) {
                    out[i] = x.asDouble();
                } else if (!(open && x.isNull())) {
                    expected(shape);
                }
            }
            return out;
        }

        /** Reports a problem with this value at its key. */
        public void problem(String message) {
            d.problems.add(d.where(at), dotted(at) + ": " + message);
        }

        private void expected(String what) {
            problem("expected " + what + ", not " + describe(value));
        }
    }
}
