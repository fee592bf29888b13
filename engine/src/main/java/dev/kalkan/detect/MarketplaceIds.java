package dev.kalkan.detect;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/** Amazon's published marketplace ids (Selling Partner API documentation, "Marketplace IDs"). */
final class MarketplaceIds {
  private static final Set<String> IDS =
      Set.of(
          "ATVPDKIKX0DER", // US
          "A2EUQ1WTGCTBG2", // CA
          "A1AM78C64UM0Y8", // MX
          "A2Q3Y263D00KWC", // BR
          "A28R8C7NBKEWEA", // IE
          "A1RKKUPIHCS9HS", // ES
          "A1F83G8C2ARO7P", // UK
          "A13V1IB3VIYZZH", // FR
          "AMEN7PMS3EDWL", // BE
          "A1805IZSGTT6HS", // NL
          "A1PA6795UKMFR9", // DE
          "APJ6JRA9NG5V4", // IT
          "A2NODRKZP88ZB9", // SE
          "AE08WJ6YKNBMC", // ZA
          "A1C3SOZRARQ6R3", // PL
          "ARBP9OOSHTCHU", // EG
          "A33AVAJ2PDY3EV", // TR
          "A17E79C6D8DWNP", // SA
          "A2VIGQ35RCS4UG", // AE
          "A21TJRUUN4KGV", // IN
          "A19VAU5U5O7RUS", // SG
          "A39IBJ37TRP1C6", // AU
          "A1VC38T7YXB528"); // JP

  /** The ids as bytes, indexed by a hash of their bytes (open addressing, power-of-two size). */
  private static final byte[][] TABLE = new byte[64][];

  static {
    for (String id : IDS) {
      byte[] bytes = id.getBytes(StandardCharsets.US_ASCII);
      int slot = hash(bytes, 0, bytes.length) & (TABLE.length - 1);
      while (TABLE[slot] != null) {
        slot = (slot + 1) & (TABLE.length - 1);
      }
      TABLE[slot] = bytes;
    }
  }

  private MarketplaceIds() {}

  /** True when {@code buf[from, from + length)} is a marketplace id; allocates nothing. */
  static boolean contains(byte[] buf, int from, int length) {
    int slot = hash(buf, from, length) & (TABLE.length - 1);
    for (byte[] id = TABLE[slot]; id != null; id = TABLE[slot]) {
      if (Arrays.equals(id, 0, id.length, buf, from, from + length)) {
        return true;
      }
      slot = (slot + 1) & (TABLE.length - 1);
    }
    return false;
  }

  private static int hash(byte[] buf, int from, int length) {
    int h = length;
    for (int k = from; k < from + length; k++) {
      h = 31 * h + buf[k];
    }
    return h ^ (h >>> 16);
  }
}
