package dev.kalkan.detect.edm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvRecordReaderTest {

  private static List<String> read(String csv) throws IOException, EdmException {
    return EdmFixture.records(
        new CsvRecordReader(new BufferedReader(new StringReader(csv)), "records.csv"));
  }

  @Test
  void nextWhenQuotedFieldsThenUnquotesDoubledQuotesAndLineBreaks() throws Exception {
    assertThat(
            read(
                "\uFEFFname,address\n"
                    + "\"O'Brien, John\",\"221B \"\"Baker\"\" Street\nLondon\"\n"
                    + "\n"
                    + "Ayşe Yılmaz,\n"))
        .containsExactly(
            "name=O'Brien, John;address=221B \"Baker\" Street\nLondon;",
            "name=Ayşe Yılmaz;address=;");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "semicolons => 'name;email\nAli Veli;a@x.com\n'",
        "tabs => 'name\temail\nAli Veli\ta@x.com\n'",
        "commas => 'name,email\nAli Veli,a@x.com\n'",
      })
  void nextWhenHeaderUsesADelimiterThenRecordsUseIt(String why, String csv) throws Exception {
    assertThat(read(csv)).as(why).containsExactly("name=Ali Veli;email=a@x.com;");
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "'a,b\n1,2\n3\n' => line 3: 1 fields where the header has 2 fields => too few fields",
        "'a,b\n1,2,3\n' => line 2: 3 fields where the header has 2 fields => too many fields",
        "'a,b\n1,\"2\nx\n' => line 2: a quoted field is not closed => open quote",
        "'a,b\n1,\"2\"x\n' => line 2: text after a closing quote at column 6 => after quote",
        "'a,b\n1,2\"x\n' => line 2: a quote inside an unquoted field at column 4 => stray quote",
        "'\n\n' => is empty => no header",
      })
  void nextWhenMalformedThenErrorNamesTheLine(String csv, String message, String why) {
    assertThatThrownBy(() -> read(csv))
        .as(why)
        .isInstanceOf(EdmException.class)
        .hasMessageStartingWith("records.csv")
        .hasMessageContaining(message);
  }
}
