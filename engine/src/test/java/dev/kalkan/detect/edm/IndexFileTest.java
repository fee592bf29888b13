package dev.kalkan.detect.edm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.detect.InfoType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFileTest {
  @TempDir Path dir;
  private final EdmKey key = EdmKey.generate();

  private static IndexFile.Contents sample() {
    return new IndexFile.Contents(
        3,
        List.of(InfoType.PERSON_NAME, FieldMapping.EDM_VALUE),
        0b100,
        1L << 12,
        true,
        new long[] {1, 5, 5, -2},
        new int[] {(1 << 8), (2 << 8) | 1, (3 << 8) | 1, (3 << 8)},
        new long[] {-7, 9},
        new long[] {4});
  }

  @Test
  void readWhenWrittenThenSameContentsAndSalt() throws Exception {
    Path file = dir.resolve("x.edm");
    byte[] salt = IndexFile.newSalt();
    long size = IndexFile.write(file, key, salt, sample());
    assertThat(Files.size(file)).isEqualTo(size);
    IndexFile.Loaded loaded = IndexFile.read(file, key);
    IndexFile.Contents c = loaded.contents();
    assertThat(loaded.salt()).isEqualTo(salt);
    assertThat(c.records()).isEqualTo(3);
    assertThat(c.infoTypes()).containsExactly(InfoType.PERSON_NAME, FieldMapping.EDM_VALUE);
    assertThat(c.wordCounts()).isEqualTo(0b100);
    assertThat(c.digitLengths()).isEqualTo(1L << 12);
    assertThat(c.emails()).isTrue();
    assertThat(c.keys()).containsExactly(1, 5, 5, -2);
    assertThat(c.payloads()).containsExactly(sample().payloads());
    assertThat(c.firstWords()).containsExactly(-7, 9);
    assertThat(c.innerWords()).containsExactly(4);
  }

  @Test
  void indexWhenBuiltThenHoldsNoValueInAnyForm() throws Exception {
    Path index = EdmFixture.index(dir, key, EdmFixture.CUSTOMERS);
    byte[] bytes = Files.readAllBytes(index);
    List<String> forms = new ArrayList<>();
    for (String line : EdmFixture.CUSTOMERS.strip().lines().skip(1).toList()) {
      for (String value : line.split(",")) {
        forms.add(value);
        forms.add(value.toLowerCase(Locale.ROOT));
        forms.add(new String(Fold.whole(value), StandardCharsets.UTF_8));
        Fold.words(value).forEach(w -> forms.add(new String(w, StandardCharsets.UTF_8)));
        forms.addAll(new PhoneForms("TR").of(value));
        forms.add(PhoneForms.digits(value));
      }
    }
    forms.removeIf(f -> f.length() < 3);
    assertThat(forms).hasSizeGreaterThan(80);
    for (String form : forms) {
      assertThat(indexOf(bytes, form.getBytes(StandardCharsets.UTF_8))).as(form).isNegative();
      assertThat(indexOf(bytes, form.getBytes(StandardCharsets.UTF_16BE))).as(form).isNegative();
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (haystack[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private Path written() throws Exception {
    Path file = dir.resolve("x.edm");
    IndexFile.write(file, key, IndexFile.newSalt(), sample());
    return file;
  }

  @Test
  void readWhenAnotherKeyThenSaysSo() throws Exception {
    Path file = written();
    assertThatThrownBy(() -> IndexFile.read(file, EdmKey.generate()))
        .isInstanceOf(EdmException.class)
        .hasMessageContaining("was built with another key");
  }

  @Test
  void readWhenTruncatedThenSaysSo() throws Exception {
    Path file = written();
    byte[] all = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(all, all.length - 10));
    assertThatThrownBy(() -> IndexFile.read(file, key))
        .isInstanceOf(EdmException.class)
        .hasMessageContaining(
            "is truncated (or its header is damaged): its header promises " + all.length);
    Files.write(file, Arrays.copyOf(all, 40));
    assertThatThrownBy(() -> IndexFile.read(file, key))
        .isInstanceOf(EdmException.class)
        .hasMessageContaining("is truncated: 40 bytes, not even a header");
  }

  @Test
  void readWhenAnyBodyOrTagByteChangedThenDamaged() throws Exception {
    Path file = written();
    byte[] all = Files.readAllBytes(file);
    for (int at = IndexFile.HEADER_BYTES - 28; at < all.length; at += 7) {
      byte[] damaged = all.clone();
      damaged[at] ^= 0x10;
      Files.write(file, damaged);
      assertThatThrownBy(() -> IndexFile.read(file, key))
          .as("byte %d", at)
          .isInstanceOf(EdmException.class)
          .hasMessageContaining("is damaged");
    }
  }

  @Test
  void readWhenBytesAppendedThenDamaged() throws Exception {
    Path file = written();
    Files.write(file, new byte[3], java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> IndexFile.read(file, key))
        .isInstanceOf(EdmException.class)
        .hasMessageContaining("is damaged: 3 bytes follow the end of the index");
  }

  @Test
  void readWhenOtherVersionThenSaysWhichOne() throws Exception {
    Path file = written();
    byte[] all = Files.readAllBytes(file);
    all[9] = 2;
    Files.write(file, all);
    assertThatThrownBy(() -> IndexFile.read(file, key))
        .isInstanceOf(EdmException.class)
        .hasMessageContaining("has format version 2; this Kalkan reads version 1");
  }

  @Test
  void readWhenNotAnIndexOrMissingThenSaysSo() throws Exception {
    Path csv = EdmFixture.write(dir, "records.csv", EdmFixture.CUSTOMERS);
    assertThatThrownBy(() -> IndexFile.read(csv, key))
        .isInstanceOf(EdmException.class)
        .hasMessage(csv + " is not a Kalkan EDM index (it does not start with KALKEDM)");
    Path missing = dir.resolve("missing.edm");
    assertThatThrownBy(() -> IndexFile.read(missing, key))
        .isInstanceOf(EdmException.class)
        .hasMessage("EDM index " + missing + " does not exist");
  }

  @Test
  void writeWhenTargetExistsThenReplacesItAndLeavesNoTemporaryFile() throws Exception {
    Path file = Files.writeString(dir.resolve("x.edm"), "old");
    IndexFile.write(file, key, IndexFile.newSalt(), sample());
    assertThat(IndexFile.read(file, key).contents().records()).isEqualTo(3);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  /** An index of several MB is read, authenticated and decrypted on two threads. */
  @Test
  void readWhenIndexSpansManyWindowsThenSameContentsAndAnyDamageFound() throws Exception {
    int values = 700_000;
    long[] keys = new long[values];
    int[] payloads = new int[values];
    for (int i = 0; i < values; i++) {
      keys[i] = 3L * i;
      payloads[i] = (i % 7 + 1) << 8;
    }
    IndexFile.Contents big =
        new IndexFile.Contents(
            7,
            List.of(InfoType.PERSON_NAME),
            0b10,
            0,
            false,
            keys,
            payloads,
            new long[] {-1, 2},
            new long[] {5});
    Path file = dir.resolve("big.edm");
    long size = IndexFile.write(file, key, IndexFile.newSalt(), big);
    assertThat(size).isGreaterThan(4L * IndexBody.WINDOW);

    IndexFile.Contents c = IndexFile.read(file, key).contents();
    assertThat(c.keys()).isEqualTo(keys);
    assertThat(c.payloads()).isEqualTo(payloads);
    assertThat(c.firstWords()).containsExactly(-1, 2);
    assertThat(c.innerWords()).containsExactly(5);

    byte[] all = Files.readAllBytes(file);
    for (long at : new long[] {IndexFile.HEADER_BYTES + 3L * IndexBody.WINDOW + 1, size - 40}) {
      byte[] damaged = all.clone();
      damaged[(int) at] ^= 1;
      Files.write(file, damaged);
      assertThatThrownBy(() -> IndexFile.read(file, key))
          .as("byte %d", at)
          .isInstanceOf(EdmException.class)
          .hasMessageContaining("is damaged: its contents do not match its checksum");
    }
  }
}
