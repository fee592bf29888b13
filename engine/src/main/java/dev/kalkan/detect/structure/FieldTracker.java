package dev.kalkan.detect.structure;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Follows the structure of a document read window by window and records, for every scalar value,
 * its byte span and its field: the JSON Pointer (RFC 6901) in JSON and in each NDJSON record, the
 * column header in CSV and TSV, the dotted key ({@code orders[0].buyer.name}) in YAML, the key in
 * {@code .env} and {@code .properties}. With a {@link SpApiFieldCatalog}, each value also carries
 * what the catalog says of its field. A caller that knows where its candidates start says so with
 * {@link #interest} before each feed, and then only the values that hold one, or that the catalog
 * types, are recorded: most values of a large document are neither.
 *
 * <p>Spans are absolute byte offsets in the whole input, end exclusive: inside the quotes of a
 * quoted value, without surrounding blanks for an unquoted one. Empty values are not recorded.
 *
 * <p>Usage in a streaming loop: {@link #feed} each window (bytes already seen are skipped, so
 * overlapping windows may be fed whole), {@link #finish} at the end of the input, ask {@link
 * #fieldAt} or {@link #matchAt} for the findings of the window, {@link #drainTypedValues} for the
 * values the catalog types, then {@link #forgetBefore} the bytes the next window will not look at.
 * Work is linear in the input and memory is bounded: at most {@value #MAX_ENTRIES} values are kept,
 * the oldest dropped first, and keys, nesting and quoted values have fixed limits.
 *
 * <p>Malformed content never throws: from the point of the error the tracker records nothing (JSON,
 * CSV, TSV, YAML, {@code .env}), or nothing for that record (NDJSON, which goes on with the next
 * record). A byte order mark at the start is skipped. Not thread-safe; {@link #reset} makes a
 * tracker ready for the next input.
 */
public abstract class FieldTracker {

  /** Receives the values whose field the catalog knows. */
  @FunctionalInterface
  public interface TypedValueSink {
    /**
     * @param start absolute byte offset of the value's first byte
     * @param end absolute byte offset just past the value
     * @param field the field, or null when it could not be read (an overlong key)
     * @param match what the catalog says of the field
     */
    void accept(long start, long end, String field, SpApiFieldCatalog.Match match);
  }

  /** Most values kept at once; when full, the oldest half is dropped. */
  public static final int MAX_ENTRIES = 1 << 20;

  /** The end of a value that is still being read. */
  static final long OPEN = Long.MAX_VALUE;

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final int MEMO_SLOTS = 256;

  /** Classifies fields, or null. */
  private final SpApiFieldCatalog catalog;

  private final StructuredFormat format;
  private final NamedSegments segments;
  private final boolean[] memoFilled = new boolean[MEMO_SLOTS];
  private final int[] memoA = new int[MEMO_SLOTS];
  private final int[] memoB = new int[MEMO_SLOTS];
  private final int[] memoC = new int[MEMO_SLOTS];
  private final SpApiFieldCatalog.Match[] memoMatch = new SpApiFieldCatalog.Match[MEMO_SLOTS];
  private long position;
  private int bomMatched;
  private boolean finished;

  private long[] starts = new long[64];
  private long[] ends = new long[64];
  private PathNode[] parents = new PathNode[64];
  private KeyName[] keys = new KeyName[64];
  private int[] indexes = new int[64];
  private SpApiFieldCatalog.Match[] matches = new SpApiFieldCatalog.Match[64];
  private int head;
  private int tail;
  private int drained;
  private long firstSequence;

  /** Where candidates start, ascending, while the caller says so; null: every value is kept. */
  private long[] interest;

  private int interestCount;
  private int interestCursor;
  private long cursorStart;
  private long coveredFrom;
  private long coveredTo;

  /** A value being read that is not yet in the arrays (only while {@link #interest} is set). */
  private boolean pending;

  private long pendingStart;
  private PathNode pendingParent;
  private KeyName pendingKey;
  private int pendingIndex;
  private SpApiFieldCatalog.Match pendingMatch;

  FieldTracker(StructuredFormat format, SpApiFieldCatalog catalog) {
    this.format = format;
    this.catalog = catalog;
    this.segments = catalog == null ? null : new NamedSegments(catalog.maxSegments());
  }

  /**
   * A tracker for content of this format; for {@link StructuredFormat#TEXT} one that records
   * nothing.
   *
   * @param catalog classifies fields, or null for fields only
   */
  public static FieldTracker create(StructuredFormat format, SpApiFieldCatalog catalog) {
    return switch (Objects.requireNonNull(format, "format")) {
      case JSON -> new JsonFieldTracker(format, catalog, false);
      case NDJSON -> new JsonFieldTracker(format, catalog, true);
      case CSV -> new DelimitedFieldTracker(format, catalog, (byte) ',', true);
      case TSV -> new DelimitedFieldTracker(format, catalog, (byte) '\t', false);
      case YAML -> new YamlFieldTracker(format, catalog);
      case ENV -> new EnvFieldTracker(format, catalog);
      case PROPERTIES -> new PropertiesFieldTracker(format, catalog);
      case TEXT -> new TextFieldTracker(catalog);
    };
  }

  public final StructuredFormat format() {
    return format;
  }

  /** The absolute offset of the next byte the tracker expects. */
  public final long position() {
    return position;
  }

  /**
   * Reads {@code buf[from, to)}, whose first byte is at absolute offset {@code baseOffset + from}.
   * Bytes before {@link #position()} are skipped.
   *
   * @throws IllegalArgumentException when the bytes start after {@link #position()} (a gap)
   * @throws IndexOutOfBoundsException when the range is not within {@code buf}
   * @throws IllegalStateException after {@link #finish()}
   */
  public final void feed(byte[] buf, int from, int to, long baseOffset) {
    Objects.checkFromToIndex(from, to, buf.length);
    if (finished) {
      throw new IllegalStateException("feed after finish");
    }
    long first = baseOffset + from;
    if (first > position) {
      throw new IllegalArgumentException(
          "gap: bytes start at offset " + first + " but the tracker is at " + position);
    }
    int i = (int) Math.min(to, from + (position - first));
    while (i < to && position < BOM.length && bomMatched == position) {
      if (buf[i] != BOM[bomMatched]) {
        consume(BOM, 0, bomMatched, 0);
        bomMatched = -1;
        break;
      }
      bomMatched++;
      position++;
      i++;
    }
    if (i < to) {
      if (bomMatched > 0 && bomMatched < BOM.length) {
        consume(BOM, 0, bomMatched, 0);
      }
      bomMatched = -1;
      consume(buf, i, to, baseOffset);
      position = baseOffset + to;
    }
    materializePending();
  }

  /**
   * Says where the candidates of the next {@link #feed} start, so that a value the catalog does not
   * type is kept only when one of them starts inside it: a value starting at or after {@code
   * coveredFrom} and ending at or before {@code coveredTo} with none of {@code starts} in it is not
   * recorded, and {@link #fieldAt} answers null there. Values reaching outside the covered range
   * are kept, since later candidates may fall in them. Until this is called, and after {@link
   * #reset}, every value is kept.
   *
   * @param starts absolute offsets, ascending; read, not copied, until the next call
   */
  public final void interest(long[] starts, int count, long coveredFrom, long coveredTo) {
    this.interest = starts;
    this.interestCount = count;
    this.interestCursor = 0;
    this.cursorStart = Long.MIN_VALUE;
    this.coveredFrom = coveredFrom;
    this.coveredTo = coveredTo;
  }

  /**
   * Forgets the input read so far, to read another from offset 0 with the memory already allocated:
   * a scanner can keep one tracker per format and thread.
   */
  public final void reset() {
    position = 0;
    bomMatched = 0;
    finished = false;
    Arrays.fill(parents, 0, tail, null);
    Arrays.fill(keys, 0, tail, null);
    Arrays.fill(matches, 0, tail, null);
    head = 0;
    tail = 0;
    drained = 0;
    firstSequence = 0;
    interest = null;
    pending = false;
    pendingParent = null;
    pendingKey = null;
    pendingMatch = null;
    restart();
  }

  /** Ends the input: closes the value being read, if any. Further calls do nothing. */
  public final void finish() {
    if (!finished) {
      if (bomMatched > 0 && bomMatched < BOM.length) {
        consume(BOM, 0, bomMatched, 0);
      }
      end(position);
      materializePending();
      finished = true;
    }
  }

  /**
   * The field of the value that contains this byte, or null when the byte is in no recorded value
   * (a key, punctuation, a value not yet decided or already forgotten, unstructured text).
   */
  public final String fieldAt(long byteOffset) {
    int e = entryAt(byteOffset);
    return e < 0 ? null : render(parents[e], keys[e], indexes[e]);
  }

  /** What the catalog says of the field of the value that contains this byte. */
  public final Optional<SpApiFieldCatalog.Match> matchAt(long byteOffset) {
    int e = entryAt(byteOffset);
    return e < 0 ? Optional.empty() : Optional.ofNullable(matches[e]);
  }

  /**
   * Passes each value whose field the catalog knows (context-only fields included) to {@code sink}
   * exactly once, in order, as soon as its end has been read, if it starts before {@code before}; a
   * value still being read waits for a later call. Values forgotten before they were passed are not
   * passed.
   */
  public final void drainTypedValues(long before, TypedValueSink sink) {
    drained = Math.max(drained, head);
    while (drained < tail && ends[drained] != OPEN && starts[drained] < before) {
      if (matches[drained] != null) {
        sink.accept(
            starts[drained],
            ends[drained],
            render(parents[drained], keys[drained], indexes[drained]),
            matches[drained]);
      }
      drained++;
    }
  }

  /** Drops the values that end at or before this offset; later questions about them answer null. */
  public final void forgetBefore(long byteOffset) {
    while (head < tail && ends[head] <= byteOffset) {
      parents[head] = null;
      keys[head] = null;
      matches[head] = null;
      head++;
    }
    if (head == tail) {
      firstSequence += tail;
      head = 0;
      tail = 0;
      drained = 0;
    }
  }

  /** Returns to the state before the first byte. */
  abstract void restart();

  /** Reads bytes; {@code b[i]} is at absolute offset {@code base + i}. */
  abstract void consume(byte[] b, int from, int to, long base);

  /** The input ended at this offset. */
  abstract void end(long eof);

  /** The field of a value recorded with this parent and key or index, or null. */
  abstract String render(PathNode parent, KeyName key, int index);

  /**
   * Starts a value whose field is a member of {@code parent}: {@code key}, or item {@code index}.
   */
  final void open(long start, PathNode parent, KeyName key, int index) {
    add(start, parent, key, index, classify(parent, key));
  }

  /** Starts a value whose whole field is one key (a column header, a flat key). */
  final void open(long start, KeyName key) {
    add(start, null, key, -1, key.asField);
  }

  private void add(
      long start, PathNode parent, KeyName key, int index, SpApiFieldCatalog.Match match) {
    if (interest == null) {
      write(start, OPEN, parent, key, index, match);
      return;
    }
    materializePending();
    pending = true;
    pendingStart = start;
    pendingParent = parent;
    pendingKey = key;
    pendingIndex = index;
    pendingMatch = match;
  }

  private void write(
      long start,
      long end,
      PathNode parent,
      KeyName key,
      int index,
      SpApiFieldCatalog.Match match) {
    if (tail == starts.length) {
      makeRoom();
    }
    starts[tail] = start;
    ends[tail] = end;
    parents[tail] = parent;
    keys[tail] = key;
    indexes[tail] = index;
    matches[tail] = match;
    tail++;
  }

  /** Puts the value being read into the arrays, still open, so that queries see it. */
  private void materializePending() {
    if (pending) {
      write(pendingStart, OPEN, pendingParent, pendingKey, pendingIndex, pendingMatch);
      dropPending();
    }
  }

  /** Forgets the value being read; its references stay until overwritten or {@link #reset}. */
  private void dropPending() {
    pending = false;
  }

  /**
   * Whether a value {@code [start, end)} must be kept for the candidates said by {@link #interest}.
   */
  private boolean wanted(long start, long end, SpApiFieldCatalog.Match match) {
    if (interest == null || match != null || start < coveredFrom || end > coveredTo) {
      return true;
    }
    if (start < cursorStart) {
      interestCursor = 0; // values end in the order they start; this is only a safeguard
    }
    cursorStart = start;
    int k = interestCursor;
    while (k < interestCount && interest[k] < start) {
      k++;
    }
    interestCursor = k;
    return k < interestCount && interest[k] < end;
  }

  /**
   * Ends the value being read at {@code end}; an empty value is dropped, and so is one that no
   * candidate said by {@link #interest} needs.
   */
  final void close(long end) {
    if (pending) {
      if (end > pendingStart && wanted(pendingStart, end, pendingMatch)) {
        write(pendingStart, end, pendingParent, pendingKey, pendingIndex, pendingMatch);
      }
      dropPending();
      return;
    }
    int last = tail - 1;
    if (last < head || ends[last] != OPEN) {
      return;
    }
    if (end <= starts[last] || !wanted(starts[last], end, matches[last])) {
      parents[last] = null;
      keys[last] = null;
      matches[last] = null;
      tail--;
    } else {
      ends[last] = end;
    }
  }

  /** Identifies the next value to be recorded, for {@link #rollback}. */
  final long mark() {
    return firstSequence + tail;
  }

  /**
   * Drops the values recorded since {@code mark}, except those already passed to a {@link
   * TypedValueSink}.
   */
  final void rollback(long mark) {
    dropPending();
    int keep = (int) Math.max(mark - firstSequence, Math.max(head, drained));
    if (keep < tail) {
      Arrays.fill(parents, keep, tail, null);
      Arrays.fill(keys, keep, tail, null);
      Arrays.fill(matches, keep, tail, null);
      tail = keep;
    }
  }

  private int entryAt(long offset) {
    int lo = head;
    int hi = tail - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return hi >= head && offset < ends[hi] ? hi : -1;
  }

  /**
   * What the catalog says of a value's field. Memoized on the identities of the named segments that
   * can decide it, so a key repeated in every record is matched against the catalog once per
   * distinct context.
   */
  private SpApiFieldCatalog.Match classify(PathNode parent, KeyName key) {
    if (catalog == null) {
      return null;
    }
    KeyName last = key;
    PathNode n = parent;
    while (last == null && n != null) {
      last = n.key;
      n = n.parent;
    }
    if (last == null || last.patternDepth == 0) {
      return null;
    }
    KeyName second = null;
    KeyName third = null;
    if (last.patternDepth > 1) {
      while (n != null && n.key == null) {
        n = n.parent;
      }
      if (n != null) {
        second = n.key;
        n = n.parent;
      }
    }
    if (last.patternDepth > 2) {
      while (n != null && n.key == null) {
        n = n.parent;
      }
      third = n == null ? null : n.key;
    }
    int a = last.id;
    int b = second == null ? -1 : second.id;
    int c = third == null ? -1 : third.id;
    if (last.patternDepth > 3) {
      segments.reset(parent, key);
      return catalog.match(segments);
    }
    int h = (a * 0x9E3779B1 + b) * 0x9E3779B1 + c;
    int slot = (h ^ h >>> 15) & (MEMO_SLOTS - 1);
    if (memoFilled[slot] && memoA[slot] == a && memoB[slot] == b && memoC[slot] == c) {
      return memoMatch[slot];
    }
    segments.reset(parent, key);
    SpApiFieldCatalog.Match match = catalog.match(segments);
    memoFilled[slot] = true;
    memoA[slot] = a;
    memoB[slot] = b;
    memoC[slot] = c;
    memoMatch[slot] = match;
    return match;
  }

  private void makeRoom() {
    if (head > 0) {
      shift(head);
    } else if (starts.length >= MAX_ENTRIES) {
      shift(starts.length / 2);
    } else {
      int n = starts.length * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      parents = Arrays.copyOf(parents, n);
      keys = Arrays.copyOf(keys, n);
      indexes = Arrays.copyOf(indexes, n);
      matches = Arrays.copyOf(matches, n);
    }
  }

  private void shift(int by) {
    int n = tail - by;
    System.arraycopy(starts, by, starts, 0, n);
    System.arraycopy(ends, by, ends, 0, n);
    System.arraycopy(parents, by, parents, 0, n);
    System.arraycopy(keys, by, keys, 0, n);
    System.arraycopy(indexes, by, indexes, 0, n);
    System.arraycopy(matches, by, matches, 0, n);
    Arrays.fill(parents, n, tail, null);
    Arrays.fill(keys, n, tail, null);
    Arrays.fill(matches, n, tail, null);
    head = Math.max(0, head - by);
    drained = Math.max(0, drained - by);
    tail = n;
    firstSequence += by;
  }

  /** The normalized named segments of one value's field, read backwards; reused per value. */
  private static final class NamedSegments implements SpApiFieldCatalog.Segments {
    private final String[] names;
    private int count;

    NamedSegments(int max) {
      this.names = new String[Math.max(1, max)];
    }

    void reset(PathNode parent, KeyName key) {
      count = 0;
      if (key != null) {
        names[count++] = key.normalized;
      }
      for (PathNode n = parent; n != null && count < names.length; n = n.parent) {
        if (n.key != null) {
          names[count++] = n.key.normalized;
        }
      }
    }

    @Override
    public String fromEnd(int i) {
      return i < count ? names[i] : null;
    }
  }
}
