package dev.kalkan.milter;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small real SMTP server on loopback that accepts every message and keeps it: the next hop of the
 * test Postfix. Speaks EHLO/HELO, MAIL, RCPT, DATA (with dot-unstuffing), RSET, NOOP, QUIT;
 * announces 8BITMIME so the MTA passes message bytes unchanged.
 */
final class SmtpSink implements AutoCloseable {
  /** One delivered message: the envelope and the DATA bytes, CRLF line ends, unstuffed. */
  record Delivery(String sender, List<String> recipients, byte[] data) {
    /** The bytes after the header block (the first empty line). */
    byte[] body() {
      for (int i = 0; i + 3 < data.length; i++) {
        if (data[i] == '\r' && data[i + 1] == '\n' && data[i + 2] == '\r' && data[i + 3] == '\n') {
          return Arrays.copyOfRange(data, i + 4, data.length);
        }
      }
      return new byte[0];
    }

    String headers() {
      String all = new String(data, StandardCharsets.UTF_8);
      int end = all.indexOf("\r\n\r\n");
      return end < 0 ? all : all.substring(0, end);
    }
  }

  private final ServerSocket server;
  private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
  private final AtomicInteger count = new AtomicInteger();
  private final boolean keep;
  private volatile boolean closed;

  /**
   * Starts a sink on a free loopback port.
   *
   * @param keep whether to keep message bytes (tests) or only count them (benchmarks)
   */
  SmtpSink(boolean keep) throws IOException {
    this.keep = keep;
    server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    Thread.ofPlatform().daemon(true).name("smtp-sink-accept").start(this::accept);
  }

  int port() {
    return server.getLocalPort();
  }

  int count() {
    return count.get();
  }

  /** The next delivery, or null when none arrives within {@code timeout}. */
  Delivery next(Duration timeout) throws InterruptedException {
    return deliveries.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Deliveries that arrived and were not taken yet. */
  List<Delivery> drain() {
    List<Delivery> out = new ArrayList<>();
    deliveries.drainTo(out);
    return out;
  }

  private void accept() {
    while (!closed) {
      try {
        Socket s = server.accept();
        Thread.ofVirtual().start(() -> serve(s));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setSoTimeout(60_000);
      InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
      OutputStream out = socket.getOutputStream();
      reply(out, "220 sink.test ESMTP");
      String sender = null;
      List<String> recipients = new ArrayList<>();
      String line;
      while ((line = readLine(in)) != null) {
        String upper = line.toUpperCase(java.util.Locale.ROOT);
        if (upper.startsWith("EHLO")) {
          reply(out, "250-sink.test\r\n250-8BITMIME\r\n250 SIZE 104857600");
        } else if (upper.startsWith("HELO")) {
          reply(out, "250 sink.test");
        } else if (upper.startsWith("MAIL FROM:")) {
          sender = path(line.substring(10));
          recipients = new ArrayList<>();
          reply(out, "250 2.1.0 Ok");
        } else if (upper.startsWith("RCPT TO:")) {
          recipients.add(path(line.substring(8)));
          reply(out, "250 2.1.5 Ok");
        } else if (upper.equals("DATA")) {
          reply(out, "354 End data with <CR><LF>.<CR><LF>");
          byte[] data = readData(in);
          count.incrementAndGet();
          if (keep) {
            deliveries.add(new Delivery(sender, List.copyOf(recipients), data));
          }
          reply(out, "250 2.0.0 Ok: queued");
        } else if (upper.equals("RSET") || upper.equals("NOOP")) {
          reply(out, "250 2.0.0 Ok");
        } else if (upper.equals("QUIT")) {
          reply(out, "221 2.0.0 Bye");
          return;
        } else {
          reply(out, "502 5.5.2 Command not recognized");
        }
      }
    } catch (IOException e) {
      // the client went away; what it delivered stands
    }
  }

  private static String path(String arg) {
    String a = arg.trim();
    int close = a.indexOf('>');
    if (a.startsWith("<") && close > 0) {
      return a.substring(1, close);
    }
    int space = a.indexOf(' ');
    return space < 0 ? a : a.substring(0, space);
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** A line without its CRLF, or null at end of stream. */
  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        byte[] bytes = b.toByteArray();
        int n =
            bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
      }
      b.write(c);
    }
    return null;
  }

  /** Reads DATA up to the lone dot, removing dot-stuffing; CRLF line ends are kept. */
  private static byte[] readData(InputStream in) throws IOException {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0) {
      line.write(c);
      if (c == '\n') {
        byte[] l = line.toByteArray();
        line.reset();
        if (l.length == 3 && l[0] == '.' && l[1] == '\r') {
          return data.toByteArray();
        }
        int from = l.length > 1 && l[0] == '.' ? 1 : 0;
        data.write(l, from, l.length - from);
      }
    }
    throw new IOException("stream ended inside DATA");
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
  }
}
