package dev.kalkan.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A {@link Writer} that encodes UTF-8 straight into its own byte buffer: reports are mostly ASCII,
 * which costs one store per character here instead of a {@code CharsetEncoder} round trip per call.
 * A lone surrogate becomes {@code ?}, as the JDK's encoder would replace it. Not thread-safe;
 * {@link #close()} flushes but does not close the stream.
 */
final class Utf8Writer extends Writer {
  /** Strings at least this long are encoded in bulk by the JDK rather than char by char. */
  private static final int BULK = 8;

  private final OutputStream out;
  private final byte[] buf = new byte[1 << 16];
  private int pos;

  Utf8Writer(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int c) throws IOException {
    if (c < 0x80 && pos < buf.length) {
      buf[pos++] = (byte) c;
    } else {
      write(String.valueOf((char) c), 0, 1);
    }
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    if (len >= BULK) {
      // The JDK's encoder checks and copies ASCII text in bulk (vectorised), far faster than a
      // loop over chars; it also turns a lone surrogate into '?'.
      byte[] bytes =
          (off == 0 && len == s.length() ? s : s.substring(off, off + len))
              .getBytes(StandardCharsets.UTF_8);
      write(bytes);
      return;
    }
    int end = off + len;
    for (int i = off; i < end; i++) {
      if (pos > buf.length - 4) {
        drain();
      }
      char c = s.charAt(i);
      if (c < 0x80) {
        buf[pos++] = (byte) c;
      } else if (c < 0x800) {
        buf[pos++] = (byte) (0xC0 | (c >> 6));
        buf[pos++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < end
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        buf[pos++] = (byte) (0xF0 | (cp >> 18));
        buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buf[pos++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        buf[pos++] = '?';
      } else {
        buf[pos++] = (byte) (0xE0 | (c >> 12));
        buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buf[pos++] = (byte) (0x80 | (c & 0x3F));
      }
    }
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    int end = off + len;
    for (int i = off; i < end; i++) {
      char c = cbuf[i];
      if (c >= 0x80) {
        write(new String(cbuf, i, end - i), 0, end - i);
        return;
      }
      if (pos == buf.length) {
        drain();
      }
      buf[pos++] = (byte) c;
    }
  }

  private void write(byte[] bytes) throws IOException {
    if (bytes.length > buf.length - pos) {
      drain();
      if (bytes.length > buf.length) {
        out.write(bytes);
        return;
      }
    }
    System.arraycopy(bytes, 0, buf, pos, bytes.length);
    pos += bytes.length;
  }

  private void drain() throws IOException {
    out.write(buf, 0, pos);
    pos = 0;
  }

  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
