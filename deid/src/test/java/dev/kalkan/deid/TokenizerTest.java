package dev.kalkan.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.ScannerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {
  static final DeidKey KEY = DeidKey.generate();
  static final ShapeCheck SHAPES = new ShapeCheck(ScannerSettings.defaults());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "AMAZON_ORDER_ID|113-1234567-1234567|[0-9]{3}-[0-9]{7}-[0-9]{7}",
        "EMAIL_ADDRESS|jane.doe@gmail.com|[a-z]{4}\\.[a-z]{3}\\+[a-z2-7]{6}@[a-z]{5}\\.com",
        "EMAIL_ADDRESS|Jane.Doe84@Example.co.uk|[A-Za-z0-9]{4}\\.[A-Za-z0-9]{5}\\+[a-z2-7]{6}@[A-Za-z0-9]{7}\\.[A-Za-z0-9]{2}\\.uk",
        "AMAZON_BUYER_EMAIL|3rb5tgcx7v5r2bs@marketplace.amazon.com|[a-z0-9]{15}\\+[a-z2-7]{6}@marketplace\\.amazon\\.com",
        "PHONE_NUMBER|+90 532 123 45 67|\\+90 [0-9]{3} [0-9]{3} [0-9]{2} [0-9]{2}",
        "PHONE_NUMBER|+1 (206) 555-0142|\\+1 \\([0-9]{3}\\) [0-9]{3}-[0-9]{4}",
        "PHONE_NUMBER|+442079460958|\\+44[0-9]{10}",
        "CREDIT_CARD_NUMBER|4111 1111 1111 1111|4[0-9]{3} [0-9]{4} [0-9]{4} [0-9]{4}",
        "CREDIT_CARD_NUMBER|5500005555555559|5[0-9]{15}",
        "IBAN_CODE|TR33 0006 1005 1978 6457 8413 26|TR[0-9]{2} [0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4} [0-9]{2}",
        "IBAN_CODE|GB82WEST12345698765432|GB[0-9A-Z]{20}",
        "US_SOCIAL_SECURITY_NUMBER|536-22-1234|[0-9]{3}-[0-9]{2}-[0-9]{4}",
        "TR_NATIONAL_ID|10000000146|[1-9][0-9]{10}",
        "IP_ADDRESS|192.168.100.200|[0-9.]+",
      })
  void tokenizeWhenValueOfTypeThenKeepsFormatAndDetokenizes(String type, String value, String shape)
      throws Exception {
    InfoType t = InfoType.builtIn(type).orElseThrow();
    Tokenizer tokenizer = new Tokenizer(KEY, SHAPES);
    Tokenizer.Outcome outcome = tokenizer.tokenize(t, value);
    assertThat(outcome.failure()).isNull();
    String token = outcome.token();
    assertThat(token).isNotEqualTo(value).matches(shape);
    assertThat(SHAPES.recognises(t, token.replaceFirst("\\+[a-z2-7]{6}@", "@"))).isTrue();
    assertThat(tokenizer.tokenize(t, value).token()).isEqualTo(token);
    assertThat(new Tokenizer(KEY, SHAPES).detokenize(t, token)).isEqualTo(value);
  }

  @Test
  void detokenizeWhenEmailTokenChangedThenFails() {
    Tokenizer tokenizer = new Tokenizer(KEY, SHAPES);
    String token = tokenizer.tokenize(InfoType.EMAIL_ADDRESS, "jane.doe@gmail.com").token();
    char c = token.charAt(0);
    String changed = (c == 'a' ? 'b' : 'a') + token.substring(1);
    assertThatThrownBy(() -> tokenizer.detokenize(InfoType.EMAIL_ADDRESS, changed))
        .isInstanceOf(DeidException.class)
        .hasMessageContaining("tag does not match");
    assertThatThrownBy(
            () ->
                new Tokenizer(DeidKey.generate(), SHAPES).detokenize(InfoType.EMAIL_ADDRESS, token))
        .isInstanceOf(DeidException.class);
  }
}
