package dev.kalkan.detect.edm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Folds text, one code point at a time, to the form exact data match compares: compatibility
 * decomposition (NFKD, so everything NFKC equates is equal), combining marks and invisible format
 * characters removed, then case folded as {@code toLowerCase(toUpperCase(c))} without a locale. So
 * {@code İ}, {@code I}, {@code ı} and {@code i} all fold to {@code i}, {@code Ş} to {@code s},
 * {@code Müller} to {@code muller}, the ligature {@code ﬁ} to {@code fi}, full-width {@code Ａ} to
 * {@code a}; {@code ß} stays {@code ß}.
 *
 * <p>Each code point is a <em>word</em> character (a letter or digit after folding, possibly
 * several), <em>skipped</em> (a mark or format character: it neither adds nor breaks anything), or
 * a <em>separator</em>. Because the mapping works per code point, text needs no normalisation pass
 * before matching: precomposed and decomposed spellings fold alike. Thread-safe; the table for the
 * Basic Multilingual Plane is computed once, on first use.
 */
final class Fold {
  static final int SEPARATOR = 0;
  static final int WORD = 1;
  static final int SKIP = 2;

  /** A word character that folds to several code points, kept in {@link Table#EXPANSIONS}. */
  static final int EXPANDED = 3;

  private static final int CLASS_SHIFT = 24;
  private static final int PAYLOAD = (1 << CLASS_SHIFT) - 1;

  private Fold() {}

  /** The fold of {@code cp}: class in the top byte, folded code point (or expansion) below. */
  static int info(int cp) {
    return cp < 0x10000 ? Table.BMP[cp] : compute(cp, null);
  }

  static int classOf(int info) {
    return info >>> CLASS_SHIFT;
  }

  static int codePoint(int info) {
    return info & PAYLOAD;
  }

  static int[] expansion(int info) {
    return Table.EXPANSIONS.get(info & PAYLOAD);
  }

  /**
   * The words of {@code text}, each as the UTF-8 bytes of its fold: maximal runs of word
   * characters, skipped characters ignored.
   */
  static List<byte[]> words(String text) {
    List<byte[]> words = new ArrayList<>();
    ByteArrayOutputStream word = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int info = info(cp);
      switch (classOf(info)) {
        case WORD -> appendUtf8(word, codePoint(info));
        case EXPANDED -> {
          for (int c : expansion(info)) {
            appendUtf8(word, c);
          }
        }
        case SKIP -> {}
        default -> {
          if (word.size() > 0) {
            words.add(word.toByteArray());
            word.reset();
          }
        }
      }
    }
    if (word.size() > 0) {
      words.add(word.toByteArray());
    }
    return words;
  }

  /**
   * The UTF-8 bytes of the fold of all of {@code text}: word characters folded, skipped ones
   * removed, separators kept as they are (for values such as email addresses whose punctuation
   * matters).
   */
  static byte[] whole(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int info = info(cp);
      switch (classOf(info)) {
        case WORD -> appendUtf8(out, codePoint(info));
        case EXPANDED -> {
          for (int c : expansion(info)) {
            appendUtf8(out, c);
          }
        }
        case SKIP -> {}
        default -> appendUtf8(out, cp);
      }
    }
    return out.toByteArray();
  }

  static void appendUtf8(ByteArrayOutputStream out, int cp) {
    if (cp < 0x80) {
      out.write(cp);
    } else {
      out.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Writes the UTF-8 bytes of {@code cp} at {@code at} and returns the position after them; the
   * caller guarantees four free bytes.
   */
  static int putUtf8(byte[] out, int at, int cp) {
    if (cp < 0x80) {
      out[at] = (byte) cp;
      return at + 1;
    }
    if (cp < 0x800) {
      out[at] = (byte) (0xC0 | (cp >>> 6));
      out[at + 1] = (byte) (0x80 | (cp & 0x3F));
      return at + 2;
    }
    if (cp < 0x10000) {
      out[at] = (byte) (0xE0 | (cp >>> 12));
      out[at + 1] = (byte) (0x80 | ((cp >>> 6) & 0x3F));
      out[at + 2] = (byte) (0x80 | (cp & 0x3F));
      return at + 3;
    }
    out[at] = (byte) (0xF0 | (cp >>> 18));
    out[at + 1] = (byte) (0x80 | ((cp >>> 12) & 0x3F));
    out[at + 2] = (byte) (0x80 | ((cp >>> 6) & 0x3F));
    out[at + 3] = (byte) (0x80 | (cp & 0x3F));
    return at + 4;
  }

  private static boolean isSkipped(int type) {
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.FORMAT;
  }

  private static int caseFold(int cp) {
    return Character.toLowerCase(Character.toUpperCase(cp));
  }

  /**
   * Computes the fold of one code point; {@code expansions} collects multi-code-point folds while
   * the table is built, and is null afterwards, when only supplementary code points are computed
   * (their expansions are rare and are then treated as separators).
   */
  private static int compute(int cp, List<int[]> expansions) {
    if (Character.isSurrogate((char) cp) && cp < 0x10000) {
      return SEPARATOR << CLASS_SHIFT;
    }
    if (isSkipped(Character.getType(cp))) {
      return SKIP << CLASS_SHIFT;
    }
    String decomposed = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKD);
    int[] folded = new int[decomposed.length()];
    int n = 0;
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      if (isSkipped(Character.getType(c))) {
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        return SEPARATOR << CLASS_SHIFT;
      }
      folded[n++] = caseFold(c);
    }
    if (n == 0) {
      return SKIP << CLASS_SHIFT;
    }
    if (n == 1) {
      return (WORD << CLASS_SHIFT) | folded[0];
    }
    if (expansions == null) {
      return SEPARATOR << CLASS_SHIFT;
    }
    expansions.add(Arrays.copyOf(folded, n));
    return (EXPANDED << CLASS_SHIFT) | (expansions.size() - 1);
  }

  /** The precomputed folds of the Basic Multilingual Plane (256 KiB). */
  private static final class Table {
    static final List<int[]> EXPANSIONS;
    static final int[] BMP = new int[0x10000];

    static {
      List<int[]> expansions = new ArrayList<>();
      for (int cp = 0; cp < 0x10000; cp++) {
        BMP[cp] = compute(cp, expansions);
      }
      EXPANSIONS = List.copyOf(expansions);
    }
  }
}
