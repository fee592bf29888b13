package dev.kalkan.bench;

import java.util.BitSet;

/**
 * Writes well-formed JSON text into a {@link StringBuilder}, either pretty-printed with two-space
 * indentation (as SP-API responses are saved by most tools) or compact on one line. Callers write
 * names and values in order; this class places commas, colons and line breaks.
 */
final class JsonText {
  private final StringBuilder out;
  private final boolean pretty;
  private final BitSet hasMembers = new BitSet();
  private int depth;
  private boolean afterName;

  JsonText(StringBuilder out, boolean pretty) {
    this.out = out;
    this.pretty = pretty;
  }

  /** Characters written so far, for callers that stop at a size. */
  int length() {
    return out.length();
  }

  JsonText beginObject() {
    return open('{');
  }

  JsonText endObject() {
    return close('}');
  }

  JsonText beginArray() {
    return open('[');
  }

  JsonText endArray() {
    return close(']');
  }

  JsonText name(String name) {
    beforeValue();
    out.append('"').append(name).append(pretty ? "\": " : "\":");
    afterName = true;
    return this;
  }

  JsonText value(String value) {
    beforeValue();
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    out.append('"');
    return this;
  }

  JsonText value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  JsonText value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** A number already written in JSON syntax, such as {@code 19.99}. */
  JsonText number(String json) {
    beforeValue();
    out.append(json);
    return this;
  }

  JsonText field(String name, String value) {
    return name(name).value(value);
  }

  JsonText field(String name, long value) {
    return name(name).value(value);
  }

  JsonText field(String name, boolean value) {
    return name(name).value(value);
  }

  JsonText numberField(String name, String json) {
    return name(name).number(json);
  }

  private JsonText open(char bracket) {
    beforeValue();
    out.append(bracket);
    depth++;
    hasMembers.clear(depth);
    return this;
  }

  private JsonText close(char bracket) {
    boolean had = hasMembers.get(depth);
    depth--;
    if (pretty && had) {
      newline();
    }
    out.append(bracket);
    return this;
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (depth > 0) {
      if (hasMembers.get(depth)) {
        out.append(',');
      }
      hasMembers.set(depth);
      if (pretty) {
        newline();
      }
    }
  }

  private void newline() {
    out.append('\n');
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }
}
