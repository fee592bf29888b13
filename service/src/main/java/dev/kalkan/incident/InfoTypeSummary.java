package dev.kalkan.incident;

import java.util.List;

/**
 * The findings of one infoType in an incident: how many, and up to three masked previews that
 * cannot reveal the values.
 *
 * @param infoType its name
 * @param category PII, AMAZON_INFORMATION, CREDENTIAL or CUSTOM
 * @param classification its classification
 * @param count number of findings
 * @param previews masked previews of the first findings
 */
public record InfoTypeSummary(
    String infoType, String category, String classification, int count, List<String> previews) {
  public InfoTypeSummary {
    previews = List.copyOf(previews);
  }
}
