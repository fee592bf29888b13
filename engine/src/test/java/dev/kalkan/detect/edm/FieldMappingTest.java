package dev.kalkan.detect.edm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.detect.Category;
import dev.kalkan.detect.Classification;
import dev.kalkan.detect.InfoType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldMappingTest {

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "buyer-email => EMAIL",
        "BuyerEmail => EMAIL",
        "E-Mail => EMAIL",
        "e_posta => EMAIL",
        "buyer-phone-number => PHONE",
        "Telefon Numarası => PHONE",
        "cep => PHONE",
        "amazon-order-id => ORDER_ID",
        "AmazonOrderId => ORDER_ID",
        "Sipariş No => ORDER_ID",
        "order-date => IGNORED",
        "first_name => FIRST_NAME",
        "FirstName => FIRST_NAME",
        "Ad => FIRST_NAME",
        "Vorname => FIRST_NAME",
        "lastName => LAST_NAME",
        "surname => LAST_NAME",
        "Soyadı => LAST_NAME",
        "buyer-name => PERSON_NAME",
        "recipient_name => PERSON_NAME",
        "Ad Soyad => PERSON_NAME",
        "name => PERSON_NAME",
        "product-name => IGNORED",
        "company name => IGNORED",
        "ship-address-1 => ADDRESS",
        "ShippingAddressLine2 => ADDRESS",
        "Adres => ADDRESS",
        "street => ADDRESS",
        "ship-city => IGNORED",
        "ship-postal-code => IGNORED",
        "address_city => IGNORED",
        "İl => IGNORED",
        "country => IGNORED",
        "sku => IGNORED",
        "item-price => IGNORED",
      })
  void guessWhenHeaderThenKind(String header, FieldKind expected) {
    assertThat(FieldMapping.guess(header)).isEqualTo(expected);
  }

  @Test
  void targetOfWhenGuessedThenDefaultInfoTypeOfTheKind() {
    FieldMapping m = FieldMapping.defaults();
    assertThat(m.targetOf("buyer-email").infoType()).isEqualTo(InfoType.EMAIL_ADDRESS);
    assertThat(m.targetOf("first_name").infoType()).isEqualTo(InfoType.PERSON_NAME);
    assertThat(m.targetOf("sku").infoType()).isNull();
  }

  @Test
  void withOverrideWhenBuiltInTypeThenItsKindAndWhenOtherTypeThenGenericWords() {
    FieldMapping m =
        FieldMapping.defaults()
            .withOverride(" Kunde ", "PERSON_NAME")
            .withOverride("customer-ref", "CUSTOMER_REF")
            .withOverride("tax", FieldMapping.EDM_VALUE.name())
            .withOverride("buyer-email", "IGNORE");
    assertThat(m.targetOf("kunde"))
        .isEqualTo(new FieldMapping.Target(FieldKind.PERSON_NAME, InfoType.PERSON_NAME));
    assertThat(m.targetOf("Customer-Ref"))
        .isEqualTo(
            new FieldMapping.Target(
                FieldKind.GENERIC,
                new InfoType("CUSTOMER_REF", Category.PII, Classification.SENSITIVE)));
    assertThat(m.targetOf("tax").kind()).isEqualTo(FieldKind.GENERIC);
    assertThat(m.targetOf("buyer-email").kind()).isEqualTo(FieldKind.IGNORED);
    assertThat(FieldMapping.defaults().targetOf("kunde").kind()).isEqualTo(FieldKind.IGNORED);
  }

  @Test
  void withOverrideWhenTargetNotATypeNameThenRejected() {
    assertThatThrownBy(() -> FieldMapping.defaults().withOverride("x", "lower case"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must match");
  }

  @Test
  void headerWordsWhenCamelCaseDigitsAndPunctuationThenSplit() {
    assertThat(FieldMapping.headerWords("AmazonOrderId")).containsExactly("amazon", "order", "id");
    assertThat(FieldMapping.headerWords("ship-address-1")).containsExactly("ship", "address");
    assertThat(FieldMapping.headerWords("SİPARİŞ_NO")).containsExactly("siparis", "no");
  }
}
