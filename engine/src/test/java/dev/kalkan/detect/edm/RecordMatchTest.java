package dev.kalkan.detect.edm;

import static dev.kalkan.detect.InfoType.EMAIL_ADDRESS;
import static dev.kalkan.detect.InfoType.PERSON_NAME;
import static dev.kalkan.detect.InfoType.PHONE_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordMatchTest {

  @Test
  void groupWhenTwoTypesOfOneRecordInSeparatePlacesThenRecordMatch() {
    List<EdmMatch> matches =
        List.of(
            new EdmMatch(40, 55, EMAIL_ADDRESS, 7),
            new EdmMatch(0, 11, PERSON_NAME, 7),
            new EdmMatch(20, 30, PERSON_NAME, 9),
            new EdmMatch(60, 70, PHONE_NUMBER, 7));
    List<RecordMatch> groups = RecordMatch.group(matches);
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).record()).isEqualTo(7);
    assertThat(groups.get(0).matches()).extracting(EdmMatch::start).containsExactly(0, 40, 60);
    assertThat(groups.get(0).infoTypes()).containsExactly(PERSON_NAME, EMAIL_ADDRESS, PHONE_NUMBER);
  }

  @Test
  void groupWhenOneTypeFoundTwiceThenNoRecordMatch() {
    assertThat(
            RecordMatch.group(
                List.of(
                    new EdmMatch(0, 10, EMAIL_ADDRESS, 3), new EdmMatch(50, 60, EMAIL_ADDRESS, 3))))
        .isEmpty();
  }

  @Test
  void groupWhenTwoTypesOnlyOnOverlappingTextThenNoRecordMatch() {
    assertThat(
            RecordMatch.group(
                List.of(new EdmMatch(0, 10, PERSON_NAME, 3), new EdmMatch(5, 20, PHONE_NUMBER, 3))))
        .isEmpty();
    assertThat(
            RecordMatch.group(
                List.of(
                    new EdmMatch(0, 10, PERSON_NAME, 3),
                    new EdmMatch(5, 20, PHONE_NUMBER, 3),
                    new EdmMatch(30, 40, PERSON_NAME, 3))))
        .extracting(RecordMatch::record)
        .containsExactly(3);
  }

  @Test
  void groupWhenMatcherFindsSeveralFieldsOfARecordThenReportsThatRecordOnly(@TempDir Path dir)
      throws EdmException {
    EdmMatcher matcher = EdmFixture.matcher(dir, EdmFixture.CUSTOMERS);
    byte[] mail =
        "Hi Ayşe Yılmaz, we will call 0532 123 45 67 about order 205-7654321-7654321."
            .getBytes(StandardCharsets.UTF_8);
    List<RecordMatch> groups = RecordMatch.group(matcher.find(mail));
    assertThat(groups).extracting(RecordMatch::record).containsExactly(1);
    assertThat(groups.get(0).infoTypes()).containsExactly(PERSON_NAME, PHONE_NUMBER);
  }
}
