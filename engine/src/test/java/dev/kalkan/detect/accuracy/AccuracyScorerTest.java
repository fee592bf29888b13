package dev.kalkan.detect.accuracy;

import static dev.kalkan.detect.InfoType.AMAZON_ORDER_ID;
import static dev.kalkan.detect.InfoType.PERSON_NAME;
import static dev.kalkan.detect.InfoType.PHONE_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.Finding;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import dev.kalkan.detect.accuracy.AccuracyReport.Counts;
import dev.kalkan.detect.accuracy.AccuracyReport.Kind;
import dev.kalkan.detect.accuracy.AccuracyScorer.Scanned;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccuracyScorerTest {
  private static final String ORDER = "113-1234567-1234567";
  private static final String PHONE = "+90 532 123 45 67";

  /**
   * "😊 Order ORDER, call PHONE, tracking 1Z..., Ayşe": the emoji makes code points differ from
   * chars.
   */
  private final LabelledDocument doc =
      new DocumentBuilder()
          .text("😊 Order ")
          .value(AMAZON_ORDER_ID, ORDER)
          .text(", call ")
          .value(PHONE_NUMBER, PHONE)
          .text(", tracking ")
          .decoy(NearMiss.TRACKING_UPS, "1Z999AA10123456784")
          .text(", Ayşe")
          .build("doc", Genre.EMAIL_TR);

  private final Label order = doc.labels().get(0);
  private final Label phone = doc.labels().get(1);
  private final Decoy tracking = doc.decoys().getFirst();

  @Test
  void scoreWhenEveryLabelFoundExactlyThenPerfect() {
    AccuracyReport report =
        score(
            finding(AMAZON_ORDER_ID, order.start(), order.end()),
            finding(PHONE_NUMBER, phone.start(), phone.end()));

    assertThat(report.micro()).isEqualTo(new Counts(2, 0, 0));
    assertThat(report.micro().f1()).isEqualTo(1.0);
    assertThat(report.misses()).isEmpty();
  }

  @Test
  void scoreWhenSpanShiftedThenStrictErrorButRelaxedHit() {
    AccuracyReport report = score(finding(PHONE_NUMBER, phone.start() + 4, phone.end()));

    assertThat(report.strict(PHONE_NUMBER)).isEqualTo(new Counts(0, 1, 1));
    assertThat(report.relaxed(PHONE_NUMBER)).isEqualTo(new Counts(1, 0, 0));
    assertThat(report.misses())
        .filteredOn(m -> m.type().equals(PHONE_NUMBER))
        .extracting(AccuracyReport.Miss::kind, AccuracyReport.Miss::cause)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Kind.FALSE_NEGATIVE, "boundary: start +4, end +0"),
            org.assertj.core.groups.Tuple.tuple(Kind.FALSE_POSITIVE, "boundary: start +4, end +0"));
  }

  @Test
  void scoreWhenNearMissReportedThenFalsePositiveNamesIt() {
    AccuracyReport report = score(finding(PHONE_NUMBER, tracking.start() + 8, tracking.end()));

    assertThat(report.strict(PHONE_NUMBER)).isEqualTo(new Counts(0, 1, 1));
    assertThat(report.misses())
        .filteredOn(m -> m.kind() == Kind.FALSE_POSITIVE)
        .singleElement()
        .satisfies(m -> assertThat(m.cause()).isEqualTo("near miss TRACKING_UPS"))
        .satisfies(m -> assertThat(m.value()).isEqualTo("0123456784"));
  }

  @Test
  void scoreWhenValueReportedAsOtherTypeThenBothErrorsSayWhy() {
    AccuracyReport report = score(finding(PHONE_NUMBER, order.start(), order.end()));

    assertThat(report.strict(AMAZON_ORDER_ID)).isEqualTo(new Counts(0, 0, 1));
    assertThat(report.misses())
        .extracting(AccuracyReport.Miss::type, AccuracyReport.Miss::cause)
        .contains(
            org.assertj.core.groups.Tuple.tuple(AMAZON_ORDER_ID, "reported as PHONE_NUMBER"),
            org.assertj.core.groups.Tuple.tuple(PHONE_NUMBER, "inside a labelled AMAZON_ORDER_ID"));
  }

  @Test
  void scoreWhenUnlabelledFreeTextNameOrDuplicateThenOneFalsePositive() {
    int ayse = doc.length() - 4;
    AccuracyReport report =
        score(
            finding(PERSON_NAME, ayse, doc.length()),
            finding(AMAZON_ORDER_ID, order.start(), order.end()),
            finding(AMAZON_ORDER_ID, order.start(), order.end()));

    assertThat(report.micro()).isEqualTo(new Counts(1, 1, 1));
    assertThat(report.render())
        .contains("ignored findings (out-of-scope types): 0; duplicate findings: 1");
  }

  @Test
  void scoreWhenNameInStructuredGenreThenScoredAgainstLabels() {
    LabelledDocument report =
        new DocumentBuilder()
            .text("buyer-name\tship-address-1\n")
            .value(PERSON_NAME, "Ayşe Yılmaz")
            .text("\tGül Sokak 5\n")
            .build("tsv", Genre.ORDER_REPORT_TSV);
    Label name = report.labels().getFirst();
    int street = report.length() - "Gül Sokak 5\n".length();
    AccuracyReport scored =
        AccuracyScorer.score(
            List.of(
                new AccuracyScorer.Scanned(
                    report,
                    List.of(
                        finding(PERSON_NAME, name.start(), name.end()),
                        finding(InfoType.STREET_ADDRESS, street, street + 11)))));
    assertThat(scored.strict(PERSON_NAME)).isEqualTo(new Counts(1, 0, 0));
    assertThat(scored.strict(InfoType.STREET_ADDRESS)).isEqualTo(new Counts(0, 1, 0));
  }

  @Test
  void scoreWhenNothingFoundThenRecallZeroAndErrorsShowShape() {
    AccuracyReport report = score();

    assertThat(report.micro().recall()).isZero();
    assertThat(report.micro().f1()).isZero();
    assertThat(report.misses())
        .extracting(AccuracyReport.Miss::cause)
        .containsExactly("missed, shape 999-9{7}-9{7}", "missed, shape +99 999 999 99 99");
    assertThat(report.misses().getFirst().context())
        .isEqualTo("😊 Order «113-1234567-1234567», call +90 532 123 45 67, tracking 1Z999");
  }

  @Test
  void renderWhenScoredThenTableAndNearMissSectionShown() {
    String text = score(finding(PHONE_NUMBER, tracking.start(), tracking.end())).render();

    assertThat(text)
        .contains("Accuracy on 1 labelled documents")
        .containsPattern("PHONE_NUMBER +1 +0 +1 +1 +0\\.0000")
        .containsPattern("TRACKING_UPS +1 +1  PHONE_NUMBER=1")
        .contains("==== PHONE_NUMBER ====");
  }

  private AccuracyReport score(Finding... findings) {
    return AccuracyScorer.score(List.of(new Scanned(doc, List.of(findings))));
  }

  private Finding finding(InfoType type, int start, int end) {
    return new Finding(
        type, Likelihood.LIKELY, start, end, 1, start + 1, null, doc.slice(start, end));
  }
}
