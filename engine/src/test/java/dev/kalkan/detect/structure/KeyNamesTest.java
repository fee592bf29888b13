package dev.kalkan.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.InfoType;
import org.junit.jupiter.api.Test;

class KeyNamesTest {

  private static KeyName read(KeyNames names, String ascii) {
    names.clear();
    for (int i = 0; i < ascii.length(); i++) {
      names.add(ascii.charAt(i));
    }
    return names.finish();
  }

  @Test
  void finishWhenSameKeyAgainThenSameInstance() {
    KeyNames names = new KeyNames(null, false);
    KeyName first = read(names, "BuyerName");
    read(names, "other");
    assertThat(read(names, "BuyerName")).isSameAs(first);
    assertThat(read(names, "other").id).isNotEqualTo(first.id);
    assertThat(first.raw).isEqualTo("BuyerName");
    assertThat(first.normalized).isEqualTo("buyername");
  }

  @Test
  void finishWhenKeyTooLongThenUnknown() {
    KeyNames names = new KeyNames(null, false);
    assertThat(read(names, "k".repeat(KeyNames.MAX_KEY_BYTES))).isNotSameAs(KeyName.UNKNOWN);
    assertThat(read(names, "k".repeat(KeyNames.MAX_KEY_BYTES + 1))).isSameAs(KeyName.UNKNOWN);
  }

  @Test
  void addCodePointWhenNonAsciiThenUtf8() {
    KeyNames names = new KeyNames(null, false);
    names.clear();
    for (int cp : new int[] {'a', 0xE9, 0x20AC, 0x1F600}) {
      names.addCodePoint(cp);
    }
    assertThat(names.finish().raw).isEqualTo("aé€\ud83d\ude00");
  }

  @Test
  void trimEndAndIsWhenTrailingBlanksThenDropped() {
    KeyNames names = new KeyNames(null, false);
    names.clear();
    for (char c : "export \t".toCharArray()) {
      names.add(c);
    }
    assertThat(names.is("export")).isFalse();
    names.trimEnd();
    assertThat(names.is("export")).isTrue();
    assertThat(names.length()).isEqualTo(6);
  }

  @Test
  void finishWhenCatalogGivenThenKeyClassifiedOnce() {
    SpApiFieldCatalog catalog = SpApiFieldCatalog.builtIn();
    KeyName header = read(new KeyNames(catalog, true), "recipient-name");
    assertThat(header.patternDepth).isEqualTo(1);
    assertThat(header.asField.type()).isEqualTo(InfoType.PERSON_NAME);
    KeyName member = read(new KeyNames(catalog, false), "Name");
    assertThat(member.patternDepth).isEqualTo(2);
    assertThat(member.asField).isNull();
    assertThat(read(new KeyNames(catalog, true), "Title").patternDepth).isZero();
  }
}
