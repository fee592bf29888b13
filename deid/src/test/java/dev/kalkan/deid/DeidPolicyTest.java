package dev.kalkan.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.detect.Category;
import dev.kalkan.detect.Classification;
import dev.kalkan.detect.InfoType;
import org.junit.jupiter.api.Test;

class DeidPolicyTest {

  @Test
  void transformForWhenNoChoiceThenDefaultByType() {
    DeidPolicy p = DeidPolicy.defaults();
    assertThat(p.transformFor(InfoType.ASIN)).isEqualTo(Transform.keep());
    assertThat(p.transformFor(InfoType.AMAZON_MARKETPLACE_ID)).isEqualTo(Transform.keep());
    assertThat(p.transformFor(InfoType.CREDIT_CARD_NUMBER)).isEqualTo(Transform.mask('*', 4));
    assertThat(p.transformFor(InfoType.EMAIL_ADDRESS)).isEqualTo(Transform.replace(null));
    assertThat(p.transformFor(InfoType.AMAZON_SELLER_ID)).isEqualTo(Transform.replace(null));
    assertThat(p.transformFor(new InfoType("EMPLOYEE_ID", Category.PII, Classification.INTERNAL)))
        .isEqualTo(Transform.replace(null));
    assertThat(p.needsKey()).isFalse();
  }

  @Test
  void withSpecWhenGivenThenOverridesDefaultAndNeedsKeyForHashOrTokenize() {
    DeidPolicy p =
        DeidPolicy.defaults()
            .withSpec("CREDIT_CARD_NUMBER=redact")
            .withSpec("EMAIL_ADDRESS=hash:16");
    assertThat(p.transformFor(InfoType.CREDIT_CARD_NUMBER)).isEqualTo(Transform.redact());
    assertThat(p.transformFor(InfoType.EMAIL_ADDRESS)).isEqualTo(Transform.hash(16));
    assertThat(p.needsKey()).isTrue();
    assertThat(DeidPolicy.defaults().withSpec("AMAZON_ORDER_ID=tokenize").needsKey()).isTrue();
  }

  @Test
  void withSpecWhenMalformedThenRejects() {
    assertThatThrownBy(() -> DeidPolicy.defaults().withSpec("EMAIL_ADDRESS"))
        .hasMessageContaining("INFO_TYPE=KIND");
    assertThatThrownBy(() -> DeidPolicy.defaults().withSpec("=mask"))
        .hasMessageContaining("INFO_TYPE=KIND");
  }

  @Test
  void withSpecWhenTokenizingCredentialOrNameThenRejectsWithReason() {
    assertThatThrownBy(() -> DeidPolicy.defaults().withSpec("LWA_REFRESH_TOKEN=tokenize"))
        .hasMessageContaining("credential");
    assertThatThrownBy(() -> DeidPolicy.defaults().withSpec("PERSON_NAME=tokenize"))
        .hasMessageContaining("not by their form");
    assertThat(DeidPolicy.defaults().withSpec("PERSON_NAME=hash").needsKey()).isTrue();
  }
}
