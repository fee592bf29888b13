package dev.kalkan.icap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EncapsulatedTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "req-hdr=0, req-body=412            | 0  | -1  | 412 | true",
        "req-hdr=0, null-body=170           | 0  | -1  | 170 | false",
        "req-hdr=0, res-hdr=137, res-body=296 | 0 | 137 | 296 | true",
        "res-hdr=0, res-body=222            | -1 | 0   | 222 | true",
        "null-body=0                        | -1 | -1  | 0   | false",
        "req-hdr=0,req-body=10              | 0  | -1  | 10  | true",
        "req-body=0                         | -1 | -1  | 0   | true"
      })
  void parseWhenValidThenOffsets(String header, int reqHdr, int resHdr, int body, boolean hasBody)
      throws IcapException {
    assertThat(Encapsulated.parse(header, 65536))
        .isEqualTo(new Encapsulated(reqHdr, resHdr, body, hasBody));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "req-hdr",
        "req-hdr=",
        "req-hdr=x, req-body=3",
        "req-hdr=1, req-body=3",
        "req-hdr=0",
        "req-hdr=0, res-hdr=0, res-body=5",
        "res-hdr=0, req-hdr=10, req-body=20",
        "req-body=0, req-hdr=10",
        "req-hdr=0, req-body=10, res-body=20",
        "req-hdr=0, req-body=-1",
        "req-hdr=0, req-body=70000",
        "req-hdr=0, req-body=0",
        "req-hdr=0, res-hdr=50, req-body=20",
        "foo=0"
      })
  void parseWhenMalformedThenBadRequest(String header) {
    assertThatThrownBy(() -> Encapsulated.parse(header, 65536))
        .isInstanceOfSatisfying(IcapException.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  @org.junit.jupiter.api.Test
  void parseWhenMissingThenBadRequest() {
    assertThatThrownBy(() -> Encapsulated.parse(null, 65536)).hasMessageContaining("missing");
  }
}
