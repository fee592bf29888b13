package dev.kalkan.detect.edm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.SplittableRandom;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndexBodyTest {
  @TempDir Path dir;

  private static final SecretKeySpec AES = new SecretKeySpec(new byte[32], "AES");
  private static final SecretKeySpec HMAC = new SecretKeySpec(new byte[32], "HmacSHA256");

  /** A counter that carries through every byte within the first windows. */
  private static final byte[] NONCE = new byte[16];

  static {
    Arrays.fill(NONCE, (byte) 0xFF);
    NONCE[15] = (byte) 0xF0;
  }

  private static Mac mac() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(HMAC);
    return mac;
  }

  /**
   * Lengths below two windows are done on one thread, longer ones on two; either way each window is
   * decrypted from its own counter, which must continue the one the whole body was encrypted with.
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 4095, IndexBody.WINDOW + 17, 3 * IndexBody.WINDOW + 5 * 16 + 3})
  void readWhenEncryptedInOnePassThenDecryptsWindowByWindowAndMacsTheCiphertext(int length)
      throws Exception {
    byte[] plain = new byte[length];
    new SplittableRandom(length).nextBytes(plain);
    byte[] encrypted = plain.clone();
    IndexBody.crypt(IndexBody.newCipher(), Cipher.ENCRYPT_MODE, AES, NONCE, encrypted, 0, length);
    Path file = Files.write(dir.resolve("body"), encrypted);

    Mac mac = mac();
    byte[] read;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      read = IndexBody.read(ch, length, mac, AES, NONCE);
    }
    assertThat(read).isEqualTo(plain);
    assertThat(mac.doFinal()).isEqualTo(mac().doFinal(encrypted));
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 5 * IndexBody.WINDOW})
  void readWhenFileEndsEarlyThenSaysSo(int length) throws Exception {
    Path file = Files.write(dir.resolve("short"), new byte[length - 10]);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      assertThatThrownBy(() -> IndexBody.read(ch, length, mac(), AES, NONCE))
          .isInstanceOf(IOException.class)
          .hasMessage("the file ended 10 bytes early");
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 15, 16, 255, 256, 65_535, 1L << 40, Long.MAX_VALUE})
  void counterAtWhenBlocksAddedThenTheBlockIsOneBigEndianNumberModulo2To128(long blocks) {
    BigInteger sum = new BigInteger(1, NONCE).add(BigInteger.valueOf(blocks));
    byte[] bytes = sum.mod(BigInteger.ONE.shiftLeft(128)).toByteArray();
    byte[] expected = new byte[16];
    int n = Math.min(16, bytes.length);
    System.arraycopy(bytes, bytes.length - n, expected, 16 - n, n);
    assertThat(IndexBody.counterAt(NONCE, blocks)).isEqualTo(expected);
  }
}
