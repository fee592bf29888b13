package dev.kalkan.incident;

import dev.kalkan.detect.Classification;

/**
 * How bad an incident is, from the content's classification and the volume of findings:
 *
 * <ul>
 *   <li>{@code CRITICAL}: SENSITIVE with at least 100 findings;
 *   <li>{@code HIGH}: SENSITIVE with at least 10 findings, or with a credential;
 *   <li>{@code MEDIUM}: other SENSITIVE content, or INTERNAL with at least 100 findings;
 *   <li>{@code LOW}: everything else.
 * </ul>
 */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  /** The severity of content of {@code classification} with {@code findings} findings. */
  public static Severity of(Classification classification, int findings, boolean credential) {
    return switch (classification) {
      case SENSITIVE -> findings >= 100 ? CRITICAL : findings >= 10 || credential ? HIGH : MEDIUM;
      case INTERNAL -> findings >= 100 ? MEDIUM : LOW;
      case PUBLIC -> LOW;
    };
  }
}
