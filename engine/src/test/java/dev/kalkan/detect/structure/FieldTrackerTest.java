package dev.kalkan.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class FieldTrackerTest {
  private static final SpApiFieldCatalog CATALOG = SpApiFieldCatalog.builtIn();

  /** A small document per format with nesting, quoting, escapes, multi-byte text and a BOM. */
  private static final Map<StructuredFormat, String> SAMPLES =
      Map.of(
          StructuredFormat.JSON,
          "\ufeff{\"payload\":{ // c\n \"BuyerInfo\": /* x */ {\"BuyerName\":\"Jürgen \\\"J\\\" Öz\"},"
              + "\"k\\u00e9y/~\":[1,[\"x\",{\"e\":\"\"}]],\"n\":-2.5e3,\"t\":true}}\n[{\"a\":\"b\"}]",
          StructuredFormat.NDJSON,
          "{\"BuyerName\":\"Ayşe\"}\nlog prefix {\"o\":{\"p\":[\"q\",2]}}\n[x] {\"z\":\"\u20ac\"}\n",
          StructuredFormat.CSV,
          "\ufeffbuyer-name,note,\"odd \"\"h\"\"\"\r\n\"Smith, J\u00f6rg\",\"two\nlines\", x \r\n3,,\"\"\n",
          StructuredFormat.TSV,
          "recipient-name\tship-address-1\n\u00c7elik\t1 Main \"St\"\n\t2\n",
          StructuredFormat.YAML,
          "orders:\n  - buyer:\n      name: Zoë # c\n    tags: [a, b]\n  - 'q': \"v\\\"w\"\n"
              + "note: |\n  l1\n  l2\n---\nx: 1\n",
          StructuredFormat.ENV,
          "# c\nexport BUYER_NAME=\"Ren\u00e9e\"\nA = b # c\nMULTI='x\ny'\n",
          StructuredFormat.PROPERTIES,
          "buyer.name = Jos\u00e9 \\\n   Garc\u00eda\nk\\:e\\u00e9y:v\n! c\n");

  static Stream<Arguments> samples() {
    return SAMPLES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void fieldAtWhenInterestSaidThenSameFieldAtEveryCandidateAndNoOtherField(
      StructuredFormat format, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    FieldTracker all = FieldTracker.create(format, CATALOG);
    all.feed(bytes, 0, bytes.length, 0);
    all.finish();
    for (int every : new int[] {0, 1, 5}) {
      for (int cut = 0; cut <= bytes.length; cut++) {
        FieldTracker some = FieldTracker.create(format, CATALOG);
        feedWithInterest(some, bytes, 0, cut, every);
        feedWithInterest(some, bytes, cut, bytes.length, every);
        some.finish();
        for (int q = 0; q < bytes.length; q++) {
          String field = some.fieldAt(q);
          if (every > 0 && q % every == 0) {
            assertThat(field).as("candidate at %d, cut at %d", q, cut).isEqualTo(all.fieldAt(q));
          } else if (field != null) {
            assertThat(field).as("offset %d, cut at %d", q, cut).isEqualTo(all.fieldAt(q));
          }
          assertThat(some.matchAt(q)).isEqualTo(all.matchAt(q));
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void fieldAtWhenNoCandidatesThenOnlyTypedValuesKept(StructuredFormat format, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    FieldTracker some = FieldTracker.create(format, CATALOG);
    feedWithInterest(some, bytes, 0, bytes.length, 0);
    some.finish();
    for (int q = 0; q < bytes.length; q++) {
      if (some.fieldAt(q) != null) {
        assertThat(some.matchAt(q)).as("offset %d", q).isPresent();
      }
    }
  }

  /**
   * Feeds {@code bytes[from, to)} saying that candidates start at every multiple of {@code every}.
   */
  private static void feedWithInterest(FieldTracker t, byte[] bytes, int from, int to, int every) {
    long[] starts =
        every == 0 ? new long[0] : LongStream.range(from, to).filter(q -> q % every == 0).toArray();
    t.interest(starts, starts.length, from, to);
    t.feed(bytes, from, to, 0);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void feedWhenSplitAtEveryByteThenSameFieldsAsWhole(StructuredFormat format, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<TrackedValues.Value> whole = whole(format, bytes);
    assertThat(whole).isNotEmpty();
    for (int cut = 0; cut <= bytes.length; cut++) {
      FieldTracker split =
          TrackedValues.fedInPieces(FieldTracker.create(format, CATALOG), bytes, cut);
      assertThat(TrackedValues.values(split, bytes)).as("cut at %d", cut).isEqualTo(whole);
    }
  }

  @Property(tries = 200)
  void feedWhenSplitAnywhereManyTimesThenSameFieldsAsWhole(
      @ForAll StructuredFormat format, @ForAll("cuts") int[] cuts) {
    String text = SAMPLES.getOrDefault(format, "plain text");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int[] inRange = Arrays.stream(cuts).map(c -> c % (bytes.length + 1)).sorted().toArray();
    FieldTracker split =
        TrackedValues.fedInPieces(FieldTracker.create(format, CATALOG), bytes, inRange);
    assertThat(TrackedValues.values(split, bytes)).isEqualTo(whole(format, bytes));
  }

  @Provide
  Arbitrary<int[]> cuts() {
    return Arbitraries.integers().between(0, 10_000).array(int[].class).ofMaxSize(12);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void feedWhenWindowsOverlapThenBytesAlreadySeenAreSkipped(StructuredFormat format, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    FieldTracker tracker = FieldTracker.create(format, CATALOG);
    int half = bytes.length / 2;
    tracker.feed(bytes, 0, half, 0);
    tracker.feed(bytes, half / 2, bytes.length, 0);
    tracker.feed(bytes, 0, bytes.length, 0);
    tracker.finish();
    assertThat(tracker.position()).isEqualTo(bytes.length);
    assertThat(TrackedValues.values(tracker, bytes)).isEqualTo(whole(format, bytes));
  }

  @Test
  void feedWhenBytesStartAfterPositionThenThrowsNamingTheGap() {
    FieldTracker tracker = FieldTracker.create(StructuredFormat.JSON, null);
    tracker.feed(new byte[10], 0, 10, 0);
    assertThatThrownBy(() -> tracker.feed(new byte[10], 0, 10, 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gap")
        .hasMessageContaining("11");
  }

  @Test
  void feedWhenFinishedThenThrows() {
    FieldTracker tracker = FieldTracker.create(StructuredFormat.CSV, null);
    tracker.finish();
    tracker.finish();
    assertThatThrownBy(() -> tracker.feed(new byte[1], 0, 1, 0))
        .isInstanceOf(IllegalStateException.class);
  }

  @Property(tries = 300)
  void feedWhenBytesAreArbitraryThenNeverThrows(
      @ForAll StructuredFormat format, @ForAll("noise") byte[] bytes, @ForAll("cuts") int[] cuts) {
    int[] inRange = Arrays.stream(cuts).map(c -> c % (bytes.length + 1)).sorted().toArray();
    assertThatCode(
            () -> {
              FieldTracker t =
                  TrackedValues.fedInPieces(FieldTracker.create(format, CATALOG), bytes, inRange);
              TrackedValues.values(t, bytes);
              t.drainTypedValues(Long.MAX_VALUE, (s, e, f, m) -> {});
              t.forgetBefore(bytes.length);
            })
        .doesNotThrowAnyException();
  }

  /** Random bytes, or a sample document with random edits: structural characters are likely. */
  @Provide
  Arbitrary<byte[]> noise() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    Arbitrary<byte[]> structural =
        Arbitraries.of(
                '{',
                '}',
                '[',
                ']',
                '"',
                '\'',
                ',',
                ':',
                '=',
                '\\',
                '\n',
                '\r',
                '\t',
                ' ',
                '-',
                '#',
                '|',
                'a',
                '/',
                '*',
                '~',
                (char) 0xC3)
            .list()
            .ofMaxSize(300)
            .map(FieldTrackerTest::bytesOf);
    Arbitrary<byte[]> edited =
        Combinators.combine(
                Arbitraries.of(SAMPLES.values().toArray(String[]::new)),
                Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(0, 40),
                Arbitraries.strings().withChars("{}[]\"',:=\\\n#-| ").ofMaxLength(5))
            .as(
                (text, at, drop, insert) -> {
                  byte[] b = text.getBytes(StandardCharsets.UTF_8);
                  int i = Math.min(at, b.length);
                  int j = Math.min(b.length, i + drop);
                  byte[] ins = insert.getBytes(StandardCharsets.UTF_8);
                  byte[] out = new byte[i + ins.length + b.length - j];
                  System.arraycopy(b, 0, out, 0, i);
                  System.arraycopy(ins, 0, out, i, ins.length);
                  System.arraycopy(b, j, out, i + ins.length, b.length - j);
                  return out;
                });
    return Arbitraries.oneOf(random, structural, edited);
  }

  private static byte[] bytesOf(List<Character> chars) {
    byte[] b = new byte[chars.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) chars.get(i).charValue();
    }
    return b;
  }

  @Property(tries = 200)
  void resetWhenAnythingReadBeforeThenNextInputTrackedAsByNewTracker(
      @ForAll StructuredFormat format, @ForAll("noise") byte[] before, @ForAll boolean finished) {
    FieldTracker tracker = FieldTracker.create(format, CATALOG);
    tracker.feed(before, 0, before.length, 0);
    if (finished) {
      tracker.finish();
    }
    tracker.reset();
    byte[] bytes = SAMPLES.getOrDefault(format, "plain text").getBytes(StandardCharsets.UTF_8);
    TrackedValues.fedInPieces(tracker, bytes);
    assertThat(tracker.position()).isEqualTo(bytes.length);
    assertThat(TrackedValues.values(tracker, bytes)).isEqualTo(whole(format, bytes));
    List<String> typed = new ArrayList<>();
    tracker.drainTypedValues(Long.MAX_VALUE, (s, e, f, m) -> typed.add(s + ":" + f));
    List<String> fresh = new ArrayList<>();
    TrackedValues.fedInPieces(FieldTracker.create(format, CATALOG), bytes)
        .drainTypedValues(Long.MAX_VALUE, (s, e, f, m) -> fresh.add(s + ":" + f));
    assertThat(typed).isEqualTo(fresh);
  }

  @Test
  void fieldAtWhenInKeyOrPunctuationThenNull() {
    byte[] json = "{\"BuyerName\": \"Ann\"}".getBytes(StandardCharsets.UTF_8);
    FieldTracker tracker =
        TrackedValues.fedInPieces(FieldTracker.create(StructuredFormat.JSON, null), json);
    assertThat(tracker.fieldAt(3)).isNull();
    assertThat(tracker.fieldAt(14)).isNull();
    assertThat(tracker.fieldAt(15)).isEqualTo("/BuyerName");
    assertThat(tracker.fieldAt(17)).isEqualTo("/BuyerName");
    assertThat(tracker.fieldAt(18)).isNull();
    assertThat(tracker.fieldAt(-1)).isNull();
    assertThat(tracker.fieldAt(1000)).isNull();
  }

  @Test
  void matchAtWhenCatalogKnowsFieldThenItsMatch() {
    byte[] json =
        "{\"ShippingAddress\":{\"Name\":\"Ann\",\"City\":\"Ulm\"},\"Title\":\"x\"}"
            .getBytes(StandardCharsets.UTF_8);
    FieldTracker with =
        TrackedValues.fedInPieces(FieldTracker.create(StructuredFormat.JSON, CATALOG), json);
    FieldTracker without =
        TrackedValues.fedInPieces(FieldTracker.create(StructuredFormat.JSON, null), json);
    int name = new String(json, StandardCharsets.UTF_8).indexOf("Ann");
    int city = new String(json, StandardCharsets.UTF_8).indexOf("Ulm");
    int title = new String(json, StandardCharsets.UTF_8).indexOf("\"x\"") + 1;

    assertThat(with.matchAt(name))
        .hasValueSatisfying(
            m -> {
              assertThat(m.type()).isEqualTo(InfoType.PERSON_NAME);
              assertThat(m.likelihood()).isEqualTo(Likelihood.LIKELY);
            });
    assertThat(with.matchAt(city)).hasValueSatisfying(m -> assertThat(m.contextOnly()).isTrue());
    assertThat(with.matchAt(title)).isEmpty();
    assertThat(without.matchAt(name)).isEmpty();
    assertThat(without.fieldAt(name)).isEqualTo("/ShippingAddress/Name");
  }

  @Test
  void drainTypedValuesWhenValueStillOpenThenWaitsAndPassesItOnce() {
    byte[] json =
        "{\"BuyerName\":\"Ann Lee\",\"Sku\":\"n\",\"BuyerEmail\":\"a@b.c\"}"
            .getBytes(StandardCharsets.UTF_8);
    FieldTracker tracker = FieldTracker.create(StructuredFormat.JSON, CATALOG);
    List<String> passed = new ArrayList<>();
    FieldTracker.TypedValueSink sink =
        (s, e, f, m) ->
            passed.add(f + "=" + new String(json, (int) s, (int) (e - s), StandardCharsets.UTF_8));

    tracker.feed(json, 0, 18, 0);
    tracker.drainTypedValues(Long.MAX_VALUE, sink);
    assertThat(passed).isEmpty();

    tracker.feed(json, 18, json.length, 0);
    tracker.drainTypedValues(20, sink);
    assertThat(passed).containsExactly("/BuyerName=Ann Lee");

    tracker.drainTypedValues(Long.MAX_VALUE, sink);
    tracker.drainTypedValues(Long.MAX_VALUE, sink);
    assertThat(passed).containsExactly("/BuyerName=Ann Lee", "/BuyerEmail=a@b.c");
  }

  @Test
  void forgetBeforeWhenValuesEndedThenOnlyLaterOnesAreKnown() {
    byte[] csv = "a,b\n1,2\n3,4\n".getBytes(StandardCharsets.UTF_8);
    FieldTracker tracker =
        TrackedValues.fedInPieces(FieldTracker.create(StructuredFormat.CSV, null), csv);
    tracker.forgetBefore(7);
    assertThat(tracker.fieldAt(4)).isNull();
    assertThat(tracker.fieldAt(6)).isNull();
    assertThat(tracker.fieldAt(8)).isEqualTo("a");
    assertThat(tracker.fieldAt(10)).isEqualTo("b");
    tracker.forgetBefore(csv.length);
    assertThat(tracker.fieldAt(10)).isNull();
  }

  @Test
  void feedWhenMoreValuesThanLimitAndNothingForgottenThenOldestAreDropped() {
    int rows = FieldTracker.MAX_ENTRIES + 100;
    byte[] csv = ("h\n" + "1\n".repeat(rows)).getBytes(StandardCharsets.UTF_8);
    FieldTracker tracker =
        TrackedValues.fedInPieces(FieldTracker.create(StructuredFormat.CSV, null), csv);
    assertThat(tracker.fieldAt(2)).isNull();
    assertThat(tracker.fieldAt(csv.length - 2)).isEqualTo("h");
  }

  @ParameterizedTest
  @EnumSource(StructuredFormat.class)
  void createWhenAnyFormatThenTrackerOfThatFormat(StructuredFormat format) {
    assertThat(FieldTracker.create(format, null).format()).isEqualTo(format);
  }

  @Test
  void fieldAtWhenTextThenAlwaysNull() {
    byte[] text = "BuyerName: Ann\n{\"a\":\"b\"}".getBytes(StandardCharsets.UTF_8);
    FieldTracker tracker =
        TrackedValues.fedInPieces(FieldTracker.create(StructuredFormat.TEXT, CATALOG), text);
    assertThat(TrackedValues.values(tracker, text)).isEmpty();
  }

  /**
   * The loop of {@code Scanner.scan(InputStream)}: windows that overlap by a look-behind, fed
   * whole; fields asked for the window's new bytes; typed values drained up to where the next
   * window resumes; bytes before the look-behind forgotten.
   */
  @Test
  void scanLoopWhenWindowsSlideThenFieldsKnownAndTypedValuesPassedOnce() {
    StringBuilder doc = new StringBuilder("{\"orders\":[");
    for (int i = 0; i < 300; i++) {
      doc.append(i == 0 ? "" : ",")
          .append("{\"AmazonOrderId\":\"111-0000000-")
          .append(String.format("%07d", i))
          .append("\",\"ShippingAddress\":{\"Name\":\"N")
          .append(i)
          .append("\",\"City\":\"C\"},\"Title\":\"t\"}");
    }
    byte[] bytes = doc.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    List<String> expected = new ArrayList<>();
    FieldTracker reference =
        TrackedValues.fedInPieces(FieldTracker.create(StructuredFormat.JSON, CATALOG), bytes);
    reference.drainTypedValues(Long.MAX_VALUE, (s, e, f, m) -> expected.add(s + ":" + f));

    int window = 96;
    int lookAhead = 24;
    int lookBehind = 8;
    FieldTracker tracker = FieldTracker.create(StructuredFormat.JSON, CATALOG);
    List<String> passed = new ArrayList<>();
    List<String> fieldsSeen = new ArrayList<>();
    for (long base = 0, from = 0; ; ) {
      int filled = (int) Math.min(window, bytes.length - base);
      boolean eof = base + filled == bytes.length;
      tracker.feed(bytes, (int) base, (int) base + filled, 0);
      if (eof) {
        tracker.finish();
      }
      long resume = eof ? base + filled : base + filled - lookAhead;
      for (long p = base + from; p < resume; p++) {
        String f = tracker.fieldAt(p);
        assertThat(f).as("offset %d", p).isEqualTo(reference.fieldAt(p));
        if (f != null && (fieldsSeen.isEmpty() || !fieldsSeen.getLast().equals(f))) {
          fieldsSeen.add(f);
        }
      }
      tracker.drainTypedValues(resume, (s, e, f, m) -> passed.add(s + ":" + f));
      if (eof) {
        break;
      }
      long keepFrom = resume - lookBehind;
      tracker.forgetBefore(keepFrom);
      from = resume - keepFrom;
      base = keepFrom;
    }
    assertThat(passed).hasSize(900).isEqualTo(expected);
    assertThat(fieldsSeen).contains("/orders/299/ShippingAddress/Name", "/orders/0/Title");
  }

  private static List<TrackedValues.Value> whole(StructuredFormat format, byte[] bytes) {
    FieldTracker t = TrackedValues.fedInPieces(FieldTracker.create(format, CATALOG), bytes);
    return TrackedValues.values(t, bytes);
  }
}
