package dev.kalkan.detect;

/** What kind of information an {@link InfoType} is. */
public enum Category {
  /** Personal data: names, contact details, payment and national identifiers, IP addresses. */
  PII,
  /** Amazon's own identifiers and data covered by its Data Protection Policy. */
  AMAZON_INFORMATION,
  /** Secrets that grant access to a system. */
  CREDENTIAL,
  /** Anything an operator defines in the configuration. */
  CUSTOM
}
