package dev.kalkan.milter;

import java.io.IOException;

/** The peer sent bytes that are not a valid milter packet or command; the connection is closed. */
final class MilterProtocolException extends IOException {
  MilterProtocolException(String message) {
    super(message);
  }
}
