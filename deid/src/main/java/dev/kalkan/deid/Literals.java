package dev.kalkan.deid;

import java.util.ArrayList;
import java.util.List;

/**
 * The places of a document where values live, found by a lenient one-pass lexer: the contents of
 * JSON strings and the JSON numbers and words between them, or the fields of delimited values. What
 * lies between literals is syntax (JSON punctuation and white space, delimiters, line ends, the
 * quotes around a string or field). Any input lexes; malformed input gives literals that still
 * cover every character other than syntax, so no value can hide outside them.
 */
final class Literals {
  /** What a literal is, which decides how a replacement inside it is written. */
  enum Kind {
    /** Plain text: written as it is. */
    TEXT,
    /** The content of a JSON string: escaped for JSON. */
    JSON_STRING,
    /** A JSON number or word: kept when still a valid number, else written as a JSON string. */
    JSON_BARE,
    /** The content of a quoted field: quotes doubled. */
    CSV_QUOTED,
    /** An unquoted field: quoted when the replacement needs it. */
    CSV_UNQUOTED,
    /** Characters after the closing quote of a field (malformed): replacement without quotes. */
    CSV_TRAILING
  }

  /** Characters {@code [start, end)} of a literal. */
  record Literal(int start, int end, Kind kind) {}

  private Literals() {}

  static List<Literal> text(String s) {
    return List.of(new Literal(0, s.length(), Kind.TEXT));
  }

  static List<Literal> json(String s) {
    List<Literal> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '"') {
        int start = i + 1;
        int j = start;
        while (j < n && s.charAt(j) != '"') {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        j = Math.min(j, n);
        if (j > start) {
          out.add(new Literal(start, j, Kind.JSON_STRING));
        }
        i = j + 1;
      } else if (isJsonSyntax(c)) {
        i++;
      } else {
        int start = i;
        while (i < n && !isJsonSyntax(s.charAt(i)) && s.charAt(i) != '"') {
          i++;
        }
        out.add(new Literal(start, i, Kind.JSON_BARE));
      }
    }
    return out;
  }

  private static boolean isJsonSyntax(char c) {
    return c == '{' || c == '}' || c == '[' || c == ']' || c == ':' || c == ',' || c == ' '
        || c == '\t' || c == '\n' || c == '\r';
  }

  /** Delimited values; the delimiter is a tab when the first line has one, else a comma. */
  static List<Literal> csv(String s) {
    int lineEnd = s.indexOf('\n');
    String first = lineEnd < 0 ? s : s.substring(0, lineEnd);
    return csv(s, first.indexOf('\t') >= 0 ? '\t' : ',');
  }

  static List<Literal> csv(String s, char delimiter) {
    List<Literal> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == delimiter || c == '\n' || c == '\r') {
        i++;
      } else if (c == '"') {
        int start = i + 1;
        int j = start;
        while (j < n) {
          if (s.charAt(j) == '"') {
            if (j + 1 < n && s.charAt(j + 1) == '"') {
              j += 2;
              continue;
            }
            break;
          }
          j++;
        }
        if (j > start) {
          out.add(new Literal(start, j, Kind.CSV_QUOTED));
        }
        i = Math.min(j + 1, n);
        int trailing = i;
        while (i < n && s.charAt(i) != delimiter && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
          i++;
        }
        if (i > trailing) {
          out.add(new Literal(trailing, i, Kind.CSV_TRAILING));
        }
      } else {
        int start = i;
        while (i < n && s.charAt(i) != delimiter && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
          i++;
        }
        out.add(new Literal(start, i, Kind.CSV_UNQUOTED));
      }
    }
    return out;
  }

  /** The delimiter {@link #csv(String)} chooses. */
  static char delimiter(String s) {
    int lineEnd = s.indexOf('\n');
    String first = lineEnd < 0 ? s : s.substring(0, lineEnd);
    return first.indexOf('\t') >= 0 ? '\t' : ',';
  }
}
