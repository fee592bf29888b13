package dev.kalkan.detect.edm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdmKeyTest {
  @TempDir Path dir;
  private final byte[] salt = new byte[16];

  @Test
  void writeNewThenReadGivesTheSameKeyInAnOwnerOnlyFile() throws Exception {
    EdmKey key = EdmKey.generate();
    Path file = dir.resolve("edm.key");
    key.writeNew(file);
    assertThat(EdmKey.read(file).derive("x", salt)).isEqualTo(key.derive("x", salt));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
  }

  @Test
  void writeNewWhenFileExistsThenRefusesAndKeepsIt() throws Exception {
    Path file = Files.writeString(dir.resolve("edm.key"), "old");
    assertThatThrownBy(() -> EdmKey.generate().writeNew(file))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(file)).isEqualTo("old");
  }

  @Test
  void generateWhenCalledTwiceThenDifferentKeys() {
    assertThat(EdmKey.generate().derive("x", salt))
        .isNotEqualTo(EdmKey.generate().derive("x", salt));
  }

  @Test
  void parseWhenNotBase64OrWrongLengthThenClearMessage() {
    assertThatThrownBy(() -> EdmKey.parse("not base64!", "KALKAN_EDM_KEY"))
        .isInstanceOf(EdmException.class)
        .hasMessage("KALKAN_EDM_KEY does not hold an EDM key (expected one line of base64)");
    assertThatThrownBy(() -> EdmKey.parse("YWJj", "key file k"))
        .isInstanceOf(EdmException.class)
        .hasMessageContaining("expected 32 bytes of base64, found 3");
  }

  @Test
  void readWhenFileMissingThenClearMessage() {
    Path missing = dir.resolve("missing.key");
    assertThatThrownBy(() -> EdmKey.read(missing))
        .isInstanceOf(EdmException.class)
        .hasMessage("key file " + missing + " does not exist");
  }

  @Test
  void deriveWhenLabelOrSaltDiffersThenDiffers() {
    EdmKey key = EdmKey.generate();
    byte[] other = new byte[16];
    other[15] = 1;
    assertThat(key.derive("a", salt)).hasSize(32).isNotEqualTo(key.derive("b", salt));
    assertThat(key.derive("a", salt)).isNotEqualTo(key.derive("a", other));
  }

  @Test
  void toStringWhenPrintedThenHidesTheKey() throws Exception {
    String text = Base64.getEncoder().encodeToString(new byte[32]);
    assertThat(EdmKey.parse(text, "k").toString()).isEqualTo("EdmKey[hidden]");
  }
}
