package dev.kalkan.audit;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Identifiers of decisions: version 7 UUIDs (RFC 9562), the millisecond time first so that ids sort
 * by time, then 74 random bits from {@link ThreadLocalRandom}. Not secrets (they name a decision in
 * a block page or an SMTP reply), so they need no {@code SecureRandom}, whose one shared generator
 * every request thread would otherwise queue for ({@link UUID#randomUUID()}). Thread-safe.
 */
public final class DecisionIds {
  private DecisionIds() {}

  /** A new identifier made at {@code epochMillis}. */
  public static UUID next(long epochMillis) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | random.nextInt(1 << 12);
    long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
    return new UUID(high, low);
  }
}
