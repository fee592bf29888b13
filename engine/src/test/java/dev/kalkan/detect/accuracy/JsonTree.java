package dev.kalkan.detect.accuracy;

import java.util.ArrayList;
import java.util.List;

/**
 * A JSON document whose string values may hold planted fragments, written pretty (two-space indent)
 * or minified into a {@link DocumentBuilder} so that spans stay exact. Strings must need no
 * escaping; writing one that does fails rather than shifting offsets.
 */
final class JsonTree {
  private JsonTree() {}

  sealed interface Node permits Obj, Arr, Str, Lit {}

  record Member(String key, Node value) {}

  record Obj(List<Member> members) implements Node {}

  record Arr(List<Node> items) implements Node {}

  record Str(List<Fragment> parts) implements Node {}

  /** A number, boolean or null, written without quotes. */
  record Lit(Fragment literal) implements Node {}

  /**
   * An object from alternating keys and values. A value is a {@link Node}, a {@link Fragment} or
   * list of fragments (a string), a {@code String} (plain string), a {@code Number} or {@code
   * Boolean} (a literal); a null value leaves the member out.
   */
  static Obj obj(Object... keysAndValues) {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Object value = keysAndValues[i + 1];
      if (value != null) {
        members.add(new Member((String) keysAndValues[i], node(value)));
      }
    }
    return new Obj(members);
  }

  static Arr arr(List<?> items) {
    return new Arr(items.stream().map(JsonTree::node).toList());
  }

  static Arr arr(Object... items) {
    return arr(List.of(items));
  }

  static Lit number(Fragment literal) {
    return new Lit(literal);
  }

  private static Node node(Object value) {
    return switch (value) {
      case Node n -> n;
      case Fragment f -> new Str(List.of(f));
      case List<?> parts -> new Str(parts.stream().map(p -> (Fragment) p).toList());
      case String s -> new Str(List.of(Fragment.plain(s)));
      case Number n -> new Lit(Fragment.plain(n.toString()));
      case Boolean b -> new Lit(Fragment.plain(b.toString()));
      default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    };
  }

  /**
   * Writes {@code node}; with {@code asciiOnly}, every non-ASCII character of a string is written
   * as a Unicode escape, as serializers such as Python's {@code json.dumps} do by default (a
   * labelled value then spans its escaped text).
   */
  static void write(DocumentBuilder b, Node node, boolean pretty, boolean asciiOnly) {
    write(b, node, pretty, asciiOnly, 0);
    if (pretty) {
      b.text("\n");
    }
  }

  private static void write(
      DocumentBuilder b, Node node, boolean pretty, boolean asciiOnly, int depth) {
    switch (node) {
      case Obj o -> {
        b.text("{");
        for (int i = 0; i < o.members().size(); i++) {
          Member m = o.members().get(i);
          b.text(i == 0 ? "" : ",");
          newline(b, pretty, depth + 1);
          b.text("\"" + checked(m.key()) + "\":" + (pretty ? " " : ""));
          write(b, m.value(), pretty, asciiOnly, depth + 1);
        }
        if (!o.members().isEmpty()) {
          newline(b, pretty, depth);
        }
        b.text("}");
      }
      case Arr a -> {
        b.text("[");
        for (int i = 0; i < a.items().size(); i++) {
          b.text(i == 0 ? "" : ",");
          newline(b, pretty, depth + 1);
          write(b, a.items().get(i), pretty, asciiOnly, depth + 1);
        }
        if (!a.items().isEmpty()) {
          newline(b, pretty, depth);
        }
        b.text("]");
      }
      case Str s -> {
        b.text("\"");
        for (Fragment f : s.parts()) {
          checked(f.text());
          b.append(asciiOnly ? new Fragment(escaped(f.text()), f.type(), f.nearMiss()) : f);
        }
        b.text("\"");
      }
      case Lit l -> b.append(l.literal());
    }
  }

  private static void newline(DocumentBuilder b, boolean pretty, int depth) {
    if (pretty) {
      b.text("\n" + "  ".repeat(depth));
    }
  }

  private static String escaped(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        out.append(c);
      } else {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  private static String checked(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\' || c < 0x20) {
        throw new IllegalArgumentException("JSON text would need escaping: " + s);
      }
    }
    return s;
  }
}
