package dev.kalkan.policy;

import java.util.Objects;

/**
 * A condition on the number of findings of one infoType, such as {@code AMAZON_ORDER_ID >= 10}.
 *
 * @param infoType the infoType name
 * @param comparison how the content's count compares to {@code count}
 * @param count the number compared with, not negative
 */
record CountCondition(String infoType, Comparison comparison, int count) {

  /** A comparison operator, with its spelling in a policy. */
  enum Comparison {
    AT_LEAST(">="),
    MORE_THAN(">"),
    AT_MOST("<="),
    LESS_THAN("<"),
    EXACTLY("==");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    String symbol() {
      return symbol;
    }

    boolean test(int actual, int expected) {
      return switch (this) {
        case AT_LEAST -> actual >= expected;
        case MORE_THAN -> actual > expected;
        case AT_MOST -> actual <= expected;
        case LESS_THAN -> actual < expected;
        case EXACTLY -> actual == expected;
      };
    }
  }

  CountCondition {
    Objects.requireNonNull(infoType, "infoType");
    Objects.requireNonNull(comparison, "comparison");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
  }

  boolean test(ContentSummary content) {
    return comparison.test(content.count(infoType), count);
  }

  /**
   * The condition's value as a policy writes it: {@code 10} for at least 10, else {@code "< 5"}.
   */
  Object yamlValue() {
    return comparison == Comparison.AT_LEAST ? (Object) count : comparison.symbol() + " " + count;
  }

  @Override
  public String toString() {
    return infoType + " " + comparison.symbol() + " " + count;
  }
}
