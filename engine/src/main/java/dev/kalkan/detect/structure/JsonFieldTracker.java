package dev.kalkan.detect.structure;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Fields of JSON and NDJSON: a byte-at-a-time state machine that keeps the stack of open containers
 * and records every string, number and literal below the top level with its JSON Pointer.
 *
 * <p>Leniencies: several top-level values in a row (concatenated JSON, pretty-printed records),
 * {@code //} and {@code /* *}{@code /} comments and trailing commas; in JSON mode also bare words
 * as scalars. In JSON mode an error ends tracking, and so does a raw newline inside a string. In
 * NDJSON mode records are searched for line by line, so text before a record on its line is skipped
 * (log prefixes): a record starts at <code>{</code>, or at {@code [} first on its line, and ends at
 * the end of its line at the latest (a cut record keeps the fields read so far). A record that
 * turns out malformed gives no fields and the search goes on after the error (for an array, which
 * may have been a log prefix such as {@code [2024-05-01 12:00:00]}) or on the next line (for an
 * object).
 */
final class JsonFieldTracker extends FieldTracker {
  /** Deepest nesting tracked; deeper content is an error. */
  static final int MAX_DEPTH = 256;

  private static final int VALUE = 0;
  private static final int KEY = 1;
  private static final int IN_KEY = 2;
  private static final int COLON = 3;
  private static final int IN_STRING = 4;
  private static final int IN_SCALAR = 5;
  private static final int AFTER_VALUE = 6;
  private static final int COMMENT = 7;
  private static final int LINE_COMMENT = 8;
  private static final int BLOCK_COMMENT = 9;
  private static final int BLOCK_COMMENT_STAR = 10;
  private static final int SEEK = 11;
  private static final int SKIP_LINE = 12;
  private static final int DEAD = 13;

  private static final int BLANK = 1;
  private static final int STRING_STOP = 2;
  private static final int SCALAR_STOP = 4;
  private static final byte[] CLASS = new byte[256];
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long QUOTES = 0x2222222222222222L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long SPACES = 0x2020202020202020L;

  static {
    for (char c : " \t\r\n".toCharArray()) {
      CLASS[c] |= BLANK | SCALAR_STOP;
    }
    for (char c : "\"\\\n".toCharArray()) {
      CLASS[c] |= STRING_STOP;
    }
    for (char c : ",]}:\"[{".toCharArray()) {
      CLASS[c] |= SCALAR_STOP;
    }
  }

  private final boolean lines;
  private final KeyNames keyNames;
  private final boolean[] isObject = new boolean[MAX_DEPTH + 1];
  private final PathNode[] nodes = new PathNode[MAX_DEPTH + 1];
  private final int[] counts = new int[MAX_DEPTH + 1];
  private int depth;
  private int state;
  private int afterComment;
  private KeyName key;
  private boolean keyFresh;
  private boolean escape;
  private int hexLeft;
  private int codeUnit;
  private int highSurrogate;
  private boolean lineStart = true;
  private long recordMark;
  private boolean recordIsArray;

  JsonFieldTracker(StructuredFormat format, SpApiFieldCatalog catalog, boolean lines) {
    super(format, catalog);
    this.lines = lines;
    this.keyNames = new KeyNames(catalog, false);
    this.state = lines ? SEEK : VALUE;
  }

  @Override
  void consume(byte[] b, int from, int to, long base) {
    int i = from;
    while (i < to) {
      switch (state) {
        case IN_STRING -> {
          int j = i;
          if (escape) {
            escape = false;
            j++;
          }
          j = stringStop(b, j, to);
          if (j >= to) {
            return;
          }
          if (b[j] == '\\') {
            escape = true;
            i = j + 1;
          } else if (b[j] == '"') {
            close(base + j);
            state = AFTER_VALUE;
            i = j + 1;
          } else {
            close(base + j);
            if (lines) {
              state = AFTER_VALUE;
            } else {
              fail();
            }
            i = j;
          }
        }
        case IN_SCALAR -> {
          int j = i;
          while (j < to && (CLASS[b[j] & 0xFF] & SCALAR_STOP) == 0) {
            j++;
          }
          if (j >= to) {
            return;
          }
          close(base + j);
          state = AFTER_VALUE;
          i = j;
        }
        case IN_KEY -> {
          int j = i;
          if (!escape && hexLeft == 0) {
            j = stringStop(b, j, to);
            if (keyFresh && j < to && b[j] == '"') {
              key = keyNames.intern(b, i, j);
              state = COLON;
              i = j + 1;
              continue;
            }
            if (j > i) {
              flushSurrogate();
              keyNames.add(b, i, j);
            }
          }
          keyFresh = false;
          if (j >= to) {
            return;
          }
          i = keyByte(b[j] & 0xFF) ? j + 1 : j;
        }
        case DEAD -> {
          return;
        }
        case LINE_COMMENT -> {
          while (i < to && b[i] != '\n') {
            i++;
          }
          if (i < to) {
            state = afterComment;
          }
        }
        case SKIP_LINE -> {
          while (i < to && b[i] != '\n') {
            i++;
          }
          if (i < to) {
            step('\n', base + i);
            i++;
          }
        }
        default -> {
          int c = b[i] & 0xFF;
          if ((CLASS[c] & BLANK) != 0 && (c != '\n' || !lines)) {
            i = skipSpaces(b, i + 1, to);
            while (i < to && (CLASS[c = b[i] & 0xFF] & BLANK) != 0 && (c != '\n' || !lines)) {
              i++;
            }
          } else if (fastStep(c, base + i) || step(c, base + i)) {
            i++;
          }
        }
      }
    }
  }

  /**
   * The first index in {@code [from, to)} of a byte that ends a run of string content ({@code "}, a
   * backslash or a newline), or {@code to}. Reads eight bytes at a time: a byte equal to one of
   * them is a zero byte of the word XOR that byte repeated, and the lowest flagged byte of the
   * classic {@code (x - 0x01..) & ~x & 0x80..} test is always a true zero.
   */
  private static int stringStop(byte[] b, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long x = (long) LONGS.get(b, i);
      long hits = zeroBytes(x ^ QUOTES) | zeroBytes(x ^ BACKSLASHES) | zeroBytes(x ^ NEWLINES);
      if (hits != 0) {
        return i + (Long.numberOfTrailingZeros(hits) >>> 3);
      }
    }
    while (i < to && (CLASS[b[i] & 0xFF] & STRING_STOP) == 0) {
      i++;
    }
    return i;
  }

  /** The first index in {@code [from, to)} that is not a space (indentation), or {@code to}. */
  private static int skipSpaces(byte[] b, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long other = (long) LONGS.get(b, i) ^ SPACES;
      if (other != 0) {
        return i + (Long.numberOfTrailingZeros(other) >>> 3);
      }
    }
    while (i < to && b[i] == ' ') {
      i++;
    }
    return i;
  }

  private static long zeroBytes(long x) {
    return (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
  }

  @Override
  void restart() {
    Arrays.fill(nodes, null);
    depth = 0;
    state = lines ? SEEK : VALUE;
    key = null;
    keyFresh = false;
    escape = false;
    hexLeft = 0;
    highSurrogate = 0;
    lineStart = true;
    recordIsArray = false;
  }

  @Override
  void end(long eof) {
    close(eof);
  }

  /** Handles the most frequent structural bytes; false when {@link #step} must handle it. */
  private boolean fastStep(int c, long p) {
    if (c == '"') {
      if (state == KEY) {
        startKey();
        return true;
      }
      if (state == VALUE) {
        startValue(p + 1);
        escape = false;
        state = IN_STRING;
        return true;
      }
    } else if (c == ':' && state == COLON) {
      state = VALUE;
      return true;
    } else if (c == ',' && state == AFTER_VALUE && depth > 0) {
      state = isObject[depth] ? KEY : VALUE;
      return true;
    }
    return false;
  }

  private void startKey() {
    keyFresh = true;
    keyNames.clear();
    escape = false;
    hexLeft = 0;
    highSurrogate = 0;
    state = IN_KEY;
  }

  /** Handles one byte; false when the byte must be handled again in the new state. */
  private boolean step(int c, long p) {
    if (lines && c == '\n' && depth > 0 && state != SKIP_LINE) {
      close(p);
      depth = 0;
      lineStart = true;
      state = SEEK;
      return true;
    }
    switch (state) {
      case VALUE -> {
        return value(c, p);
      }
      case KEY -> {
        if (c == '"') {
          startKey();
        } else if (c == '}') {
          closeContainer();
        } else if (c == '/') {
          comment();
        } else if (!blank(c)) {
          return fail();
        }
      }
      case COLON -> {
        if (c == ':') {
          state = VALUE;
        } else if (c == '/') {
          comment();
        } else if (!blank(c)) {
          return fail();
        }
      }
      case AFTER_VALUE -> {
        return afterValue(c);
      }
      case COMMENT -> {
        if (c == '/') {
          state = LINE_COMMENT;
        } else if (c == '*') {
          state = BLOCK_COMMENT;
        } else {
          return fail();
        }
      }
      case BLOCK_COMMENT -> {
        if (c == '*') {
          state = BLOCK_COMMENT_STAR;
        }
      }
      case BLOCK_COMMENT_STAR -> {
        if (c == '/') {
          state = afterComment;
        } else if (c != '*') {
          state = BLOCK_COMMENT;
        }
      }
      case SEEK -> seek(c);
      case SKIP_LINE -> {
        if (c == '\n') {
          depth = 0;
          lineStart = true;
          state = SEEK;
        }
      }
      default -> {
        // DEAD: nothing more is recorded
      }
    }
    return true;
  }

  private boolean value(int c, long p) {
    if (blank(c)) {
      return true;
    }
    switch (c) {
      case '"' -> {
        startValue(p + 1);
        escape = false;
        state = IN_STRING;
      }
      case '{' -> {
        return openContainer(true);
      }
      case '[' -> {
        return openContainer(false);
      }
      case ']' -> {
        if (depth == 0 || isObject[depth]) {
          return fail();
        }
        closeContainer();
      }
      case '/' -> comment();
      case ',', ':', '}' -> {
        return fail();
      }
      default -> {
        if (lines && !(c >= '0' && c <= '9' || c == '-' || c == 't' || c == 'f' || c == 'n')) {
          return fail();
        }
        startValue(p);
        state = IN_SCALAR;
      }
    }
    return true;
  }

  private boolean afterValue(int c) {
    if (blank(c)) {
      return true;
    }
    if (depth == 0) {
      state = lines ? SEEK : VALUE;
      return false;
    }
    switch (c) {
      case ',' -> state = isObject[depth] ? KEY : VALUE;
      case '}' -> {
        if (!isObject[depth]) {
          return fail();
        }
        closeContainer();
      }
      case ']' -> {
        if (isObject[depth]) {
          return fail();
        }
        closeContainer();
      }
      case '/' -> comment();
      default -> {
        return fail();
      }
    }
    return true;
  }

  private void seek(int c) {
    if (c == '{' || c == '[' && lineStart) {
      recordMark = mark();
      recordIsArray = c == '[';
      openContainer(c == '{');
    } else if (c == '\n') {
      lineStart = true;
    } else if (!blank(c)) {
      lineStart = false;
    }
  }

  private boolean keyByte(int c) {
    if (hexLeft > 0) {
      int digit = Character.digit(c, 16);
      if (digit < 0) {
        return fail();
      }
      codeUnit = codeUnit << 4 | digit;
      if (--hexLeft == 0) {
        addCodeUnit(codeUnit);
      }
    } else if (escape) {
      escape = false;
      switch (c) {
        case 'u' -> {
          hexLeft = 4;
          codeUnit = 0;
        }
        case 'n' -> addCodeUnit('\n');
        case 't' -> addCodeUnit('\t');
        case 'r' -> addCodeUnit('\r');
        case 'b' -> addCodeUnit('\b');
        case 'f' -> addCodeUnit('\f');
        default -> addCodeUnit(c);
      }
    } else if (c == '\\') {
      escape = true;
    } else if (c == '"') {
      flushSurrogate();
      key = keyNames.finish();
      state = COLON;
    } else if (c == '\n') {
      return fail();
    } else {
      flushSurrogate();
      keyNames.add(c);
    }
    return true;
  }

  private void addCodeUnit(int u) {
    if (Character.isHighSurrogate((char) u)) {
      flushSurrogate();
      highSurrogate = u;
    } else if (Character.isLowSurrogate((char) u) && highSurrogate != 0) {
      keyNames.addCodePoint(Character.toCodePoint((char) highSurrogate, (char) u));
      highSurrogate = 0;
    } else {
      flushSurrogate();
      keyNames.addCodePoint(Character.isSurrogate((char) u) ? 0xFFFD : u);
    }
  }

  private void flushSurrogate() {
    if (highSurrogate != 0) {
      keyNames.addCodePoint(0xFFFD);
      highSurrogate = 0;
    }
  }

  private void startValue(long start) {
    if (depth == 0) {
      return;
    }
    if (isObject[depth]) {
      open(start, nodes[depth], key, -1);
    } else {
      open(start, nodes[depth], null, counts[depth]++);
    }
  }

  private boolean openContainer(boolean object) {
    if (depth == MAX_DEPTH) {
      return fail();
    }
    PathNode node;
    if (depth == 0) {
      node = PathNode.ROOT;
    } else if (isObject[depth]) {
      node = new PathNode(nodes[depth], key, -1);
    } else {
      node = new PathNode(nodes[depth], null, counts[depth]++);
    }
    depth++;
    nodes[depth] = node;
    isObject[depth] = object;
    counts[depth] = 0;
    state = object ? KEY : VALUE;
    return true;
  }

  private void closeContainer() {
    nodes[depth] = null;
    depth--;
    state = AFTER_VALUE;
    if (depth == 0 && lines) {
      lineStart = false;
      state = SEEK;
    }
  }

  private void comment() {
    afterComment = state;
    state = COMMENT;
  }

  /** Abandons the current record (NDJSON) or the rest of the input (JSON); re-handles the byte. */
  private boolean fail() {
    if (!lines) {
      state = DEAD;
      return false;
    }
    rollback(recordMark);
    if (recordIsArray) {
      depth = 0;
      lineStart = false;
      state = SEEK;
    } else {
      state = SKIP_LINE;
    }
    return false;
  }

  private static boolean blank(int c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  @Override
  String render(PathNode parent, KeyName key, int index) {
    String prefix = pointerOf(parent);
    if (prefix == null) {
      return null;
    }
    if (key == null) {
      return prefix + "/" + index;
    }
    return key.raw == null ? null : prefix + "/" + segment(key.raw);
  }

  /** The JSON Pointer of a container, rendered once per container. */
  private static String pointerOf(PathNode node) {
    if (node.isRoot()) {
      return "";
    }
    String p = node.jsonPointer;
    if (p == null) {
      String parent = pointerOf(node.parent);
      if (parent == null || (node.key != null && node.key.raw == null)) {
        p = PathNode.UNRENDERABLE;
      } else {
        p =
            parent
                + "/"
                + (node.key == null ? Integer.toString(node.index) : segment(node.key.raw));
      }
      node.jsonPointer = p;
    }
    return p == PathNode.UNRENDERABLE ? null : p;
  }

  /** A key as a pointer segment: {@code ~} as {@code ~0}, {@code /} as {@code ~1} (RFC 6901). */
  private static String segment(String raw) {
    if (raw.indexOf('~') < 0 && raw.indexOf('/') < 0) {
      return raw;
    }
    return raw.replace("~", "~0").replace("/", "~1");
  }
}
