package dev.kalkan.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportFormatTest {

  @ParameterizedTest
  @CsvSource({"text, TEXT", "TEXT, TEXT", "Json, JSON", "jsonl, JSONL", "' sarif ', SARIF"})
  void parseWhenNameInAnyCaseThenFormat(String text, ReportFormat expected) {
    assertThat(ReportFormat.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "xml", "json-lines", "sarif2"})
  void parseWhenUnknownThenNamesTheChoices(String text) {
    assertThatThrownBy(() -> ReportFormat.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown format '" + text + "': expected one of text, json, jsonl, sarif");
  }
}
