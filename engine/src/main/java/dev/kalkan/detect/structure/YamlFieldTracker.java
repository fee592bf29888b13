package dev.kalkan.detect.structure;

import java.util.Arrays;

/**
 * Fields of YAML block documents, line by line: the field of a value is the dotted path of keys
 * from the document root, with {@code [i]} for sequence items ({@code orders[0].buyer.name}).
 *
 * <p>Understood: indentation-nested mappings and sequences (also {@code - key: value} and sequences
 * at their key's indentation), plain, single- and double-quoted scalars (quoted ones over several
 * lines too), quoted keys, comments, anchors and tags before a value, literal and folded block
 * scalars (each line a value), and {@code ---} document starts. A flow collection ({@code [a, b]},
 * <code>{a: 1}</code>) is one value of its key. Complex keys ({@code ?}) are skipped. Nesting
 * deeper than {@value #MAX_DEPTH} levels or a quoted value longer than {@value #MAX_QUOTED} bytes
 * ends tracking.
 */
final class YamlFieldTracker extends FieldTracker {
  /** Deepest nesting tracked. */
  static final int MAX_DEPTH = 256;

  /** Longest quoted value believed. */
  static final int MAX_QUOTED = 1 << 16;

  private static final int KIND_ROOT = 0;
  private static final int KIND_KEY = 1;
  private static final int KIND_ITEM = 2;

  private static final int INDENT = 0;
  private static final int CONTENT = 1;
  private static final int DASH = 2;
  private static final int DOCUMENT_DASHES = 3;
  private static final int PLAIN = 4;
  private static final int PLAIN_COLON = 5;
  private static final int DOUBLE_KEY = 6;
  private static final int DOUBLE_KEY_ESCAPE = 7;
  private static final int DOUBLE_KEY_HEX = 8;
  private static final int SINGLE_KEY = 9;
  private static final int SINGLE_KEY_QUOTE = 10;
  private static final int AFTER_QUOTED = 11;
  private static final int VALUE_START = 12;
  private static final int VALUE_PLAIN = 13;
  private static final int VALUE_DOUBLE = 14;
  private static final int VALUE_DOUBLE_ESCAPE = 15;
  private static final int VALUE_SINGLE = 16;
  private static final int VALUE_SINGLE_QUOTE = 17;
  private static final int FLOW = 18;
  private static final int TOKEN = 19;
  private static final int BLOCK_LINE = 20;
  private static final int SKIP_LINE = 21;

  private final KeyNames keyNames;
  private final int[] kinds = new int[MAX_DEPTH];
  private final int[] indents = new int[MAX_DEPTH];
  private final PathNode[] nodes = new PathNode[MAX_DEPTH];
  private final int[] items = new int[MAX_DEPTH];
  private int top;

  private int state;
  private boolean dead;
  private int tokenReturn;
  private long lineStart;
  private int contentColumn;
  private long scalarStart;
  private long contentEnd;
  private boolean afterBlank;
  private long dashOffset;
  private int dashColumn;
  private int dashes;
  private long quoteStart;
  private long quoteEnd;
  private int hexLeft;
  private int codeUnit;
  private boolean block;
  private int blockIndent;
  private PathNode blockNode;

  YamlFieldTracker(StructuredFormat format, SpApiFieldCatalog catalog) {
    super(format, catalog);
    this.keyNames = new KeyNames(catalog, false);
    kinds[0] = KIND_ROOT;
    indents[0] = -1;
    nodes[0] = PathNode.ROOT;
  }

  @Override
  void consume(byte[] b, int from, int to, long base) {
    for (int i = from; i < to && !dead; ) {
      int c = b[i] & 0xFF;
      long p = base + i;
      if (c == '\n' && newlineEndsLine()) {
        endLine(p);
        i++;
      } else if (step(c, p)) {
        i++;
      }
    }
  }

  @Override
  void restart() {
    Arrays.fill(nodes, 1, MAX_DEPTH, null);
    top = 0;
    items[0] = 0;
    state = INDENT;
    dead = false;
    lineStart = 0;
    hexLeft = 0;
    block = false;
    blockNode = null;
  }

  @Override
  void end(long eof) {
    if (dead) {
      return;
    }
    switch (state) {
      case VALUE_DOUBLE, VALUE_DOUBLE_ESCAPE, VALUE_SINGLE -> close(eof);
      case VALUE_SINGLE_QUOTE -> close(quoteEnd);
      case DOUBLE_KEY, DOUBLE_KEY_ESCAPE, DOUBLE_KEY_HEX, SINGLE_KEY -> scalarLine(quoteStart, eof);
      case SINGLE_KEY_QUOTE -> scalarLine(quoteStart, quoteEnd);
      default -> endLine(eof);
    }
  }

  private boolean newlineEndsLine() {
    return switch (state) {
      case DOUBLE_KEY, DOUBLE_KEY_ESCAPE, DOUBLE_KEY_HEX, SINGLE_KEY, SINGLE_KEY_QUOTE -> false;
      case VALUE_DOUBLE, VALUE_DOUBLE_ESCAPE, VALUE_SINGLE, VALUE_SINGLE_QUOTE -> false;
      default -> true;
    };
  }

  private void endLine(long p) {
    switch (state) {
      case PLAIN -> scalarLine(scalarStart, contentEnd);
      case PLAIN_COLON -> onKey();
      case VALUE_PLAIN, FLOW, BLOCK_LINE -> close(contentEnd);
      case DASH -> onItem(dashColumn);
      case DOCUMENT_DASHES -> {
        if (dashes == 3) {
          startDocument();
        } else {
          contentColumn = 0;
          scalarLine(dashOffset, dashOffset + dashes);
        }
      }
      case AFTER_QUOTED -> scalarLine(quoteStart, quoteEnd);
      default -> {
        // nothing pending
      }
    }
    state = INDENT;
    lineStart = p + 1;
  }

  /** Handles one byte other than a line-ending newline; false to handle it again. */
  private boolean step(int c, long p) {
    switch (state) {
      case INDENT -> {
        return indent(c, p);
      }
      case CONTENT -> {
        return content(c, p);
      }
      case DASH -> {
        if (c == ' ' || c == '\t' || c == '\r') {
          onItem(dashColumn);
          state = CONTENT;
        } else if (c == '-' && dashColumn == 0) {
          dashes = 2;
          state = DOCUMENT_DASHES;
        } else {
          startPlain(dashOffset, dashColumn, 1);
          return false;
        }
      }
      case DOCUMENT_DASHES -> {
        if (c == '-' && dashes < 3) {
          dashes++;
        } else if (dashes == 3 && (c == ' ' || c == '\t' || c == '\r')) {
          startDocument();
          state = SKIP_LINE;
        } else {
          startPlain(dashOffset, 0, dashes);
          return false;
        }
      }
      case PLAIN -> plain(c, p);
      case PLAIN_COLON -> {
        if (c == ' ' || c == '\t' || c == '\r') {
          onKey();
          state = VALUE_START;
        } else {
          keyNames.add(':');
          contentEnd = p;
          afterBlank = false;
          state = PLAIN;
          return false;
        }
      }
      case DOUBLE_KEY -> {
        if (c == '\\') {
          state = DOUBLE_KEY_ESCAPE;
        } else if (c == '"') {
          quoteEnd = p;
          state = AFTER_QUOTED;
        } else if (c == '\n') {
          quotedOverLines(VALUE_DOUBLE);
        } else {
          keyNames.add(c);
        }
      }
      case DOUBLE_KEY_ESCAPE -> {
        state = DOUBLE_KEY;
        switch (c) {
          case 'n' -> keyNames.add('\n');
          case 't' -> keyNames.add('\t');
          case 'u' -> {
            hexLeft = 4;
            codeUnit = 0;
            state = DOUBLE_KEY_HEX;
          }
          case '\n' -> quotedOverLines(VALUE_DOUBLE);
          default -> keyNames.add(c);
        }
      }
      case DOUBLE_KEY_HEX -> {
        int digit = Character.digit(c, 16);
        if (digit < 0) {
          keyNames.addCodePoint(0xFFFD);
          state = DOUBLE_KEY;
          return false;
        }
        codeUnit = codeUnit << 4 | digit;
        if (--hexLeft == 0) {
          keyNames.addCodePoint(Character.isSurrogate((char) codeUnit) ? 0xFFFD : codeUnit);
          state = DOUBLE_KEY;
        }
      }
      case SINGLE_KEY -> {
        if (c == '\'') {
          quoteEnd = p;
          state = SINGLE_KEY_QUOTE;
        } else if (c == '\n') {
          quotedOverLines(VALUE_SINGLE);
        } else {
          keyNames.add(c);
        }
      }
      case SINGLE_KEY_QUOTE -> {
        if (c == '\'') {
          keyNames.add(c);
          state = SINGLE_KEY;
        } else {
          state = AFTER_QUOTED;
          return false;
        }
      }
      case AFTER_QUOTED -> {
        if (c == ':') {
          onKey();
          state = VALUE_START;
        } else if (c != ' ' && c != '\t' && c != '\r') {
          scalarLine(quoteStart, quoteEnd);
          state = SKIP_LINE;
        }
      }
      case VALUE_START -> {
        return valueStart(c, p);
      }
      case VALUE_PLAIN -> {
        if (c == '#' && afterBlank) {
          close(contentEnd);
          state = SKIP_LINE;
        } else if (c == ' ' || c == '\t' || c == '\r') {
          afterBlank = true;
        } else {
          contentEnd = p + 1;
          afterBlank = false;
        }
      }
      case VALUE_DOUBLE -> {
        if (c == '"') {
          close(p);
          state = SKIP_LINE;
        } else if (c == '\\') {
          state = VALUE_DOUBLE_ESCAPE;
        } else {
          checkLength(p);
        }
      }
      case VALUE_DOUBLE_ESCAPE -> state = VALUE_DOUBLE;
      case VALUE_SINGLE -> {
        if (c == '\'') {
          quoteEnd = p;
          state = VALUE_SINGLE_QUOTE;
        } else {
          checkLength(p);
        }
      }
      case VALUE_SINGLE_QUOTE -> {
        if (c == '\'') {
          state = VALUE_SINGLE;
        } else {
          close(quoteEnd);
          state = SKIP_LINE;
          return false;
        }
      }
      case FLOW, BLOCK_LINE -> {
        if (c != ' ' && c != '\t' && c != '\r') {
          contentEnd = p + 1;
        }
      }
      case TOKEN -> {
        if (c == ' ' || c == '\t') {
          state = tokenReturn;
        }
      }
      default -> {
        // SKIP_LINE
      }
    }
    return true;
  }

  private boolean indent(int c, long p) {
    if (c == ' ' || c == '\t' || c == '\r') {
      return true;
    }
    int column = (int) Math.min(Integer.MAX_VALUE, p - lineStart);
    if (block) {
      if (column > blockIndent) {
        if (!blockNode.isRoot()) {
          open(p, blockNode.parent, blockNode.key, blockNode.index);
        }
        contentEnd = p + 1;
        state = BLOCK_LINE;
        return true;
      }
      block = false;
    }
    if (c == '#' || column == 0 && c == '%') {
      state = SKIP_LINE;
      return true;
    }
    state = CONTENT;
    return false;
  }

  private boolean content(int c, long p) {
    int column = (int) Math.min(Integer.MAX_VALUE, p - lineStart);
    switch (c) {
      case ' ', '\t', '\r' -> {
        // more blanks after "- "
      }
      case '-' -> {
        dashOffset = p;
        dashColumn = column;
        state = DASH;
      }
      case '#', '?' -> state = SKIP_LINE;
      case '"', '\'' -> {
        contentColumn = column;
        quoteStart = p + 1;
        keyNames.clear();
        state = c == '"' ? DOUBLE_KEY : SINGLE_KEY;
      }
      case '|', '>' -> {
        startBlock(context(column));
        state = SKIP_LINE;
      }
      case '[', '{' -> {
        openValue(p, context(column));
        contentEnd = p + 1;
        state = FLOW;
      }
      case '&', '!' -> {
        tokenReturn = CONTENT;
        state = TOKEN;
      }
      default -> {
        startPlain(p, column, 0);
        return false;
      }
    }
    return true;
  }

  private boolean valueStart(int c, long p) {
    switch (c) {
      case ' ', '\t', '\r' -> {
        // blanks after the colon
      }
      case '#' -> state = SKIP_LINE;
      case '"', '\'' -> {
        quoteStart = p + 1;
        openValue(quoteStart, top);
        state = c == '"' ? VALUE_DOUBLE : VALUE_SINGLE;
      }
      case '|', '>' -> {
        startBlock(top);
        state = SKIP_LINE;
      }
      case '&', '!' -> {
        tokenReturn = VALUE_START;
        state = TOKEN;
      }
      default -> {
        openValue(p, top);
        contentEnd = p + 1;
        afterBlank = false;
        state = c == '[' || c == '{' ? FLOW : VALUE_PLAIN;
      }
    }
    return true;
  }

  /** Starts a plain scalar (or key) at {@code start}; {@code dashesRead} dashes already seen. */
  private void startPlain(long start, int column, int dashesRead) {
    contentColumn = column;
    scalarStart = start;
    contentEnd = start + dashesRead;
    afterBlank = false;
    keyNames.clear();
    for (int k = 0; k < dashesRead; k++) {
      keyNames.add('-');
    }
    state = PLAIN;
  }

  private void plain(int c, long p) {
    if (c == ':') {
      state = PLAIN_COLON;
    } else if (c == '#' && afterBlank) {
      scalarLine(scalarStart, contentEnd);
      state = SKIP_LINE;
    } else if (c == ' ' || c == '\t') {
      afterBlank = true;
      keyNames.add(c);
    } else if (c != '\r') {
      contentEnd = p + 1;
      afterBlank = false;
      keyNames.add(c);
    }
  }

  /** A quoted scalar at the start of a line continues on the next line: it is a value. */
  private void quotedOverLines(int valueState) {
    openValue(quoteStart, context(contentColumn));
    state = valueState;
  }

  private void checkLength(long p) {
    if (p - quoteStart > MAX_QUOTED) {
      close(p);
      dead = true;
    }
  }

  /** The key just read starts a mapping entry at {@link #contentColumn}. */
  private void onKey() {
    keyNames.trimEnd();
    KeyName key = keyNames.length() == 0 ? KeyName.UNKNOWN : keyNames.finish();
    popTo(contentColumn);
    push(KIND_KEY, contentColumn, new PathNode(nodes[top], key, -1));
  }

  /** A sequence item starts with a dash at {@code column}. */
  private void onItem(int column) {
    while (top > 0 && indents[top] > column) {
      top--;
    }
    if (top > 0 && kinds[top] == KIND_ITEM && indents[top] == column) {
      top--;
    }
    push(KIND_ITEM, column, new PathNode(nodes[top], null, items[top]++));
  }

  private void push(int kind, int indent, PathNode node) {
    if (top + 1 == MAX_DEPTH) {
      dead = true;
      return;
    }
    top++;
    kinds[top] = kind;
    indents[top] = indent;
    nodes[top] = node;
    items[top] = 0;
  }

  private void popTo(int column) {
    while (top > 0 && indents[top] >= column) {
      top--;
    }
  }

  /** The frame a scalar starting at {@code column} belongs to. */
  private int context(int column) {
    popTo(column);
    return top;
  }

  private void scalarLine(long start, long end) {
    openValue(start, context(contentColumn));
    close(end);
  }

  private void openValue(long start, int frame) {
    PathNode node = nodes[frame];
    if (!node.isRoot()) {
      open(start, node.parent, node.key, node.index);
    }
  }

  private void startBlock(int frame) {
    block = true;
    blockIndent = indents[frame];
    blockNode = nodes[frame];
  }

  private void startDocument() {
    top = 0;
    items[0] = 0;
    block = false;
  }

  @Override
  String render(PathNode parent, KeyName key, int index) {
    StringBuilder sb = new StringBuilder(64);
    return append(sb, parent) && appendSegment(sb, key, index) ? sb.toString() : null;
  }

  private static boolean append(StringBuilder sb, PathNode node) {
    return node.isRoot() || append(sb, node.parent) && appendSegment(sb, node.key, node.index);
  }

  private static boolean appendSegment(StringBuilder sb, KeyName key, int index) {
    if (key == null) {
      sb.append('[').append(index).append(']');
      return true;
    }
    if (key.raw == null) {
      return false;
    }
    if (!sb.isEmpty()) {
      sb.append('.');
    }
    sb.append(key.raw);
    return true;
  }
}
