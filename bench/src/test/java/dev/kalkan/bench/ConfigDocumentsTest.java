package dev.kalkan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.InfoType;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConfigDocumentsTest {
  private final Map<InfoType, Long> planted = new HashMap<>();
  private final SyntheticValues values = new SyntheticValues(new SplittableRandom(9), planted);

  @Test
  void envWhenWrittenThenCommentThenUpperCaseAssignments() {
    StringBuilder out = new StringBuilder();
    ConfigDocuments.env(values, out, 2000);

    String[] lines = out.toString().split("\n");
    assertThat(lines[0]).startsWith("# ");
    for (int i = 1; i < lines.length; i++) {
      assertThat(lines[i]).matches("[A-Z][A-Z0-9_]*=\\S+");
    }
    assertThat(out.length()).isGreaterThanOrEqualTo(2000);
  }

  @Test
  void propertiesWhenWrittenThenDottedKeys() {
    StringBuilder out = new StringBuilder();
    ConfigDocuments.properties(values, out, 2000);

    String[] lines = out.toString().split("\n");
    for (int i = 1; i < lines.length; i++) {
      assertThat(lines[i]).matches("spapi\\.[a-z0-9-]+=\\S+");
    }
  }

  @Test
  void yamlWhenWrittenThenOneMappingUnderSpapi() {
    StringBuilder out = new StringBuilder();
    ConfigDocuments.yaml(values, out, 2000);

    String[] lines = out.toString().split("\n");
    assertThat(lines[1]).isEqualTo("spapi:");
    for (int i = 2; i < lines.length; i++) {
      assertThat(lines[i]).matches("  [a-z0-9_]+: \\S+");
    }
  }

  @Test
  void configsWhenManyThenEveryCredentialTypeAppears() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      ConfigDocuments.env(values, out, 1000);
      ConfigDocuments.yaml(values, out, 1000);
    }

    assertThat(planted)
        .containsKeys(
            InfoType.LWA_CLIENT_ID,
            InfoType.LWA_CLIENT_SECRET,
            InfoType.LWA_REFRESH_TOKEN,
            InfoType.AWS_ACCESS_KEY_ID,
            InfoType.AWS_SECRET_ACCESS_KEY,
            InfoType.AMAZON_SELLER_ID,
            InfoType.AMAZON_MWS_AUTH_TOKEN);
    assertThat(CatalogDocumentsTest.count(out.toString(), "Atzr\\|"))
        .isEqualTo(planted.get(InfoType.LWA_REFRESH_TOKEN));
  }
}
