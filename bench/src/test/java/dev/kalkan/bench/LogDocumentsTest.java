package dev.kalkan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.InfoType;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogDocumentsTest {
  private final Map<InfoType, Long> planted = new HashMap<>();
  private final SyntheticValues values = new SyntheticValues(new SplittableRandom(13), planted);

  @Test
  void logWhenWrittenThenEveryLineTimestampLevelThreadLogger() {
    StringBuilder out = new StringBuilder();
    LogDocuments.log(values, out, 20_000);

    for (String line : out.toString().split("\n")) {
      assertThat(line)
          .matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z (INFO|DEBUG|WARN) \\[worker-\\d\\] \\S+ - .+");
    }
  }

  @Test
  void logsWhenManyThenLeakEveryKindSparsely() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      LogDocuments.log(values, out, 20_000);
    }
    long lines = out.chars().filter(c -> c == '\n').count();

    assertThat(planted)
        .containsKeys(
            InfoType.CREDIT_CARD_NUMBER,
            InfoType.IBAN_CODE,
            InfoType.US_SOCIAL_SECURITY_NUMBER,
            InfoType.LWA_ACCESS_TOKEN,
            InfoType.SPAPI_RESTRICTED_DATA_TOKEN,
            InfoType.EMAIL_ADDRESS,
            InfoType.IP_ADDRESS,
            InfoType.TR_NATIONAL_ID);
    assertThat(planted.get(InfoType.CREDIT_CARD_NUMBER)).isLessThan(lines / 100);
  }
}
