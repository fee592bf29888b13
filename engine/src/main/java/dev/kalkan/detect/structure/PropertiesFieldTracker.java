package dev.kalkan.detect.structure;

/**
 * Fields of Java {@code .properties} files, as {@code java.util.Properties#load} reads them: the
 * key ends at the first unescaped {@code =}, {@code :} or blank; comment lines start with {@code #}
 * or {@code !}; a line ending with an odd number of backslashes continues on the next line, whose
 * leading blanks are skipped. Keys are unescaped ({@code \:}, {@code \=}, {@code \u00e9}); each
 * physical line of a value is recorded as its own span, without the continuation backslash.
 */
final class PropertiesFieldTracker extends FieldTracker {
  private static final int LINE_START = 0;
  private static final int COMMENT = 1;
  private static final int KEY = 2;
  private static final int KEY_ESCAPE = 3;
  private static final int KEY_UNICODE = 4;
  private static final int KEY_CONTINUATION = 5;
  private static final int SEPARATOR = 6;
  private static final int VALUE_START = 7;
  private static final int VALUE = 8;
  private static final int VALUE_CONTINUATION = 9;

  private final KeyNames keyNames;
  private int state;
  private KeyName key;
  private boolean afterCr;
  private boolean escaped;
  private int hexLeft;
  private int codeUnit;
  private long contentEnd;

  PropertiesFieldTracker(StructuredFormat format, SpApiFieldCatalog catalog) {
    super(format, catalog);
    this.keyNames = new KeyNames(catalog, true);
  }

  @Override
  void consume(byte[] b, int from, int to, long base) {
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c == '\n' && afterCr) {
        afterCr = false;
        continue;
      }
      afterCr = c == '\r';
      if (c == '\r' || c == '\n') {
        lineEnd();
      } else {
        step(c, base + i);
      }
    }
  }

  @Override
  void restart() {
    state = LINE_START;
    key = null;
    afterCr = false;
    escaped = false;
    hexLeft = 0;
  }

  @Override
  void end(long eof) {
    lineEnd();
  }

  private void lineEnd() {
    switch (state) {
      case KEY_ESCAPE -> state = KEY_CONTINUATION;
      case KEY, KEY_UNICODE -> {
        finishKey();
        state = LINE_START;
      }
      case VALUE -> {
        close(contentEnd);
        state = escaped ? VALUE_CONTINUATION : LINE_START;
      }
      case KEY_CONTINUATION, VALUE_CONTINUATION -> state = LINE_START;
      default -> state = LINE_START;
    }
    escaped = false;
  }

  private void step(byte c, long p) {
    switch (state) {
      case LINE_START -> {
        if (c == '#' || c == '!') {
          state = COMMENT;
        } else if (!blank(c)) {
          keyNames.clear();
          state = KEY;
          step(c, p);
        }
      }
      case KEY, KEY_CONTINUATION -> {
        if (state == KEY_CONTINUATION && blank(c)) {
          return;
        }
        state = KEY;
        if (c == '\\') {
          state = KEY_ESCAPE;
        } else if (c == '=' || c == ':') {
          finishKey();
          state = VALUE_START;
        } else if (blank(c)) {
          finishKey();
          state = SEPARATOR;
        } else {
          keyNames.add(c);
        }
      }
      case KEY_ESCAPE -> {
        state = KEY;
        switch (c) {
          case 'u' -> {
            hexLeft = 4;
            codeUnit = 0;
            state = KEY_UNICODE;
          }
          case 't' -> keyNames.add('\t');
          case 'n' -> keyNames.add('\n');
          case 'r' -> keyNames.add('\r');
          case 'f' -> keyNames.add('\f');
          default -> keyNames.add(c);
        }
      }
      case KEY_UNICODE -> {
        int digit = Character.digit(c, 16);
        if (digit < 0) {
          keyNames.addCodePoint(0xFFFD);
          state = KEY;
          step(c, p);
        } else {
          codeUnit = codeUnit << 4 | digit;
          if (--hexLeft == 0) {
            keyNames.addCodePoint(Character.isSurrogate((char) codeUnit) ? 0xFFFD : codeUnit);
            state = KEY;
          }
        }
      }
      case SEPARATOR -> {
        if (c == '=' || c == ':') {
          state = VALUE_START;
        } else if (!blank(c)) {
          state = VALUE_START;
          step(c, p);
        }
      }
      case VALUE_START, VALUE_CONTINUATION -> {
        if (!blank(c)) {
          open(p, key);
          contentEnd = p;
          escaped = false;
          state = VALUE;
          step(c, p);
        }
      }
      case VALUE -> {
        if (escaped) {
          escaped = false;
          contentEnd = p + 1;
        } else if (c == '\\') {
          escaped = true;
        } else if (!blank(c)) {
          contentEnd = p + 1;
        }
      }
      default -> {
        // COMMENT
      }
    }
  }

  private void finishKey() {
    keyNames.trimEnd();
    key = keyNames.length() == 0 ? KeyName.UNKNOWN : keyNames.finish();
  }

  private static boolean blank(byte c) {
    return c == ' ' || c == '\t' || c == '\f';
  }

  @Override
  String render(PathNode parent, KeyName key, int index) {
    return key.raw;
  }
}
