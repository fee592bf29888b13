package dev.kalkan.detect.validate;

/**
 * International Bank Account Numbers (ISO 13616) in electronic form: no spaces, upper case.
 *
 * <p>Country codes and lengths are those of the SWIFT IBAN registry (release 101, 89 countries).
 * The mod-97 check runs over the characters one at a time, so it needs no big integers and no
 * allocation.
 */
public final class Iban {
  private static final int MAX_LENGTH = 34;

  /** Expected IBAN length by country, indexed {@code (first - 'A') * 26 + (second - 'A')}. */
  private static final byte[] LENGTHS = new byte[26 * 26];

  static {
    String registry =
        "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22"
            + " DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28"
            + " HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20"
            + " LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28"
            + " PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28"
            + " TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30";
    for (String entry : registry.split(" ")) {
      LENGTHS[index(entry.charAt(0), entry.charAt(1))] = Byte.parseByte(entry.substring(2));
    }
  }

  private Iban() {}

  private static int index(char first, char second) {
    return (first - 'A') * 26 + (second - 'A');
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /**
   * The IBAN length of the country with this two-letter upper-case ISO 3166 code, or 0 when the
   * code is not in the registry or is not two upper-case ASCII letters.
   */
  public static int expectedLength(CharSequence countryCode) {
    if (countryCode == null || countryCode.length() != 2) {
      return 0;
    }
    return lengthOf(countryCode.charAt(0), countryCode.charAt(1));
  }

  private static int lengthOf(char first, char second) {
    return isUpper(first) && isUpper(second) ? LENGTHS[index(first, second)] : 0;
  }

  /**
   * True when {@code compactUpperCase} is a registry country code, two check digits from 02 to 98
   * and a BBAN of upper-case ASCII letters and digits, with the country's exact length, and the
   * whole passes the ISO 7064 mod-97 check. Spaces, lower case, or anything else give false.
   */
  public static boolean isValid(CharSequence compactUpperCase) {
    CharSequence s = compactUpperCase;
    if (s == null || s.length() < 4 || s.length() > MAX_LENGTH) {
      return false;
    }
    int length = lengthOf(s.charAt(0), s.charAt(1));
    if (length == 0 || s.length() != length) {
      return false;
    }
    char c2 = s.charAt(2);
    char c3 = s.charAt(3);
    if (!Digits.isDigit(c2) || !Digits.isDigit(c3)) {
      return false;
    }
    int check = (c2 - '0') * 10 + (c3 - '0');
    if (check < 2 || check > 98) {
      return false;
    }
    int remainder = 0;
    for (int i = 4; i < length + 4; i++) {
      char c = s.charAt(i < length ? i : i - length);
      if (Digits.isDigit(c)) {
        remainder = (remainder * 10 + (c - '0')) % 97;
      } else if (isUpper(c)) {
        remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
      } else {
        return false;
      }
    }
    return remainder == 1;
  }
}
