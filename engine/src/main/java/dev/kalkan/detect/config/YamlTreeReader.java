package dev.kalkan.detect.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads one YAML document into {@link YamlNode}s that keep their positions, through Jackson's
 * streaming YAML parser. Rejects duplicate keys, aliases and further documents, which a plain tree
 * would silently drop or resolve. Public for the policy module's parser, which turns the {@link
 * ConfigException}'s line, column and reason into its own.
 */
public final class YamlTreeReader {
  private static final YAMLMapper MAPPER = new YAMLMapper();

  private final Path file;
  private final JsonParser parser;

  private YamlTreeReader(Path file, JsonParser parser) {
    this.file = file;
    this.parser = parser;
  }

  /**
   * Parses {@code content}, the text of {@code file}.
   *
   * @return the document's root, or null when the document is empty (only comments or nothing)
   * @throws ConfigException on a YAML syntax error, a duplicate key, an alias or a second document
   */
  public static YamlNode read(Path file, String content) throws ConfigException {
    try (JsonParser parser = MAPPER.createParser(content)) {
      YamlTreeReader reader = new YamlTreeReader(file, parser);
      if (parser.nextToken() == null) {
        return null;
      }
      YamlNode root = reader.node();
      if (parser.nextToken() != null) {
        throw reader.error(parser.currentTokenLocation(), "only one YAML document is allowed");
      }
      return root;
    } catch (JacksonException e) {
      if (e.getCause() instanceof MarkedYamlEngineException yaml
          && yaml.getProblemMark().isPresent()) {
        Mark mark = yaml.getProblemMark().get();
        throw new ConfigException(
            file, mark.getLine() + 1, mark.getColumn() + 1, "invalid YAML: " + yaml.getProblem());
      }
      String message = e.getOriginalMessage();
      TokenStreamLocation at = e.getLocation();
      throw new ConfigException(
          file,
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          "invalid YAML: " + message.lines().findFirst().orElse(message));
    }
  }

  private YamlNode node() throws ConfigException {
    TokenStreamLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          TokenStreamLocation keyAt = parser.currentTokenLocation();
          String key = parser.currentName();
          YamlNode.Entry first = entries.get(key);
          if (first != null) {
            throw error(keyAt, "duplicate key '" + key + "' (first at line " + first.line() + ")");
          }
          parser.nextToken();
          entries.put(key, new YamlNode.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), node()));
        }
        return new YamlNode.Mapping(entries, line, column);
      }
      case START_ARRAY -> {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(node());
        }
        return new YamlNode.Sequence(items, line, column);
      }
      default -> {
        if (((YAMLParser) parser).isCurrentAlias()) {
          throw error(at, "YAML aliases (*" + parser.getString() + ") are not supported");
        }
        String text = token == JsonToken.VALUE_NULL ? null : parser.getString();
        return new YamlNode.Scalar(text, line, column);
      }
    }
  }

  private ConfigException error(TokenStreamLocation at, String reason) {
    return new ConfigException(file, at.getLineNr(), at.getColumnNr(), reason);
  }
}
