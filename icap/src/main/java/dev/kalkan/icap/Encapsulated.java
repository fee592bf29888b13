package dev.kalkan.icap;

/**
 * The {@code Encapsulated} header of RFC 3507 section 4.4.1: where the HTTP request head, response
 * head and body start in the message body, for example {@code req-hdr=0, req-body=412}.
 *
 * @param reqHdr offset of the request head, or -1
 * @param resHdr offset of the response head, or -1
 * @param body offset of the body (or of nothing, for {@code null-body})
 * @param hasBody false for {@code null-body}
 */
record Encapsulated(int reqHdr, int resHdr, int body, boolean hasBody) {

  /**
   * Parses and validates the header: known names in the order req-hdr, res-hdr, then exactly one of
   * req-body, res-body, null-body last; offsets increasing and starting at 0.
   *
   * @throws IcapException when the header is missing or malformed
   */
  static Encapsulated parse(String header, int maxOffset) throws IcapException {
    if (header == null) {
      throw IcapException.badRequest("Encapsulated header missing");
    }
    int reqHdr = -1;
    int resHdr = -1;
    int body = -1;
    boolean hasBody = false;
    int last = -1;
    int order = 0;
    String[] entries = header.split(",", -1);
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].strip();
      int eq = entry.indexOf('=');
      if (eq <= 0) {
        throw IcapException.badRequest("bad Encapsulated entry");
      }
      String name = entry.substring(0, eq).strip();
      int offset = offset(entry.substring(eq + 1).strip(), maxOffset);
      if (offset < last || (last < 0 && offset != 0)) {
        throw IcapException.badRequest("Encapsulated offsets must start at 0 and increase");
      }
      last = offset;
      boolean isLast = i == entries.length - 1;
      switch (name) {
        case "req-hdr" -> {
          order = next(order, 1, isLast);
          reqHdr = offset;
        }
        case "res-hdr" -> {
          order = next(order, 2, isLast);
          resHdr = offset;
        }
        case "req-body", "res-body", "null-body", "opt-body" -> {
          if (!isLast) {
            throw IcapException.badRequest("the body must be the last Encapsulated entry");
          }
          body = offset;
          hasBody = !name.equals("null-body");
        }
        default -> throw IcapException.badRequest("unknown Encapsulated entry");
      }
    }
    if (body < 0) {
      throw IcapException.badRequest("Encapsulated has no body entry");
    }
    if ((reqHdr >= 0 && resHdr >= 0 && resHdr <= reqHdr)
        || (reqHdr >= 0 && body <= reqHdr && resHdr < 0)
        || (resHdr >= 0 && body <= resHdr)) {
      throw IcapException.badRequest("Encapsulated sections must not be empty");
    }
    return new Encapsulated(reqHdr, resHdr, body, hasBody);
  }

  private static int next(int order, int rank, boolean isLast) throws IcapException {
    if (rank <= order || isLast) {
      throw IcapException.badRequest("Encapsulated entries out of order");
    }
    return rank;
  }

  private static int offset(String text, int max) throws IcapException {
    if (text.isEmpty() || text.length() > 9) {
      throw IcapException.badRequest("bad Encapsulated offset");
    }
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw IcapException.badRequest("bad Encapsulated offset");
      }
      n = n * 10 + (c - '0');
    }
    if (n > max) {
      throw new IcapException(400, "encapsulated headers larger than " + max + " bytes");
    }
    return n;
  }
}
