package dev.kalkan.detect.people;

import java.util.Arrays;

/**
 * Text cut once into words, numbers and single punctuation marks, with their char offsets, the
 * white space before them and their letter case. Linear in the text; keys ({@link WordKey}) are
 * computed on first use. Not thread-safe: one instance per call.
 *
 * <p>A word is a run of letters and digits that starts with a letter; an apostrophe or hyphen
 * between two letters joins ({@code O'Brien}, {@code Anna-Lena}). A Turkish or English suffix after
 * an apostrophe ({@code Yılmaz'ın}, {@code John's}) stays in the word but outside its core, which
 * is what keys, shapes and reported spans use. A number is a run of digits with the letters and
 * digits that follow it ({@code 12a}, {@code 221B}, {@code 5th}, {@code 64GB}). A tab counts as a
 * line break: it separates the fields of tab-separated text, and no name or street spans two.
 */
final class Tokens {
  static final byte WORD = 1;
  static final byte NUMBER = 2;
  static final byte PUNCT = 3;

  /** Word shapes. */
  static final byte LOWER = 1;

  static final byte CAPITALIZED = 2;
  static final byte UPPER = 3;
  static final byte INITIAL = 4;
  static final byte MIXED = 5;

  private final CharSequence text;
  private int size;
  private int[] start;
  private int[] end;
  private int[] coreEnd;
  private int[] digits;
  private byte[] kind;
  private byte[] shape;
  private boolean[] lineBefore;
  private boolean[] spaceBefore;
  private String[] keys;
  private final char[] scratch = new char[64];

  private Tokens(CharSequence text) {
    this.text = text;
    int capacity = Math.max(16, Math.min(text.length() / 4 + 16, 1 << 20));
    start = new int[capacity];
    end = new int[capacity];
    coreEnd = new int[capacity];
    digits = new int[capacity];
    kind = new byte[capacity];
    shape = new byte[capacity];
    lineBefore = new boolean[capacity];
    spaceBefore = new boolean[capacity];
  }

  /** Tokenizes {@code text}; never throws. */
  static Tokens of(CharSequence text) {
    Tokens tokens = new Tokens(text);
    tokens.tokenize();
    tokens.keys = new String[tokens.size];
    return tokens;
  }

  private void tokenize() {
    int n = text.length();
    boolean space = false;
    boolean line = false;
    int i = 0;
    while (i < n) {
      int cp = Character.codePointAt(text, i);
      int len = Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = true;
        if (cp == '\n'
            || cp == '\r'
            || cp == '\t'
            || cp == 0x2028
            || cp == 0x2029
            || cp == 0x0B
            || cp == 0x0C) {
          line = true;
        }
        i += len;
        continue;
      }
      int next;
      if (Character.isLetter(cp)) {
        next = word(i, space, line);
      } else if (Character.isDigit(cp)) {
        next = number(i, space, line);
      } else {
        add(PUNCT, (byte) 0, i, i + len, i + len, 0, space, line);
        next = i + len;
      }
      space = false;
      line = false;
      i = next;
    }
  }

  private static boolean isWordPart(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u02BC';
  }

  private static boolean isHyphen(int cp) {
    return cp == '-' || cp == '\u2010' || cp == '\u2011';
  }

  private int word(int from, boolean space, boolean line) {
    int n = text.length();
    int i = from;
    int apostrophe = -1;
    while (i < n) {
      int cp = Character.codePointAt(text, i);
      if (isWordPart(cp)) {
        i += Character.charCount(cp);
      } else if ((isApostrophe(cp) || isHyphen(cp))
          && i + 1 < n
          && Character.isLetter(Character.codePointAt(text, i + 1))) {
        if (isApostrophe(cp) && apostrophe < 0) {
          apostrophe = i;
        }
        i++;
      } else {
        break;
      }
    }
    int core = i;
    if (apostrophe > from && isSuffixAfterApostrophe(from, apostrophe, i)) {
      core = apostrophe;
    }
    add(WORD, wordShape(from, core), from, i, core, 0, space, line);
    return i;
  }

  private boolean isSuffixAfterApostrophe(int from, int apostrophe, int to) {
    boolean allLower = true;
    boolean allUpper = true;
    for (int i = apostrophe + 1; i < to; i++) {
      char c = text.charAt(i);
      if (isApostrophe(c) || isHyphen(c)) {
        return false;
      }
      allLower &= !Character.isUpperCase(c);
      allUpper &= !Character.isLowerCase(c);
    }
    if (allLower) {
      return true;
    }
    return allUpper
        && apostrophe - from >= 2
        && to - apostrophe <= 6
        && isUpperRun(from, apostrophe);
  }

  private boolean isUpperRun(int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private byte wordShape(int from, int to) {
    int letters = 0;
    int uppers = 0;
    boolean badInnerUpper = false;
    int partStart = from;
    for (int i = from; i < to; ) {
      int cp = Character.codePointAt(text, i);
      int len = Character.charCount(cp);
      if (Character.isDigit(cp)) {
        return MIXED;
      }
      if (isApostrophe(cp) || isHyphen(cp)) {
        partStart = i + len;
      } else if (Character.isLetter(cp)) {
        letters++;
        boolean upper = Character.isUpperCase(cp) || Character.isTitleCase(cp);
        if (upper) {
          uppers++;
          if (i != partStart && !allowedInnerCapital(partStart, i)) {
            badInnerUpper = true;
          }
        }
      }
      i += len;
    }
    if (letters == 0) {
      return MIXED;
    }
    int first = Character.codePointAt(text, from);
    boolean firstUpper = Character.isUpperCase(first) || Character.isTitleCase(first);
    if (letters == 1) {
      return firstUpper ? INITIAL : LOWER;
    }
    if (uppers == letters) {
      return UPPER;
    }
    if (!firstUpper) {
      return uppers == 0 ? LOWER : MIXED;
    }
    return badInnerUpper ? MIXED : CAPITALIZED;
  }

  private boolean allowedInnerCapital(int partStart, int at) {
    int offset = at - partStart;
    if (offset == 2 && text.charAt(partStart) == 'M' && text.charAt(partStart + 1) == 'c') {
      return true;
    }
    return offset == 3
        && text.charAt(partStart) == 'M'
        && text.charAt(partStart + 1) == 'a'
        && text.charAt(partStart + 2) == 'c';
  }

  private int number(int from, boolean space, boolean line) {
    int n = text.length();
    int i = from;
    while (i < n && Character.isDigit(text.charAt(i))) {
      i++;
    }
    int digitCount = i - from;
    while (i < n) {
      int cp = Character.codePointAt(text, i);
      if (!Character.isLetterOrDigit(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    add(NUMBER, (byte) 0, from, i, i, digitCount, space, line);
    return i;
  }

  private void add(
      byte tokenKind,
      byte tokenShape,
      int from,
      int to,
      int core,
      int digitCount,
      boolean space,
      boolean line) {
    if (size == start.length) {
      int capacity = size * 2;
      start = Arrays.copyOf(start, capacity);
      end = Arrays.copyOf(end, capacity);
      coreEnd = Arrays.copyOf(coreEnd, capacity);
      digits = Arrays.copyOf(digits, capacity);
      kind = Arrays.copyOf(kind, capacity);
      shape = Arrays.copyOf(shape, capacity);
      lineBefore = Arrays.copyOf(lineBefore, capacity);
      spaceBefore = Arrays.copyOf(spaceBefore, capacity);
    }
    start[size] = from;
    end[size] = to;
    coreEnd[size] = core;
    digits[size] = digitCount;
    kind[size] = tokenKind;
    shape[size] = tokenShape;
    lineBefore[size] = line;
    spaceBefore[size] = space || line;
    size++;
  }

  CharSequence text() {
    return text;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return start[i];
  }

  int end(int i) {
    return end[i];
  }

  /** End of the word without an apostrophe suffix; {@link #end} for other tokens. */
  int coreEnd(int i) {
    return coreEnd[i];
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && kind[i] == WORD;
  }

  boolean isNumber(int i) {
    return i >= 0 && i < size && kind[i] == NUMBER;
  }

  /** True when token {@code i} is the punctuation mark {@code c}. */
  boolean isPunct(int i, char c) {
    return i >= 0 && i < size && kind[i] == PUNCT && text.charAt(start[i]) == c;
  }

  boolean isPunct(int i) {
    return i >= 0 && i < size && kind[i] == PUNCT;
  }

  byte shape(int i) {
    return shape[i];
  }

  /** True for a capitalised or all-upper-case word (an initial too when {@code initials}). */
  boolean isCapitalWord(int i, boolean initials) {
    if (!isWord(i)) {
      return false;
    }
    byte s = shape[i];
    return s == CAPITALIZED || s == UPPER || (initials && s == INITIAL);
  }

  /** Leading digits of a number token. */
  int digits(int i) {
    return digits[i];
  }

  /** Letters and digits after the leading digits of a number token. */
  int tail(int i) {
    return end[i] - start[i] - digits[i];
  }

  /** True when a line break or a tab comes between token {@code i - 1} and token {@code i}. */
  boolean lineBefore(int i) {
    return i < size && lineBefore[i];
  }

  /**
   * True when token {@code i} starts the text or a line, or follows a full stop, an exclamation
   * mark or a question mark.
   */
  boolean startsSentence(int i) {
    return i == 0
        || lineBefore(i)
        || isPunct(i - 1, '.')
        || isPunct(i - 1, '!')
        || isPunct(i - 1, '?');
  }

  /** True when white space (or a line break) comes right before token {@code i}. */
  boolean spaceBefore(int i) {
    return i < size && spaceBefore[i];
  }

  /** True when token {@code i} follows token {@code i - 1} with no white space between. */
  boolean attached(int i) {
    return i > 0 && i < size && !spaceBefore[i];
  }

  /** The {@link WordKey} of a word's core, the lower-case text of any other token. */
  String key(int i) {
    String key = keys[i];
    if (key == null) {
      if (kind[i] == WORD) {
        key = WordKey.ofAsciiWord(text, start[i], coreEnd[i], scratch);
        if (key == null) {
          key = WordKey.of(text, start[i], coreEnd[i]);
        }
      } else {
        key = WordKey.ofAsciiWord(text, start[i], end[i], scratch);
        if (key == null) {
          key = text.subSequence(start[i], end[i]).toString().toLowerCase(java.util.Locale.ROOT);
        }
      }
      keys[i] = key;
    }
    return key;
  }
}
