package dev.kalkan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileSignaturesTest {
  private static boolean needs(String name, byte[] b) {
    return FileSignatures.needsExtraction(name, b, b.length, true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.json", "a.txt", "a.csv", "data", "a.yml", "notes.md"})
  void needsExtractionWhenUtf8TextThenFalse(String name) {
    assertThat(needs(name, "{\"a\":\"Grüße ağaç\"}\n".getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.pdf", "a.eml", "A.HTML", "x.docx", "x.tar.gz", "dir/x.zip"})
  void needsExtractionWhenDocumentExtensionThenTrue(String name) {
    assertThat(needs(name, "plain".getBytes(StandardCharsets.US_ASCII))).isTrue();
  }

  @Test
  void needsExtractionWhenSignatureOrNulOrLegacyEncodingThenTrue() {
    assertThat(needs(null, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isTrue();
    assertThat(needs(null, "{\\rtf1 hi}".getBytes(StandardCharsets.US_ASCII))).isTrue();
    assertThat(needs(null, new byte[] {'P', 'K', 3, 4, 20})).isTrue();
    assertThat(needs("x.bin", new byte[] {'a', 0, 'b'})).isTrue();
    assertThat(needs("x.csv", "Şehir;İl".getBytes(Charset.forName("windows-1254")))).isTrue();
    byte[] mail =
        "Return-Path: <a@b.c>\nSubject: hi\nContent-Type: text/plain\n\nbody"
            .getBytes(StandardCharsets.US_ASCII);
    assertThat(needs(null, mail)).isTrue();
  }

  @Test
  void needsExtractionWhenHeadEndsInsideACharacterThenFalse() {
    byte[] b = "abc ğ".getBytes(StandardCharsets.UTF_8);
    assertThat(FileSignatures.needsExtraction("a.txt", b, b.length - 1, false)).isFalse();
  }
}
