package dev.kalkan.detect.structure;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Fields of CSV (RFC 4180) and TSV: the first non-blank record is the header, and every later
 * value's field is the header of its column. A CSV file's separator is the one of {@code , ; |} and
 * tab that its header line holds most often, outside quotes (a comma when none: German and Turkish
 * spreadsheet exports use semicolons, and tab-separated exports are often named {@code .csv}). CSV
 * fields may be quoted, with embedded separators, line breaks and doubled quotes; TSV fields are
 * never quoted (a quote is an ordinary character), as in Amazon's flat-file reports. Blanks around
 * unquoted values and a CR before LF are not part of the value. A quoted field longer than {@value
 * #MAX_QUOTED} bytes is taken for an unclosed quote and ends tracking.
 */
final class DelimitedFieldTracker extends FieldTracker {
  /** Most columns with a field; later columns have none. */
  static final int MAX_COLUMNS = 4096;

  /** Longest quoted field believed. */
  static final int MAX_QUOTED = 1 << 20;

  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTED_QUOTE = 3;
  private static final int AFTER_QUOTED = 4;
  private static final int DEAD = 5;

  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LINE_FEEDS = ONES * '\n';

  /** Candidate separators of a CSV header, in order of preference when counts are equal. */
  private static final byte[] CSV_SEPARATORS = {',', ';', '\t', '|'};

  /** How far into the first window the header line is looked for. */
  private static final int HEADER_SCAN = 1 << 16;

  private final byte defaultSeparator;
  private byte separator;
  private long separatorPattern;
  private boolean separatorChosen;
  private final boolean quoting;
  private final KeyNames keyNames;
  private final List<KeyName> headers = new ArrayList<>();
  private boolean inHeader = true;
  private boolean recordHasContent;
  private int column;
  private int state;
  private long valueStart;
  private long contentEnd;
  private long quotePosition;

  DelimitedFieldTracker(
      StructuredFormat format, SpApiFieldCatalog catalog, byte separator, boolean quoting) {
    super(format, catalog);
    this.defaultSeparator = separator;
    this.quoting = quoting;
    useSeparator(separator);
    this.keyNames = new KeyNames(catalog, true);
  }

  private void useSeparator(byte c) {
    separator = c;
    separatorPattern = ONES * (c & 0xFF);
    separatorChosen = !quoting; // TSV: always a tab
  }

  /**
   * Chooses the CSV separator from the first line of {@code b[from, to)}: the one of {@link
   * #CSV_SEPARATORS} it holds most often outside quotes, the comma when it holds none.
   */
  private void chooseSeparator(byte[] b, int from, int to) {
    int[] counts = new int[CSV_SEPARATORS.length];
    boolean quoted = false;
    int limit = Math.min(to, from + HEADER_SCAN);
    for (int i = from; i < limit && (b[i] != '\n' || quoted); i++) {
      byte c = b[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        for (int k = 0; k < CSV_SEPARATORS.length; k++) {
          counts[k] += c == CSV_SEPARATORS[k] ? 1 : 0;
        }
      }
    }
    int best = 0;
    for (int k = 1; k < counts.length; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    useSeparator(CSV_SEPARATORS[best]);
    separatorChosen = true;
  }

  @Override
  void consume(byte[] b, int from, int to, long base) {
    if (!separatorChosen && from < to) {
      chooseSeparator(b, from, to);
    }
    for (int i = from; i < to && state != DEAD; ) {
      if (!inHeader) {
        // Fast paths for the bulk of a body: the inside of values, where a byte only moves the
        // end of the content or is skipped; step() handles each byte that can change the state.
        if (state == FIELD_START) {
          i = unquotedFields(b, i, to, base);
          if (i == to || state != FIELD_START) {
            continue;
          }
        } else if (state == UNQUOTED) {
          int j = nextBreak(b, i, to);
          if (j > i) {
            int end = j - 1;
            while (end >= i && isBlank(b[end])) {
              end--;
            }
            if (end >= i) {
              contentEnd = base + end + 1;
            }
            i = j;
            continue;
          }
        } else if (state == QUOTED) {
          int limit = (int) Math.min(to, valueStart + MAX_QUOTED + 1 - base);
          int j = i;
          while (j < limit && b[j] != '"') {
            j++;
          }
          if (j > i) {
            i = j;
            continue;
          }
        }
      }
      if (step(b[i], base + i)) {
        i++;
      }
    }
  }

  /**
   * Reads whole unquoted fields of body records from {@code i}, at the start of a field: the common
   * case of a flat-file report, one {@link #nextBreak} per value instead of a state step per byte.
   * Returns where it stopped: {@code to}, inside a value that continues (state {@code UNQUOTED}),
   * or at a byte that {@link #step} must handle (a quote that opens a quoted field).
   */
  private int unquotedFields(byte[] b, int i, int to, long base) {
    while (i < to) {
      byte c = b[i];
      if (c == separator) {
        recordHasContent = true;
        endField(base + i);
        i++;
      } else if (c == '\n') {
        endField(base + i);
        endRecord();
        i++;
      } else if (isBlank(c)) {
        i++;
      } else if (c == '"' && quoting) {
        return i;
      } else {
        recordHasContent = true;
        startField(base + i);
        int j = nextBreak(b, i + 1, to);
        int end = j - 1;
        while (end > i && isBlank(b[end])) {
          end--;
        }
        contentEnd = base + end + 1;
        if (j == to) {
          state = UNQUOTED;
          return j;
        }
        state = UNQUOTED;
        endField(contentEnd);
        if (b[j] == '\n') {
          endRecord();
        }
        i = j + 1;
      }
    }
    return i;
  }

  /**
   * The first index in {@code [i, to)} holding the separator or a line feed, or {@code to}; eight
   * bytes at a time: a byte of {@code x ^ pattern} is zero where {@code x} holds the pattern's
   * byte, and the lowest zero byte of a word is found exactly by the borrow trick.
   */
  private int nextBreak(byte[] b, int i, int to) {
    long separators = separatorPattern;
    while (i + 8 <= to) {
      long x = (long) LONG_LE.get(b, i);
      long s = x ^ separators;
      long n = x ^ LINE_FEEDS;
      long found = ((s - ONES) & ~s | (n - ONES) & ~n) & HIGH_BITS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
      i += 8;
    }
    while (i < to && b[i] != separator && b[i] != '\n') {
      i++;
    }
    return i;
  }

  private static boolean isBlank(byte c) {
    return c == ' ' || c == '\t' || c == '\r';
  }

  @Override
  void restart() {
    useSeparator(defaultSeparator);
    headers.clear();
    inHeader = true;
    recordHasContent = false;
    column = 0;
    state = FIELD_START;
  }

  @Override
  void end(long eof) {
    switch (state) {
      case UNQUOTED -> endField(contentEnd);
      case QUOTED -> endField(eof);
      case QUOTED_QUOTE, AFTER_QUOTED -> endField(quotePosition);
      default -> {
        if (recordHasContent) {
          endField(eof);
        }
      }
    }
    if (inHeader && recordHasContent) {
      inHeader = false;
    }
  }

  /** Handles one byte; false when the byte must be handled again in the new state. */
  private boolean step(byte c, long p) {
    switch (state) {
      case FIELD_START -> {
        if (c == separator) {
          recordHasContent = true;
          endField(p);
        } else if (c == '\n') {
          if (recordHasContent || !inHeader) {
            endField(p);
            endRecord();
          }
        } else if (c == '"' && quoting) {
          recordHasContent = true;
          startField(p + 1);
          state = QUOTED;
        } else if (c != ' ' && c != '\t' && c != '\r') {
          recordHasContent = true;
          startField(p);
          take(c, p);
          state = UNQUOTED;
        }
      }
      case UNQUOTED -> {
        if (c == separator) {
          endField(contentEnd);
        } else if (c == '\n') {
          endField(contentEnd);
          endRecord();
        } else if (c != ' ' && c != '\t' && c != '\r') {
          take(c, p);
        } else if (inHeader && c != '\r') {
          keyNames.add(c);
        }
      }
      case QUOTED -> {
        if (c == '"') {
          quotePosition = p;
          state = QUOTED_QUOTE;
        } else if (p - valueStart > MAX_QUOTED) {
          close(p);
          state = DEAD;
        } else if (inHeader) {
          keyNames.add(c);
        }
      }
      case QUOTED_QUOTE -> {
        if (c == '"') {
          if (inHeader) {
            keyNames.add(c);
          }
          state = QUOTED;
        } else {
          state = AFTER_QUOTED;
          return false;
        }
      }
      case AFTER_QUOTED -> {
        if (c == separator) {
          endField(quotePosition);
        } else if (c == '\n') {
          endField(quotePosition);
          endRecord();
        } else if (c != ' ' && c != '\t' && c != '\r') {
          // text after the closing quote: keep it as part of the value, as spreadsheets do
          contentEnd = quotePosition;
          take(c, p);
          state = UNQUOTED;
        }
      }
      default -> {
        // DEAD
      }
    }
    return true;
  }

  private void startField(long start) {
    valueStart = start;
    contentEnd = start;
    if (inHeader) {
      keyNames.clear();
    } else if (column < headers.size() && headers.get(column).raw != null) {
      open(start, headers.get(column));
    }
  }

  private void take(byte c, long p) {
    contentEnd = p + 1;
    if (inHeader) {
      keyNames.add(c);
    }
  }

  /** Ends the current field at {@code end} (exclusive) and moves to the next column. */
  private void endField(long end) {
    if (inHeader) {
      if (headers.size() < MAX_COLUMNS) {
        if (state == FIELD_START) {
          keyNames.clear();
        }
        keyNames.trimEnd();
        KeyName name = keyNames.finish();
        headers.add(name.raw == null || name.raw.isEmpty() ? KeyName.UNKNOWN : name);
      }
    } else if (state != FIELD_START) {
      close(end);
    }
    column++;
    state = FIELD_START;
  }

  private void endRecord() {
    column = 0;
    inHeader = false;
    recordHasContent = false;
  }

  @Override
  String render(PathNode parent, KeyName key, int index) {
    return key.raw;
  }
}
