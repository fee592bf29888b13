package dev.kalkan.detect;

import dev.kalkan.detect.people.PeopleRecognizer;
import dev.kalkan.detect.people.PeopleSpan;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Person names and street lines in free text: runs {@link PeopleRecognizer#find} over the decoded
 * text of a window of content whose format is {@link
 * dev.kalkan.detect.structure.StructuredFormat#TEXT} (mail, notes, logs), and turns its spans into
 * candidates. Structured content gets its names and street lines from its fields instead, and from
 * the values of its free-text fields ({@link #findInValue}).
 *
 * <p>The recognizer sees up to {@link #CONTEXT} bytes on either side of the window's own range, so
 * that a salutation or a label just before it still counts; only spans that start inside the range
 * are kept, so overlapping windows report each span once. Stateless and thread-safe.
 */
final class ProseCandidates {
  /** Bytes of text decoded on either side of a window's own range. */
  static final int CONTEXT = 128;

  private final PeopleRecognizer people;

  ProseCandidates(PeopleRecognizer people) {
    this.people = people;
  }

  /** Adds the names and street lines that start in {@code [w.from(), w.until())}. */
  void find(Window w, List<Candidate> out) {
    byte[] buf = w.buf();
    int from = charStart(buf, Math.max(0, w.from() - CONTEXT));
    int to =
        w.until() >= w.limit()
            ? w.limit()
            : charStart(buf, Math.min(w.limit(), w.until() + CONTEXT));
    if (to <= from) {
      return;
    }
    String text = new String(buf, from, to - from, StandardCharsets.UTF_8);
    List<PeopleSpan> spans = people.find(text);
    if (!spans.isEmpty()) {
      add(w, text, from, spans, w.from(), w.until(), w.start().copy(), out);
    }
  }

  /**
   * Adds the names and street lines in the free-text value {@code w.buf()[s, e)} of a structured
   * field (a log message, a comment). A JSON string ({@code json}) is read decoded, its escapes
   * ({@code \n}, {@code \"}, and Unicode escapes: a backslash, {@code u} and four hex digits, as
   * serializers that escape every non-ASCII character write {@code ö}) as the characters they stand
   * for, so that {@code Hi\nJohn} is two lines; each span is reported at the bytes that encode it.
   * {@code position} stands at or before {@code s} and is walked forwards.
   */
  void findInValue(
      Window w, int s, int e, boolean json, PositionCounter position, List<Candidate> out) {
    String text = new String(w.buf(), s, e - s, StandardCharsets.UTF_8);
    if (!json || text.indexOf('\\') < 0) {
      add(w, text, s, people.find(text), s, e, position, out);
      return;
    }
    int[] source = new int[text.length() + 1];
    String decoded = JsonStrings.unescape(text, source);
    List<PeopleSpan> found = people.find(decoded);
    List<PeopleSpan> spans = new ArrayList<>(found.size());
    for (PeopleSpan span : found) {
      spans.add(
          new PeopleSpan(span.type(), source[span.start()], source[span.end()], span.likelihood()));
    }
    add(w, text, s, spans, s, e, position, out);
  }

  /**
   * Adds a candidate for each of {@code spans}, found in {@code text} (decoded from the window's
   * bytes at {@code textStart}), that starts in {@code [keepFrom, keepUntil)}; {@code position}
   * stands at or before the first of them and is walked forwards.
   */
  private static void add(
      Window w,
      String text,
      int textStart,
      List<PeopleSpan> spans,
      int keepFrom,
      int keepUntil,
      PositionCounter position,
      List<Candidate> out) {
    byte[] buf = w.buf();
    int charIndex = 0;
    int byteIndex = textStart;
    for (PeopleSpan span : spans) {
      byteIndex = advance(text, charIndex, span.start(), byteIndex);
      charIndex = span.start();
      int start = byteIndex;
      int end = advance(text, charIndex, span.end(), byteIndex);
      if (start < keepFrom || start >= keepUntil || !sameText(buf, start, end, text, span)) {
        continue;
      }
      position.advanceTo(buf, w.base(), w.base() + start);
      out.add(
          new Candidate(
              span.type(),
              span.likelihood(),
              start,
              end,
              position.codePoints(),
              position.line(),
              position.column()));
    }
  }

  /**
   * False where bytes that are not UTF-8 (decoded as U+FFFD) moved the span off its text: such a
   * span is dropped rather than reported at the wrong offsets.
   */
  private static boolean sameText(byte[] buf, int start, int end, String text, PeopleSpan span) {
    byte[] expected = text.substring(span.start(), span.end()).getBytes(StandardCharsets.UTF_8);
    return end <= buf.length && Arrays.equals(buf, start, end, expected, 0, expected.length);
  }

  /** The first offset at or after {@code i} that starts a UTF-8 character. */
  private static int charStart(byte[] buf, int i) {
    while (i > 0 && i < buf.length && (buf[i] & 0xC0) == 0x80) {
      i++;
    }
    return i;
  }

  /** The byte offset of char {@code toChar}, from char {@code fromChar} at byte {@code at}. */
  private static int advance(String text, int fromChar, int toChar, int at) {
    for (int i = fromChar; i < toChar; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        at += 1;
      } else if (c < 0x800) {
        at += 2;
      } else if (Character.isHighSurrogate(c)) {
        at += 4;
        i++;
      } else {
        at += 3;
      }
    }
    return at;
  }
}
