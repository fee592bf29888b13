package dev.kalkan.milter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The field encodings of milter packet data: 32-bit and 16-bit big-endian integers, single octets
 * and NUL-terminated strings. Strings are the protocol's bytes one char per byte (ISO-8859-1), so
 * decoding and encoding are lossless whatever charset the peer used.
 */
final class WireFields {
  private WireFields() {}

  /** Reads the fields of one packet's data in order; every method fails on missing bytes. */
  static final class Reader {
    private final byte[] data;
    private final String what;
    private int pos;

    Reader(byte[] data, String what) {
      this.data = data;
      this.what = what;
    }

    int u32() throws MilterProtocolException {
      need(4, "a 32-bit integer");
      int v =
          ((data[pos] & 0xFF) << 24)
              | ((data[pos + 1] & 0xFF) << 16)
              | ((data[pos + 2] & 0xFF) << 8)
              | (data[pos + 3] & 0xFF);
      pos += 4;
      return v;
    }

    int u16() throws MilterProtocolException {
      need(2, "a 16-bit integer");
      int v = ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
      pos += 2;
      return v;
    }

    byte octet() throws MilterProtocolException {
      need(1, "an octet");
      return data[pos++];
    }

    String string() throws MilterProtocolException {
      for (int i = pos; i < data.length; i++) {
        if (data[i] == 0) {
          String s = new String(data, pos, i - pos, StandardCharsets.ISO_8859_1);
          pos = i + 1;
          return s;
        }
      }
      throw new MilterProtocolException(what + ": string without NUL terminator");
    }

    byte[] rest() {
      byte[] out = new byte[data.length - pos];
      System.arraycopy(data, pos, out, 0, out.length);
      pos = data.length;
      return out;
    }

    boolean atEnd() {
      return pos == data.length;
    }

    void end() throws MilterProtocolException {
      if (pos != data.length) {
        throw new MilterProtocolException(
            what + ": " + (data.length - pos) + " unexpected bytes after the fields");
      }
    }

    private void need(int n, String field) throws MilterProtocolException {
      if (data.length - pos < n) {
        throw new MilterProtocolException(what + ": packet too short for " + field);
      }
    }
  }

  /** Builds the data of one packet. */
  static final class Writer {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Writer u32(int v) {
      out.write(v >>> 24);
      out.write(v >>> 16);
      out.write(v >>> 8);
      out.write(v);
      return this;
    }

    Writer u16(int v) {
      out.write(v >>> 8);
      out.write(v);
      return this;
    }

    Writer octet(int v) {
      out.write(v);
      return this;
    }

    Writer string(String s) {
      out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
      out.write(0);
      return this;
    }

    Writer bytes(byte[] b) {
      out.writeBytes(b);
      return this;
    }

    byte[] toBytes() {
      return out.toByteArray();
    }
  }
}
