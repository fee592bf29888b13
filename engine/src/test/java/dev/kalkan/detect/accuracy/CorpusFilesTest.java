package dev.kalkan.detect.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.InfoType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFilesTest {
  @Test
  void writeWhenDocumentsThenOneFileEachAndTruthWithEscapedValues(@TempDir Path dir)
      throws IOException {
    LabelledDocument doc =
        new DocumentBuilder()
            .text("😊 mail ")
            .value(InfoType.EMAIL_ADDRESS, "a.b@example.org")
            .text("\t")
            .decoy(NearMiss.TRACKING_USPS, "9400 1118")
            .build("00001-email_en-US", Genre.EMAIL_EN);

    CorpusFiles.write(List.of(doc), dir);

    assertThat(dir.resolve("00001-email_en-US.txt")).content().isEqualTo(doc.text());
    assertThat(Files.readAllLines(dir.resolve("truth.tsv")))
        .containsExactly(
            "document\tkind\ttype\tstart\tend\tvalue",
            "00001-email_en-US\tvalue\tEMAIL_ADDRESS\t7\t22\ta.b@example.org",
            "00001-email_en-US\tnear-miss\tTRACKING_USPS\t23\t32\t9400 1118");
  }
}
