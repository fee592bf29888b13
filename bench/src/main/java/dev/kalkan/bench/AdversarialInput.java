package dev.kalkan.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Inputs built to make a detector do more than linear work: long runs that look like the start of a
 * card number, phone number, email address, IPv6 address or AWS key id at every offset but never
 * end as one. A linear scanner takes about four times as long on 4 MiB as on 1 MiB of each.
 */
public enum AdversarialInput {
  /** One run of pseudo-random digits: a card, phone or id candidate at every offset. */
  DIGIT_RUN(null),
  /** {@code 1-1-1-…}: separated digits, as in card numbers and SSNs. */
  DASHED_DIGITS("1-"),
  /** {@code 1 1 1 …}: space-separated digits, as in grouped card and phone numbers. */
  SPACED_DIGITS("1 "),
  /** {@code 1.1.1.…}: dotted digits, an IPv4 or version candidate everywhere. */
  DOTTED_DIGITS("1."),
  /** {@code @@@@…}: an email separator with no local part or domain. */
  AT_SIGNS("@"),
  /** {@code a@a@a@…}: every letter is both a local part and a domain. */
  LOCAL_PARTS_AND_AT_SIGNS("a@"),
  /** {@code a.a.a.…a@}: one long dotted local part whose {@code @} comes only at the very end. */
  DOTTED_LOCAL_PART_THEN_AT("a."),
  /** {@code ::::}: IPv6 compression markers with no groups. */
  COLONS(":"),
  /** {@code AKIAAKIA…}: an AWS key-id prefix whose 16 characters always run on. */
  AKIA_REPEATED("AKIA"),
  /** {@code +1 +1 +1 …}: international phone prefixes with no subscriber number. */
  PLUS_ONE_REPEATED("+1 ");

  private final String unit;

  AdversarialInput(String unit) {
    this.unit = unit;
  }

  /**
   * Exactly {@code length} bytes of ASCII (and so UTF-8) of this shape; the same bytes every time.
   *
   * @throws IllegalArgumentException when {@code length} is not positive
   */
  public byte[] bytes(int length) {
    if (length <= 0) {
      throw new IllegalArgumentException("length must be positive, was " + length);
    }
    byte[] out = new byte[length];
    if (unit == null) {
      SplittableRandom random = new SplittableRandom(length);
      for (int i = 0; i < length; i++) {
        out[i] = (byte) ('0' + random.nextInt(10));
      }
      return out;
    }
    byte[] pattern = unit.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < length; i += pattern.length) {
      System.arraycopy(pattern, 0, out, i, Math.min(pattern.length, length - i));
    }
    if (this == DOTTED_LOCAL_PART_THEN_AT) {
      Arrays.fill(out, length - 1, length, (byte) '@');
    }
    return out;
  }
}
