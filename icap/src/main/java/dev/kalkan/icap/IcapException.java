package dev.kalkan.icap;

/**
 * A request the server answers with an ICAP error status and then closes the connection. The
 * message is sent to the client as the status reason, so it never contains request data.
 */
final class IcapException extends Exception {
  private final int status;

  IcapException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static IcapException badRequest(String message) {
    return new IcapException(400, message);
  }

  int status() {
    return status;
  }
}
