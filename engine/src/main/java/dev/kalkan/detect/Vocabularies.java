package dev.kalkan.detect;

import java.util.List;
import java.util.Map;

/**
 * The context words a scanner uses: the built-in {@link Vocabulary} plus the hotwords an operator
 * added per type. Immutable.
 */
record Vocabularies(
    ContextWords card,
    ContextWords phone,
    ContextWords ssn,
    ContextWords tc,
    ContextWords iban,
    ContextWords ip,
    ContextWords order,
    ContextWords seller,
    ContextWords awsKey,
    ContextWords awsSecret,
    ContextWords clientSecret,
    ContextWords email) {

  private static final ContextWords EMAIL =
      ContextWords.of("email", "e-mail", "mail", "e-posta", "eposta", "contact", "reply");

  static Vocabularies of(Map<String, List<String>> extra) {
    return new Vocabularies(
        Vocabulary.CARD.plus(extra.getOrDefault("CREDIT_CARD_NUMBER", List.of())),
        Vocabulary.PHONE.plus(extra.getOrDefault("PHONE_NUMBER", List.of())),
        Vocabulary.SSN.plus(extra.getOrDefault("US_SOCIAL_SECURITY_NUMBER", List.of())),
        Vocabulary.TC.plus(extra.getOrDefault("TR_NATIONAL_ID", List.of())),
        Vocabulary.IBAN.plus(extra.getOrDefault("IBAN_CODE", List.of())),
        Vocabulary.IP.plus(extra.getOrDefault("IP_ADDRESS", List.of())),
        Vocabulary.ORDER.plus(extra.getOrDefault("AMAZON_ORDER_ID", List.of())),
        Vocabulary.SELLER.plus(extra.getOrDefault("AMAZON_SELLER_ID", List.of())),
        Vocabulary.AWS_KEY.plus(extra.getOrDefault("AWS_ACCESS_KEY_ID", List.of())),
        Vocabulary.AWS_SECRET.plus(extra.getOrDefault("AWS_SECRET_ACCESS_KEY", List.of())),
        Vocabulary.CLIENT_SECRET.plus(extra.getOrDefault("LWA_CLIENT_SECRET", List.of())),
        EMAIL.plus(extra.getOrDefault("EMAIL_ADDRESS", List.of())));
  }
}
