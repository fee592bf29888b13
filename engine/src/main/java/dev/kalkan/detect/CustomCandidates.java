package dev.kalkan.detect;

import dev.kalkan.detect.custom.CustomMatcher;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the operator's detectors over a window and turns their matches into {@link Candidate}s with
 * byte offsets, raising a match one level when one of its detector's hotwords is near. Immutable
 * and thread-safe.
 */
final class CustomCandidates {
  private final CustomMatcher matcher;
  private final Map<CustomDetector, ContextWords> hotwords = new IdentityHashMap<>();

  private CustomCandidates(List<CustomDetector> detectors) {
    this.matcher = CustomMatcher.compile(detectors);
    for (CustomDetector d : detectors) {
      hotwords.put(d, ContextWords.of(d.hotwords()));
    }
  }

  /** Returns null when there is no detector, so callers skip decoding altogether. */
  static CustomCandidates of(List<CustomDetector> detectors) {
    return detectors.isEmpty() ? null : new CustomCandidates(detectors);
  }

  /** Adds the matches that start in the window's own range to {@code out}. */
  void find(Window w, List<Candidate> out) {
    byte[] buf = w.buf();
    int lo = 0;
    int limit = w.limit();
    int from = w.from();
    int until = w.until();
    long base = w.base();
    String text = new String(buf, lo, limit - lo, StandardCharsets.UTF_8);
    record Match(CustomDetector detector, int start, int end) {}
    List<Match> matches = new ArrayList<>();
    matcher.find(text, (d, s, e) -> matches.add(new Match(d, s, e)));
    if (matches.isEmpty()) {
      return;
    }
    matches.sort(Comparator.comparingInt(Match::start));
    CharToByte map = new CharToByte(buf, lo);
    PositionCounter position = w.start().copy();
    for (Match m : matches) {
      int start = map.byteAt(text, m.start());
      if (start < from || start >= until) {
        continue;
      }
      int end = start + utf8Length(text, m.start(), m.end());
      Likelihood l = m.detector().likelihood();
      if (hotwords
          .get(m.detector())
          .near(buf, lo, limit, start, end, TokenScanner.BEFORE, TokenScanner.AFTER)) {
        l = l.shift(1);
      }
      position.advanceTo(buf, base, base + start);
      out.add(
          new Candidate(
              m.detector().infoType(),
              l,
              start,
              end,
              position.codePoints(),
              position.line(),
              position.column()));
    }
  }

  private static int utf8Length(String s, int from, int to) {
    return s.substring(from, to).getBytes(StandardCharsets.UTF_8).length;
  }

  /** Walks chars of the decoded text and bytes of the buffer together, forwards only. */
  private static final class CharToByte {
    private final byte[] buf;
    private int charIndex;
    private int byteIndex;

    CharToByte(byte[] buf, int lo) {
      this.buf = buf;
      this.byteIndex = lo;
    }

    int byteAt(String text, int target) {
      while (charIndex < target) {
        int lead = buf[byteIndex] & 0xff;
        if (lead >= 0xF0 && lead < 0xF8) {
          byteIndex += 4;
          charIndex += 2;
        } else if (lead >= 0xE0 && lead < 0xF0) {
          byteIndex += 3;
          charIndex++;
        } else if (lead >= 0xC0 && lead < 0xE0) {
          byteIndex += 2;
          charIndex++;
        } else {
          byteIndex++;
          charIndex++;
        }
      }
      return byteIndex;
    }
  }
}
