package dev.kalkan.deid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.ScannerSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShapeCheckTest {
  private static final ShapeCheck SHAPES = new ShapeCheck(ScannerSettings.defaults());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CREDIT_CARD_NUMBER|4111 1111 1111 1111|true",
        "CREDIT_CARD_NUMBER|4111 1111 1111 1112|false",
        "AMAZON_ORDER_ID|113-1234567-1234567|true",
        "AMAZON_ORDER_ID|113-1234567-123456|false",
        "EMAIL_ADDRESS|jane.doe+abcdef@gmail.com|true",
        "EMAIL_ADDRESS|jane.doe@gmail|false",
        "IBAN_CODE|TR33 0006 1005 1978 6457 8413 26|true",
        "IBAN_CODE|TR34 0006 1005 1978 6457 8413 26|false",
        "PHONE_NUMBER|+44 20 7946 0958|true",
        "TR_NATIONAL_ID|10000000146|true",
        "TR_NATIONAL_ID|10000000147|false",
      })
  void recognisesWhenValueAloneThenWhetherScannerFindsItWhole(
      String type, String value, boolean expected) {
    assertThat(SHAPES.recognises(InfoType.builtIn(type).orElseThrow(), value)).isEqualTo(expected);
  }
}
