package dev.kalkan.detect.config;

import java.util.List;
import java.util.Map;

/**
 * A YAML value with the 1-based line and column where it starts, as {@link YamlTreeReader} reads
 * it. Public for the policy module's parser; not an API for users of the engine.
 */
public sealed interface YamlNode {

  int line();

  int column();

  /** How the node reads in a message: {@code 'text'}, {@code a list}, {@code a mapping}. */
  String describe();

  /** A scalar: {@code text} as written, or null for an empty value or {@code null}. */
  record Scalar(String text, int line, int column) implements YamlNode {
    @Override
    public String describe() {
      return text == null ? "nothing" : "'" + text + "'";
    }
  }

  record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A mapping; its entries keep the order of the file. */
  record Mapping(Map<String, Entry> entries, int line, int column) implements YamlNode {
    @Override
    public String describe() {
      return "a mapping";
    }

    /** The entry for {@code key}, or null. */
    public Entry get(String key) {
      return entries.get(key);
    }
  }

  /** A key, where it is written, and its value. */
  record Entry(String key, int line, int column, YamlNode value) {}
}
