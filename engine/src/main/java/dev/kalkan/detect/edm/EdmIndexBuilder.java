package dev.kalkan.detect.edm;

import dev.kalkan.detect.InfoType;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Builds an exact data match index from a records file. Each field is normalised by its kind
 * (decided by {@link FieldMapping}) and only keyed hashes of the normalised forms are written:
 *
 * <ul>
 *   <li>email address: {@link Fold folded} whole (so lower-cased), which must leave a local part
 *       and a dotted domain of the characters the matcher reads around an {@code @};
 *   <li>phone number: the digit strings of {@link PhoneForms}, national numbers read in the default
 *       region;
 *   <li>person name: its folded words (punctuation such as {@code . , ' -} separates words), at
 *       least two, and the same words with the last one first ({@code Yılmaz Ayşe}, also matching
 *       {@code Yılmaz, Ayşe}); a first and a last name column are joined both ways; a single name
 *       is too common to be evidence and is left out;
 *   <li>street address: its folded words, at least two;
 *   <li>Amazon order id: its 17 digits when it has the 3-7-7 form, otherwise like a generic value;
 *   <li>generic value (a column mapped explicitly to another type): its folded words, at least
 *       {@value #MIN_GENERIC_BYTES} bytes of them.
 * </ul>
 *
 * <p>Words values have at most {@value EdmMatcher#MAX_WORDS} words of at most {@value
 * EdmMatcher#MAX_WORD_BYTES} bytes. A value shared by more than {@value #MAX_RECORDS_PER_VALUE}
 * records is kept for the first {@value #MAX_RECORDS_PER_VALUE} only. Values that fit no rule are
 * counted in the summary by reason, never printed. Immutable and thread-safe; each {@link #build}
 * makes a new random salt.
 */
public final class EdmIndexBuilder {
  /** Record numbers take 24 bits of an index entry. */
  public static final int MAX_RECORDS = (1 << 24) - 1;

  /** The region of phone numbers written without a country code, unless one is given. */
  public static final String DEFAULT_PHONE_REGION = "TR";

  static final int MAX_RECORDS_PER_VALUE = 64;
  static final int MIN_GENERIC_BYTES = 4;

  private static final Pattern ORDER_ID = Pattern.compile("\\d{3}[- ]?\\d{7}[- ]?\\d{7}");

  private final EdmKey key;
  private final FieldMapping mapping;
  private final PhoneForms phones;

  private EdmIndexBuilder(EdmKey key, FieldMapping mapping, PhoneForms phones) {
    this.key = key;
    this.mapping = mapping;
    this.phones = phones;
  }

  /**
   * A builder that hashes under {@code key}.
   *
   * @param phoneRegion ISO 3166 region of phone numbers written without a country code
   * @throws IllegalArgumentException when libphonenumber does not know the region
   */
  public static EdmIndexBuilder create(EdmKey key, FieldMapping mapping, String phoneRegion) {
    return new EdmIndexBuilder(
        Objects.requireNonNull(key, "key"),
        Objects.requireNonNull(mapping, "mapping"),
        new PhoneForms(phoneRegion));
  }

  /**
   * Reads {@code records} (UTF-8) and writes the index to {@code index}, replacing it.
   *
   * @throws EdmException when the records file is missing, unreadable, not UTF-8 or malformed (the
   *     message names the line), holds no record or no value to index, or the index cannot be
   *     written
   */
  public EdmBuildSummary build(Path records, RecordFormat format, Path index) throws EdmException {
    String source = "records file " + records;
    Collector c = new Collector();
    try (BufferedReader in = Files.newBufferedReader(records, StandardCharsets.UTF_8);
        RecordReader reader = RecordReader.of(format, in, source)) {
      while (reader.next(c::field)) {
        c.endRecord();
      }
    } catch (NoSuchFileException e) {
      throw new EdmException(source + " does not exist");
    } catch (AccessDeniedException e) {
      throw new EdmException(source + " cannot be read (permission denied)");
    } catch (CharacterCodingException e) {
      throw new EdmException(source + " is not UTF-8 text");
    } catch (IOException e) {
      throw new EdmException(source + " cannot be read: " + e.getMessage());
    }
    if (c.records == 0) {
      throw new EdmException(source + " holds no records");
    }
    IndexFile.Contents contents = c.contents();
    if (contents.keys().length == 0) {
      throw new EdmException(
          source
              + " has no value to index: columns "
              + c.columns
              + " (map a column to an infoType to index it)");
    }
    long bytes;
    try {
      bytes = IndexFile.write(index, key, c.salt, contents);
    } catch (IOException e) {
      throw new EdmException("cannot write EDM index " + index + ": " + e.getMessage());
    }
    Map<String, Long> byType = new LinkedHashMap<>();
    for (int p : contents.payloads()) {
      byType.merge(contents.infoTypes().get(p & 0xFF).name(), 1L, Long::sum);
    }
    return new EdmBuildSummary(
        c.records, contents.keys().length, byType, c.skipped, c.columns, bytes);
  }

  /** Strips the international prefix {@code 00}, as the matcher does, from a digit string. */
  static String canonicalDigits(String digits) {
    return digits.length() > 2 && digits.startsWith("00") ? digits.substring(2) : digits;
  }

  /** The state of one build. */
  private final class Collector {
    final byte[] salt = IndexFile.newSalt();
    final KeyedHasher hasher = new KeyedHasher(key.derive(IndexFile.HASH_LABEL, salt));
    final List<InfoType> types = new ArrayList<>();
    final Map<String, FieldMapping.Target> targets = new HashMap<>();
    final Map<String, String> columns = new LinkedHashMap<>();
    final Map<String, Long> skipped = new LinkedHashMap<>();
    final LongList keys = new LongList();
    final IntList payloads = new IntList();
    final LongList firstWords = new LongList();
    final LongList innerWords = new LongList();
    int wordCounts;
    long digitLengths;
    boolean emails;
    int records;
    final StringBuilder firstName = new StringBuilder();
    final StringBuilder lastName = new StringBuilder();

    void field(String header, String value) {
      FieldMapping.Target t = targets.computeIfAbsent(header, mapping::targetOf);
      columns.putIfAbsent(
          header, t.kind() == FieldKind.IGNORED ? FieldMapping.IGNORE : t.infoType().name());
      if (t.kind() == FieldKind.IGNORED) {
        return;
      }
      if (value.isBlank()) {
        skip("empty");
        return;
      }
      int field = fieldOf(t.infoType());
      switch (t.kind()) {
        case EMAIL -> email(value, field);
        case PHONE -> phone(value, field);
        case PERSON_NAME -> name(Fold.words(value), field);
        case FIRST_NAME -> append(firstName, value);
        case LAST_NAME -> append(lastName, value);
        case ADDRESS -> words(Fold.words(value), 2, field);
        case ORDER_ID -> orderId(value, field);
        case GENERIC -> generic(value, field);
        case IGNORED -> throw new IllegalStateException("ignored fields return above");
      }
    }

    private void append(StringBuilder part, String value) {
      if (!part.isEmpty()) {
        part.append(' ');
      }
      part.append(value);
    }

    void endRecord() throws EdmException {
      if (!firstName.isEmpty() && !lastName.isEmpty()) {
        List<byte[]> first = Fold.words(firstName.toString());
        List<byte[]> last = Fold.words(lastName.toString());
        List<byte[]> joined = new ArrayList<>(first);
        joined.addAll(last);
        int field = fieldOf(InfoType.PERSON_NAME);
        if (words(joined, 2, field)) {
          List<byte[]> reversed = new ArrayList<>(last);
          reversed.addAll(first);
          addWords(reversed, field);
        }
      } else if (!firstName.isEmpty() || !lastName.isEmpty()) {
        skip("a first or last name without the other");
      }
      firstName.setLength(0);
      lastName.setLength(0);
      records++;
      if (records > MAX_RECORDS) {
        throw new EdmException("an index holds at most " + MAX_RECORDS + " records");
      }
    }

    private int record() {
      return records + 1;
    }

    private int fieldOf(InfoType type) {
      int i = types.indexOf(type);
      if (i < 0) {
        types.add(type);
        i = types.size() - 1;
      }
      return i;
    }

    private void skip(String reason) {
      skipped.merge(reason, 1L, Long::sum);
    }

    private void email(String value, int field) {
      byte[] folded = Fold.whole(value.strip());
      if (!isEmail(folded)) {
        skip("not an email address");
        return;
      }
      emails = true;
      add(hasher.key(KeyedHasher.EMAIL, hasher.token(folded, 0, folded.length)), field);
    }

    private void phone(String value, int field) {
      List<String> forms = phones.of(value);
      if (forms.isEmpty()) {
        skip("not a phone number");
      }
      for (String digits : forms) {
        addDigits(digits, field);
      }
    }

    private void orderId(String value, int field) {
      String v = value.strip();
      if (ORDER_ID.matcher(v).matches()) {
        addDigits(PhoneForms.digits(v), field);
      } else {
        generic(v, field);
      }
    }

    private void generic(String value, int field) {
      List<byte[]> ws = Fold.words(value);
      if (ws.stream().mapToInt(w -> w.length).sum() < MIN_GENERIC_BYTES) {
        skip("shorter than " + MIN_GENERIC_BYTES + " characters");
        return;
      }
      words(ws, 1, field);
    }

    private void name(List<byte[]> ws, int field) {
      if (words(ws, 2, field)) {
        List<byte[]> rotated = new ArrayList<>(ws.size());
        rotated.add(ws.get(ws.size() - 1));
        rotated.addAll(ws.subList(0, ws.size() - 1));
        addWords(rotated, field);
      }
    }

    /** Adds a words value after checking its shape; false (and counted) when it does not fit. */
    private boolean words(List<byte[]> ws, int minWords, int field) {
      if (ws.size() < minWords) {
        skip(minWords == 1 ? "no letters or digits" : "fewer than " + minWords + " words");
        return false;
      }
      if (ws.size() > EdmMatcher.MAX_WORDS) {
        skip("more than " + EdmMatcher.MAX_WORDS + " words");
        return false;
      }
      for (byte[] w : ws) {
        if (w.length > EdmMatcher.MAX_WORD_BYTES) {
          skip("a word longer than " + EdmMatcher.MAX_WORD_BYTES + " bytes");
          return false;
        }
      }
      addWords(ws, field);
      return true;
    }

    private void addWords(List<byte[]> ws, int field) {
      long value = hasher.start(KeyedHasher.WORDS);
      for (int i = 0; i < ws.size(); i++) {
        byte[] w = ws.get(i);
        long state = hasher.state(w, 0, w.length);
        value = hasher.extend(value, hasher.finish(state, w.length));
        (i == 0 ? firstWords : innerWords).add(KeyedHasher.filterKey(state, w.length));
      }
      wordCounts |= 1 << ws.size();
      add(KeyedHasher.key(value), field);
    }

    private void addDigits(String digits, int field) {
      String canonical = canonicalDigits(digits);
      byte[] bytes = canonical.getBytes(StandardCharsets.US_ASCII);
      digitLengths |= 1L << bytes.length;
      add(hasher.key(KeyedHasher.DIGITS, hasher.token(bytes, 0, bytes.length)), field);
    }

    private void add(long valueKey, int field) {
      keys.add(valueKey);
      payloads.add((record() << 8) | field);
    }

    IndexFile.Contents contents() {
      int n = keys.size;
      long[] k = new long[n];
      int[] p = new int[n];
      sortByKey(keys.values, payloads.values, n, k, p);
      int kept = 0;
      int run = 0;
      for (int i = 0; i < n; i++) {
        boolean sameKey = kept > 0 && k[kept - 1] == k[i];
        run = sameKey ? run + 1 : 1;
        if ((sameKey && p[kept - 1] == p[i]) || run > MAX_RECORDS_PER_VALUE) {
          continue;
        }
        k[kept] = k[i];
        p[kept] = p[i];
        kept++;
      }
      return new IndexFile.Contents(
          records,
          types,
          wordCounts,
          digitLengths,
          emails,
          Arrays.copyOf(k, kept),
          Arrays.copyOf(p, kept),
          unique(firstWords),
          unique(innerWords));
    }
  }

  /** Whether folded bytes are an address the matcher extracts whole around its {@code @}. */
  static boolean isEmail(byte[] folded) {
    int at = -1;
    for (int i = 0; i < folded.length; i++) {
      if (folded[i] == '@') {
        if (at >= 0) {
          return false;
        }
        at = i;
      }
    }
    if (at < 1
        || at > EdmMatcher.MAX_LOCAL_BYTES
        || folded.length - at - 1 > EdmMatcher.MAX_DOMAIN_BYTES) {
      return false;
    }
    boolean dot = false;
    for (int i = 0; i < folded.length; i++) {
      byte b = folded[i];
      if (i < at ? !EdmMatcher.isLocalByte(b) : i > at && !EdmMatcher.isDomainByte(b)) {
        return false;
      }
      dot |= i > at && b == '.';
    }
    byte last = folded[folded.length - 1];
    return dot && folded[0] != '.' && last != '.' && last != '-';
  }

  /**
   * Sorts {@code n} (key, payload) pairs by key as an unsigned number, then payload, into {@code
   * outKeys} and {@code outPayloads}: a counting sort on the top bits (the keys are uniform), then
   * an insertion sort within each small bucket.
   */
  static void sortByKey(long[] keys, int[] payloads, int n, long[] outKeys, int[] outPayloads) {
    int bits = Math.max(1, Math.min(22, 62 - Long.numberOfLeadingZeros(Math.max(4, n)) - 1));
    int shift = 64 - bits;
    int[] starts = new int[(1 << bits) + 1];
    for (int i = 0; i < n; i++) {
      starts[(int) (keys[i] >>> shift) + 1]++;
    }
    for (int b = 0; b < (1 << bits); b++) {
      starts[b + 1] += starts[b];
    }
    int[] next = Arrays.copyOf(starts, starts.length);
    for (int i = 0; i < n; i++) {
      int at = next[(int) (keys[i] >>> shift)]++;
      outKeys[at] = keys[i];
      outPayloads[at] = payloads[i];
    }
    for (int b = 0; b < (1 << bits); b++) {
      for (int i = starts[b] + 1; i < starts[b + 1]; i++) {
        long k = outKeys[i];
        int p = outPayloads[i];
        int j = i - 1;
        while (j >= starts[b]
            && (Long.compareUnsigned(outKeys[j], k) > 0
                || (outKeys[j] == k && outPayloads[j] > p))) {
          outKeys[j + 1] = outKeys[j];
          outPayloads[j + 1] = outPayloads[j];
          j--;
        }
        outKeys[j + 1] = k;
        outPayloads[j + 1] = p;
      }
    }
  }

  private static long[] unique(LongList list) {
    long[] v = Arrays.copyOf(list.values, list.size);
    Arrays.parallelSort(v);
    int kept = 0;
    for (int i = 0; i < v.length; i++) {
      if (kept == 0 || v[kept - 1] != v[i]) {
        v[kept++] = v[i];
      }
    }
    return Arrays.copyOf(v, kept);
  }

  /** A growable array of longs. */
  private static final class LongList {
    long[] values = new long[1024];
    int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }
  }

  /** A growable array of ints. */
  private static final class IntList {
    int[] values = new int[1024];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }
  }
}
