package dev.kalkan.detect;

import static dev.kalkan.detect.InfoType.PERSON_NAME;
import static dev.kalkan.detect.InfoType.STREET_ADDRESS;
import static dev.kalkan.detect.Likelihood.LIKELY;
import static dev.kalkan.detect.Likelihood.POSSIBLE;
import static dev.kalkan.detect.Likelihood.UNLIKELY;
import static dev.kalkan.detect.Likelihood.VERY_LIKELY;
import static dev.kalkan.detect.Likelihood.VERY_UNLIKELY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldValueJudgeTest {
  private final FieldValueJudge judge = FieldValueJudge.placeholderAware();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "null",
        "NULL",
        "true",
        "n/a",
        "N/A",
        "-",
        "string",
        "Unknown",
        "REDACTED",
        "test",
        "name",
        "****",
        "J*** D***",
        "XXXX",
        "x",
        "##-##"
      })
  void judgeWhenPlaceholderOrMaskedThenNoFinding(String value) {
    assertThat(judge.judge(PERSON_NAME, value, LIKELY)).isNull();
    assertThat(judge.judge(STREET_ADDRESS, value, LIKELY)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ayşe Yılmaz", "John Smith", "O'Brien", "Ada", "李小龙", "ABCD"})
  void judgeWhenRealLookingNameThenFieldLikelihood(String value) {
    assertThat(judge.judge(PERSON_NAME, value, LIKELY)).isEqualTo(LIKELY);
    assertThat(judge.judge(PERSON_NAME, value, POSSIBLE)).isEqualTo(POSSIBLE);
  }

  @Test
  void judgeWhenNoLetterThenNoNameButStillAStreetNumber() {
    assertThat(judge.judge(PERSON_NAME, "1", LIKELY)).isNull();
    assertThat(judge.judge(PERSON_NAME, "0.00", LIKELY)).isNull();
    assertThat(judge.judge(STREET_ADDRESS, "12", LIKELY)).isEqualTo(LIKELY);
    assertThat(judge.judge(STREET_ADDRESS, "Hauptstraße 12", LIKELY)).isEqualTo(LIKELY);
  }

  @Test
  void weighingWhenValueJudgedThenFieldLikelihoodMovesByItsDistanceFromPossible() {
    FieldValueJudge weighed =
        judge.weighing(
            PERSON_NAME,
            v ->
                switch (v) {
                  case "Acme GmbH" -> VERY_UNLIKELY;
                  case "Ayşe Yılmaz" -> LIKELY;
                  case "Michigan address" -> UNLIKELY;
                  default -> null;
                });
    assertThat(weighed.judge(PERSON_NAME, "Acme GmbH", LIKELY)).isEqualTo(UNLIKELY);
    assertThat(weighed.judge(PERSON_NAME, "Ayşe Yılmaz", LIKELY)).isEqualTo(VERY_LIKELY);
    assertThat(weighed.judge(PERSON_NAME, "Michigan address", LIKELY)).isEqualTo(POSSIBLE);
    assertThat(weighed.judge(PERSON_NAME, "Zeynep", LIKELY)).isEqualTo(LIKELY);
    assertThat(weighed.judge(PERSON_NAME, "string", LIKELY)).isNull();
    assertThat(weighed.judge(STREET_ADDRESS, "Acme GmbH", LIKELY)).isEqualTo(LIKELY);
  }

  @Test
  void weighingWhenChainedThenEachTypeHasItsOwnJudgement() {
    FieldValueJudge both =
        judge.weighing(PERSON_NAME, v -> VERY_UNLIKELY).weighing(STREET_ADDRESS, v -> VERY_LIKELY);
    assertThat(both.judge(PERSON_NAME, "Ada", LIKELY)).isEqualTo(UNLIKELY);
    assertThat(both.judge(STREET_ADDRESS, "1 Main St", LIKELY)).isEqualTo(VERY_LIKELY);
  }
}
