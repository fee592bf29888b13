package dev.kalkan.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PropertiesFieldTrackerTest {

  static Stream<Arguments> propertiesFiles() {
    return Stream.of(
        Arguments.of(
            "# comment\n! also a comment\nbuyer.name = John Smith\nbuyer.email:j@x.com\n",
            List.of("buyer.name=John Smith", "buyer.email=j@x.com")),
        Arguments.of(
            "key value\n  indented\t=\ttabbed\nspaced   :   colon\nbare\n",
            List.of("key=value", "indented=tabbed", "spaced=colon")),
        Arguments.of(
            "a\\:b=1\nc\\=d:2\nsp\\ ace=3\nk\\u00e9y=4\n",
            List.of("a:b=1", "c=d=2", "sp ace=3", "kéy=4")),
        Arguments.of(
            "long = first \\\n    second \\\n    third\nnext=x\n",
            List.of("long=first", "long=second", "long=third", "next=x")),
        Arguments.of(
            "even=ends with \\\\\nodd\\\n  key=continued key\n",
            List.of("even=ends with \\\\", "oddkey=continued key")),
        Arguments.of("win=1\r\nmac=2\rlast=3", List.of("win=1", "mac=2", "last=3")),
        Arguments.of("=no key\nurl=http://x/a=b\n", List.of("url=http://x/a=b")));
  }

  @ParameterizedTest
  @MethodSource("propertiesFiles")
  void fieldsWhenPropertiesThenUnescapedKeyOfEveryValue(String text, List<String> expected) {
    assertThat(TrackedValues.of(StructuredFormat.PROPERTIES, text))
        .containsExactlyElementsOf(expected);
  }
}
