package dev.kalkan.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnvFieldTrackerTest {

  static Stream<Arguments> envFiles() {
    return Stream.of(
        Arguments.of(
            "# settings\nBUYER_NAME=John Smith\nexport SELLER_EMAIL=\"ops@example.com\"\n",
            List.of("BUYER_NAME=John Smith", "SELLER_EMAIL=ops@example.com")),
        Arguments.of(
            "A = spaced value   # comment\nB='single # not a comment'\nC=\"esc \\\" quote\"\n",
            List.of("A=spaced value", "B=single # not a comment", "C=esc \\\" quote")),
        Arguments.of(
            "KEY=a#b\nEMPTY=\nALSO=\"\"\nNOT AN ASSIGNMENT\n=nokey\nX=1\n",
            List.of("KEY=a#b", "X=1")),
        Arguments.of(
            "export   LWA_SECRET=abc\r\nexport=plain\r\nPEM=\"-----BEGIN\nline\n-----END\"\nY=2",
            List.of("LWA_SECRET=abc", "export=plain", "PEM=-----BEGIN\nline\n-----END", "Y=2")),
        Arguments.of(
            "DB.URL-x=jdbc:x\n  INDENTED=yes\n", List.of("DB.URL-x=jdbc:x", "INDENTED=yes")));
  }

  @ParameterizedTest
  @MethodSource("envFiles")
  void fieldsWhenEnvThenKeyOfEveryValue(String env, List<String> expected) {
    assertThat(TrackedValues.of(StructuredFormat.ENV, env)).containsExactlyElementsOf(expected);
  }

  @Test
  void fieldsWhenQuoteNeverClosesThenNoneFromThere() {
    String env = "A=1\nB=\"" + "x".repeat(EnvFieldTracker.MAX_QUOTED + 2) + "\nC=3\n";
    List<String> values = TrackedValues.of(StructuredFormat.ENV, env);
    assertThat(values).hasSize(2).startsWith("A=1").noneMatch(v -> v.startsWith("C="));
  }
}
