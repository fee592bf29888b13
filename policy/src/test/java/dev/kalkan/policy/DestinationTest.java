package dev.kalkan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DestinationTest {

  @ParameterizedTest
  @CsvSource({
    "https://www.dropbox.com/upload, www.dropbox.com",
    "HTTPS://WWW.DROPBOX.COM./upload, www.dropbox.com",
    "https://www.dropbox.com:8443/upload, www.dropbox.com",
    "https://user:secret@www.dropbox.com/upload, www.dropbox.com",
    "https://www.example.com@evil.example/upload, evil.example",
    "https://evil.example\\@www.dropbox.com/, evil.example",
    "https://evil.example#@www.dropbox.com/, evil.example",
    "https://evil.example?@www.dropbox.com/, evil.example",
    "http://[2001:db8::1]:8080/x, 2001:db8:0:0:0:0:0:1",
    "http://0x7f.1/x, 127.0.0.1",
    "www.dropbox.com/upload, www.dropbox.com",
    "//www.dropbox.com/upload, www.dropbox.com",
    "https://dr%6Fpbox.com/, dropbox.com",
    "https://bücher.example/, xn--bcher-kva.example"
  })
  void urlWhenParsedThenHostAsBrowsersRead(String url, String host) {
    Destination destination = Destination.url(url);

    assertThat(destination.kind()).isEqualTo(Destination.Kind.URL);
    assertThat(destination.host()).isEqualTo(host);
  }

  @Test
  void urlWhenQueryUserInfoAndFragmentThenTargetDropsThem() {
    Destination destination =
        Destination.url("HTTPS://jane:hunter2@Files.Example.COM:8443/up/load?token=abc#part");

    assertThat(destination.target()).isEqualTo("https://files.example.com:8443/up/load");
    assertThat(destination.path()).isEqualTo("/up/load");
    assertThat(destination.toString()).doesNotContain("hunter2", "token", "abc");
  }

  @Test
  void urlWhenPathEncodedOrBackslashedThenPathDecoded() {
    assertThat(Destination.url("https://example.com/%75pload%2Ffile").path())
        .isEqualTo("/upload/file");
    assertThat(Destination.url("https://example.com\\up\\load").path()).isEqualTo("/up/load");
    assertThat(Destination.url("https://example.com").path()).isEqualTo("/");
    assertThat(Destination.url("https://example.com/%zz").path()).isEqualTo("/%zz");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "https://",
        "https:///path",
        "https://example.com:99999/",
        "https://example.com:80a/",
        "https://[::1/",
        "https://exa mple.com/",
        "https://user@/"
      })
  void urlWhenNoValidHostOrPortThenRejected(String url) {
    assertThatThrownBy(() -> Destination.url(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid URL");
  }

  @ParameterizedTest
  @CsvSource({
    "jane@Example.COM, example.com, jane@example.com",
    "Jane.Doe@example.com., example.com, Jane.Doe@example.com",
    "<jane@example.com>, example.com, jane@example.com",
    "'\"a@b\"@example.com', example.com, '\"a@b\"@example.com'",
    "jane@[192.168.0.1], 192.168.0.1, jane@[192.168.0.1]",
    "jane@[IPv6:::1], 0:0:0:0:0:0:0:1, jane@[0:0:0:0:0:0:0:1]",
    "jane@bücher.example, xn--bcher-kva.example, jane@xn--bcher-kva.example"
  })
  void emailWhenParsedThenDomainCanonicalLocalPartKept(String address, String host, String target) {
    Destination destination = Destination.email(address);

    assertThat(destination.kind()).isEqualTo(Destination.Kind.EMAIL);
    assertThat(destination.host()).isEqualTo(host);
    assertThat(destination.target()).isEqualTo(target);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "jane", "@example.com", "jane@", "jane@exa mple.com", "jane@a..b"})
  void emailWhenNotAnAddressThenRejected(String address) {
    assertThatThrownBy(() -> Destination.email(address))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid email address");
  }

  @Test
  void hostWhenPortGivenThenDropped() {
    Destination destination = Destination.host("WWW.Dropbox.com:443");

    assertThat(destination.kind()).isEqualTo(Destination.Kind.HOST);
    assertThat(destination.host()).isEqualTo("www.dropbox.com");
    assertThat(destination.target()).isEqualTo("www.dropbox.com");
    assertThat(Destination.host("[::1]:443").host()).isEqualTo("0:0:0:0:0:0:0:1");
  }

  @Test
  void noneWhenAskedThenEmptyHostAndTarget() {
    assertThat(Destination.none().kind()).isEqualTo(Destination.Kind.NONE);
    assertThat(Destination.none().host()).isEmpty();
    assertThat(Destination.none().target()).isEmpty();
  }

  @Test
  void equalsWhenSameCanonicalFormThenEqual() {
    assertThat(Destination.url("https://Dropbox.com./a"))
        .isEqualTo(Destination.url("https://dropbox.com/a?x=1"))
        .hasSameHashCodeAs(Destination.url("https://dropbox.com/a#y"));
    assertThat(Destination.email("a@Example.com")).isEqualTo(Destination.email("a@example.com"));
    assertThat(Destination.email("a@example.com")).isNotEqualTo(Destination.host("example.com"));
  }

  @Property(tries = 500)
  void factoriesWhenArbitraryTextThenDestinationOrIllegalArgumentOnly(
      @ForAll("addressish") String text) {
    for (Function<String, Destination> factory :
        List.<Function<String, Destination>>of(
            Destination::url, Destination::email, Destination::host)) {
      try {
        Destination destination = factory.apply(text);
        assertThat(destination.host()).isEqualTo(HostName.canonical(destination.host()));
        if (destination.kind() == Destination.Kind.URL) {
          assertThat(destination.target()).doesNotContain("?", "#");
        }
      } catch (IllegalArgumentException e) {
        assertThat(e.getMessage()).isNotBlank();
      }
    }
  }

  @Provide
  Arbitrary<String> addressish() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "https://",
            "http://",
            "//",
            "\\",
            "@",
            ":",
            "443",
            "[",
            "]",
            "::1",
            "0x7f",
            ".",
            "..",
            "/",
            "?",
            "#",
            "%2e",
            "%",
            "dropbox",
            "com",
            "b\u00fccher",
            "xn--",
            "-",
            "_",
            " ",
            "\u3002",
            "<",
            ">",
            "IPv6:",
            "255",
            "256");
    return Arbitraries.oneOf(piece, piece, Arbitraries.strings().ofMaxLength(4))
        .list()
        .ofMaxSize(10)
        .map(parts -> String.join("", parts));
  }
}
