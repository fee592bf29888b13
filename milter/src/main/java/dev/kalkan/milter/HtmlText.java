package dev.kalkan.milter;

/**
 * The readable text of HTML: tags removed (each becomes a space), {@code script} and {@code style}
 * content dropped, character references decoded, so that {@code j&#64;example.com} is scanned as
 * the address it shows. Linear in the input; not a validating parser.
 */
final class HtmlText {
  private HtmlText() {}

  static String of(String html) {
    StringBuilder out = new StringBuilder(html.length());
    int i = 0;
    int n = html.length();
    while (i < n) {
      char ch = html.charAt(i);
      if (ch == '<') {
        int close = html.indexOf('>', i + 1);
        if (close < 0) {
          break;
        }
        String tag = tagName(html, i + 1, close);
        i = close + 1;
        if (tag.equals("script") || tag.equals("style")) {
          int end = indexOfIgnoreCase(html, "</" + tag, i);
          i = end < 0 ? n : end;
        }
        out.append(' ');
      } else if (ch == '&') {
        int semi = html.indexOf(';', i + 1);
        String decoded = semi > i && semi - i <= 10 ? entity(html.substring(i + 1, semi)) : null;
        if (decoded == null) {
          out.append(ch);
          i++;
        } else {
          out.append(decoded);
          i = semi + 1;
        }
      } else {
        out.append(ch);
        i++;
      }
    }
    return out.toString();
  }

  private static String tagName(String html, int from, int to) {
    int start = from;
    int end = start;
    while (end < to && Character.isLetterOrDigit(html.charAt(end))) {
      end++;
    }
    return html.substring(start, end).toLowerCase(java.util.Locale.ROOT);
  }

  private static int indexOfIgnoreCase(String s, String what, int from) {
    int limit = s.length() - what.length();
    for (int i = from; i <= limit; i++) {
      if (s.regionMatches(true, i, what, 0, what.length())) {
        return i;
      }
    }
    return -1;
  }

  private static String entity(String name) {
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return Character.toString(Integer.parseInt(name.substring(2), 16));
      }
      if (name.startsWith("#")) {
        return Character.toString(Integer.parseInt(name.substring(1)));
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> " ";
      case "commat" -> "@";
      case "period" -> ".";
      default -> null;
    };
  }
}
