package dev.kalkan.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeidKeyTest {
  @TempDir Path dir;

  @Test
  void writeNewWhenReadBackThenSameSecretsAndOwnerOnly() throws Exception {
    DeidKey key = DeidKey.generate();
    Path file = dir.resolve("deid.key");
    key.writeNew(file);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(file)).contains("HmacPrfKey").contains("primaryKeyId");
    DeidKey read = DeidKey.read(file);
    assertThat(read.derive("label", new byte[] {1, 2}))
        .isEqualTo(key.derive("label", new byte[] {1, 2}));
    assertThat(read.derive("label", new byte[] {1, 2})).hasSize(32);
  }

  @Test
  void deriveWhenDifferentKeysOrLabelsThenDifferentOutput() {
    DeidKey a = DeidKey.generate();
    assertThat(a.derive("x", new byte[0]))
        .isNotEqualTo(DeidKey.generate().derive("x", new byte[0]));
    assertThat(a.derive("x", new byte[0])).isNotEqualTo(a.derive("y", new byte[0]));
  }

  @Test
  void writeNewWhenFileExistsThenRefusesToOverwrite() throws Exception {
    Path file = Files.writeString(dir.resolve("deid.key"), "precious");
    assertThatThrownBy(() -> DeidKey.generate().writeNew(file))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(file)).isEqualTo("precious");
  }

  @Test
  void readWhenMissingOrNotAKeysetThenOneLineReason() throws Exception {
    assertThatThrownBy(() -> DeidKey.read(dir.resolve("nope")))
        .isInstanceOf(DeidException.class)
        .hasMessageContaining("does not exist");
    Path junk = Files.writeString(dir.resolve("junk"), "not json at all");
    assertThatThrownBy(() -> DeidKey.read(junk))
        .isInstanceOf(DeidException.class)
        .hasMessageContaining("does not hold a Tink keyset")
        .hasMessageNotContaining("\n");
  }

  @Test
  void parseWhenKeysetOfAnotherPrimitiveThenRejects() {
    String aesCmacPrf =
        "{\"primaryKeyId\":1,\"key\":[{\"keyData\":{\"typeUrl\":"
            + "\"type.googleapis.com/google.crypto.tink.AesCmacPrfKey\","
            + "\"value\":\"GiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==\","
            + "\"keyMaterialType\":\"SYMMETRIC\"},\"status\":\"ENABLED\",\"keyId\":1,"
            + "\"outputPrefixType\":\"RAW\"}]}";
    assertThatThrownBy(() -> DeidKey.parse(aesCmacPrf, "the variable"))
        .isInstanceOf(DeidException.class)
        .hasMessageStartingWith("the variable");
  }

  @Test
  void toStringWhenPrintedThenHidesKey() {
    assertThat(TestKeys.fixed().toString()).isEqualTo("DeidKey[hidden]");
  }
}
