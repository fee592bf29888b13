package dev.kalkan.detect.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import org.junit.jupiter.api.Test;

class PeopleSpanTest {

  @Test
  void newWhenOtherTypeThenRejected() {
    assertThatThrownBy(() -> new PeopleSpan(InfoType.EMAIL_ADDRESS, 0, 1, Likelihood.LIKELY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EMAIL_ADDRESS");
  }

  @Test
  void newWhenEmptyOrNegativeThenRejected() {
    assertThatThrownBy(() -> new PeopleSpan(InfoType.PERSON_NAME, 3, 3, Likelihood.LIKELY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PeopleSpan(InfoType.PERSON_NAME, -1, 3, Likelihood.LIKELY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void codePointsWhenSurrogatePairsBeforeThenCountedOnce() {
    String text = "\uD83D\uDCE6\uD83D\uDCE6 Ali Can";
    PeopleSpan span = new PeopleSpan(InfoType.PERSON_NAME, 5, 12, Likelihood.LIKELY);
    assertThat(span.codePointStart(text)).isEqualTo(3);
    assertThat(span.codePointEnd(text)).isEqualTo(10);
  }

  @Test
  void overlapsWhenSharingACharThenTrue() {
    PeopleSpan a = new PeopleSpan(InfoType.PERSON_NAME, 0, 5, Likelihood.LIKELY);
    PeopleSpan b = new PeopleSpan(InfoType.STREET_ADDRESS, 4, 9, Likelihood.LIKELY);
    PeopleSpan c = new PeopleSpan(InfoType.STREET_ADDRESS, 5, 9, Likelihood.LIKELY);
    assertThat(a.overlaps(b)).isTrue();
    assertThat(a.overlaps(c)).isFalse();
  }
}
