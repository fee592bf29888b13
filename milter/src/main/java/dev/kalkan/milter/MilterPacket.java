package dev.kalkan.milter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * One milter packet on the wire: a 32-bit big-endian length that counts the command byte and the
 * data, the command byte, then the data.
 *
 * @param command the command (MTA to filter) or reply (filter to MTA) code
 * @param data the bytes after the code, possibly empty
 */
record MilterPacket(byte command, byte[] data) {

  MilterPacket {
    Objects.requireNonNull(data, "data");
  }

  /**
   * Reads one packet.
   *
   * @param maxLength the largest acceptable length field (command byte plus data)
   * @return the packet, or null when the stream ends cleanly before a packet starts
   * @throws MilterProtocolException when the length is below 1 or above {@code maxLength}, or the
   *     stream ends inside a packet
   */
  static MilterPacket read(InputStream in, int maxLength) throws IOException {
    int b0 = in.read();
    if (b0 < 0) {
      return null;
    }
    byte[] rest = in.readNBytes(3);
    if (rest.length < 3) {
      throw new MilterProtocolException("stream ended inside a packet length");
    }
    long length =
        ((long) b0 << 24)
            | ((rest[0] & 0xFFL) << 16)
            | ((rest[1] & 0xFFL) << 8)
            | (rest[2] & 0xFFL);
    if (length < 1) {
      throw new MilterProtocolException("packet length " + length + " is below 1");
    }
    if (length > maxLength) {
      throw new MilterProtocolException(
          "packet length " + length + " exceeds the limit of " + maxLength + " bytes");
    }
    int command = in.read();
    if (command < 0) {
      throw new MilterProtocolException("stream ended before the command code");
    }
    byte[] data = in.readNBytes((int) length - 1);
    if (data.length < length - 1) {
      throw new MilterProtocolException(
          "stream ended after " + data.length + " of " + (length - 1) + " data bytes");
    }
    return new MilterPacket((byte) command, data);
  }

  /** The packet as it goes on the wire. */
  byte[] toBytes() {
    int length = data.length + 1;
    byte[] out = new byte[4 + length];
    out[0] = (byte) (length >>> 24);
    out[1] = (byte) (length >>> 16);
    out[2] = (byte) (length >>> 8);
    out[3] = (byte) length;
    out[4] = command;
    System.arraycopy(data, 0, out, 5, data.length);
    return out;
  }

  void write(OutputStream out) throws IOException {
    out.write(toBytes());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MilterPacket p && command == p.command && Arrays.equals(data, p.data);
  }

  @Override
  public int hashCode() {
    return 31 * command + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "MilterPacket['" + (char) command + "', " + data.length + " bytes]";
  }
}
