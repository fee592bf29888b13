package dev.kalkan.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArtifactUriTest {

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          src/a.txt                    => src/a.txt
          ./src/a.txt                  => src/a.txt
          ././a.txt                    => a.txt
          ../up/a.txt                  => ../up/a.txt
          -                            => -
          outer.zip!/inner/file.txt    => outer.zip!/inner/file.txt
          /home/me/a b.txt             => file:///home/me/a%20b.txt
          docs/ünïcode dir/notes #1.md => docs/%C3%BCn%C3%AFcode%20dir/notes%20%231.md
          c:notes.txt                  => c%3Anotes.txt
          100%.txt                     => 100%25.txt
          'q?x#y[0]'                   => q%3Fx%23y%5B0%5D
          back\\slash.txt              => back%5Cslash.txt
          '~user/it''s;v=1,(2)+@$&*'   => '~user/it''s;v=1,(2)+@$&*'
          """)
  void ofWhenUnixPathThenRelativeReferenceOrFileUri(String path, String expected) {
    assertThat(ArtifactUri.of(path, '/')).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          src\\a.txt          => src/a.txt
          .\\src\\a.txt        => src/a.txt
          C:\\work\\a b.txt    => file:///C:/work/a%20b.txt
          d:\\x.txt           => file:///d:/x.txt
          """)
  void ofWhenWindowsPathThenForwardSlashes(String path, String expected) {
    assertThat(ArtifactUri.of(path, '\\')).isEqualTo(expected);
  }

  @Property
  void ofWhenDecodedThenSamePath(
      @ForAll @CharRange(from = '\u0000', to = '\uD7FF') @CharRange(from = '\uE000', to = '\uFFFF')
          String name)
      throws URISyntaxException {
    String path = "dir/" + name;

    URI uri = new URI(ArtifactUri.of(path, '/'));

    assertThat(uri.isAbsolute()).isFalse();
    assertThat(uri.getPath()).isEqualTo(path);
  }
}
