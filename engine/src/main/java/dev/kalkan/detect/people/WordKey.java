package dev.kalkan.detect.people;

import java.text.Normalizer;

/**
 * The lookup key of a word or phrase: lower case, Turkish dotted and dotless i both folded to
 * {@code i}, diacritics removed ({@code ü} to {@code u}, {@code ş} to {@code s}, {@code ß} to
 * {@code ss}), and every run of characters that are neither letters nor digits replaced by one
 * space. So {@code YILMAZ}, {@code Yılmaz} and {@code Yilmaz} share a key, as do {@code İSTANBUL}
 * and {@code Istanbul}; lexicon entries and words of the text are folded the same way.
 */
final class WordKey {
  private WordKey() {}

  /**
   * The key of {@code text[from, to)} for a word of ASCII letters and digits only, built in {@code
   * scratch} (at least {@code to - from} long) without an intermediate builder; null when the word
   * holds anything else, for {@link #of(CharSequence, int, int)} to handle.
   */
  static String ofAsciiWord(CharSequence text, int from, int to, char[] scratch) {
    int n = to - from;
    if (n > scratch.length) {
      return null;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(from + i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      } else if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
        return null;
      }
      scratch[i] = c;
    }
    return new String(scratch, 0, n);
  }

  /** The key of {@code text[from, to)}; empty when it holds no letter or digit. */
  static String of(CharSequence text, int from, int to) {
    StringBuilder key = new StringBuilder(to - from);
    boolean ascii = true;
    boolean pendingSpace = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + 32);
        } else if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
          pendingSpace = key.length() > 0;
          continue;
        }
      } else if (c == 'İ' || c == 'ı') {
        c = 'i';
      } else if (Character.isLetterOrDigit(c)
          || Character.getType(c) == Character.NON_SPACING_MARK) {
        ascii = false;
        c = Character.toLowerCase(c);
      } else if (Character.isHighSurrogate(c) || Character.isLowSurrogate(c)) {
        ascii = false;
      } else {
        pendingSpace = key.length() > 0;
        continue;
      }
      if (pendingSpace) {
        key.append(' ');
        pendingSpace = false;
      }
      key.append(c);
    }
    return ascii ? key.toString() : stripDiacritics(key);
  }

  /** The key of a whole string. */
  static String of(CharSequence text) {
    return of(text, 0, text.length());
  }

  private static String stripDiacritics(CharSequence lower) {
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      switch (c) {
        case 'ß' -> out.append("ss");
        case 'ı' -> out.append('i');
        case 'ø' -> out.append('o');
        case 'ł' -> out.append('l');
        case 'đ' -> out.append('d');
        case 'æ' -> out.append("ae");
        case 'œ' -> out.append("oe");
        default -> {
          if (Character.getType(c) != Character.NON_SPACING_MARK) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * The German transliteration of umlauts ({@code Müller} to {@code Mueller}) before folding, so
   * that a lexicon entry also matches its ASCII spelling; null when the text has no umlaut.
   */
  static String transliteratedOrNull(String text) {
    if (text.indexOf('ä') < 0
        && text.indexOf('ö') < 0
        && text.indexOf('ü') < 0
        && text.indexOf('Ä') < 0
        && text.indexOf('Ö') < 0
        && text.indexOf('Ü') < 0) {
      return null;
    }
    return of(
        text.replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("Ä", "Ae")
            .replace("Ö", "Oe")
            .replace("Ü", "Ue"));
  }
}
