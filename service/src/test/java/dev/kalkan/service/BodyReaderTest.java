package dev.kalkan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

class BodyReaderTest {
  static final int LIMIT = 1000;
  final BodyReader reader =
      new BodyReader(
          new KalkanSettings(
              null,
              null,
              null,
              null,
              null,
              new KalkanSettings.Request(DataSize.ofBytes(LIMIT)),
              null,
              null,
              null,
              null));

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 999, 1000})
  void readWhenAtMostLimitThenWholeBody(int size) throws Exception {
    byte[] body = new byte[size];
    assertThat(reader.read(new ByteArrayInputStream(body), -1)).hasSize(size);
    assertThat(reader.read(new ByteArrayInputStream(body), size)).hasSize(size);
  }

  @ParameterizedTest
  @ValueSource(ints = {1001, 5000})
  void readWhenOverLimitThenTooLarge(int size) {
    byte[] body = new byte[size];
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(body), -1))
        .isInstanceOfSatisfying(
            ApiProblem.class, p -> assertThat(p.status().value()).isEqualTo(413));
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(body), 10))
        .isInstanceOf(ApiProblem.class);
  }
}
