package dev.kalkan.detect.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads typed values out of {@link YamlNode}s of one file, turning every mismatch into a {@link
 * ConfigException} at the node's position. {@code name} arguments are the keys the values sit
 * under, for messages. Public for the policy module's parser, which reports the same mistakes in
 * the same words; not an API for users of the engine.
 */
public final class NodeReader {
  private final Path file;

  public NodeReader(Path file) {
    this.file = file;
  }

  public ConfigException error(int line, int column, String reason) {
    return new ConfigException(file, line, column, reason);
  }

  public ConfigException error(YamlNode at, String reason) {
    return error(at.line(), at.column(), reason);
  }

  public ConfigException error(YamlNode.Entry at, String reason) {
    return error(at.line(), at.column(), reason);
  }

  /** The node as a mapping; {@code name} is what it is, such as {@code 'exclude'}. */
  public YamlNode.Mapping mapping(YamlNode node, String name) throws ConfigException {
    if (!(node instanceof YamlNode.Mapping mapping)) {
      throw error(node, name + " must be a mapping, found " + node.describe());
    }
    return mapping;
  }

  /** The node as a mapping whose keys are all {@code allowed}. */
  public YamlNode.Mapping mapping(YamlNode node, String name, Collection<String> allowed)
      throws ConfigException {
    YamlNode.Mapping mapping = mapping(node, name);
    for (YamlNode.Entry entry : mapping.entries().values()) {
      if (!allowed.contains(entry.key())) {
        String hint = Suggestion.didYouMean(entry.key(), allowed);
        throw error(
            entry,
            "unknown key '"
                + entry.key()
                + "' in "
                + name
                + (hint.isEmpty() ? "; expected one of " + String.join(", ", allowed) : hint));
      }
    }
    return mapping;
  }

  public List<YamlNode> sequence(YamlNode node, String name) throws ConfigException {
    if (!(node instanceof YamlNode.Sequence sequence)) {
      throw error(node, "'" + name + "' must be a list, found " + node.describe());
    }
    return sequence.items();
  }

  /** The node as non-blank text; numbers and booleans count as text as written. */
  public String text(YamlNode node, String name) throws ConfigException {
    return nonBlank(node, "'" + name + "'");
  }

  /** The node as a list of non-blank texts. */
  public List<String> texts(YamlNode node, String name) throws ConfigException {
    List<String> texts = new ArrayList<>();
    for (YamlNode item : sequence(node, name)) {
      texts.add(nonBlank(item, "entries of '" + name + "'"));
    }
    return texts;
  }

  private String nonBlank(YamlNode node, String subject) throws ConfigException {
    if (!(node instanceof YamlNode.Scalar scalar) || scalar.text() == null) {
      throw error(node, subject + " must be text, found " + node.describe());
    }
    if (scalar.text().isBlank()) {
      throw error(node, subject + " must not be empty");
    }
    return scalar.text();
  }

  public int integer(YamlNode node, String name) throws ConfigException {
    String text = node instanceof YamlNode.Scalar scalar ? scalar.text() : null;
    if (text != null && text.matches("-?[0-9]{1,9}")) {
      return Integer.parseInt(text);
    }
    throw error(node, "'" + name + "' must be an integer, found " + node.describe());
  }

  public boolean bool(YamlNode node, String name) throws ConfigException {
    String text = node instanceof YamlNode.Scalar scalar ? scalar.text() : null;
    if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
      return Boolean.parseBoolean(text);
    }
    throw error(node, "'" + name + "' must be true or false, found " + node.describe());
  }

  /** The node as one of {@code type}'s constants, ignoring case. */
  public <E extends Enum<E>> E choice(YamlNode node, String name, Class<E> type)
      throws ConfigException {
    String text = text(node, name);
    List<String> names =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
    String upper = text.trim().toUpperCase(Locale.ROOT);
    if (names.contains(upper)) {
      return Enum.valueOf(type, upper);
    }
    String hint = Suggestion.didYouMean(text, names);
    throw error(
        node,
        "invalid "
            + name
            + " '"
            + text
            + "'"
            + (hint.isEmpty() ? ": expected one of " + String.join(", ", names) : hint));
  }
}
