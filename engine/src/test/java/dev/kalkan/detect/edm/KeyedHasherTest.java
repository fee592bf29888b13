package dev.kalkan.detect.edm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class KeyedHasherTest {
  private static final byte[] SALT = new byte[16];
  private final EdmKey key = EdmKey.generate();
  private final KeyedHasher hasher = new KeyedHasher(key.derive(IndexFile.HASH_LABEL, SALT));

  private long token(KeyedHasher h, String folded) {
    byte[] b = folded.getBytes(StandardCharsets.UTF_8);
    return h.token(b, 0, b.length);
  }

  @Property
  void asciiTokenWhenAnyCaseThenEqualsTokenOfLowerCase(
      @ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 40) String word,
      @ForAll @IntRange(max = 9) int padding) {
    byte[] text = (" ".repeat(padding) + word).getBytes(StandardCharsets.US_ASCII);
    assertThat(hasher.asciiToken(text, padding, word.length()))
        .isEqualTo(token(hasher, word.toLowerCase(Locale.ROOT)));
  }

  @Property
  void tokenWhenBytesNearTheEndOfTheArrayThenSameAsInTheMiddle(
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String word) {
    byte[] alone = word.getBytes(StandardCharsets.US_ASCII);
    byte[] inside = (word + "        ").getBytes(StandardCharsets.US_ASCII);
    assertThat(hasher.token(alone, 0, alone.length))
        .isEqualTo(hasher.token(inside, 0, alone.length));
  }

  @Test
  void tokenWhenOtherKeyOrSaltThenDiffers() {
    byte[] otherSalt = new byte[16];
    otherSalt[0] = 1;
    KeyedHasher otherKey = new KeyedHasher(EdmKey.generate().derive(IndexFile.HASH_LABEL, SALT));
    KeyedHasher otherIndex = new KeyedHasher(key.derive(IndexFile.HASH_LABEL, otherSalt));
    long mine = token(hasher, "ayse");
    assertThat(token(otherKey, "ayse")).isNotEqualTo(mine);
    assertThat(token(otherIndex, "ayse")).isNotEqualTo(mine);
    assertThat(token(new KeyedHasher(key.derive(IndexFile.HASH_LABEL, SALT)), "ayse"))
        .isEqualTo(mine);
  }

  @Test
  void keyWhenSameTokensInOtherClassOrOrderThenDiffers() {
    long a = token(hasher, "ayse");
    long y = token(hasher, "yilmaz");
    long ay = KeyedHasher.key(hasher.extend(hasher.extend(hasher.start(KeyedHasher.WORDS), a), y));
    long ya = KeyedHasher.key(hasher.extend(hasher.extend(hasher.start(KeyedHasher.WORDS), y), a));
    assertThat(ay).isNotEqualTo(ya);
    assertThat(hasher.key(KeyedHasher.EMAIL, a)).isNotEqualTo(hasher.key(KeyedHasher.DIGITS, a));
    assertThat(hasher.key(KeyedHasher.WORDS, a))
        .isNotEqualTo(
            KeyedHasher.key(hasher.extend(hasher.extend(hasher.start(KeyedHasher.WORDS), a), a)));
  }

  @Test
  void tokenWhenLengthDiffersOnlyByTrailingZeroBytesThenDiffers() {
    byte[] b = {'a', 0, 0};
    assertThat(hasher.token(b, 0, 1)).isNotEqualTo(hasher.token(b, 0, 3));
  }

  @Property
  void lowerCaseWhenChunkOfAsciiThenLowerCasesLettersOnly(
      @ForAll @StringLength(min = 8, max = 8) @net.jqwik.api.constraints.CharRange(to = 127)
          String chunk) {
    byte[] b = chunk.getBytes(StandardCharsets.US_ASCII);
    byte[] lower = chunk.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    assertThat(KeyedHasher.lowerCase(KeyedHasher.load8(b, 0)))
        .isEqualTo(KeyedHasher.load8(lower, 0));
  }
}
