package dev.kalkan.detect;

import static dev.kalkan.detect.Category.AMAZON_INFORMATION;
import static dev.kalkan.detect.Category.CREDENTIAL;
import static dev.kalkan.detect.Category.PII;
import static dev.kalkan.detect.Classification.INTERNAL;
import static dev.kalkan.detect.Classification.PUBLIC;
import static dev.kalkan.detect.Classification.SENSITIVE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A kind of sensitive data, with the category and default classification that {@code
 * shared/CONTRACTS.md} section 1 fixes for the built-in types. Operators add custom types through
 * the configuration.
 *
 * @param name upper-case identifier, {@code [A-Z][A-Z0-9_]*}
 * @param category what kind of information it is
 * @param classification the classification content takes when this type is found in it
 */
public record InfoType(String name, Category category, Classification classification) {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
  private static final Map<String, InfoType> BUILT_INS = new LinkedHashMap<>();

  public static final InfoType EMAIL_ADDRESS = builtIn("EMAIL_ADDRESS", PII, SENSITIVE);
  public static final InfoType PHONE_NUMBER = builtIn("PHONE_NUMBER", PII, SENSITIVE);
  public static final InfoType PERSON_NAME = builtIn("PERSON_NAME", PII, SENSITIVE);
  public static final InfoType STREET_ADDRESS = builtIn("STREET_ADDRESS", PII, SENSITIVE);
  public static final InfoType CREDIT_CARD_NUMBER = builtIn("CREDIT_CARD_NUMBER", PII, SENSITIVE);
  public static final InfoType IBAN_CODE = builtIn("IBAN_CODE", PII, SENSITIVE);
  public static final InfoType US_SOCIAL_SECURITY_NUMBER =
      builtIn("US_SOCIAL_SECURITY_NUMBER", PII, SENSITIVE);
  public static final InfoType TR_NATIONAL_ID = builtIn("TR_NATIONAL_ID", PII, SENSITIVE);
  public static final InfoType IP_ADDRESS = builtIn("IP_ADDRESS", PII, SENSITIVE);
  public static final InfoType AMAZON_ORDER_ID =
      builtIn("AMAZON_ORDER_ID", AMAZON_INFORMATION, SENSITIVE);
  public static final InfoType AMAZON_BUYER_EMAIL =
      builtIn("AMAZON_BUYER_EMAIL", AMAZON_INFORMATION, SENSITIVE);
  public static final InfoType AMAZON_SELLER_ID =
      builtIn("AMAZON_SELLER_ID", AMAZON_INFORMATION, INTERNAL);
  public static final InfoType ASIN = builtIn("ASIN", AMAZON_INFORMATION, PUBLIC);
  public static final InfoType AMAZON_MARKETPLACE_ID =
      builtIn("AMAZON_MARKETPLACE_ID", AMAZON_INFORMATION, PUBLIC);
  public static final InfoType LWA_CLIENT_ID = builtIn("LWA_CLIENT_ID", CREDENTIAL, INTERNAL);
  public static final InfoType LWA_CLIENT_SECRET =
      builtIn("LWA_CLIENT_SECRET", CREDENTIAL, SENSITIVE);
  public static final InfoType LWA_REFRESH_TOKEN =
      builtIn("LWA_REFRESH_TOKEN", CREDENTIAL, SENSITIVE);
  public static final InfoType LWA_ACCESS_TOKEN =
      builtIn("LWA_ACCESS_TOKEN", CREDENTIAL, SENSITIVE);
  public static final InfoType SPAPI_RESTRICTED_DATA_TOKEN =
      builtIn("SPAPI_RESTRICTED_DATA_TOKEN", CREDENTIAL, SENSITIVE);
  public static final InfoType AWS_ACCESS_KEY_ID =
      builtIn("AWS_ACCESS_KEY_ID", CREDENTIAL, SENSITIVE);
  public static final InfoType AWS_SECRET_ACCESS_KEY =
      builtIn("AWS_SECRET_ACCESS_KEY", CREDENTIAL, SENSITIVE);
  public static final InfoType AMAZON_MWS_AUTH_TOKEN =
      builtIn("AMAZON_MWS_AUTH_TOKEN", CREDENTIAL, SENSITIVE);

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException when the name is not an upper-case identifier
   */
  public InfoType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(classification, "classification");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "infoType name '" + name + "' must match [A-Z][A-Z0-9_]* (at most 64 characters)");
    }
  }

  private static InfoType builtIn(String name, Category category, Classification classification) {
    InfoType type = new InfoType(name, category, classification);
    BUILT_INS.put(name, type);
    return type;
  }

  /** The built-in types in contract order. */
  public static List<InfoType> builtIns() {
    return List.copyOf(BUILT_INS.values());
  }

  /** The built-in type with this name, if any. */
  public static Optional<InfoType> builtIn(String name) {
    return Optional.ofNullable(BUILT_INS.get(name));
  }

  /** True for the types of the contract, false for custom ones. */
  public boolean isBuiltIn() {
    return BUILT_INS.get(name) == this;
  }

  @Override
  public String toString() {
    return name;
  }
}
