package dev.kalkan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.cli.ErrorReporter.UsageException;
import dev.kalkan.deid.DeidKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeidCommandTest {
  @TempDir Path dir;
  private final CommandHarness kalkan = new CommandHarness();

  @AfterEach
  void restore() {
    kalkan.close();
  }

  @Test
  void keygenWhenNewFileThenOwnerOnlyKeysetAndNeverOverwrites() throws Exception {
    Path key = dir.resolve("deid.key");
    assertThat(kalkan.run("deid", "keygen", "-o", key.toString())).isZero();
    assertThat(kalkan.stdout()).startsWith("wrote a new de-identification key to " + key);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
        .isEqualTo("rw-------");
    assertThat(DeidKey.read(key)).isNotNull();
    String before = Files.readString(key);
    assertThat(kalkan.run("deid", "keygen", "-o", key.toString())).isEqualTo(2);
    assertThat(kalkan.stderr())
        .isEqualTo("kalkan: " + key + " exists; refusing to overwrite a key\n");
    assertThat(Files.readString(key)).isEqualTo(before);
  }

  @Test
  void deidWhenNoSubcommandThenUsageError() {
    assertThat(kalkan.run("deid")).isEqualTo(2);
    assertThat(kalkan.stderr()).startsWith("kalkan: a subcommand is required: keygen");
  }

  @Test
  void keyWhenEnvironmentHoldsKeysetThenUsesItAndExplainsBadOnes() throws Exception {
    Path file = dir.resolve("k");
    DeidKey.generate().writeNew(file);
    assertThat(DeidCommand.key(null, Map.of("KALKAN_DEID_KEY", Files.readString(file))))
        .isNotNull();
    assertThatThrownBy(() -> DeidCommand.key(null, Map.of("KALKAN_DEID_KEY", "abc")))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("the KALKAN_DEID_KEY variable does not hold a Tink keyset");
    assertThatThrownBy(() -> DeidCommand.key(null, Map.of()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("give --key-file FILE or set KALKAN_DEID_KEY");
  }
}
