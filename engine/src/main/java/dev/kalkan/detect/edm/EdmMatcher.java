package dev.kalkan.detect.edm;

import dev.kalkan.detect.InfoType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds the values of an exact data match index in UTF-8 text, in one pass. Immutable and
 * thread-safe once loaded: share one per index.
 *
 * <p>Text is cut into <em>words</em> (runs of letters and digits of any script, after {@link Fold
 * folding}), and three kinds of candidate are hashed with the index's keyed hash and looked up:
 *
 * <ul>
 *   <li>word n-grams, for names, addresses and generic values: every run of 1 to {@value
 *       #MAX_WORDS} consecutive words with at most {@value #MAX_GAP} bytes between two of them,
 *       whose length in words is one the index holds. A filter consulted once per word (may it
 *       start a value, may it continue one) keeps almost all words from being hashed further, and
 *       n-grams are hashed incrementally, so the cost per word is a token hash and one filter
 *       probe;
 *   <li>digit runs, for phone numbers and order ids: runs of ASCII digit groups separated by one or
 *       two of {@code space - . / ( )}; every sub-run of whole groups whose digit count the index
 *       holds is looked up, longest first from each start, taking the leftmost-longest match. A
 *       leading {@code 00} is read as the international prefix; a run that starts with it or with
 *       {@code +} must match from its first group, as its first digits are a country code (the
 *       match then includes the {@code +});
 *   <li>email addresses around each {@code @}.
 * </ul>
 *
 * <p>Words inside an email address are not reported as words values: {@code ayse.yilmaz@…} is the
 * address, not the name.
 *
 * <p>ASCII text is read eight bytes at a time: runs of separators are skipped, and the end of a
 * word found and its bytes lower-cased and hashed, one 8-byte chunk per step with byte-parallel
 * range tests; only words with non-ASCII characters are decoded and folded code point by code
 * point.
 *
 * <p>Every bound is a constant, so the pass is linear in the text whatever it holds. A match spans
 * at most {@link #MAX_MATCH_BYTES} bytes.
 */
public final class EdmMatcher {
  /** The most words a words value may have. */
  public static final int MAX_WORDS = 8;

  /** The longest word, in folded UTF-8 bytes, that can be part of a words value. */
  public static final int MAX_WORD_BYTES = 64;

  /** The most bytes between two words of one n-gram. */
  public static final int MAX_GAP = 16;

  /** The most bytes a match can span: callers that scan in windows overlap them by this much. */
  public static final int MAX_MATCH_BYTES = MAX_WORDS * MAX_WORD_BYTES + (MAX_WORDS - 1) * MAX_GAP;

  static final int MAX_LOCAL_BYTES = 64;
  static final int MAX_DOMAIN_BYTES = 255;

  private static final int MAX_GROUPS = 24;
  private static final int MAX_GROUP_DIGITS = 20;

  /**
   * Per-byte range tests on 8 bytes at once: adding {@code 0x80 - c} to a 7-bit byte sets its high
   * bit exactly when the byte is at least {@code c}, without carrying into the next byte.
   */
  private static final long HIGH_BITS = 0x8080808080808080L;

  private static final long FROM_0 = 0x5050505050505050L;
  private static final long PAST_9 = 0x4646464646464646L;
  private static final long FROM_AT = 0x4040404040404040L;
  private static final long FROM_A = 0x3F3F3F3F3F3F3F3FL;
  private static final long PAST_Z = 0x2525252525252525L;
  private static final long FROM_LOWER_A = 0x1F1F1F1F1F1F1F1FL;
  private static final long PAST_LOWER_Z = 0x0505050505050505L;

  private static final int SEP = 0;
  private static final int DIGIT = 1;
  private static final int LETTER = 2;
  private static final int AT = 3;
  private static final int NON_ASCII = 4;
  private static final byte[] CLASS = new byte[256];
  private static final boolean[] LOCAL = new boolean[128];
  private static final boolean[] DOMAIN = new boolean[128];

  static {
    for (int c = '0'; c <= '9'; c++) {
      CLASS[c] = DIGIT;
    }
    for (int c = 'a'; c <= 'z'; c++) {
      CLASS[c] = LETTER;
      CLASS[c - 32] = LETTER;
    }
    CLASS['@'] = AT;
    for (int c = 0x80; c < 0x100; c++) {
      CLASS[c] = NON_ASCII;
    }
    for (int c = 0; c < 128; c++) {
      boolean alnum = CLASS[c] == DIGIT || CLASS[c] == LETTER;
      LOCAL[c] = alnum || "._%+-'".indexOf(c) >= 0;
      DOMAIN[c] = alnum || c == '.' || c == '-';
    }
  }

  /**
   * Scratch space per thread. Allocating it per call cost about 5% of a pass over a corpus of small
   * files (zeroing fresh memory for a few digits). No caller needs its contents across a {@link
   * MatchSink} call, so a sink that calls {@link #find} again on the same thread is safe.
   */
  private static final ThreadLocal<byte[]> SCRATCH =
      ThreadLocal.withInitial(() -> new byte[4 * (MAX_LOCAL_BYTES + MAX_DOMAIN_BYTES + 2)]);

  private final int records;
  private final InfoType[] infoTypes;
  private final KeyedHasher hasher;
  private final ValueTable values;
  private final WordFilter words;
  private final int wordCounts;
  private final int maxWords;
  private final long digitLengths;
  private final int minDigits;
  private final int maxRawDigits;
  private final boolean emails;

  private EdmMatcher(KeyedHasher hasher, IndexFile.Contents c) {
    this.records = c.records();
    this.infoTypes = c.infoTypes().toArray(InfoType[]::new);
    this.hasher = hasher;
    this.values = new ValueTable(c.keys(), c.payloads());
    this.wordCounts = c.wordCounts();
    this.words = wordCounts == 0 ? null : new WordFilter(c.firstWords(), c.innerWords());
    this.maxWords = 31 - Integer.numberOfLeadingZeros(wordCounts);
    this.digitLengths = c.digitLengths();
    this.minDigits = Long.numberOfTrailingZeros(digitLengths);
    this.maxRawDigits = 63 - Long.numberOfLeadingZeros(digitLengths) + 2;
    this.emails = c.emails();
  }

  /**
   * Loads an index written by {@link EdmIndexBuilder}.
   *
   * @throws EdmException when the file is missing or unreadable, is not an index, has another
   *     format version, is truncated or damaged, or was built with another key
   */
  public static EdmMatcher load(Path index, EdmKey key) throws EdmException {
    IndexFile.Loaded loaded = IndexFile.read(index, key);
    KeyedHasher hasher = new KeyedHasher(key.derive(IndexFile.HASH_LABEL, loaded.salt()));
    return new EdmMatcher(hasher, loaded.contents());
  }

  /** The number of records the index was built from. */
  public int recordCount() {
    return records;
  }

  /** The number of (value, record) entries in the index. */
  public int valueCount() {
    return values.size();
  }

  /** The types of the index's fields. */
  public List<InfoType> infoTypes() {
    return List.of(infoTypes);
  }

  /**
   * Reports every registered value in {@code utf8[from, to)}, which is taken as the whole text (a
   * word cut by a bound is matched as cut), in no particular order.
   *
   * @throws IndexOutOfBoundsException when the range is not inside the array
   */
  public void find(byte[] utf8, int from, int to, MatchSink sink) {
    find(utf8, from, to, false, sink);
  }

  /**
   * Reports every registered value in {@code utf8[from, to)} as {@link #find(byte[], int, int,
   * MatchSink)} does; when {@code json} is true the text is JSON (or JSON records), whose string
   * escapes are read as what they stand for: a Unicode escape (a backslash, {@code u} and four hex
   * digits, as serializers that escape every non-ASCII character write {@code ş}) is that character
   * inside a word, and {@code \n}, {@code \t}, {@code \"} and the other two-character escapes
   * separate words ({@code Regards,\nAyşe} holds the word {@code Ayşe}, not {@code nAyşe}). A match
   * spans the escapes as written.
   *
   * @throws IndexOutOfBoundsException when the range is not inside the array
   */
  public void find(byte[] utf8, int from, int to, boolean json, MatchSink sink) {
    Objects.checkFromToIndex(from, to, utf8.length);
    Objects.requireNonNull(sink, "sink");
    new Pass(utf8, from, to, json, sink).run();
  }

  /** Every registered value in {@code utf8}, ordered by start, then end, then record. */
  public List<EdmMatch> find(byte[] utf8) {
    List<EdmMatch> out = new ArrayList<>();
    find(utf8, 0, utf8.length, (s, e, t, r) -> out.add(new EdmMatch(s, e, t, r)));
    out.sort(
        Comparator.comparingInt(EdmMatch::start)
            .thenComparingInt(EdmMatch::end)
            .thenComparingInt(EdmMatch::record));
    return out;
  }

  static boolean isLocalByte(byte b) {
    return b < 0 || LOCAL[b];
  }

  static boolean isDomainByte(byte b) {
    return b < 0 || DOMAIN[b];
  }

  /** One scan of one text: the state that would otherwise be allocated per word. */
  private final class Pass {
    private final byte[] b;
    private final int from;
    private final int to;
    private final boolean json;
    private final MatchSink sink;

    /** Open n-grams: polynomial state, first byte and words so far, oldest first. */
    private final long[] gramState = new long[MAX_WORDS];

    private final int[] gramStart = new int[MAX_WORDS];
    private final int[] gramWords = new int[MAX_WORDS];
    private int grams;
    private int lastWordEnd = Integer.MIN_VALUE / 2;

    /** The digit groups of the current run. */
    private final int[] groupStart = new int[MAX_GROUPS];

    private final int[] groupEnd = new int[MAX_GROUPS];
    private int groups;
    private int groupDigits;

    /**
     * Folded bytes of a word or an email address with non-ASCII characters, or the digits of a run:
     * the thread's {@link #SCRATCH}, taken on first use.
     */
    private byte[] scratchBuffer;

    private int cpLength;

    Pass(byte[] b, int from, int to, boolean json, MatchSink sink) {
      this.b = b;
      this.from = from;
      this.to = to;
      this.json = json;
      this.sink = sink;
    }

    private byte[] scratch() {
      if (scratchBuffer == null) {
        scratchBuffer = SCRATCH.get();
      }
      return scratchBuffer;
    }

    void run() {
      final byte[] b = this.b;
      final int to = this.to;
      int i = from;
      while (i < to) {
        int cls = CLASS[b[i] & 0xFF];
        if (cls == SEP) {
          i = nextWordStart(b, i + 1, to);
          if (i == to) {
            break;
          }
          cls = CLASS[b[i] & 0xFF];
        }
        if (json && i > from && b[i - 1] == '\\' && escapes(i - 1)) {
          // a word right after a backslash starts with the rest of an escape
          if (escapedCodePoint(i - 1) >= 0) {
            i = foldedWord(i - 1);
            continue;
          }
          if ("nrtbf".indexOf(b[i]) >= 0) {
            i++;
            continue;
          }
        }
        if (cls == AT) {
          if (emails) {
            email(i);
          }
          i++;
          continue;
        }
        int s = i;
        if (cls == NON_ASCII) {
          int cp = decode(i);
          if (cp < 0 || Fold.classOf(Fold.info(cp)) == Fold.SEPARATOR) {
            i += cpLength;
          } else {
            i = foldedWord(s);
          }
          continue;
        }
        long h = hasher.initialState();
        long letters = 0;
        while (true) {
          if (i + 8 <= to) {
            long x = KeyedHasher.load8(b, i);
            long ascii = x & ~HIGH_BITS;
            long digit = (ascii + FROM_0) & ~(ascii + PAST_9);
            long upper = (ascii + FROM_A) & ~(ascii + PAST_Z);
            long lower = (ascii + FROM_LOWER_A) & ~(ascii + PAST_LOWER_Z);
            long stop = ~((digit | upper | lower) & ~x) & HIGH_BITS;
            long folded = x | ((upper & HIGH_BITS) >>> 2);
            if (stop == 0) {
              h = KeyedHasher.chunk(h, folded);
              letters |= upper | lower;
              i += 8;
              continue;
            }
            int n = Long.numberOfTrailingZeros(stop) >>> 3;
            if (n > 0) {
              long keep = (1L << (n << 3)) - 1;
              h = KeyedHasher.chunk(h, folded & keep);
              letters |= (upper | lower) & keep;
              i += n;
            }
          } else {
            int j = i;
            while (j < to && ((cls = CLASS[b[j] & 0xFF]) == DIGIT || cls == LETTER)) {
              letters |= cls == LETTER ? HIGH_BITS : 0;
              j++;
            }
            if (j > i) {
              h = KeyedHasher.chunk(h, KeyedHasher.lowerCase(KeyedHasher.load(b, i, j - i)));
              i = j;
            }
          }
          break;
        }
        if (i < to && (b[i] < 0 || json && b[i] == '\\' && escapedCodePoint(i) >= 0)) {
          i = foldedWord(s);
          continue;
        }
        int length = i - s;
        if (length > MAX_WORD_BYTES) {
          grams = 0;
          flushDigits();
          continue;
        }
        if (words != null) {
          ngrams(s, i, h, length);
        }
        if (digitLengths != 0) {
          if ((letters & HIGH_BITS) == 0 && length <= MAX_GROUP_DIGITS) {
            digitGroup(s, i);
          } else if (groups > 0) {
            flushDigits();
          }
        }
      }
      flushDigits();
    }

    /**
     * The first byte at or after {@code i} that is not a separator (an ASCII letter or digit, a
     * non-ASCII byte or {@code @}), or {@code to}; eight bytes at a time.
     */
    private static int nextWordStart(byte[] b, int i, int to) {
      while (i + 8 <= to) {
        long x = KeyedHasher.load8(b, i);
        long ascii = x & ~HIGH_BITS;
        long starts =
            (((ascii + FROM_0) & ~(ascii + PAST_9))
                    | ((ascii + FROM_AT) & ~(ascii + PAST_Z))
                    | ((ascii + FROM_LOWER_A) & ~(ascii + PAST_LOWER_Z))
                    | x)
                & HIGH_BITS;
        if (starts != 0) {
          return i + (Long.numberOfTrailingZeros(starts) >>> 3);
        }
        i += 8;
      }
      while (i < to && CLASS[b[i] & 0xFF] == SEP) {
        i++;
      }
      return i;
    }

    /**
     * Whether the backslash at {@code i} starts an escape: it is not itself escaped, that is, an
     * even number of backslashes comes right before it ({@code C:\\nadine} in JSON is a backslash
     * and the word {@code nadine}).
     */
    private boolean escapes(int i) {
      int k = i - 1;
      while (k >= from && b[k] == '\\') {
        k--;
      }
      return (i - 1 - k) % 2 == 0;
    }

    /**
     * The character of the JSON Unicode escape at {@code i} (a backslash, {@code u}, four hex
     * digits), or -1 when none starts there.
     */
    private int escapedCodePoint(int i) {
      if (i + 6 > to || b[i + 1] != 'u') {
        return -1;
      }
      int v = 0;
      for (int k = i + 2; k < i + 6; k++) {
        int d = Character.digit(b[k], 16);
        if (d < 0) {
          return -1;
        }
        v = v << 4 | d;
      }
      return v;
    }

    /** Scans a word holding non-ASCII characters, folding it into the scratch buffer. */
    private int foldedWord(int s) {
      final byte[] scratch = scratch();
      int n = 0;
      int i = s;
      int limit = MAX_WORD_BYTES + 4;
      while (i < to) {
        int c = b[i] & 0xFF;
        int step = 1;
        if (c == '\\' && json) {
          c = escapedCodePoint(i);
          if (c < 0) {
            break;
          }
          step = 6;
        }
        if (c < 0x80) {
          int cls = CLASS[c];
          if (cls != DIGIT && cls != LETTER) {
            break;
          }
          if (n < limit) {
            scratch[n] = (byte) (cls == LETTER ? c | 0x20 : c);
          }
          n++;
          i += step;
          continue;
        }
        int cp;
        if (step == 6) {
          cp = c;
          cpLength = 6;
        } else {
          cp = decode(i);
        }
        int info = cp < 0 ? 0 : Fold.info(cp);
        int fc = Fold.classOf(info);
        if (fc == Fold.SEPARATOR) {
          break;
        }
        i += cpLength;
        if (fc == Fold.WORD) {
          n = n < limit ? Fold.putUtf8(scratch, n, Fold.codePoint(info)) : n + 1;
        } else if (fc == Fold.EXPANDED) {
          for (int e : Fold.expansion(info)) {
            n = n < limit ? Fold.putUtf8(scratch, n, e) : n + 1;
          }
        }
      }
      if (n > MAX_WORD_BYTES) {
        grams = 0;
      } else if (n > 0 && words != null) {
        ngrams(s, i, hasher.state(scratch, 0, n), n);
      }
      if (n > 0 && groups > 0) {
        flushDigits();
      }
      return i;
    }

    /**
     * Takes the next word, {@code b[s, e)}, whose token state after its last chunk is {@code state}
     * and whose folded length is {@code length}: extends the open n-grams and opens one. The token
     * hash itself is finished only when the filter lets the word through.
     */
    private void ngrams(int s, int e, long state, int length) {
      if (s - lastWordEnd > MAX_GAP) {
        grams = 0;
      }
      lastWordEnd = e;
      long filterKey = KeyedHasher.filterKey(state, length);
      long bits = words.slotBits(words.slot(filterKey));
      long starts = WordFilter.startBits(filterKey);
      boolean opens = (bits & starts) == starts;
      if (grams > 0) {
        long continues = WordFilter.continueBits(filterKey);
        if ((bits & continues) != continues) {
          grams = 0;
        } else {
          extend(e, hasher.finish(state, length));
        }
      }
      if (opens) {
        long token = hasher.finish(state, length);
        long value = hasher.extend(hasher.start(KeyedHasher.WORDS), token);
        if ((wordCounts & 2) != 0 && !inEmail(s, e)) {
          lookup(KeyedHasher.key(value), s, e);
        }
        if (maxWords > 1) {
          gramState[grams] = value;
          gramStart[grams] = s;
          gramWords[grams] = 1;
          grams++;
        }
      }
    }

    /**
     * Extends every open n-gram by the word ending at {@code e}, looking up those of a held length.
     */
    private void extend(int e, long token) {
      int kept = 0;
      for (int k = 0; k < grams; k++) {
        long value = hasher.extend(gramState[k], token);
        int n = gramWords[k] + 1;
        if ((wordCounts & (1 << n)) != 0 && !inEmail(gramStart[k], e)) {
          lookup(KeyedHasher.key(value), gramStart[k], e);
        }
        if (n < maxWords) {
          gramState[kept] = value;
          gramStart[kept] = gramStart[k];
          gramWords[kept] = n;
          kept++;
        }
      }
      grams = kept;
    }

    /**
     * Whether the words {@code b[s, e)} are part of an email address (reported as one when
     * registered, and not as the names or words it is made of): a local part continues from the end
     * to an {@code @}, a domain reaches back from the start to one, or the span holds one. Checked
     * only for n-grams the filter lets through, so its scan costs nothing per word.
     */
    private boolean inEmail(int s, int e) {
      for (int i = e; i < to && i - e <= MAX_LOCAL_BYTES; i++) {
        if (b[i] == '@') {
          return true;
        }
        if (!isLocalByte(b[i])) {
          break;
        }
      }
      for (int i = s - 1; i >= from && s - i <= MAX_DOMAIN_BYTES; i--) {
        if (b[i] == '@') {
          return true;
        }
        if (!isDomainByte(b[i])) {
          break;
        }
      }
      for (int i = s; i < e; i++) {
        if (b[i] == '@') {
          return true;
        }
      }
      return false;
    }

    private void digitGroup(int s, int e) {
      if (groups > 0 && (groups == MAX_GROUPS || !phoneSeparators(groupEnd[groups - 1], s))) {
        flushDigits();
      }
      groupStart[groups] = s;
      groupEnd[groups] = e;
      groups++;
      groupDigits += e - s;
    }

    private boolean phoneSeparators(int from, int to) {
      if (to - from > 2) {
        return false;
      }
      for (int i = from; i < to; i++) {
        byte c = b[i];
        if (c != ' ' && c != '-' && c != '.' && c != '/' && c != '(' && c != ')') {
          return false;
        }
      }
      return true;
    }

    private void flushDigits() {
      int g = groups;
      int total = groupDigits;
      groups = 0;
      groupDigits = 0;
      if (total < minDigits) {
        return;
      }
      int starts = international() ? 1 : g;
      for (int a = 0; a < starts; a++) {
        int length = 0;
        for (int k = a; k < g; k++) {
          length += groupEnd[k] - groupStart[k];
        }
        for (int z = g - 1; z >= a; z--) {
          if (length < minDigits) {
            break;
          }
          if (length <= maxRawDigits && digitRun(a, z, length)) {
            a = z;
            break;
          }
          length -= groupEnd[z] - groupStart[z];
        }
      }
    }

    /**
     * Whether the run starts with {@code +} or {@code 00}: then its first digits are a country
     * code, and a match must start with them.
     */
    private boolean international() {
      int s = groupStart[0];
      return (s > from && b[s - 1] == '+') || (b[s] == '0' && s + 1 < to && b[s + 1] == '0');
    }

    /** Looks up the digits of groups {@code a..z}; true when the index holds them. */
    private boolean digitRun(int a, int z, int length) {
      final byte[] scratch = scratch();
      int n = 0;
      for (int k = a; k <= z; k++) {
        for (int i = groupStart[k]; i < groupEnd[k]; i++) {
          scratch[n++] = b[i];
        }
      }
      int skip = length > 2 && scratch[0] == '0' && scratch[1] == '0' ? 2 : 0;
      int digits = length - skip;
      if (digits > 63 || (digitLengths & (1L << digits)) == 0) {
        return false;
      }
      int start = groupStart[a];
      if (start > from && b[start - 1] == '+') {
        start--;
      }
      return lookup(
          hasher.key(KeyedHasher.DIGITS, hasher.token(scratch, skip, digits)), start, groupEnd[z]);
    }

    private void email(int at) {
      int s = at;
      while (s > from && at - s < MAX_LOCAL_BYTES && isLocalByte(b[s - 1])) {
        s--;
      }
      while (s < at && b[s] == '.') {
        s++;
      }
      int e = at + 1;
      while (e < to && e - at <= MAX_DOMAIN_BYTES && isDomainByte(b[e])) {
        e++;
      }
      while (e > at + 1 && (b[e - 1] == '.' || b[e - 1] == '-')) {
        e--;
      }
      boolean dot = false;
      boolean ascii = true;
      for (int i = s; i < e; i++) {
        dot |= i > at && b[i] == '.';
        ascii &= b[i] >= 0;
      }
      if (s == at || !dot) {
        return;
      }
      long token;
      if (ascii) {
        token = hasher.asciiToken(b, s, e - s);
      } else {
        int n = foldWhole(s, e);
        if (n < 0) {
          return;
        }
        token = hasher.token(scratch(), 0, n);
      }
      lookup(hasher.key(KeyedHasher.EMAIL, token), s, e);
    }

    /** Folds {@code b[s, e)} as {@link Fold#whole} does; -1 when it does not fit the scratch. */
    private int foldWhole(int s, int e) {
      final byte[] scratch = scratch();
      int n = 0;
      int limit = scratch.length - 16;
      for (int i = s; i < e; ) {
        if (n > limit) {
          return -1;
        }
        int c = b[i] & 0xFF;
        if (c < 0x80) {
          scratch[n++] = (byte) (CLASS[c] == LETTER ? c | 0x20 : c);
          i++;
          continue;
        }
        int cp = decode(i);
        if (cp < 0) {
          return -1;
        }
        i += cpLength;
        int info = Fold.info(cp);
        switch (Fold.classOf(info)) {
          case Fold.WORD -> n = Fold.putUtf8(scratch, n, Fold.codePoint(info));
          case Fold.EXPANDED -> {
            for (int x : Fold.expansion(info)) {
              n = Fold.putUtf8(scratch, n, x);
            }
          }
          case Fold.SKIP -> {}
          default -> n = Fold.putUtf8(scratch, n, cp);
        }
      }
      return n;
    }

    /** Reports every record holding {@code key}; true when there was one. */
    private boolean lookup(long key, int start, int end) {
      int k = values.first(key);
      if (k < 0) {
        return false;
      }
      do {
        int payload = values.payload(k);
        sink.match(start, end, infoTypes[payload & 0xFF], payload >>> 8);
        k++;
      } while (values.has(k, key));
      return true;
    }

    /**
     * Decodes the code point at {@code i}, setting {@link #cpLength}; -1 (length 1) for a byte that
     * starts no well-formed sequence before {@code to}.
     */
    private int decode(int i) {
      int c = b[i] & 0xFF;
      int need;
      int cp;
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        cp = c & 0x1F;
      } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        cp = c & 0x0F;
      } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        cp = c & 0x07;
      } else {
        cpLength = 1;
        return -1;
      }
      if (i + need >= to) {
        cpLength = 1;
        return -1;
      }
      for (int k = 1; k <= need; k++) {
        int x = b[i + k] & 0xFF;
        if ((x & 0xC0) != 0x80) {
          cpLength = 1;
          return -1;
        }
        cp = (cp << 6) | (x & 0x3F);
      }
      cpLength = need + 1;
      return cp;
    }
  }
}
