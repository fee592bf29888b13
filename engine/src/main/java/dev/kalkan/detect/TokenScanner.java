package dev.kalkan.detect;

import static dev.kalkan.detect.ByteClass.ALNUM;
import static dev.kalkan.detect.ByteClass.B64;
import static dev.kalkan.detect.ByteClass.DIGIT;
import static dev.kalkan.detect.ByteClass.LOCAL;
import static dev.kalkan.detect.ByteClass.LOWER;
import static dev.kalkan.detect.ByteClass.TOKEN;
import static dev.kalkan.detect.ByteClass.TRIGGER;
import static dev.kalkan.detect.ByteClass.UPPER;
import static dev.kalkan.detect.ByteClass.isAlnum;
import static dev.kalkan.detect.ByteClass.isDigit;
import static dev.kalkan.detect.ByteClass.isHex;
import static dev.kalkan.detect.Likelihood.LIKELY;
import static dev.kalkan.detect.Likelihood.POSSIBLE;
import static dev.kalkan.detect.Likelihood.UNLIKELY;
import static dev.kalkan.detect.Likelihood.VERY_LIKELY;
import static dev.kalkan.detect.Likelihood.VERY_UNLIKELY;

import dev.kalkan.detect.validate.Entropy;
import dev.kalkan.detect.validate.Iban;
import dev.kalkan.detect.validate.IpAddress;
import dev.kalkan.detect.validate.PaymentCards;
import dev.kalkan.detect.validate.TcKimlik;
import dev.kalkan.detect.validate.UsSsn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The single pass over UTF-8 bytes that finds candidates for every built-in detector at once.
 *
 * <p>The loop reads each byte once through a class table. Runs of letters and digits (tokens) are
 * consumed whole and dispatched on their first characters, length and character classes; a few
 * punctuation bytes ({@code @}, {@code +}, {@code (}, {@code :}) start their own candidates. Every
 * look-ahead and look-behind is bounded by a constant, and the position never moves backwards, so
 * the scan is linear in the input whatever it contains. Candidates are validated (checksums, number
 * plans, ranges) and given a likelihood from their form and the words around them.
 *
 * <p>One instance scans one window; not thread-safe.
 */
final class TokenScanner {
  /** Bytes before a candidate searched for context words. */
  static final int BEFORE = 48;

  /** Bytes after a candidate searched for context words. */
  static final int AFTER = 24;

  /** The longest candidate: LWA tokens are the longest values, a few hundred bytes. */
  static final int MAX_CANDIDATE = 2048;

  private static final int MAX_GROUPS = 8;
  private static final int SEP_NONE = 0;
  private static final int PREFIX_NONE = 0;
  private static final int PREFIX_PLUS = 1;
  private static final int PREFIX_PAREN = 2;

  private static final String[] AWS_KEY_PREFIXES = {
    "AKIA", "ASIA", "AGPA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "ABIA", "ACCA", "APKA"
  };

  private static final byte[] CLIENT_ID_PREFIX = ascii("amzn1.application-oa2-client.");
  private static final byte[] CLIENT_SECRET_PREFIX = ascii("amzn1.oa2-cs.v1.");
  private static final byte[] MWS_PREFIX = ascii("amzn.mws.");
  private static final byte[] RDT_PREFIX = ascii("Atz.sprdt|");
  private static final byte[] BUYER_RELAY = ascii("marketplace.amazon.");
  private static final byte[] EXAMPLE = ascii("example");
  private static final byte[] PUNYCODE = ascii("xn--");

  private final byte[] b;
  private final int lo;
  private final int limit;
  private final Vocabularies words;
  private final List<Candidate> out;

  private final int[] groupStart = new int[MAX_GROUPS];
  private final int[] groupEnd = new int[MAX_GROUPS];
  private final byte[] groupSep = new byte[MAX_GROUPS];
  private final AsciiBuffer digits = new AsciiBuffer();
  private int b64CheckedUntil;

  private final TextPosition position;
  private final long base;

  /** The byte the main loop dispatched from: every byte before it has been counted. */
  private int visited;

  /**
   * @param b the bytes
   * @param lo the first byte that may be read (context before a window)
   * @param limit the end of the readable bytes
   * @param base the offset of {@code b[0]} in the whole input, in bytes
   * @param position the position at the byte scanning starts from, advanced by {@link #run}
   */
  TokenScanner(
      byte[] b,
      int lo,
      int limit,
      long base,
      TextPosition position,
      Vocabularies words,
      List<Candidate> out) {
    this.b = b;
    this.lo = lo;
    this.limit = limit;
    this.base = base;
    this.position = position;
    this.words = words;
    this.out = out;
  }

  /**
   * Scans from {@code from}, a position where no token continues from before, until the first token
   * boundary at or after {@code stopAt}.
   *
   * @return that boundary: the position to resume from in the next window
   */
  int run(int from, int stopAt) {
    final byte[] b = this.b;
    final int limit = this.limit;
    int i = from;
    while (i < stopAt) {
      int c = ByteClass.of(b[i]);
      if ((c & (ALNUM | TRIGGER)) == 0) {
        i++;
        continue;
      }
      visited = i;
      if ((c & ALNUM) == 0) {
        switch (b[i]) {
          case '@' -> i = onAt(i);
          case '+' -> i = onPlus(i);
          case '(' -> i = onParen(i);
          case ':' -> i = onColon(i);
          case '\n' -> {
            position.line++;
            position.lineStartCodePoint = base + i + 1 - position.continuationBytes;
            i++;
          }
          default -> {
            // a run of non-ASCII bytes: count its continuation bytes in one tight loop
            int k = i;
            int continuation = 0;
            while (k < limit && b[k] < 0) {
              continuation += (b[k] & 0xC0) == 0x80 ? 1 : 0;
              k++;
            }
            position.continuationBytes += continuation;
            i = k;
          }
        }
        continue;
      }
      int j = i + 1;
      int mask = c;
      while (j < limit && ((c = ByteClass.of(b[j])) & ALNUM) != 0) {
        mask |= c;
        j++;
      }
      i = isInert(i, j, mask) ? j : Math.max(j, onToken(i, j, mask));
    }
    return i;
  }

  // ---------------------------------------------------------------- tokens

  /**
   * The common case, decided without a call: a word of letters that no built-in value can be (see
   * {@link #onToken}), or a short number that is neither followed by a separator nor part of an
   * address.
   */
  private boolean isInert(int i, int j, int mask) {
    int len = j - i;
    byte next = j < limit ? b[j] : (byte) ' ';
    if ((mask & DIGIT) == 0) {
      byte first = b[i];
      return first != 'A'
          && first != 'a'
          && len != 40
          && len != 64
          && next != ':'
          && next != '/'
          && next != '+';
    }
    return (mask & (UPPER | LOWER)) == 0
        && len < 7
        && next != ' '
        && next != '-'
        && next != '.'
        && next != ':'
        && next != '/'
        && next != '+'
        && !(i > lo && (b[i - 1] == '/' || b[i - 1] == '+'));
  }

  private int onToken(int i, int j, int mask) {
    int len = j - i;
    byte first = b[i];
    if ((mask & DIGIT) == 0
        && first != 'A'
        && first != 'a'
        && len != 40
        && len != 64
        && (j >= limit || (b[j] != ':' && b[j] != '/' && b[j] != '+'))) {
      return j; // a word: no built-in value is made of letters alone
    }
    if (i >= b64CheckedUntil
        && (len == 40
            || (j < limit && (b[j] == '/' || b[j] == '+'))
            || (len >= 16 && i > lo && (b[i - 1] == '/' || b[i - 1] == '+')))) {
      int r = awsSecret(i);
      if (r > 0) {
        return r;
      }
    }
    if ((mask & (UPPER | LOWER)) == 0) {
      return onDigits(i, j);
    }
    if (len <= 4 && j + 1 < limit && b[j] == ':' && allHex(i, j)) {
      int r = ipv6(i);
      if (r > 0) {
        return r;
      }
    }
    switch (first) {
      case 'A' -> {
        int r = startingWithA(i, j, len, mask);
        if (r > 0) {
          return r;
        }
      }
      case 'a' -> {
        int r = amznPrefixed(i, j, len);
        if (r > 0) {
          return r;
        }
      }
      case 'B' -> {
        if (len == 10 && b[i + 1] == '0' && (mask & LOWER) == 0) {
          emit(InfoType.ASIN, LIKELY, i, j);
          return j;
        }
      }
      default -> {}
    }
    if (len >= 4 && isUpper(first) && isUpper(b[i + 1]) && isDigit(b[i + 2]) && isDigit(b[i + 3])) {
      int r = iban(i, j, len);
      if (r > 0) {
        return r;
      }
    }
    if (len == 64 && (mask & (UPPER | LOWER)) != (UPPER | LOWER) && allHex(i, j)) {
      bareClientSecret(i, j);
    }
    return j;
  }

  private int startingWithA(int i, int j, int len, int mask) {
    if (j < limit && b[j] == '|' && len == 4 && b[i + 1] == 't' && b[i + 2] == 'z') {
      if (b[i + 3] == 'r') {
        return lwaToken(i, j + 1, InfoType.LWA_REFRESH_TOKEN);
      }
      if (b[i + 3] == 'a') {
        return lwaToken(i, j + 1, InfoType.LWA_ACCESS_TOKEN);
      }
    }
    if (len == 4
        && j + 2 < limit
        && b[j] == '%'
        && b[j + 1] == '7'
        && (b[j + 2] == 'C' || b[j + 2] == 'c')
        && b[i + 1] == 't'
        && b[i + 2] == 'z') {
      InfoType type = b[i + 3] == 'r' ? InfoType.LWA_REFRESH_TOKEN : InfoType.LWA_ACCESS_TOKEN;
      if (b[i + 3] == 'r' || b[i + 3] == 'a') {
        return lwaToken(i, j + 3, type);
      }
    }
    if (len == 3 && startsWith(i, RDT_PREFIX)) {
      return lwaToken(i, i + RDT_PREFIX.length, InfoType.SPAPI_RESTRICTED_DATA_TOKEN);
    }
    if ((mask & LOWER) != 0) {
      return -1;
    }
    if (len == 20 && isAwsKeyPrefix(i)) {
      Likelihood l = LIKELY;
      if (contains(i, j, EXAMPLE)) {
        l = VERY_UNLIKELY;
      } else if (near(words.awsKey(), i, j)) {
        l = VERY_LIKELY;
      }
      emit(InfoType.AWS_ACCESS_KEY_ID, l, i, j);
      return j;
    }
    if ((len == 13 || len == 14) && (mask & DIGIT) != 0) {
      if (MarketplaceIds.contains(b, i, len)) {
        emit(InfoType.AMAZON_MARKETPLACE_ID, VERY_LIKELY, i, j);
        return j;
      }
      if (letters(i + 1, j) >= 2) {
        emit(InfoType.AMAZON_SELLER_ID, near(words.seller(), i, j) ? LIKELY : UNLIKELY, i, j);
        return j;
      }
    }
    return -1;
  }

  private int amznPrefixed(int i, int j, int len) {
    if (len == 5 && startsWith(i, CLIENT_ID_PREFIX)) {
      int s = i + CLIENT_ID_PREFIX.length;
      if (hexRun(s) == 32) {
        emit(InfoType.LWA_CLIENT_ID, VERY_LIKELY, i, s + 32);
        return s + 32;
      }
    } else if (len == 5 && startsWith(i, CLIENT_SECRET_PREFIX)) {
      int s = i + CLIENT_SECRET_PREFIX.length;
      if (hexRun(s) == 64) {
        emit(InfoType.LWA_CLIENT_SECRET, VERY_LIKELY, i, s + 64);
        return s + 64;
      }
    } else if (len == 4 && startsWith(i, MWS_PREFIX)) {
      int s = i + MWS_PREFIX.length;
      int end = uuid(s);
      if (end > 0) {
        emit(InfoType.AMAZON_MWS_AUTH_TOKEN, VERY_LIKELY, i, end);
        return end;
      }
    }
    return -1;
  }

  private int lwaToken(int start, int body, InfoType type) {
    int end = body;
    int max = Math.min(limit, start + MAX_CANDIDATE);
    while (end < max && (ByteClass.of(b[end]) & TOKEN) != 0) {
      end++;
    }
    while (end > body && (b[end - 1] == '.' || b[end - 1] == '|' || b[end - 1] == '%')) {
      end--;
    }
    int bodyLength = end - body;
    if (bodyLength < 16) {
      return -1;
    }
    Likelihood l = VERY_LIKELY;
    String text = new String(b, body, bodyLength, StandardCharsets.US_ASCII);
    if (!Entropy.hasMixedClasses(text) || text.toLowerCase(Locale.ROOT).contains("example")) {
      l = UNLIKELY;
    } else if (bodyLength < 40) {
      l = POSSIBLE;
    }
    emit(type, l, start, end);
    return end;
  }

  private void bareClientSecret(int i, int j) {
    if (near(words.clientSecret(), i, j)) {
      emit(InfoType.LWA_CLIENT_SECRET, LIKELY, i, j);
    }
  }

  /** An AWS secret access key: exactly 40 base64 characters, mixed case, next to its name. */
  private int awsSecret(int token) {
    int i = token;
    while (i > lo && token - i < 3 && (b[i - 1] == '/' || b[i - 1] == '+')) {
      i--;
    }
    if (i > lo && (ByteClass.of(b[i - 1]) & B64) != 0) {
      return -1;
    }
    int max = Math.min(limit, i + 41);
    int r = i;
    while (r < max && (ByteClass.of(b[r]) & B64) != 0) {
      r++;
    }
    b64CheckedUntil = r;
    if (r - i != 40 || (r < limit && (ByteClass.of(b[r]) & B64) != 0)) {
      return -1;
    }
    String text = new String(b, i, 40, StandardCharsets.US_ASCII);
    boolean upper = false;
    boolean lower = false;
    for (int k = 0; k < 40; k++) {
      upper |= Character.isUpperCase(text.charAt(k));
      lower |= Character.isLowerCase(text.charAt(k));
    }
    if (!upper || !lower || Entropy.bitsPerChar(text) < 3.5 || !near(words.awsSecret(), i, r)) {
      return -1;
    }
    Likelihood l = text.contains("EXAMPLE") ? VERY_UNLIKELY : LIKELY;
    if (l == LIKELY && near(words.awsKey(), i, r)) {
      l = VERY_LIKELY;
    }
    emit(InfoType.AWS_SECRET_ACCESS_KEY, l, i, r);
    return r;
  }

  private int iban(int i, int j, int len) {
    String country = new String(b, i, 2, StandardCharsets.US_ASCII);
    int expected = Iban.expectedLength(country);
    if (expected == 0) {
      return -1;
    }
    digits.clear();
    int end;
    if (len == expected) {
      appendUpper(i, j);
      end = j;
    } else if (len == 4 && j < limit && (b[j] == ' ' || b[j] == '-')) {
      byte sep = b[j];
      appendUpper(i, j);
      end = j;
      while (digits.length() < expected
          && end + 1 < limit
          && b[end] == sep
          && isAlnum(b[end + 1])) {
        int g = end + 1;
        int e = g;
        while (e < limit && isAlnum(b[e]) && e - g < 5) {
          e++;
        }
        int glen = e - g;
        if (glen > 4 || (glen < 4 && digits.length() + glen != expected)) {
          break;
        }
        appendUpper(g, e);
        end = e;
      }
      if (end < limit && isAlnum(b[end])) {
        return -1;
      }
    } else {
      return -1;
    }
    if (digits.length() != expected) {
      return -1;
    }
    if (!Iban.isValid(digits)) {
      return end; // IBAN-shaped: its groups are not cards or phone numbers either
    }
    emit(InfoType.IBAN_CODE, near(words.iban(), i, end) ? VERY_LIKELY : LIKELY, i, end);
    return end;
  }

  private void appendUpper(int from, int to) {
    digits.append(b, from, to);
  }

  // ---------------------------------------------------------------- numbers

  private int onPlus(int i) {
    if (i + 1 < limit && isDigit(b[i + 1]) && (i == lo || !isAlnum(b[i - 1]))) {
      return Math.max(i + 1, numeric(i + 1, i, PREFIX_PLUS));
    }
    return i + 1;
  }

  private int onParen(int i) {
    if (i + 4 < limit && isDigit(b[i + 1]) && (i == lo || !isAlnum(b[i - 1]))) {
      int e = i + 1;
      while (e < limit && isDigit(b[e]) && e - i <= 5) {
        e++;
      }
      if (e < limit && b[e] == ')' && e - i >= 3) {
        return Math.max(i + 1, numeric(i + 1, i, PREFIX_PAREN));
      }
    }
    return i + 1;
  }

  private int onDigits(int i, int j) {
    int len = j - i;
    if (len <= 4 && j + 1 < limit && b[j] == ':' && (isHex(b[j + 1]) || b[j + 1] == ':')) {
      int r = ipv6(i);
      if (r > 0) {
        return r;
      }
    }
    if (len < 7
        && !(j + 1 < limit && isSeparator(b[j]) && isDigit(b[j + 1]))
        && !(j + 2 < limit && b[j] == ' ' && b[j + 1] == '(' && isDigit(b[j + 2]))
        && !isSpacedSlash(j)) {
      return j;
    }
    return numeric(i, i, PREFIX_NONE);
  }

  /** Whether {@code " / "} and a digit follow {@code j}, as in the German 030 / 901820. */
  private boolean isSpacedSlash(int j) {
    return j + 3 < limit && b[j] == ' ' && b[j + 1] == '/' && b[j + 2] == ' ' && isDigit(b[j + 3]);
  }

  /** Separators between digit groups; '/' as in the German 030/1234567 and in dates. */
  private static boolean isSeparator(byte c) {
    return c == ' ' || c == '-' || c == '.' || c == '/';
  }

  /**
   * Reads a sequence of digit groups joined by single separators and classifies it.
   *
   * @return the position after the sequence (or after the candidate found in it)
   */
  private int numeric(int s, int spanStart, int prefix) {
    boolean parenthesised = false;
    int n = 0;
    int p = s;
    while (true) {
      int e = p;
      while (e < limit && isDigit(b[e])) {
        e++;
      }
      groupStart[n] = p;
      groupEnd[n] = e;
      groupSep[n] = SEP_NONE;
      n++;
      if (e - p > 19 || n == MAX_GROUPS || e >= limit) {
        break;
      }
      byte c = b[e];
      int q;
      if (n == 1 && isSpacedSlash(e) && b[p] == '0' && e - p >= 3) {
        c = '/';
        q = e + 3; // 030 / 901820: a German area code set off by a spaced slash
      } else if (isSeparator(c)) {
        q = e + 1;
        if (c == ' ' && q < limit && b[q] == '(') {
          q++;
          parenthesised = true;
        }
      } else if (c == '(' && prefix == PREFIX_PLUS && n == 1) {
        q = e + 1; // +44(0)20 …: the trunk prefix in parentheses right after the country code
        parenthesised = true;
      } else if (c == ')' && (prefix != PREFIX_NONE || parenthesised)) {
        q = e + 1 < limit && (b[e + 1] == ' ' || b[e + 1] == '-') ? e + 2 : e + 1;
      } else {
        break;
      }
      if (q >= limit || !isDigit(b[q])) {
        break;
      }
      groupSep[n - 1] = c;
      p = q;
    }
    int end = groupEnd[n - 1];
    if (n < 4 && end - s - (n - 1) < 7 && prefix == PREFIX_NONE) {
      return end; // fewer than 7 digits and no dotted quad: prices, counts, short dates
    }
    boolean gluedBefore =
        prefix == PREFIX_NONE
            && s - 2 >= lo
            && (b[s - 1] == '-'
                || b[s - 1] == '_'
                || b[s - 1] == '.'
                || b[s - 1] == '/'
                || b[s - 1] == '#')
            && isAlnum(b[s - 2]);
    if (gluedBefore) {
      // "/orders/113-1234567-1234567/address": an order id keeps its shape inside a path
      int r = b[s - 1] != '-' && n >= 3 ? orderId(n) : -1;
      return r > 0 ? r : end;
    }
    if (gluedAfter(groupEnd[0]) && n == 1) {
      return end;
    }
    int r = classify(n, s, spanStart, prefix);
    return r > 0 ? r : end;
  }

  private boolean gluedAfter(int e) {
    if (e >= limit) {
      return false;
    }
    byte c = b[e];
    if (isAlnum(c)) {
      return true;
    }
    return (c == '-' || c == '_' || c == '.' || c == '/')
        && e + 1 < limit
        && isAlnum(b[e + 1])
        && !isDigit(b[e + 1]);
  }

  private int glen(int k) {
    return groupEnd[k] - groupStart[k];
  }

  private int classify(int n, int s, int spanStart, int prefix) {
    if (prefix == PREFIX_NONE && n == 5 && isFrenchDotted()) {
      collectDigits(0, n);
      int r = national(n, spanStart, groupEnd[4], prefix);
      if (r > 0) {
        return r;
      }
    }
    if (prefix == PREFIX_NONE && n >= 3 && !isDottedQuad(n) && isDate(n)) {
      return groupEnd[2];
    }
    if (prefix == PREFIX_NONE && n >= 3) {
      int r = orderIdOrSsn(n);
      if (r > 0) {
        return r;
      }
    }
    if (prefix == PREFIX_NONE && n >= 4 && groupSep[0] == '.' && glen(0) <= 3) {
      return ipv4OrDotted(n);
    }
    if (prefix == PREFIX_PLUS) {
      return international(n, spanStart);
    }
    int end = groupEnd[n - 1];
    boolean trailingGlue = gluedAfter(end);
    if (trailingGlue) {
      return -1;
    }
    collectDigits(0, n);
    int total = digits.length();
    if (prefix == PREFIX_NONE) {
      if (total >= 13 && total <= 19 && cardGrouping(n)) {
        int r = card(s, end);
        if (r > 0) {
          return r;
        }
      }
      int r = leadingCard(n, s);
      if (r > 0) {
        return r;
      }
      collectDigits(0, n);
      if (n == 1 && total == 11 && TcKimlik.isValid(digits)) {
        emit(
            InfoType.TR_NATIONAL_ID, contextual(words.tc(), s, end, POSSIBLE, VERY_LIKELY), s, end);
        return end;
      }
      if (n == 1 && total == 9 && near(words.ssn(), s, end)) {
        if (ssnValid(s, 3, s + 3, 2, s + 5, 4)) {
          emit(InfoType.US_SOCIAL_SECURITY_NUMBER, LIKELY, s, end);
          return end;
        }
      }
      if (n == 1
          && total >= 11
          && total <= 17
          && digits.charAt(0) == '0'
          && digits.charAt(1) == '0'
          && near(words.phone(), s, end)) {
        // 0090 532 … written without spaces next to a phone word: the international prefix
        digits.dropFirst(2);
        if (PhoneNumbers.isValidInternational(digits)) {
          emit(InfoType.PHONE_NUMBER, LIKELY, s, end);
          return end;
        }
        return -1;
      }
      if (total >= 2 + 2 && digits.charAt(0) == '0' && digits.charAt(1) == '0' && n > 1) {
        digits.dropFirst(2);
        if (PhoneNumbers.isValidInternational(digits)) {
          emit(
              InfoType.PHONE_NUMBER,
              contextual(words.phone(), s, end, LIKELY, VERY_LIKELY),
              s,
              end);
          return end;
        }
        return -1;
      }
    }
    if (prefix == PREFIX_NONE
        && n == 2
        && groupSep[0] == '-'
        && ((glen(0) == 5 && glen(1) == 4)
            || (glen(0) == 2 && glen(1) == 7 && b[groupStart[0]] != '0'))) {
      return end; // a US ZIP+4 code or an employer identification number
    }
    return national(n, spanStart, end, prefix);
  }

  /**
   * Whether five groups of two digits joined by full stops start with a trunk 0: how French numbers
   * are often written ({@code 06.12.34.56.78}), and no IPv4 address or version has that shape.
   */
  private boolean isFrenchDotted() {
    for (int k = 0; k < 5; k++) {
      if (glen(k) != 2 || k < 4 && groupSep[k] != '.') {
        return false;
      }
    }
    return b[groupStart[0]] == '0' && b[groupStart[0] + 1] != '0';
  }

  private boolean isDottedQuad(int n) {
    return n >= 4 && groupSep[0] == '.' && groupSep[1] == '.' && groupSep[2] == '.';
  }

  private boolean isDate(int n) {
    byte sep = groupSep[0];
    if (sep == SEP_NONE || sep != groupSep[1] || sep == ' ' && n > 3) {
      return false;
    }
    int a = glen(0);
    int m = glen(1);
    int c = glen(2);
    return (a == 4 && m <= 2 && c <= 2) || (a <= 2 && m <= 2 && (c == 4 || c == 2));
  }

  private int orderIdOrSsn(int n) {
    byte sep = groupSep[0];
    if (sep != groupSep[1] || (n > 3 && groupSep[2] == sep)) {
      return -1;
    }
    int end = groupEnd[2];
    if (gluedAfter(end)) {
      return -1;
    }
    int s = groupStart[0];
    int order = orderId(n);
    if (order > 0) {
      return order;
    }
    if (glen(0) == 3 && glen(1) == 2 && glen(2) == 4 && sep != '/') {
      if (!ssnValid(groupStart[0], 3, groupStart[1], 2, groupStart[2], 4)) {
        return end;
      }
      Likelihood base = sep == '-' ? LIKELY : POSSIBLE;
      Likelihood l = near(words.ssn(), s, end) ? VERY_LIKELY : base;
      if (nearInLine(Vocabulary.NOT_PERSONAL_NUMBER, s, end)) {
        l = l.shift(-2);
      }
      emit(InfoType.US_SOCIAL_SECURITY_NUMBER, l, s, end);
      return end;
    }
    return -1;
  }

  /** Emits an Amazon order id (3-7-7 digits joined by dashes) in the leading groups, if any. */
  private int orderId(int n) {
    if (groupSep[0] != '-'
        || groupSep[1] != '-'
        || (n > 3 && groupSep[2] == '-')
        || glen(0) != 3
        || glen(1) != 7
        || glen(2) != 7) {
      return -1;
    }
    int s = groupStart[0];
    int end = groupEnd[2];
    if (end < limit && (isAlnum(b[end]) || b[end] == '-')) {
      return -1;
    }
    emit(InfoType.AMAZON_ORDER_ID, contextual(words.order(), s, end, LIKELY, VERY_LIKELY), s, end);
    return end;
  }

  private boolean ssnValid(int a, int al, int g, int gl, int sr, int sl) {
    int area = number(a, al);
    int group = number(g, gl);
    int serial = number(sr, sl);
    if (!UsSsn.isIssuable(area, group, serial)) {
      return false;
    }
    digits.clear();
    appendDigits(a, a + al);
    appendDigits(g, g + gl);
    appendDigits(sr, sr + sl);
    return !UsSsn.isKnownInvalid(digits);
  }

  private int ipv4OrDotted(int n) {
    int dotted = 1;
    while (dotted < n && groupSep[dotted - 1] == '.') {
      dotted++;
    }
    int sequenceEnd = groupEnd[dotted - 1];
    if (dotted < 4) {
      return sequenceEnd;
    }
    int end = groupEnd[3];
    if (dotted == 4 && gluedAfter(end)) {
      return sequenceEnd;
    }
    int s = groupStart[0];
    String text = new String(b, s, end - s, StandardCharsets.US_ASCII);
    if (!IpAddress.isValidV4(text)) {
      return sequenceEnd;
    }
    Likelihood l = LIKELY;
    if (precededByWord(Vocabulary.VERSION, s) || inVersionField(s)) {
      l = VERY_UNLIKELY;
    } else if (near(words.ip(), s, end)) {
      l = VERY_LIKELY;
    } else if (IpAddress.isLikelyVersionOrNonAddress(text)) {
      l = UNLIKELY; // 1.2.3.4 with no address word near is a version far more often
    } else if (dotted > 4) {
      l = POSSIBLE;
    }
    if (dotted == 4) {
      end = prefixLength(end, 32);
    }
    emit(InfoType.IP_ADDRESS, l, s, end);
    return Math.max(end, sequenceEnd);
  }

  /** Extends an address over a CIDR suffix {@code /N} with {@code N <= max}, if one follows. */
  private int prefixLength(int end, int max) {
    if (end + 1 >= limit || b[end] != '/' || !isDigit(b[end + 1])) {
      return end;
    }
    int e = end + 1;
    int value = 0;
    while (e < limit && isDigit(b[e]) && e - end <= 3) {
      value = value * 10 + (b[e] - '0');
      e++;
    }
    if (value > max || (e < limit && isAlnum(b[e])) || (b[end + 1] == '0' && e - end > 2)) {
      return end;
    }
    return e;
  }

  private boolean cardGrouping(int n) {
    if (n == 1) {
      return true;
    }
    byte sep = groupSep[0];
    if (sep != ' ' && sep != '-') {
      return false;
    }
    for (int k = 1; k < n - 1; k++) {
      if (groupSep[k] != sep) {
        return false;
      }
    }
    if (n == 3 && glen(0) == 4 && glen(1) == 6 && (glen(2) == 5 || glen(2) == 4)) {
      return true;
    }
    for (int k = 0; k < n - 1; k++) {
      if (glen(k) != 4) {
        return false;
      }
    }
    return glen(n - 1) >= 1 && glen(n - 1) <= 4;
  }

  /**
   * A card written in the leading groups of a longer sequence: a compact number followed by a
   * space, or groups with one separator followed by groups with another.
   */
  private int leadingCard(int n, int s) {
    int k = 1;
    if (glen(0) < 13) {
      while (k < n - 1 && groupSep[k] == groupSep[0]) {
        k++;
      }
      k++;
    }
    if (k >= n || groupSep[k - 1] != ' ') {
      return -1;
    }
    collectDigits(0, k);
    int total = digits.length();
    if (total < 13 || total > 19 || !cardGrouping(k)) {
      return -1;
    }
    return card(s, groupEnd[k - 1]);
  }

  private int card(int s, int end) {
    if (!PaymentCards.isValid(digits)) {
      return -1;
    }
    boolean compact = end - s == digits.length();
    Likelihood l = compact ? POSSIBLE : LIKELY;
    if (near(words.card(), s, end)) {
      l = VERY_LIKELY;
    } else if (compact && digits.length() == 13) {
      return -1; // 13 bare digits are an EAN barcode far more often than a (retired) Visa card
    } else if (nearInLine(Vocabulary.NOT_PERSONAL_NUMBER, s, end)) {
      l = l.shift(-2);
    }
    if (PaymentCards.isWellKnownTestNumber(digits) && l.compareTo(POSSIBLE) > 0) {
      l = l.shift(-1);
    }
    emit(InfoType.CREDIT_CARD_NUMBER, l, s, end);
    return end;
  }

  private int international(int n, int plus) {
    for (int k = n; k >= 1; k--) {
      int end = groupEnd[k - 1];
      if (k < n && groupSep[k - 1] != ' ') {
        continue;
      }
      collectDigits(0, k);
      dropParenthesisedTrunkZero(k);
      if (digits.length() > 15 || gluedAfter(end)) {
        continue;
      }
      if (PhoneNumbers.isValidInternational(digits)) {
        emit(
            InfoType.PHONE_NUMBER,
            contextual(words.phone(), plus, end, LIKELY, VERY_LIKELY),
            plus,
            end);
        return end;
      }
    }
    return -1;
  }

  /**
   * Removes the "(0)" that British, German and Swiss writers put between the country code and the
   * number ({@code +49 (0)30 1234567}): it is the trunk prefix, not a digit of the number.
   */
  private void dropParenthesisedTrunkZero(int groups) {
    if (groups > 2
        && glen(1) == 1
        && b[groupStart[1]] == '0'
        && b[groupStart[1] - 1] == '('
        && groupEnd[1] < limit
        && b[groupEnd[1]] == ')') {
      digits.clear();
      appendDigits(groupStart[0], groupEnd[0]);
      for (int k = 2; k < groups; k++) {
        appendDigits(groupStart[k], groupEnd[k]);
      }
    }
  }

  private int national(int n, int spanStart, int end, int prefix) {
    int total = digits.length();
    if (total < 7 || total > 13) {
      return -1;
    }
    boolean formatted = n > 1 || prefix == PREFIX_PAREN;
    if (!formatted && !isPlausibleBareNational(digits)) {
      return -1;
    }
    if (formatted && n == 2 && groupSep[0] == '.') {
      return -1; // a decimal number
    }
    if (n == 2 && yearAndSerial()) {
      return -1;
    }
    boolean hot = near(words.phone(), spanStart, end);
    if (!formatted && !hot) {
      if (digits.charAt(0) == '0'
          && !nearInLine(Vocabulary.NOT_PERSONAL_NUMBER, spanStart, end)
          && PhoneNumbers.isValidNationalMobile(digits)) {
        emit(InfoType.PHONE_NUMBER, POSSIBLE, spanStart, end);
        return end;
      }
      return -1;
    }
    if (formatted && n > 1 && glen(0) == 1 && glen(1) == 1) {
      return -1;
    }
    if (!hot && (total < 9 || nearInLine(Vocabulary.NOT_PERSONAL_NUMBER, spanStart, end))) {
      return -1; // 7-8 digits without a phone word: postal codes, local numbers without area
    }
    boolean valid = PhoneNumbers.isValidNational(digits);
    if (!valid && !PhoneNumbers.isBareLandline(digits)) {
      return -1;
    }
    Likelihood l = hot ? VERY_LIKELY : (formatted ? POSSIBLE : UNLIKELY);
    if (hot && !formatted) {
      l = LIKELY;
    }
    if (!valid) {
      l = hot ? LIKELY : UNLIKELY;
    }
    emit(InfoType.PHONE_NUMBER, l, spanStart, end);
    return end;
  }

  /**
   * Whether the first two groups are a year from 1990 to 2039 and a serial number after {@code -}
   * or {@code /} ({@code 2026-000451}, {@code 2025/1187}): how invoices and documents are numbered.
   * A national number whose first group has four digits starts with the trunk prefix 0.
   */
  private boolean yearAndSerial() {
    if (glen(0) != 4 || (groupSep[0] != '-' && groupSep[0] != '/')) {
      return false;
    }
    int year = number(groupStart[0], 4);
    return year >= 1990 && year <= 2039;
  }

  /**
   * Whether digits written without any separator can be a national number at all: with the trunk
   * prefix 0, 10 to 12 digits; without it, 9 digits starting 6-9 (Spain), 10 digits starting 2-9
   * (North America, Turkey, India, Italy) or 11 digits starting 1 (North America). Epoch
   * timestamps, EAN and UPC codes and most numeric ids fail this before any costlier check.
   */
  private static boolean isPlausibleBareNational(CharSequence d) {
    int length = d.length();
    char first = d.charAt(0);
    if (first == '0') {
      return length >= 10 && length <= 12 && d.charAt(1) != '0';
    }
    return (length == 9 && first >= '6')
        || (length == 10 && first >= '2')
        || (length == 11 && first == '1');
  }

  private void collectDigits(int from, int to) {
    digits.clear();
    for (int k = from; k < to; k++) {
      appendDigits(groupStart[k], groupEnd[k]);
    }
  }

  private void appendDigits(int from, int to) {
    digits.append(b, from, to);
  }

  private int number(int from, int length) {
    int v = 0;
    for (int k = from; k < from + length; k++) {
      v = v * 10 + (b[k] - '0');
    }
    return v;
  }

  // ---------------------------------------------------------------- IPv6

  private int onColon(int i) {
    if (i + 2 < limit
        && b[i + 1] == ':'
        && isHex(b[i + 2])
        && (i == lo || !(isAlnum(b[i - 1]) || b[i - 1] == ':' || b[i - 1] == '.'))) {
      int r = ipv6(i);
      if (r > 0) {
        return r;
      }
    }
    return i + 1;
  }

  private int ipv6(int s) {
    if (s > lo && (isAlnum(b[s - 1]) || b[s - 1] == ':' || b[s - 1] == '.')) {
      return -1;
    }
    int max = Math.min(limit, s + 46);
    int e = s;
    int colons = 0;
    boolean digit = false;
    while (e < max) {
      byte c = b[e];
      if (c == ':') {
        colons++;
      } else if (isDigit(c)) {
        digit = true;
      } else if (!(isHex(c) || c == '.')) {
        break;
      }
      e++;
    }
    while (e > s && (b[e - 1] == '.' || (b[e - 1] == ':' && !(e - 2 >= s && b[e - 2] == ':')))) {
      e--;
    }
    if (colons < 2 || (e < limit && (isAlnum(b[e]) || b[e] == ':'))) {
      return -1;
    }
    String text = new String(b, s, e - s, StandardCharsets.US_ASCII);
    if (!IpAddress.isValidV6(text)) {
      return -1;
    }
    int groups = 0;
    int longest = 0;
    int run = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == ':' || c == '.') {
        if (run > 0) {
          groups++;
        }
        run = 0;
      } else {
        run++;
        longest = Math.max(longest, run);
      }
    }
    if (run > 0) {
      groups++;
    }
    if (groups < 3 && !(digit && longest >= 1 && text.startsWith("::")) && longest < 3) {
      return -1;
    }
    Likelihood l = near(words.ip(), s, e) ? VERY_LIKELY : LIKELY;
    if (e + 1 < limit && b[e] == '%' && isAlnum(b[e + 1])) {
      int z = e + 1;
      while (z < limit && z - e <= 16 && (isAlnum(b[z]) || b[z] == '_' || b[z] == '.')) {
        z++;
      }
      e = z;
    }
    e = prefixLength(e, 128);
    emit(InfoType.IP_ADDRESS, l, s, e);
    return e;
  }

  // ---------------------------------------------------------------- email

  private int onAt(int at) {
    int s = at;
    int floor = Math.max(lo, at - 64);
    while (s > floor && isLocalPart(b[s - 1])) {
      s--;
    }
    if (s == floor && s > lo && isLocalPart(b[s - 1])) {
      return at + 1;
    }
    while (s < at && !isAlnum(b[s]) && !isUtf8Lead(b[s])) {
      s++;
    }
    if (s == at || b[at - 1] == '.' || b[at - 1] == '\'') {
      return at + 1;
    }
    int p = at + 1;
    int max = Math.min(limit, p + 255);
    int labels = 0;
    int tldStart = -1;
    int end = -1;
    while (p < max && isDomainStart(b[p])) {
      int l = p;
      while (p < max && (isAlnum(b[p]) || b[p] == '-' || b[p] < 0 && !isUtf8Separator(b[p]))) {
        p++;
      }
      if (b[p - 1] == '-' || p - l > 63) {
        break;
      }
      labels++;
      tldStart = l;
      end = p;
      if (p + 1 < max && b[p] == '.' && isDomainStart(b[p + 1])) {
        p++;
      } else {
        break;
      }
    }
    if (labels < 2 || !isTld(tldStart, end) || (end < limit && b[end] == '@')) {
      return at + 1;
    }
    if (isUrlUserInfo(s) || isRemotePath(end)) {
      return end;
    }
    if (startsWithIgnoreCase(at + 1, BUYER_RELAY)) {
      emit(InfoType.AMAZON_BUYER_EMAIL, VERY_LIKELY, s, end);
    } else {
      emit(InfoType.EMAIL_ADDRESS, contextual(words.email(), s, end, LIKELY, VERY_LIKELY), s, end);
    }
    return end;
  }

  /**
   * Whether the local part starting at {@code s} is the user information of a URL ({@code
   * https://user@host}, {@code https://user:password@host}, a Sentry DSN's key): a login for that
   * host, not a mailbox.
   */
  private boolean isUrlUserInfo(int s) {
    int k = s;
    if (k > lo && b[k - 1] == ':') {
      k--;
      int floor = Math.max(lo, k - 64);
      while (k > floor && isUserInfo(b[k - 1])) {
        k--;
      }
    }
    return k - 2 >= lo && b[k - 1] == '/' && b[k - 2] == '/';
  }

  private static boolean isUserInfo(byte c) {
    return c >= 0 && (isAlnum(c) || "-._~%!$&'()*+,;=".indexOf(c) >= 0);
  }

  /**
   * Whether the domain ending at {@code end} is followed by a colon and a path or port with no
   * space between: an SSH/SCP remote ({@code git@github.com:acme/repo.git}) or a host and port.
   */
  private boolean isRemotePath(int end) {
    if (end + 1 >= limit || b[end] != ':') {
      return false;
    }
    byte next = b[end + 1];
    return isAlnum(next) || next == '/' || next == '~';
  }

  /**
   * Whether a domain label may start with {@code c}: an ASCII letter or digit, or the lead byte of
   * a non-ASCII letter (an internationalised domain written in Unicode, {@code bücher.de}).
   */
  private static boolean isDomainStart(byte c) {
    return isAlnum(c) || isUtf8Lead(c) && !isUtf8Separator(c);
  }

  private static boolean isLocalPart(byte c) {
    return c < 0 ? !isUtf8Separator(c) : (ByteClass.of(c) & (ALNUM | LOCAL)) != 0;
  }

  private static boolean isUtf8Lead(byte c) {
    return (c & 0xC0) == 0xC0;
  }

  /** Lead bytes of the UTF-8 encodings of NO-BREAK SPACE and the general punctuation block. */
  private static boolean isUtf8Separator(byte c) {
    return c == (byte) 0xC2 || c == (byte) 0xE2 || c == (byte) 0xE3 || c == (byte) 0xEF;
  }

  private boolean isTld(int from, int to) {
    int len = to - from;
    if (len >= 5 && startsWithIgnoreCase(from, PUNYCODE)) {
      return true;
    }
    if (len < 2 || len > 24) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!isLetter(b[k])) {
        return false;
      }
    }
    String tld = new String(b, from, len, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
    return !FileExtensions.contains(tld);
  }

  // ---------------------------------------------------------------- helpers

  private Likelihood contextual(
      ContextWords hot, int start, int end, Likelihood base, Likelihood withHotword) {
    return near(hot, start, end) ? withHotword : base;
  }

  private boolean near(ContextWords w, int start, int end) {
    return w.near(b, lo, limit, start, end, BEFORE, AFTER);
  }

  /**
   * Like {@link #near} but within the table cell of the candidate and, after it, within its line:
   * negative words in the next column of a report or on the next line say nothing about this value,
   * while the key on the line before a pretty-printed JSON value does.
   */
  private boolean nearInLine(ContextWords w, int start, int end) {
    int from = Math.max(lo, start - BEFORE);
    for (int k = start - 1; k >= from; k--) {
      if (b[k] == '\t') {
        from = k + 1;
        break;
      }
    }
    int to = Math.min(limit, end + AFTER);
    for (int k = end; k < to; k++) {
      if (b[k] == '\n' || b[k] == '\t') {
        to = k;
        break;
      }
    }
    return w.occursIn(b, from, start) || w.occursIn(b, end, to);
  }

  /**
   * True when the word right before {@code start} (across at most five separator characters, as in
   * {@code version 1.2.3.4}, {@code Chrome/124.0.1.2} or {@code "firmware_version": "1.0.0.1"})
   * holds one of {@code w}.
   */
  /**
   * True when the JSON string value at {@code start} sits under a version-like key of the object it
   * is in: {@code "firmware_version": [{"value": "5.18.149.43"}]}. Looks back at most 96 bytes,
   * stops at the end of the previous member ({@code ,} or a closing brace) and needs a JSON key
   * ({@code ":}) in between, so log lines with versions in a user agent are not taken for JSON.
   */
  private boolean inVersionField(int start) {
    if (start == lo || b[start - 1] != '"') {
      return false; // only JSON string values
    }
    int from = Math.max(lo, start - 96);
    boolean keyValue = false;
    for (int k = start - 1; k > from; k--) {
      if (b[k] == ',' || b[k] == '}') {
        from = k + 1;
        break;
      }
      keyValue |= b[k] == ':' && b[k - 1] == '"';
    }
    return keyValue && Vocabulary.VERSION_KEY.occursIn(b, from, start);
  }

  private boolean precededByWord(ContextWords w, int start) {
    int k = start;
    int floor = Math.max(lo, start - 5);
    while (k > floor && !isAlnum(b[k - 1])) {
      k--;
    }
    if (k == lo || !isAlnum(b[k - 1])) {
      return false;
    }
    int wordEnd = k;
    int min = Math.max(lo, wordEnd - 32);
    while (k > min && (isAlnum(b[k - 1]) || b[k - 1] == '_' || b[k - 1] == '-')) {
      k--;
    }
    return w.occursIn(b, k, wordEnd);
  }

  private void emit(InfoType type, Likelihood likelihood, int start, int end) {
    int size = out.size();
    while (size > 0) {
      Candidate last = out.get(size - 1);
      if (last.end() <= start) {
        break;
      }
      if (last.length() >= end - start) {
        return;
      }
      out.remove(--size);
    }
    long continuation = position.continuationBytes;
    for (int k = start; k < visited; k++) {
      if ((b[k] & 0xC0) == 0x80) {
        continuation--; // counted by the main loop, but after the start of this value
      }
    }
    long codePoint = base + start - continuation;
    out.add(
        new Candidate(
            type,
            likelihood,
            start,
            end,
            codePoint,
            position.line,
            codePoint - position.lineStartCodePoint + 1));
  }

  private boolean allHex(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isHex(b[k])) {
        return false;
      }
    }
    return true;
  }

  private int hexRun(int from) {
    int e = from;
    while (e < limit && isHex(b[e]) && e - from <= 64) {
      e++;
    }
    return e < limit && isAlnum(b[e]) ? -1 : e - from;
  }

  /** The end of a UUID (8-4-4-4-12 hex) starting at {@code from}, or -1. */
  private int uuid(int from) {
    int[] parts = {8, 4, 4, 4, 12};
    int p = from;
    for (int k = 0; k < parts.length; k++) {
      for (int c = 0; c < parts[k]; c++, p++) {
        if (p >= limit || !isHex(b[p])) {
          return -1;
        }
      }
      if (k < parts.length - 1) {
        if (p >= limit || b[p] != '-') {
          return -1;
        }
        p++;
      }
    }
    return p < limit && isAlnum(b[p]) ? -1 : p;
  }

  private boolean isAwsKeyPrefix(int i) {
    for (String prefix : AWS_KEY_PREFIXES) {
      if (b[i] == prefix.charAt(0)
          && b[i + 1] == prefix.charAt(1)
          && b[i + 2] == prefix.charAt(2)
          && b[i + 3] == prefix.charAt(3)) {
        return true;
      }
    }
    return false;
  }

  private boolean startsWith(int at, byte[] prefix) {
    if (at + prefix.length > limit) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if (b[at + k] != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  private boolean startsWithIgnoreCase(int at, byte[] prefix) {
    if (at + prefix.length > limit) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if (ByteClass.lower(b[at + k]) != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  private boolean contains(int from, int to, byte[] needle) {
    for (int p = from; p + needle.length <= to; p++) {
      boolean match = true;
      for (int k = 0; k < needle.length && match; k++) {
        match = ByteClass.lower(b[p + k]) == needle[k];
      }
      if (match) {
        return true;
      }
    }
    return false;
  }

  private int letters(int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (isLetter(b[k])) {
        n++;
      }
    }
    return n;
  }

  private static boolean isLetter(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isUpper(byte c) {
    return c >= 'A' && c <= 'Z';
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
