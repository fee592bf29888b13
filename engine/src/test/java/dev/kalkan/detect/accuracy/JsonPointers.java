package dev.kalkan.detect.accuracy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps each scalar of a JSON text to its RFC 6901 pointer and the character span of its raw text
 * (inside the quotes for strings). Just enough JSON for test fixtures: it trusts the input to be
 * well formed and fails on anything else.
 */
final class JsonPointers {
  /** Character offsets into the JSON text, end exclusive. */
  record Span(int start, int end) {}

  private final String json;
  private final Map<String, Span> scalars = new LinkedHashMap<>();
  private int at;

  private JsonPointers(String json) {
    this.json = json;
  }

  /** The scalars of a JSON text by pointer, in document order. */
  static Map<String, Span> scalars(String json) {
    JsonPointers p = new JsonPointers(json);
    p.value("");
    p.skipSpace();
    if (p.at != json.length()) {
      throw p.error("trailing text");
    }
    return p.scalars;
  }

  private void value(String pointer) {
    skipSpace();
    char c = json.charAt(at);
    switch (c) {
      case '{' -> {
        at++;
        skipSpace();
        if (json.charAt(at) == '}') {
          at++;
          return;
        }
        while (true) {
          skipSpace();
          int keyStart = at + 1;
          skipString();
          String key = json.substring(keyStart, at - 1);
          skipSpace();
          expect(':');
          value(pointer + "/" + key.replace("~", "~0").replace("/", "~1"));
          skipSpace();
          if (json.charAt(at) == ',') {
            at++;
            continue;
          }
          expect('}');
          return;
        }
      }
      case '[' -> {
        at++;
        skipSpace();
        if (json.charAt(at) == ']') {
          at++;
          return;
        }
        for (int i = 0; ; i++) {
          value(pointer + "/" + i);
          skipSpace();
          if (json.charAt(at) == ',') {
            at++;
            continue;
          }
          expect(']');
          return;
        }
      }
      case '"' -> {
        int start = at + 1;
        skipString();
        scalars.put(pointer, new Span(start, at - 1));
      }
      default -> {
        int start = at;
        while (at < json.length() && ",}] \t\r\n".indexOf(json.charAt(at)) < 0) {
          at++;
        }
        scalars.put(pointer, new Span(start, at));
      }
    }
  }

  private void skipString() {
    expect('"');
    while (json.charAt(at) != '"') {
      at += json.charAt(at) == '\\' ? 2 : 1;
    }
    at++;
  }

  private void skipSpace() {
    while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
      at++;
    }
  }

  private void expect(char c) {
    if (json.charAt(at) != c) {
      throw error("expected '" + c + "'");
    }
    at++;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(what + " at offset " + at);
  }
}
