package dev.kalkan.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.edm.EdmIndexBuilder;
import dev.kalkan.detect.edm.EdmKey;
import dev.kalkan.detect.edm.EdmMatcher;
import dev.kalkan.detect.edm.FieldMapping;
import dev.kalkan.detect.edm.RecordFormat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scanner with an exact data match index: values, merging with patterns, record matches. */
class EdmCandidatesTest {
  @TempDir static Path dir;
  private static EdmMatcher edm;

  @BeforeAll
  static void buildIndex() throws Exception {
    EdmKey key = EdmKey.generate();
    Path records =
        Files.writeString(
            dir.resolve("customers.csv"),
            """
            buyer-name,buyer-email,buyer-phone-number
            Ayşe Yılmaz,ayse.yilmaz@firma.com.tr,+90 532 123 45 67
            Hans Müller,hans@beispiel.de,+49 30 12345678
            """);
    Path index = dir.resolve("customers.edm");
    EdmIndexBuilder.create(key, FieldMapping.defaults(), EdmIndexBuilder.DEFAULT_PHONE_REGION)
        .build(records, RecordFormat.CSV, index);
    edm = EdmMatcher.load(index, key);
  }

  @Test
  void scanWhenRegisteredEmailFoundThenOneVeryLikelyFindingNotTwo() {
    Scanner scanner = Scanner.create(ScannerSettings.defaults(), edm);
    List<Finding> found = scanner.scan("mail ayse.yilmaz@firma.com.tr please");
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.infoType()).isEqualTo(InfoType.EMAIL_ADDRESS);
              assertThat(f.likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
            });
  }

  @Test
  void scanWhenTwoFieldsOfOneRecordThenRecordMatchAfterTheValues() {
    Scanner scanner = Scanner.create(ScannerSettings.defaults(), edm);
    List<Finding> found = scanner.scan("Sayın Ayşe Yılmaz, telefonunuz 0532 123 45 67 kayıtlı.");
    assertThat(found)
        .extracting(f -> f.infoType().name())
        .containsExactly("PERSON_NAME", "PHONE_NUMBER", "EDM_RECORD_MATCH");
    assertThat(found.get(2).start()).isEqualTo(found.get(0).start());
  }

  @Test
  void scanWhenStreamedThenSameFindingsAsInMemoryAcrossWindows() throws Exception {
    Scanner scanner = Scanner.create(ScannerSettings.defaults(), edm);
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 3 * Scanner.WINDOW; i++) {
      text.append(
          i % 7 == 0 ? "Hans Müller ruft an: +49 30 12345678.\n" : "lorem ipsum dolor sit ");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    List<Finding> inMemory = new ArrayList<>();
    scanner.scan(bytes, inMemory::add);
    List<Finding> streamed = new ArrayList<>();
    scanner.scan(new ByteArrayInputStream(bytes), streamed::add);
    assertThat(streamed).isEqualTo(inMemory);
    assertThat(inMemory.stream().filter(f -> f.infoType().name().equals("PERSON_NAME")).count())
        .isGreaterThan(1000);
    assertThat(inMemory.getLast().infoType().name()).isEqualTo("EDM_RECORD_MATCH");
  }
}
