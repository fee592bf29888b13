package dev.kalkan.detect;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phone number validity through libphonenumber: international numbers for any region, national
 * numbers for the regions Kalkan's users trade in. Thread-safe.
 */
final class PhoneNumbers {
  /** Regions whose national numbers start with the trunk prefix 0. */
  private static final List<String> TRUNK_ZERO_REGIONS =
      List.of("TR", "GB", "DE", "FR", "IT", "JP", "NL", "PL", "SE", "IL", "AU", "AT", "CH");

  /** Regions whose national numbers are written without a trunk prefix. */
  private static final List<String> NO_TRUNK_REGIONS = List.of("US", "ES", "IT", "IN", "TR");

  /**
   * Regions where only mobile numbers are written without the trunk prefix: an Indian landline is
   * written 011 2345 6789, so bare digits such as an id {@code 123-45-67890} are not one.
   */
  private static final List<String> BARE_MOBILE_ONLY = List.of("IN");

  /**
   * The trunk-prefix regions whose mobile numbers start with 0 and then this digit, so that bare
   * digits are parsed only for regions where they could be a mobile number.
   */
  private static final Map<Character, List<String>> MOBILE_REGIONS_BY_SECOND_DIGIT =
      Map.of(
          '1', List.of("DE"),
          '4', List.of("AU"),
          '5', List.of("TR", "IL", "DE"),
          '6', List.of("FR", "NL", "AT", "DE"),
          '7', List.of("GB", "FR", "SE", "CH", "JP", "PL"),
          '8', List.of("JP"),
          '9', List.of("JP"));

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final String UNKNOWN_REGION = "ZZ";

  /** The national (trunk) prefix of each region used here, "" where there is none. */
  private static final Map<String, String> NATIONAL_PREFIXES = nationalPrefixes();

  private PhoneNumbers() {}

  private static Map<String, String> nationalPrefixes() {
    Map<String, String> prefixes = new HashMap<>();
    for (List<String> regions : List.of(TRUNK_ZERO_REGIONS, NO_TRUNK_REGIONS)) {
      for (String region : regions) {
        String prefix = UTIL.getNddPrefixForRegion(region, true);
        prefixes.put(region, prefix == null ? "" : prefix);
      }
    }
    return Map.copyOf(prefixes);
  }

  /** True when {@code digits} after a '+' form a valid number of some region. */
  static boolean isValidInternational(CharSequence digits) {
    if (digits.length() < 7 || digits.length() > 15) {
      return false;
    }
    // Country calling codes are a prefix code: at most one of the first 1-3 digits is one.
    for (int k = 1; k <= 3; k++) {
      int countryCode = Integer.parseInt(digits, 0, k, 10);
      String region = UTIL.getRegionCodeForCountryCode(countryCode);
      if (!region.equals(UNKNOWN_REGION)) {
        PhoneNumber number = number(countryCode, digits, k);
        if (number != null && UTIL.isValidNumber(number)) {
          return true;
        }
        // a trunk prefix kept after the country code, as in +49 030 1234567
        String prefix = UTIL.getNddPrefixForRegion(region, true);
        if (prefix != null
            && !prefix.isEmpty()
            && digits.length() > k + prefix.length()
            && digits.toString().startsWith(prefix, k)) {
          number = number(countryCode, digits, k + prefix.length());
          if (number != null && UTIL.isValidNumber(number)) {
            return true;
          }
        }
        return parsesAsValid(digits); // regions with transform rules need the full parser
      }
    }
    return false;
  }

  private static boolean parsesAsValid(CharSequence digits) {
    try {
      return UTIL.isValidNumber(UTIL.parse("+" + digits, UNKNOWN_REGION));
    } catch (NumberParseException e) {
      return false;
    }
  }

  /**
   * True when {@code digits}, written with the trunk prefix 0, are a valid mobile number of one of
   * the regions: the one form of bare digits distinctive enough to report without context.
   */
  static boolean isValidNationalMobile(CharSequence digits) {
    if (digits.length() < 10 || digits.charAt(0) != '0') {
      return false;
    }
    for (String region : MOBILE_REGIONS_BY_SECOND_DIGIT.getOrDefault(digits.charAt(1), List.of())) {
      PhoneNumber number = national(digits, region);
      if (number != null
          && UTIL.isValidNumberForRegion(number, region)
          && UTIL.getNumberType(number) == PhoneNumberUtil.PhoneNumberType.MOBILE) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code digits}, written without country code, are valid in one of the regions. */
  static boolean isValidNational(CharSequence digits) {
    if (digits.length() < 7 || digits.length() > 13) {
      return false;
    }
    List<String> regions = digits.charAt(0) == '0' ? TRUNK_ZERO_REGIONS : NO_TRUNK_REGIONS;
    for (String region : regions) {
      PhoneNumber number = national(digits, region);
      if (number != null
          && UTIL.isValidNumberForRegion(number, region)
          && (digits.charAt(0) == '0'
              || !BARE_MOBILE_ONLY.contains(region)
              || isMobile(UTIL.getNumberType(number)))) {
        return true;
      }
      // the country code written without '+', as in 91-415-555-0132
      int countryCode = UTIL.getCountryCodeForRegion(region);
      String code = Integer.toString(countryCode);
      if (digits.length() > code.length() + 6 && digits.toString().startsWith(code)) {
        number = number(countryCode, digits, code.length());
        if (number != null && UTIL.isValidNumberForRegion(number, region)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when {@code digits}, not starting with 0, are valid only as a landline of a region where
   * landlines are written with their trunk prefix ({@link #BARE_MOBILE_ONLY}): {@code 123-456-7890}
   * is a Delhi landline only if someone dropped its 0. A weak sign: a phone word or field makes it
   * a phone number, nothing else does.
   */
  static boolean isBareLandline(CharSequence digits) {
    if (digits.length() < 7 || digits.length() > 13 || digits.charAt(0) == '0') {
      return false;
    }
    for (String region : BARE_MOBILE_ONLY) {
      PhoneNumber number = national(digits, region);
      if (number != null && UTIL.isValidNumberForRegion(number, region)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMobile(PhoneNumberUtil.PhoneNumberType type) {
    return type == PhoneNumberUtil.PhoneNumberType.MOBILE
        || type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE;
  }

  /**
   * The number {@code digits} written nationally in {@code region}: the region's national (trunk)
   * prefix is dropped when present, as libphonenumber's parser does, without its text
   * normalisation, which costs several microseconds a call.
   */
  private static PhoneNumber national(CharSequence digits, String region) {
    String prefix = NATIONAL_PREFIXES.get(region);
    int from = 0;
    if (!prefix.isEmpty()
        && digits.length() > prefix.length()
        && digits.toString().startsWith(prefix)) {
      from = prefix.length();
    }
    return number(UTIL.getCountryCodeForRegion(region), digits, from);
  }

  /**
   * A number of {@code countryCode} whose national significant digits are {@code digits[from..]}.
   */
  private static PhoneNumber number(int countryCode, CharSequence digits, int from) {
    int length = digits.length() - from;
    if (length < 2 || length > 17) {
      return null;
    }
    PhoneNumber number =
        new PhoneNumber()
            .setCountryCode(countryCode)
            .setNationalNumber(Long.parseLong(digits, from, digits.length(), 10));
    int zeros = 0;
    while (zeros < length - 1 && digits.charAt(from + zeros) == '0') {
      zeros++;
    }
    if (zeros > 0) {
      number.setItalianLeadingZero(true);
      number.setNumberOfLeadingZeros(zeros);
    }
    return number;
  }
}
