package dev.kalkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetokenizeCommandTest {
  private static final String ORDER =
      "{\"AmazonOrderId\": \"113-1234567-1234567\",\n"
          + " \"BuyerEmail\": \"jane.doe@gmail.com\", \"Phone\": \"+44 20 7946 0958\"}\n";

  @TempDir Path dir;
  private final CommandHarness kalkan = new CommandHarness();
  private Path key;

  @BeforeEach
  void keygen() {
    key = dir.resolve("deid.key");
    assertThat(kalkan.run("deid", "keygen", "-o", key.toString())).isZero();
  }

  @AfterEach
  void restore() {
    kalkan.close();
  }

  private Path tokenized() throws Exception {
    Path in = Files.writeString(dir.resolve("order.json"), ORDER);
    Path out = dir.resolve("order.tokens.json");
    int status =
        kalkan.run(
            "redact",
            "--key-file",
            key.toString(),
            "--transform",
            "AMAZON_ORDER_ID=tokenize",
            "--transform",
            "EMAIL_ADDRESS=tokenize",
            "--transform",
            "PHONE_NUMBER=tokenize",
            in.toString(),
            "-o",
            out.toString());
    assertThat(status).isZero();
    return out;
  }

  @Test
  void detokenizeWhenRedactedWithTokensThenRestoresByteForByte() throws Exception {
    Path tokens = tokenized();
    assertThat(Files.readString(tokens))
        .doesNotContain("113-1234567-1234567", "jane.doe", "7946 0958");
    assertThat(kalkan.run("detokenize", "--key-file", key.toString(), tokens.toString())).isZero();
    assertThat(kalkan.stdout()).isEqualTo(ORDER);
    assertThat(kalkan.stderr()).isEmpty();
  }

  @Test
  void detokenizeWhenOutputFileThenOwnerOnly() throws Exception {
    Path tokens = tokenized();
    Path out = dir.resolve("restored.json");
    assertThat(
            kalkan.run(
                "detokenize",
                "--key-file",
                key.toString(),
                tokens.toString(),
                "-o",
                out.toString()))
        .isZero();
    assertThat(Files.readString(out)).isEqualTo(ORDER);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-------");
    assertThat(kalkan.stderr()).isEqualTo("kalkan: wrote " + out + ": 3 tokens restored\n");
  }

  @Test
  void detokenizeWhenWrongKeyThenExitTwoOneLineNoStackTrace() throws Exception {
    Path tokens = tokenized();
    Path other = dir.resolve("other.key");
    assertThat(kalkan.run("deid", "keygen", "-o", other.toString())).isZero();
    assertThat(kalkan.run("detokenize", "--key-file", other.toString(), tokens.toString()))
        .isEqualTo(2);
    assertThat(kalkan.stderr().lines().toList())
        .singleElement()
        .asString()
        .startsWith(
            "kalkan: " + tokens + ": line 2, column 17: the EMAIL_ADDRESS token cannot be restored")
        .doesNotContain("\tat ");
    assertThat(kalkan.stdout()).isEmpty();
  }

  @Test
  void detokenizeWhenTokenTamperedThenExitTwo() throws Exception {
    Path tokens = tokenized();
    String text = Files.readString(tokens);
    int at = text.indexOf('@');
    char c = text.charAt(at - 9);
    Files.writeString(
        tokens, text.substring(0, at - 9) + (c == 'x' ? 'y' : 'x') + text.substring(at - 8));
    assertThat(kalkan.run("detokenize", "--key-file", key.toString(), tokens.toString()))
        .isEqualTo(2);
    assertThat(kalkan.stderr())
        .contains("keyed tag does not match")
        .endsWith("key it was made with\n");
  }

  @Test
  void detokenizeWhenBadOptionsThenExitTwo() throws Exception {
    Path tokens = tokenized();
    assertThat(
            kalkan.run(
                "detokenize",
                "--key-file",
                key.toString(),
                "--info-types",
                "AWS_ACCESS_KEY_ID",
                tokens.toString()))
        .isEqualTo(2);
    assertThat(kalkan.stderr())
        .startsWith("kalkan: --info-types: tokenize: AWS_ACCESS_KEY_ID is a credential");
    assertThat(
            kalkan.run(
                "detokenize", "--key-file", dir.resolve("none").toString(), tokens.toString()))
        .isEqualTo(2);
    assertThat(kalkan.stderr())
        .isEqualTo("kalkan: key file " + dir.resolve("none") + " does not exist\n");
  }
}
