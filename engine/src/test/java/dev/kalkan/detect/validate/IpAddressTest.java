package dev.kalkan.detect.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "192.168.0.1",
        "0.0.0.0",
        "255.255.255.255",
        "10.0.0.1",
        "1.2.3.4",
        "127.0.0.1",
        "169.254.1.1",
        "100.64.10.200"
      })
  void isValidV4WhenFourDecimalOctetsThenAccepts(String s) {
    assertThat(IpAddress.isValidV4(s)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "256.1.1.1",
        "192.168.1.256",
        "300.168.1.1",
        "1234.1.1.1",
        "192.168.0",
        "192.168.0.1.1",
        "01.2.3.4",
        "1.2.3.04",
        "00.0.0.0",
        "1..2.3",
        ".1.2.3.4",
        "1.2.3.4.",
        "1.2.3.4/24",
        " 1.2.3.4",
        "1.2.3.4\n",
        "1.2.3.-4",
        "+1.2.3.4",
        "1.2.3.4:80",
        "0x7f.0.0.1",
        "\uff11.2.3.4",
        "\u0661.2.3.4",
        "...."
      })
  void isValidV4WhenNotExactlyFourPlainOctetsThenRejects(String s) {
    assertThat(IpAddress.isValidV4(s)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "684D:1111:222:3333:4444:5555:6:77",
        "2345:0425:2CA1:0000:0000:0567:5673:23b5",
        "2345:0425:2CA1::0567:5673:23b5",
        "2400:c401::5054:ff:fe1b:b031",
        "A099::09C0:876A:130B",
        "2001:db8::8a2e:370:7334",
        "2001:db8:85a3::8a2e:370",
        "2001:db8::",
        "::1",
        "::0",
        "1::",
        "fe80::1",
        "ff02::1",
        "1:2:3:4:5:6:7:8",
        "1:2:3:4:5:6:7::",
        "::2:3:4:5:6:7:8",
        "1:2:3:4::5:6:7",
        "::ffff:192.0.2.1",
        "::ffff:0.0.0.0",
        "::ffff:0:192.168.1.1",
        "::ffff:0000:10.0.0.1",
        "::192.168.1.1",
        "2001:db8::192.168.1.1",
        "64:ff9b::198.51.100.1",
        "2001:db8:85a3::8a2e:192.168.0.1",
        "0:0:0:0:0:FFFF:129.144.52.38",
        "1:2:3:4:5:6:1.2.3.4",
        "fe80::1%eth0",
        "fe80::1%25",
        "fe80::a:b%en0.1_x~y-z"
      })
  void isValidV6WhenRfc4291TextFormThenAccepts(String s) {
    assertThat(IpAddress.isValidV6(s)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "::",
        ":::",
        "::%eth0",
        "%eth0",
        ":",
        "684D:1111:222:3333:4444:5555:77",
        "1:2:3:4:5:6:7:8:9",
        "1:2:3:4:5:6:7:8::",
        "::1:2:3:4:5:6:7:8",
        "1:2:3:4::5:6:7:8",
        "gggg:hhhh::1234",
        "12345:db8::1",
        "2001::db8::1",
        "2001::25de::cade",
        "1:::2",
        ":1::",
        "1::2:",
        ":1:2:3:4:5:6:7:8",
        "1:2:3:4:5:6:7:8:",
        "::ffff:256.0.0.1",
        "::ffff:192.168.1",
        "::ffff:1.2.3.4.5",
        "::1.2.3.4:5",
        "::01.2.3.4",
        "1.2.3.4::",
        "1:2:3:4:5:6:7:1.2.3.4",
        "2001:db8::256.1.1.1",
        "192.168.1.1",
        "aa:bb:cc:dd:ee:ff",
        "12:34:56",
        "1:2:3:4",
        "std::cout",
        "MyClass::toString",
        "[2001:db8::1]",
        "2001:db8::1/64",
        "fe80::1%",
        "fe80::1%eth 0",
        "fe80::1%eth0%1",
        " ::1",
        "::1 ",
        "2001:db8::\uff11",
        "2001:db8::\u00e9"
      })
  void isValidV6WhenNotAnAddressThenRejects(String s) {
    assertThat(IpAddress.isValidV6(s)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0.0.0", "2.3.1.4", "8.8.8.8", "0.9.2.1", "0.0.0.1", "0.255.255.255"})
  void isLikelyVersionOrNonAddressWhenSingleDigitOctetsOrZeroNetworkThenTrue(String s) {
    assertThat(IpAddress.isLikelyVersionOrNonAddress(s)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "0.0.0.0",
        "127.0.0.1",
        "192.168.0.1",
        "10.0.0.1",
        "10.0.0.0",
        "1.0.0.10",
        "255.255.255.255",
        "169.254.1.1",
        "1.2.3",
        "1.2.3.4.5",
        "01.2.3.4"
      })
  void isLikelyVersionOrNonAddressWhenUsableAddressOrNotDottedQuadThenFalse(String s) {
    assertThat(IpAddress.isLikelyVersionOrNonAddress(s)).isFalse();
  }

  @Test
  void validatorsWhenInputIsHugeThenRejectWithoutFailing() {
    String huge = "1:".repeat(500_000) + "1";
    assertThat(IpAddress.isValidV6(huge)).isFalse();
    assertThat(IpAddress.isValidV6("::1%" + "a".repeat(1_000_000))).isFalse();
    assertThat(IpAddress.isValidV4("1.".repeat(500_000) + "1")).isFalse();
    assertThat(IpAddress.isLikelyVersionOrNonAddress(huge)).isFalse();
  }

  @Property
  void isValidV4WhenFormattedFromOctetsThenAccepts(
      @ForAll @IntRange(max = 255) int a,
      @ForAll @IntRange(max = 255) int b,
      @ForAll @IntRange(max = 255) int c,
      @ForAll @IntRange(max = 255) int d) {
    String address = a + "." + b + "." + c + "." + d;
    assertThat(IpAddress.isValidV4(address)).isTrue();
    assertThat(IpAddress.isValidV6(address)).isFalse();
    assertThat(IpAddress.isValidV6("::ffff:" + address)).isTrue();
  }

  @Property
  void isValidV4WhenOneOctetPaddedOrTooLargeThenRejects(
      @ForAll @Size(4) List<@IntRange(max = 255) Integer> octets,
      @ForAll @IntRange(max = 3) int which,
      @ForAll @IntRange(min = 256, max = 999) int large) {
    List<String> padded = new ArrayList<>(octets.stream().map(String::valueOf).toList());
    padded.set(which, "0" + padded.get(which));
    assertThat(IpAddress.isValidV4(String.join(".", padded))).isFalse();
    List<String> tooLarge = new ArrayList<>(octets.stream().map(String::valueOf).toList());
    tooLarge.set(which, String.valueOf(large));
    assertThat(IpAddress.isValidV4(String.join(".", tooLarge))).isFalse();
  }

  @Property
  void isValidV6WhenEightGroupsFormattedOrCompressedThenAccepts(
      @ForAll @Size(8) List<@IntRange(max = 0xffff) Integer> groups,
      @ForAll @IntRange(max = 7) int from,
      @ForAll @IntRange(min = 1, max = 8) int length) {
    List<String> hex = groups.stream().map(Integer::toHexString).toList();
    assertThat(IpAddress.isValidV6(String.join(":", hex))).isTrue();
    assertThat(IpAddress.isValidV6(String.join(":", hex).toUpperCase())).isTrue();
    int to = Math.min(8, from + length);
    String compressed =
        String.join(":", hex.subList(0, from)) + "::" + String.join(":", hex.subList(to, 8));
    assertThat(IpAddress.isValidV6(compressed)).isEqualTo(!compressed.equals("::"));
  }

  @Property
  void isValidV6WhenGroupCountWrongThenRejects(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(max = 0xffff) Integer> groups) {
    List<String> hex = new ArrayList<>(groups.stream().map(Integer::toHexString).toList());
    assertThat(IpAddress.isValidV6(String.join(":", hex))).isEqualTo(hex.size() == 8);
    Collections.reverse(hex);
    assertThat(IpAddress.isValidV6(String.join(":", hex) + "::")).isEqualTo(hex.size() <= 7);
  }

  @Property
  void isValidV6WhenSixGroupsAndIpv4TailThenAccepts(
      @ForAll @Size(6) List<@IntRange(max = 0xffff) Integer> groups,
      @ForAll @Size(4) List<@IntRange(max = 255) Integer> octets) {
    String address =
        String.join(":", groups.stream().map(Integer::toHexString).toList())
            + ":"
            + String.join(".", octets.stream().map(String::valueOf).toList());
    assertThat(IpAddress.isValidV6(address)).isTrue();
  }

  @Property
  void validatorsWhenAnyStringThenAnswerWithoutFailing(@ForAll String any) {
    boolean v4 = IpAddress.isValidV4(any);
    boolean v6 = IpAddress.isValidV6(any);
    assertThat(v4 && v6).isFalse();
    if (!v4) {
      assertThat(IpAddress.isLikelyVersionOrNonAddress(any)).isFalse();
    }
  }
}
