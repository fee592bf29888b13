package dev.kalkan.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScannerSettingsTest {
  @Test
  void classificationOfWhenRaisedThenRaisedValueElseDefault() {
    ScannerSettings settings =
        ScannerSettings.builder()
            .raiseClassification("AMAZON_SELLER_ID", Classification.SENSITIVE)
            .build();
    assertThat(settings.classificationOf(InfoType.AMAZON_SELLER_ID))
        .isEqualTo(Classification.SENSITIVE);
    assertThat(settings.classificationOf(InfoType.ASIN)).isEqualTo(Classification.PUBLIC);
  }

  @Test
  void buildWhenClassificationLoweredThenRejects() {
    assertThatThrownBy(
            () ->
                ScannerSettings.builder()
                    .raiseClassification("EMAIL_ADDRESS", Classification.PUBLIC)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EMAIL_ADDRESS cannot be lowered below SENSITIVE");
  }

  @Test
  void scanWhenClassificationRaisedThenFindingsCarryIt() {
    Scanner scanner =
        Scanner.create(
            ScannerSettings.builder()
                .raiseClassification("AMAZON_SELLER_ID", Classification.SENSITIVE)
                .build());
    List<Finding> found = scanner.scan("\"sellerId\": \"A3DJR8M9Y3OUPG\"");
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.infoType().name()).isEqualTo("AMAZON_SELLER_ID");
              assertThat(f.infoType().classification()).isEqualTo(Classification.SENSITIVE);
            });
  }

  @Test
  void scanWhenCustomDetectorsConfiguredThenFindsTheirMatchesWithHotwords() {
    InfoType employee = new InfoType("EMPLOYEE_ID", Category.CUSTOM, Classification.INTERNAL);
    Scanner scanner =
        Scanner.create(
            ScannerSettings.builder()
                .addCustomDetector(
                    new CustomDetector.Regex(
                        employee, "EMP-\\d{6}", 0, null, Likelihood.POSSIBLE, List.of("staff")))
                .excludeValuePattern("EMP-000\\d{3}")
                .build());
    String text =
        "Çalışan EMP-123456 joined in 2019 and has been with us ever since; staff EMP-654321;"
            + " EMP-000001";
    List<Finding> found = scanner.scan(text);
    assertThat(found)
        .extracting(f -> f.infoType().name() + ":" + f.likelihood() + ":" + f.start())
        .containsExactly(
            "EMPLOYEE_ID:POSSIBLE:8", "EMPLOYEE_ID:LIKELY:" + text.indexOf("EMP-654321"));
  }

  @Test
  void scanWhenStreamedThenCustomDetectorsFindTheSameAsInMemory() throws Exception {
    InfoType employee = new InfoType("EMPLOYEE_ID", Category.CUSTOM, Classification.INTERNAL);
    Scanner scanner =
        Scanner.create(
            ScannerSettings.builder()
                .addCustomDetector(
                    new CustomDetector.Regex(
                        employee, "EMP-\\d{6}", 0, null, Likelihood.LIKELY, List.of()))
                .build());
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 3 * Scanner.WINDOW; i++) {
      text.append("Çalışan EMP-").append(100000 + i).append(" joined; mail a").append(i);
      text.append("@firma.com.tr\n");
    }
    byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<Finding> inMemory = new java.util.ArrayList<>();
    scanner.scan(bytes, inMemory::add);
    List<Finding> streamed = new java.util.ArrayList<>();
    scanner.scan(new java.io.ByteArrayInputStream(bytes), streamed::add);
    assertThat(streamed).isEqualTo(inMemory);
    assertThat(inMemory.stream().filter(f -> f.infoType().equals(employee)).count())
        .isGreaterThan(50_000);
    Finding last = inMemory.get(inMemory.size() - 1);
    String clear = last.value(PlaintextAccess.explicitlyRequested());
    int at = text.lastIndexOf(clear);
    assertThat(last.start()).isEqualTo(text.codePointCount(0, at));
  }
}
