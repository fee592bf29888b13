package dev.kalkan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostNameTest {

  @ParameterizedTest
  @CsvSource({
    "dropbox.com, dropbox.com",
    "DropBox.COM, dropbox.com",
    "dropbox.com., dropbox.com",
    "'  drive.google.com  ', drive.google.com",
    "bücher.example, xn--bcher-kva.example",
    "BÜCHER.example., xn--bcher-kva.example",
    "xn--bcher-kva.example, xn--bcher-kva.example",
    "dropbox\u3002com, dropbox.com",
    "my_host.example.com, my_host.example.com",
    "localhost, localhost"
  })
  void canonicalWhenDomainThenLowerCaseAsciiWithoutTrailingDot(String host, String expected) {
    assertThat(HostName.canonical(host)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "192.168.1.10, 192.168.1.10",
    "192.168.1.10., 192.168.1.10",
    "0x7f.1, 127.0.0.1",
    "0177.0.0.1, 127.0.0.1",
    "2130706433, 127.0.0.1",
    "10.1, 10.0.0.1",
    "0xC0.0xA8.0x01.0x0A, 192.168.1.10"
  })
  void canonicalWhenIpv4InAnyBrowserFormThenDottedDecimal(String host, String expected) {
    assertThat(HostName.canonical(host)).isEqualTo(expected);
    assertThat(HostName.isIpAddress(expected)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "[::1], 0:0:0:0:0:0:0:1",
    "::1, 0:0:0:0:0:0:0:1",
    "[2001:DB8::1], 2001:db8:0:0:0:0:0:1",
    "[::ffff:10.0.0.1], 10.0.0.1"
  })
  void canonicalWhenIpv6ThenFullFormWithoutBrackets(String host, String expected) {
    assertThat(HostName.canonical(host)).isEqualTo(expected);
    assertThat(HostName.isIpAddress(expected)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        ".",
        "a..b",
        "exa mple.com",
        "example.com/path",
        "256.1.1.1",
        "1.2.3.4.5",
        "example.123",
        "[::g]",
        "[fe80::1%eth0]",
        "ex*ample.com"
      })
  void canonicalWhenNotAHostThenRejected(String host) {
    assertThatThrownBy(() -> HostName.canonical(host)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dropbox.com", "1.example.com", "xn--bcher-kva.example"})
  void isIpAddressWhenDomainThenFalse(String host) {
    assertThat(HostName.isIpAddress(host)).isFalse();
  }
}
