package dev.kalkan.detect;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
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

  private PhoneNumbers() {}

  /** True when {@code digits} after a '+' form a valid number of some region. */
  static boolean isValidInternational(CharSequence digits) {
    if (digits.length() < 7 || digits.length() > 15) {
      return false;
    }
    try {
      PhoneNumber number = UTIL.parse("+" + digits, "ZZ");
      return UTIL.isValidNumber(number);
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
    String text = digits.toString();
    for (String region : MOBILE_REGIONS_BY_SECOND_DIGIT.getOrDefault(text.charAt(1), List.of())) {
      try {
        PhoneNumber number = UTIL.parse(text, region);
        if (UTIL.isValidNumberForRegion(number, region)
            && UTIL.getNumberType(number) == PhoneNumberUtil.PhoneNumberType.MOBILE) {
          return true;
        }
      } catch (NumberParseException e) {
        // not a number for this region; try the next
      }
    }
    return false;
  }

  /** True when {@code digits}, written without country code, are valid in one of the regions. */
  static boolean isValidNational(CharSequence digits) {
    if (digits.length() < 7 || digits.length() > 13) {
      return false;
    }
    String text = digits.toString();
    List<String> regions = text.charAt(0) == '0' ? TRUNK_ZERO_REGIONS : NO_TRUNK_REGIONS;
    for (String region : regions) {
      try {
        PhoneNumber number = UTIL.parse(text, region);
        if (UTIL.isValidNumberForRegion(number, region)) {
          return true;
        }
      } catch (NumberParseException e) {
        // not a number for this region; try the next
      }
    }
    return false;
  }
}
