package dev.kalkan.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.detect.Scanner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DetokenizerTest {
  private static final Scanner SCANNER = Scanner.withDefaults();
  private static final DeidKey KEY = TestKeys.fixed();
  private static final Redactor TOKENIZING = Redactor.create(SCANNER, Fixtures.allTokenized(), KEY);

  private static Detokenizer detokenizer(DeidKey key) {
    return Detokenizer.create(SCANNER, key, Set.of());
  }

  @Test
  void detokenizeWhenSpApiExamplesTokenizedThenRestoresEveryByte() throws Exception {
    List<String> notes = new ArrayList<>();
    long tokens = 0;
    for (Path file : Fixtures.spApiExamples()) {
      byte[] in = Files.readAllBytes(file);
      Redaction r = TOKENIZING.redact(in, null, file.getFileName().toString());
      notes.addAll(r.notes());
      Detokenizer.Detokenization d = detokenizer(KEY).detokenize(bytes(r.text()));
      assertThat(d.text())
          .as(file.getFileName().toString())
          .isEqualTo(new String(in, StandardCharsets.UTF_8));
      tokens += d.tokens();
    }
    assertThat(notes).isEmpty();
    assertThat(tokens).isGreaterThan(100);
  }

  @Test
  void detokenizeWhenFlatFileReportTokenizedThenRestoresEveryByteAndTokensKeepFormat()
      throws Exception {
    String report = Fixtures.flatFileReport(11, 400);
    Redaction r = TOKENIZING.redact(bytes(report), null, "orders.txt");
    assertThat(r.notes()).isEmpty();
    assertThat(r.transformed())
        .containsEntry("AMAZON_ORDER_ID", 400L)
        .containsEntry("PHONE_NUMBER", 400L);
    List<List<String>> in = RedactorTest.csvRows(report, '\t');
    List<List<String>> out = RedactorTest.csvRows(r.text(), '\t');
    assertThat(out).hasSameSizeAs(in);
    for (int i = 1; i < in.size(); i++) {
      assertThat(out.get(i).get(0))
          .matches("[0-9]{3}-[0-9]{7}-[0-9]{7}")
          .isNotEqualTo(in.get(i).get(0));
      assertThat(out.get(i).get(3)).matches("[^@\\s]+\\+[a-z2-7]{6}@[^@\\s]+\\.[a-z]+");
      assertThat(out.get(i).get(5))
          .hasSameSizeAs(in.get(i).get(5))
          .startsWith(in.get(i).get(5).substring(0, 3));
    }
    Detokenizer.Detokenization d = detokenizer(KEY).detokenize(bytes(r.text()));
    assertThat(d.text()).isEqualTo(report);
    assertThat(d.tokens()).isEqualTo(1200L);
  }

  @Test
  void detokenizeWhenEmailTokenChangedThenFailsWithLineAndColumn() throws Exception {
    String text = TOKENIZING.redact(bytes("a\nmail jane.doe@gmail.com\n"), null, null).text();
    int at = text.indexOf('@');
    String changed = text.substring(0, 7) + (text.charAt(7) == 'q' ? 'r' : 'q') + text.substring(8);
    assertThat(at).isPositive();
    assertThatThrownBy(() -> detokenizer(KEY).detokenize(bytes(changed)))
        .isInstanceOf(DeidException.class)
        .hasMessage(
            "line 2, column 6: the EMAIL_ADDRESS token cannot be restored: its keyed tag does not"
                + " match: the token was changed, or this is not the key it was made with");
  }

  @Test
  void detokenizeWhenWrongKeyThenFails() throws Exception {
    String text =
        TOKENIZING
            .redact(bytes("order 113-1234567-1234567 by jane.doe@gmail.com"), null, null)
            .text();
    assertThatThrownBy(() -> detokenizer(DeidKey.generate()).detokenize(bytes(text)))
        .isInstanceOf(DeidException.class)
        .hasMessageContaining("EMAIL_ADDRESS token cannot be restored")
        .hasMessageNotContaining("jane");
  }

  @Test
  void detokenizeWhenNoTokensThenUnchangedAndEmailWithoutTagLeftAlone() throws Exception {
    String text = "nothing here but jane.doe@gmail.com and price 12.99\n";
    Detokenizer.Detokenization d = detokenizer(KEY).detokenize(bytes(text));
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.tokens()).isZero();
  }

  @Test
  void detokenizeWhenTypesGivenThenOnlyThoseRestored() throws Exception {
    String original = "order 113-1234567-1234567 phone +44 20 7946 0958";
    String text = TOKENIZING.redact(bytes(original), null, null).text();
    Detokenizer onlyOrders = Detokenizer.create(SCANNER, KEY, Set.of("AMAZON_ORDER_ID"));
    String partly = onlyOrders.detokenize(bytes(text)).text();
    assertThat(partly).startsWith("order 113-1234567-1234567 phone +44 ").isNotEqualTo(original);
    assertThatThrownBy(() -> Detokenizer.create(SCANNER, KEY, Set.of("LWA_ACCESS_TOKEN")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void detokenizeWhenBinaryThenRefused() {
    assertThatThrownBy(() -> detokenizer(KEY).detokenize(new byte[] {'%', 'P', 'D', 'F', '-'}))
        .isInstanceOf(DeidException.class)
        .hasMessageContaining("refusing to detokenize");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
