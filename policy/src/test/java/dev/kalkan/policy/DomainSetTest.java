package dev.kalkan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DomainSetTest {
  private final DomainSet set =
      DomainSet.of(
          List.of(
              "dropbox.com",
              "*.box.com",
              "Mail.Google.COM.",
              "bücher.example",
              "192.168.1.10",
              "10.0.0.0/8",
              "2001:db8::/32"));

  @ParameterizedTest
  @CsvSource({
    "dropbox.com, dropbox.com",
    "www.dropbox.com, dropbox.com",
    "a.b.c.dropbox.com, dropbox.com",
    "box.com, box.com",
    "app.box.com, box.com",
    "mail.google.com, mail.google.com",
    "xn--bcher-kva.example, xn--bcher-kva.example",
    "shop.xn--bcher-kva.example, xn--bcher-kva.example",
    "192.168.1.10, 192.168.1.10",
    "10.200.3.4, 10.0.0.0/8",
    "2001:db8:0:0:0:0:0:1, 2001:db8:0:0:0:0:0:0/32"
  })
  void findWhenHostIsOrIsUnderAnEntryThenThatEntry(String host, String entry) {
    assertThat(set.find(host)).isEqualTo(entry);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "notdropbox.com",
        "dropbox.com.evil.example",
        "dropbox.co",
        "com",
        "google.com",
        "drive.google.com",
        "xbox.com",
        "192.168.1.11",
        "11.0.0.1",
        "2001:db9:0:0:0:0:0:1",
        ""
      })
  void findWhenHostOnlyLooksAlikeThenNull(String host) {
    assertThat(set.find(host)).isNull();
  }

  @Test
  void findWhenHostComesFromDestinationThenCaseTrailingDotAndPortDoNotMatter() {
    assertThat(set.find(Destination.url("https://WWW.DROPBOX.COM.:443/x").host()))
        .isEqualTo("dropbox.com");
    assertThat(set.find(Destination.email("a@Sub.DropBox.com.").host())).isEqualTo("dropbox.com");
    assertThat(set.find(Destination.url("http://0xC0.0xA8.1.10/").host()))
        .isEqualTo("192.168.1.10");
  }

  @Test
  void findWhenDomainEntryLooksLikeIpSuffixThenIpsDoNotMatchDomains() {
    DomainSet numeric = DomainSet.of(List.of("1.10.example"));

    assertThat(numeric.find("192.168.1.10")).isNull();
  }

  @Test
  void entriesWhenDuplicatesInOtherSpellingsThenCanonicalOnce() {
    DomainSet duplicates = DomainSet.of(List.of("Dropbox.com", "dropbox.com.", "*.dropbox.com"));

    assertThat(duplicates.entries()).containsExactly("dropbox.com");
    assertThat(DomainSet.of(List.of("10.1.2.3/8")).entries()).containsExactly("10.0.0.0/8");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://dropbox.com",
        "jane@example.com",
        "dropbox.com/upload",
        "10.0.0.0/33",
        "example.com/8",
        "10.0.0.0/x",
        "exa mple.com"
      })
  void canonicalWhenEntryIsNotDomainOrIpThenRejected(String entry) {
    assertThatThrownBy(() -> DomainSet.canonical(entry))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
