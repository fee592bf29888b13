package dev.kalkan.detect.validate;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UsSsnTest {

  @ParameterizedTest
  @CsvSource({
    "1, 1, 1",
    "78, 5, 1123",
    "665, 12, 3456",
    "667, 12, 3456",
    "899, 99, 9999",
    "536, 90, 4399",
    "772, 1, 1"
  })
  void isIssuableWhenAllPartsInRangeThenTrue(int area, int group, int serial) {
    assertThat(UsSsn.isIssuable(area, group, serial)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "0, 12, 3456",
    "666, 12, 3456",
    "900, 12, 3456",
    "987, 65, 4321",
    "999, 99, 9999",
    "1000, 12, 3456",
    "-1, 12, 3456",
    "78, 0, 1123",
    "78, 100, 1123",
    "78, -5, 1123",
    "78, 5, 0",
    "78, 5, 10000",
    "78, 5, -1123",
    "-2147483648, -2147483648, -2147483648",
    "2147483647, 2147483647, 2147483647"
  })
  void isIssuableWhenAnyPartOutOfRangeThenFalse(int area, int group, int serial) {
    assertThat(UsSsn.isIssuable(area, group, serial)).isFalse();
  }

  @Property
  void isIssuableAgreesWithTheRulesForEveryPart(
      @ForAll @IntRange(min = -5, max = 1005) int area,
      @ForAll @IntRange(min = -5, max = 105) int group,
      @ForAll @IntRange(min = -5, max = 10005) int serial) {
    boolean expected =
        area > 0
            && area < 900
            && area != 666
            && group > 0
            && group < 100
            && serial > 0
            && serial < 10000;
    assertThat(UsSsn.isIssuable(area, group, serial)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "078051120",
        "219099999",
        "123456789",
        "000000000",
        "111111111",
        "555555555",
        "999999999"
      })
  void isKnownInvalidWhenFamousOrRepeatedNumberThenTrue(String nineDigits) {
    assertThat(UsSsn.isKnownInvalid(nineDigits)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "078051121",
        "078051123",
        "219099998",
        "123456788",
        "111111112",
        "536904399",
        "078-05-1120",
        "078 05 1120",
        "07805112",
        "0780511200",
        "\u0660\u0667\u0668\u0660\u0665\u0661\u0661\u0662\u0660"
      })
  void isKnownInvalidWhenOrdinaryOrMalformedThenFalse(String nineDigits) {
    assertThat(UsSsn.isKnownInvalid(nineDigits)).isFalse();
  }

  @Property
  void isKnownInvalidWhenAnyStringThenOnlyForTheKnownNumbers(@ForAll String any) {
    boolean expected =
        any.equals("078051120")
            || any.equals("219099999")
            || any.equals("123456789")
            || (any.length() == 9
                && any.charAt(0) >= '0'
                && any.charAt(0) <= '9'
                && any.chars().allMatch(c -> c == any.charAt(0)));
    assertThat(UsSsn.isKnownInvalid(any)).isEqualTo(expected);
  }
}
