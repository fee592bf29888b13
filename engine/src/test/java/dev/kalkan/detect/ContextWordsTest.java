package dev.kalkan.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContextWordsTest {
  private static final ContextWords WORDS = ContextWords.of("phone", "tel", "ip", "Sipariş");

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource({
    "'Phone: ', true",
    "'\"buyerPhone\": ', true",
    "'buyer_phone=', true",
    "'TEL ', true",
    "'hotel ', false",
    "'television ', false",
    "'iphone ', false",
    "'ip=', true",
    "'ipAddress ', true",
    "'V4 ip9 ', false",
    "'sipariş no ', true",
    "'SİPARİŞ ', false",
  })
  void occursInWhenWordStartsAWordThenFound(String text, boolean found) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(WORDS.occursIn(bytes, 0, bytes.length)).isEqualTo(found);
  }

  @ParameterizedTest
  @CsvSource({"0, 6, true", "6, 12, false"})
  void nearWhenWindowGivenThenLooksOnlyInsideIt(int lo, int limit, boolean found) {
    byte[] bytes = "phone 555 x".getBytes(StandardCharsets.UTF_8);
    assertThat(WORDS.near(bytes, lo, Math.min(limit, bytes.length), 6, 9, 48, 24)).isEqualTo(found);
  }
}
