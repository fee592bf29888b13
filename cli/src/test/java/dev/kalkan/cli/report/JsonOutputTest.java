package dev.kalkan.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonOutputTest {

  @Property
  void numberWritesTheDecimalForm(@ForAll long value) throws IOException {
    StringWriter out = new StringWriter();
    JsonOutput json = new JsonOutput(out);

    json.number(value);
    json.raw(",");
    json.number(value);

    assertThat(out.toString()).isEqualTo(value + "," + value);
  }

  @Test
  void numberWhenBoundsThenExact() throws IOException {
    StringWriter out = new StringWriter();
    JsonOutput json = new JsonOutput(out);

    json.number(0);
    json.raw(" ");
    json.number(Long.MAX_VALUE);
    json.raw(" ");
    json.number(Long.MIN_VALUE);

    assertThat(out.toString()).isEqualTo("0 9223372036854775807 -9223372036854775808");
  }

  @Test
  void stringWritesAnEscapedLiteral() throws IOException {
    StringWriter out = new StringWriter();

    new JsonOutput(out).string("a\"b");

    assertThat(out.toString()).isEqualTo("\"a\\\"b\"");
  }
}
