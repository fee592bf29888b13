package dev.kalkan.detect;

import java.util.Objects;
import java.util.function.Function;

/**
 * Decides whether the value of a structured field that the SP-API field catalog types as {@link
 * InfoType#PERSON_NAME} or {@link InfoType#STREET_ADDRESS} (a {@code BuyerName}, a {@code
 * ship-address-1} cell) is a finding, and how likely. Implementations must be thread-safe and fast:
 * a {@link Scanner} calls one for every such value it meets.
 *
 * <p>{@link #placeholderAware()} is the default. Judges of the values themselves (a name lexicon
 * that knows {@code Acme GmbH} is a company) are plugged in with {@link #weighing}:
 *
 * <pre>{@code
 * Scanner scanner = Scanner.create(settings).withFieldValueJudge(
 *     FieldValueJudge.placeholderAware()
 *         .weighing(InfoType.PERSON_NAME, names::nameLikelihood)
 *         .weighing(InfoType.STREET_ADDRESS, names::streetLikelihood));
 * }</pre>
 */
@FunctionalInterface
public interface FieldValueJudge {

  /**
   * The likelihood of a finding for this value, or null when the value is no finding.
   *
   * @param type the type the catalog gives the field
   * @param value the value, JSON escapes decoded, surrounding quotes and blanks removed
   * @param fieldLikelihood the likelihood that the field name alone justifies
   */
  Likelihood judge(InfoType type, String value, Likelihood fieldLikelihood);

  /**
   * Accepts every value at its field's likelihood except blank values, the JSON literals ({@code
   * null}, {@code true}, {@code false}), placeholders ({@code string}, {@code n/a}, {@code
   * unknown}, {@code test}, {@code redacted}, …), masked values ({@code ****}, {@code xxx}, {@code
   * J*** D**}), redaction markers ({@code [PERSON_NAME]}) and, for names, values without a letter
   * ({@code 1}, {@code 0.00}).
   */
  static FieldValueJudge placeholderAware() {
    return PlaceholderJudge.INSTANCE;
  }

  /**
   * This judge, with the values of {@code type} that it accepts also weighed by {@code
   * valueLikelihood}, a judgement of the value alone: the finding's likelihood is this judge's,
   * moved one level per level that the value's likelihood is above or below {@link
   * Likelihood#POSSIBLE} (a {@code LIKELY} field with a {@code VERY_UNLIKELY} value becomes {@code
   * UNLIKELY}, below the default minimum). A null from {@code valueLikelihood} counts as {@code
   * POSSIBLE}.
   */
  default FieldValueJudge weighing(InfoType type, Function<String, Likelihood> valueLikelihood) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(valueLikelihood, "valueLikelihood");
    FieldValueJudge first = this;
    return (t, value, fieldLikelihood) -> {
      Likelihood l = first.judge(t, value, fieldLikelihood);
      if (l == null || !t.equals(type)) {
        return l;
      }
      Likelihood v = valueLikelihood.apply(value);
      return v == null ? l : l.shift(v.ordinal() - Likelihood.POSSIBLE.ordinal());
    };
  }
}
