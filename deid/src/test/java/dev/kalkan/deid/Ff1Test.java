package dev.kalkan.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FF1 against the NIST SP 800-38G sample vectors (FF1samples.pdf, samples 1 to 9). */
class Ff1Test {
  private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
  private static final String KEY_128 = "2B7E151628AED2A6ABF7158809CF4F3C";
  private static final String KEY_192 = KEY_128 + "EF4359D8D580AA4F";
  private static final String KEY_256 = KEY_192 + "7F036D6F04FC6A94";

  @ParameterizedTest(name = "sample {0}")
  @CsvSource({
    "1, " + KEY_128 + ", 10, '', 0123456789, 2433477484",
    "2, " + KEY_128 + ", 10, 39383736353433323130, 0123456789, 6124200773",
    "3, " + KEY_128 + ", 36, 3737373770717273373737, 0123456789abcdefghi, a9tv40mll9kdu509eum",
    "4, " + KEY_192 + ", 10, '', 0123456789, 2830668132",
    "5, " + KEY_192 + ", 10, 39383736353433323130, 0123456789, 2496655549",
    "6, " + KEY_192 + ", 36, 3737373770717273373737, 0123456789abcdefghi, xbj3kv35jrawxv32ysr",
    "7, " + KEY_256 + ", 10, '', 0123456789, 6657667009",
    "8, " + KEY_256 + ", 10, 39383736353433323130, 0123456789, 1001623463",
    "9, " + KEY_256 + ", 36, 3737373770717273373737, 0123456789abcdefghi, xs8a0azh2avyalyzuwd"
  })
  void encryptWhenNistSampleThenMatchesCiphertextAndDecryptsBack(
      int sample, String key, int radix, String tweak, String plain, String cipher) {
    Ff1 ff1 = new Ff1(HexFormat.of().parseHex(key));
    byte[] t = HexFormat.of().parseHex(tweak);
    int[] encrypted = ff1.encrypt(radix, t, numerals(plain));
    assertThat(text(encrypted)).as("sample %d", sample).isEqualTo(cipher);
    assertThat(text(ff1.decrypt(radix, t, encrypted))).isEqualTo(plain);
  }

  @Test
  void encryptWhenDomainBelowAMillionThenRejects() {
    Ff1 ff1 = new Ff1(new byte[32]);
    assertThatThrownBy(() -> ff1.encrypt(10, new byte[0], numerals("12345")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1,000,000");
    assertThat(Ff1.domainLargeEnough(10, 6)).isTrue();
    assertThat(Ff1.domainLargeEnough(26, 4)).isFalse();
    assertThat(Ff1.domainLargeEnough(26, 5)).isTrue();
    assertThat(Ff1.domainLargeEnough(62, 4)).isTrue();
  }

  @Test
  void encryptWhenNumeralOutsideRadixThenRejects() {
    Ff1 ff1 = new Ff1(new byte[32]);
    assertThatThrownBy(() -> ff1.encrypt(10, new byte[0], new int[] {1, 2, 3, 4, 5, 10}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ff1WhenKeyLengthInvalidThenRejects() {
    assertThatThrownBy(() -> new Ff1(new byte[20])).isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 300)
  void decryptWhenAnyInputThenInvertsEncrypt(
      @ForAll @IntRange(min = 2, max = 62) int radix,
      @ForAll @Size(min = 0, max = 40) byte[] tweak,
      @ForAll @Size(min = 20, max = 60) int[] seed) {
    int[] x = new int[seed.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.floorMod(seed[i], radix);
    }
    Ff1 ff1 = new Ff1(new byte[32]);
    int[] y = ff1.encrypt(radix, tweak, x);
    assertThat(y).hasSameSizeAs(x);
    assertThat(java.util.Arrays.stream(y).allMatch(n -> n >= 0 && n < radix)).isTrue();
    assertThat(ff1.decrypt(radix, tweak, y)).containsExactly(x);
  }

  private static int[] numerals(String s) {
    return s.chars().map(ALPHABET::indexOf).toArray();
  }

  private static String text(int[] numerals) {
    StringBuilder b = new StringBuilder();
    for (int n : numerals) {
      b.append(ALPHABET.charAt(n));
    }
    return b.toString();
  }
}
