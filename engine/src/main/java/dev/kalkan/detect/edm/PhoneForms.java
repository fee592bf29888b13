package dev.kalkan.detect.edm;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The digit strings under which a registered phone number is indexed, so that text can be matched
 * by its digits alone, whatever the spacing and punctuation: for a number libphonenumber can parse
 * (national numbers in the default region), its E.164 digits ({@code 905321234567}), its national
 * significant number ({@code 5321234567}) and that number after its region's trunk prefix ({@code
 * 05321234567}); for anything else its digits as written. Forms shorter than {@value #MIN_DIGITS}
 * digits are left out. Thread-safe.
 */
final class PhoneForms {
  static final int MIN_DIGITS = 7;
  static final int MAX_DIGITS = 17;

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private final String defaultRegion;

  /**
   * @param defaultRegion ISO 3166 region of numbers written without a country code
   * @throws IllegalArgumentException when libphonenumber does not know the region
   */
  PhoneForms(String defaultRegion) {
    if (!UTIL.getSupportedRegions().contains(defaultRegion)) {
      throw new IllegalArgumentException(
          "unknown phone region '" + defaultRegion + "' (expected an ISO 3166 code such as TR)");
    }
    this.defaultRegion = defaultRegion;
  }

  /** The forms of {@code value}, empty when it holds too few digits to be a phone number. */
  List<String> of(String value) {
    Set<String> forms = new LinkedHashSet<>();
    try {
      PhoneNumber number = UTIL.parse(value, defaultRegion);
      if (UTIL.isPossibleNumber(number)) {
        String national = UTIL.getNationalSignificantNumber(number);
        add(forms, number.getCountryCode() + national);
        add(forms, national);
        String region = UTIL.getRegionCodeForNumber(number);
        String trunk = region == null ? null : UTIL.getNddPrefixForRegion(region, true);
        if (trunk != null) {
          add(forms, trunk + national);
        }
      }
    } catch (NumberParseException e) {
      // not a number libphonenumber reads: fall back to the digits as written
    }
    if (forms.isEmpty()) {
      add(forms, digits(value));
    }
    return List.copyOf(forms);
  }

  private static void add(Set<String> forms, String digits) {
    if (digits.length() >= MIN_DIGITS && digits.length() <= MAX_DIGITS) {
      forms.add(digits);
    }
  }

  static String digits(String value) {
    StringBuilder b = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    return b.toString();
  }
}
