package dev.kalkan.detect;

import dev.kalkan.detect.structure.FieldTracker;
import dev.kalkan.detect.structure.SpApiFieldCatalog;
import dev.kalkan.detect.structure.StructuredFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * The fields of one structured input, as a scan reads it window by window: the field of every
 * candidate ({@link #fieldAt}), a higher likelihood for a pattern candidate under a catalog field
 * of its type ({@link #raise}), and a candidate for every value under a catalog field that holds a
 * {@code PERSON_NAME} or {@code STREET_ADDRESS}, as its {@link FieldValueJudge} accepts it, and for
 * the names and street lines in the values of free-text fields ({@link #addTypedValues}).
 *
 * <p>The tracker runs over each window after the detectors, while its bytes are still in the cache.
 * Fields are rendered only for candidates. Mutable; one per input, created by {@link Scanner} for
 * content whose format is not {@link StructuredFormat#TEXT}, and {@link #close closed} after it.
 */
final class StructuredFields implements AutoCloseable {
  /** Bytes at the head of an input that decide its format when its name does not. */
  static final int SNIFF_BYTES = 4096;

  /** Longest value typed by its field alone: longer ones are not a name or a street line. */
  static final int MAX_VALUE_BYTES = 512;

  /**
   * Longest free-text value (a message, a comment) read for names and street lines: a longer one (a
   * whole document in one field) is left to the patterns.
   */
  static final int MAX_TEXT_BYTES = 64 * 1024;

  private final Trackers trackers;
  private final FieldTracker tracker;
  private long[] interestStarts = new long[64];
  private final FieldValueJudge judge;
  private final boolean json;

  private StructuredFields(Trackers trackers, FieldTracker tracker, FieldValueJudge judge) {
    this.trackers = trackers;
    this.tracker = tracker;
    this.judge = judge;
    StructuredFormat format = tracker.format();
    this.json = format == StructuredFormat.JSON || format == StructuredFormat.NDJSON;
  }

  /** Whether the input is JSON or JSON records, whose strings have escapes. */
  boolean isJson() {
    return json;
  }

  /**
   * The fields of an input with this name (or null) and head, or null when its format is {@link
   * StructuredFormat#TEXT}.
   */
  static StructuredFields open(
      Trackers trackers, String fileName, byte[] head, int headLength, FieldValueJudge judge) {
    StructuredFormat format =
        StructuredFormat.detect(fileName, head, Math.min(headLength, SNIFF_BYTES));
    if (format == StructuredFormat.TEXT) {
      return null;
    }
    return new StructuredFields(trackers, trackers.acquire(format), judge);
  }

  /**
   * Says that the candidates of the window fed next are {@code candidates} (every one, before any
   * typed value is added): values that hold none of them and that the catalog does not type need
   * not be recorded, which is most values of a large report or document.
   */
  void interest(List<Candidate> candidates, Window w) {
    int n = candidates.size();
    if (interestStarts.length < n) {
      interestStarts = new long[Math.max(n, 2 * interestStarts.length)];
    }
    long base = w.base();
    boolean sorted = true;
    for (int i = 0; i < n; i++) {
      interestStarts[i] = base + candidates.get(i).start();
      sorted &= i == 0 || interestStarts[i - 1] <= interestStarts[i];
    }
    if (!sorted) {
      Arrays.sort(interestStarts, 0, n);
    }
    tracker.interest(interestStarts, n, base + w.from(), base + w.until());
  }

  /** Reads {@code buf[0, limit)}, byte 0 at offset {@code base}; {@code eof} ends the input. */
  void feed(byte[] buf, int limit, long base, boolean eof) {
    tracker.feed(buf, 0, limit, base);
    if (eof) {
      tracker.finish();
    }
  }

  /** The field of the value holding this absolute byte offset, or null. */
  String fieldAt(long offset) {
    return tracker.fieldAt(offset);
  }

  /**
   * The likelihood of a pattern candidate of {@code type} at this absolute offset: one level higher
   * when the catalog types the value's field as {@code type} (an e-mail address under {@code
   * buyer-email}, a phone number under {@code Phone}), otherwise {@code likelihood}.
   */
  Likelihood raise(InfoType type, Likelihood likelihood, long offset) {
    if (type.equals(InfoType.PERSON_NAME) || type.equals(InfoType.STREET_ADDRESS)) {
      return likelihood; // typed by the field already
    }
    SpApiFieldCatalog.Match m = tracker.matchAt(offset).orElse(null);
    if (m == null || m.contextOnly() || !related(m.type(), type)) {
      return likelihood;
    }
    return likelihood.shift(1);
  }

  private static boolean related(InfoType field, InfoType found) {
    return field.equals(found)
        || (field.equals(InfoType.AMAZON_BUYER_EMAIL) && found.equals(InfoType.EMAIL_ADDRESS))
        || (field.equals(InfoType.EMAIL_ADDRESS) && found.equals(InfoType.AMAZON_BUYER_EMAIL));
  }

  /**
   * Adds a candidate for each value typed {@code PERSON_NAME} or {@code STREET_ADDRESS} by its
   * field that starts in the window's own range and whose end has been read, and, when {@code
   * prose} is not null, for each name and street line that {@code prose} finds in such a value of a
   * free-text field (a message, a comment). {@code position} stands at the window's first byte and
   * is walked forwards.
   */
  void addTypedValues(
      Window w, PositionCounter position, ProseCandidates prose, List<Candidate> out) {
    long from = w.base() + w.from();
    tracker.drainTypedValues(
        w.base() + w.until(),
        (start, end, field, match) -> {
          if (match.freeText()) {
            if (prose != null
                && start >= from
                && end - start <= MAX_TEXT_BYTES
                && end <= w.base() + w.limit()) {
              int s = (int) (start - w.base());
              prose.findInValue(w, s, (int) (end - w.base()), json, position, out);
            }
            return;
          }
          InfoType type = match.type();
          if (match.contextOnly()
              || !(type.equals(InfoType.PERSON_NAME) || type.equals(InfoType.STREET_ADDRESS))
              || start < from
              || end - start > MAX_VALUE_BYTES
              || end > w.base() + w.limit()) {
            return;
          }
          int s = (int) (start - w.base());
          int e = (int) (end - w.base());
          String raw = new String(w.buf(), s, e - s, StandardCharsets.UTF_8);
          Likelihood l =
              judge.judge(type, json ? JsonStrings.unescape(raw) : raw, match.likelihood());
          if (l == null) {
            return;
          }
          position.advanceTo(w.buf(), w.base(), start);
          out.add(
              new Candidate(
                  type, l, s, e, position.codePoints(), position.line(), position.column()));
        });
  }

  /** Forgets values that end at or before this absolute offset: no later candidate is in them. */
  void forgetBefore(long offset) {
    tracker.forgetBefore(offset);
  }

  @Override
  public void close() {
    trackers.release(tracker);
  }

  /**
   * Field trackers kept for reuse per format, so that scanning many small inputs allocates none:
   * per platform thread (no sharing), and in one small shared pool per format for virtual threads,
   * which are made per connection or request and would otherwise start every scan with new
   * trackers. A tracker in use is taken out of its slot, so a nested scan on the same thread gets a
   * new one. Thread-safe.
   */
  static final class Trackers {
    private static final int SHARED_PER_FORMAT =
        Math.max(16, 4 * Runtime.getRuntime().availableProcessors());

    private final SpApiFieldCatalog catalog;
    private final ThreadLocal<FieldTracker[]> idle;
    private final List<ArrayBlockingQueue<FieldTracker>> shared = new ArrayList<>();

    Trackers(SpApiFieldCatalog catalog) {
      this.catalog = catalog;
      this.idle = ThreadLocal.withInitial(() -> new FieldTracker[StructuredFormat.values().length]);
      for (int i = 0; i < StructuredFormat.values().length; i++) {
        shared.add(new ArrayBlockingQueue<>(SHARED_PER_FORMAT));
      }
    }

    FieldTracker acquire(StructuredFormat format) {
      FieldTracker t;
      if (Thread.currentThread().isVirtual()) {
        t = shared.get(format.ordinal()).poll();
      } else {
        FieldTracker[] slots = idle.get();
        t = slots[format.ordinal()];
        slots[format.ordinal()] = null;
      }
      if (t == null) {
        return FieldTracker.create(format, catalog);
      }
      t.reset();
      return t;
    }

    void release(FieldTracker tracker) {
      if (Thread.currentThread().isVirtual()) {
        shared.get(tracker.format().ordinal()).offer(tracker);
      } else {
        idle.get()[tracker.format().ordinal()] = tracker;
      }
    }
  }
}
