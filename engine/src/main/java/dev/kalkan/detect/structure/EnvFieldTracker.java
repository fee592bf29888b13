package dev.kalkan.detect.structure;

/**
 * Fields of {@code .env} files: {@code KEY=value} lines, optionally prefixed by {@code export},
 * with {@code #} comments. Values may be unquoted (ending at the line end or at a {@code #} after a
 * blank), single-quoted or double-quoted (with backslash escapes); quoted values may span lines. A
 * line that is not an assignment is skipped. A quoted value longer than {@value #MAX_QUOTED} bytes
 * is taken for an unclosed quote and ends tracking.
 */
final class EnvFieldTracker extends FieldTracker {
  /** Longest quoted value believed. */
  static final int MAX_QUOTED = 1 << 16;

  private static final int LINE_START = 0;
  private static final int KEY = 1;
  private static final int AFTER_KEY = 2;
  private static final int VALUE_START = 3;
  private static final int UNQUOTED = 4;
  private static final int DOUBLE_QUOTED = 5;
  private static final int ESCAPED = 6;
  private static final int SINGLE_QUOTED = 7;
  private static final int SKIP_LINE = 8;
  private static final int DEAD = 9;

  private final KeyNames keyNames;
  private int state;
  private boolean exported;
  private KeyName key;
  private long valueStart;
  private long contentEnd;
  private boolean afterBlank;

  EnvFieldTracker(StructuredFormat format, SpApiFieldCatalog catalog) {
    super(format, catalog);
    this.keyNames = new KeyNames(catalog, true);
  }

  @Override
  void consume(byte[] b, int from, int to, long base) {
    for (int i = from; i < to && state != DEAD; i++) {
      step(b[i], base + i);
    }
  }

  @Override
  void restart() {
    state = LINE_START;
    exported = false;
    key = null;
  }

  @Override
  void end(long eof) {
    if (state == UNQUOTED) {
      close(contentEnd);
    } else {
      close(eof);
    }
  }

  private void step(byte c, long p) {
    switch (state) {
      case LINE_START -> {
        if (keyChar(c)) {
          keyNames.clear();
          keyNames.add(c);
          exported = false;
          state = KEY;
        } else if (c == '#') {
          state = SKIP_LINE;
        } else if (!blank(c) && c != '\n') {
          state = SKIP_LINE;
        }
      }
      case KEY -> {
        if (keyChar(c)) {
          keyNames.add(c);
        } else if (c == '=') {
          key = keyNames.finish();
          state = VALUE_START;
        } else if (blank(c) && !exported && keyNames.is("export")) {
          exported = true;
          keyNames.clear();
        } else if (blank(c) && keyNames.length() > 0) {
          key = keyNames.finish();
          state = AFTER_KEY;
        } else if (!blank(c)) {
          state = c == '\n' ? LINE_START : SKIP_LINE;
        }
      }
      case AFTER_KEY -> {
        if (c == '=') {
          state = VALUE_START;
        } else if (!blank(c)) {
          state = c == '\n' ? LINE_START : SKIP_LINE;
        }
      }
      case VALUE_START -> {
        if (c == '"' || c == '\'') {
          valueStart = p + 1;
          open(valueStart, key);
          state = c == '"' ? DOUBLE_QUOTED : SINGLE_QUOTED;
        } else if (c == '\n') {
          state = LINE_START;
        } else if (c == '#') {
          state = SKIP_LINE;
        } else if (!blank(c)) {
          open(p, key);
          contentEnd = p + 1;
          afterBlank = false;
          state = UNQUOTED;
        }
      }
      case UNQUOTED -> {
        if (c == '\n') {
          close(contentEnd);
          state = LINE_START;
        } else if (c == '#' && afterBlank) {
          close(contentEnd);
          state = SKIP_LINE;
        } else if (blank(c)) {
          afterBlank = true;
        } else {
          contentEnd = p + 1;
          afterBlank = false;
        }
      }
      case DOUBLE_QUOTED -> {
        if (c == '"') {
          close(p);
          state = SKIP_LINE;
        } else if (c == '\\') {
          state = ESCAPED;
        } else {
          checkLength(p);
        }
      }
      case ESCAPED -> state = DOUBLE_QUOTED;
      case SINGLE_QUOTED -> {
        if (c == '\'') {
          close(p);
          state = SKIP_LINE;
        } else {
          checkLength(p);
        }
      }
      case SKIP_LINE -> {
        if (c == '\n') {
          state = LINE_START;
        }
      }
      default -> {
        // DEAD
      }
    }
  }

  private void checkLength(long p) {
    if (p - valueStart > MAX_QUOTED) {
      close(p);
      state = DEAD;
    }
  }

  private static boolean keyChar(byte c) {
    return c >= 'A' && c <= 'Z'
        || c >= 'a' && c <= 'z'
        || c >= '0' && c <= '9'
        || c == '_'
        || c == '.'
        || c == '-';
  }

  private static boolean blank(byte c) {
    return c == ' ' || c == '\t' || c == '\r';
  }

  @Override
  String render(PathNode parent, KeyName key, int index) {
    return key.raw;
  }
}
