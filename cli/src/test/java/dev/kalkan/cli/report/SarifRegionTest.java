package dev.kalkan.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SarifRegionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      textBlock =
          """
          'abc',            3, 8
          'a\uD83D\uDE00b', 3, 8
          'a\nbc',          4, 3
          'a\r\nbc',        4, 3
          'a\rbc',          4, 3
          'ab\n',           4, 1
          'x\n\ny',         5, 2
          'x\r\n\r\ny',     5, 2
          'a\n\uD83D\uDE00x', 4, 3
          """)
  void ofWhenValueEndsThenEndPositionFollows(String value, long endLine, long endColumn) {
    SarifRegion region =
        SarifRegion.of(
            ReportFixture.finding(
                InfoType.STREET_ADDRESS, Likelihood.LIKELY, 10, 3, 5, null, value));

    long length = value.codePointCount(0, value.length());
    assertThat(region).isEqualTo(new SarifRegion(3, 5, endLine, endColumn, 10, length));
  }
}
