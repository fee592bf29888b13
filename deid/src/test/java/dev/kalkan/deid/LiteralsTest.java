package dev.kalkan.deid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.deid.Literals.Kind;
import dev.kalkan.deid.Literals.Literal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralsTest {

  private static List<String> texts(String s, List<Literal> literals) {
    return literals.stream().map(l -> l.kind() + ":" + s.substring(l.start(), l.end())).toList();
  }

  @Test
  void jsonWhenDocumentThenStringsContentsAndBareValues() {
    String s = "{\"a\\\"b\": [1.5e3, true, \"x\\\\\", null], \"\": \"\"}";
    assertThat(texts(s, Literals.json(s)))
        .containsExactly(
            "JSON_STRING:a\\\"b",
            "JSON_BARE:1.5e3",
            "JSON_BARE:true",
            "JSON_STRING:x\\\\",
            "JSON_BARE:null");
  }

  @Test
  void jsonWhenMalformedThenEveryNonSyntaxCharacterIsInALiteral() {
    String s = "{oops jane@x.com, \"unterminated";
    List<Literal> literals = Literals.json(s);
    assertThat(texts(s, literals))
        .containsExactly("JSON_BARE:oops", "JSON_BARE:jane@x.com", "JSON_STRING:unterminated");
  }

  @Test
  void csvWhenQuotedAndUnquotedFieldsThenFieldContents() {
    String s = "a,\"b, \"\"c\"\"\",d\r\n\"multi\nline\"x,,e\n";
    assertThat(texts(s, Literals.csv(s)))
        .containsExactly(
            "CSV_UNQUOTED:a",
            "CSV_QUOTED:b, \"\"c\"\"",
            "CSV_UNQUOTED:d",
            "CSV_QUOTED:multi\nline",
            "CSV_TRAILING:x",
            "CSV_UNQUOTED:e");
    assertThat(Literals.delimiter(s)).isEqualTo(',');
  }

  @Test
  void csvWhenFirstLineHasTabThenTabSeparated() {
    String s = "id\tname, with comma\n1\tx\n";
    assertThat(Literals.delimiter(s)).isEqualTo('\t');
    assertThat(texts(s, Literals.csv(s)))
        .containsExactly(
            "CSV_UNQUOTED:id", "CSV_UNQUOTED:name, with comma", "CSV_UNQUOTED:1", "CSV_UNQUOTED:x");
  }

  @Test
  void textWhenAnyThenOneLiteral() {
    assertThat(Literals.text("abc")).containsExactly(new Literal(0, 3, Kind.TEXT));
  }
}
