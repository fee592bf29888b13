package dev.kalkan.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A minimal SMTP server on loopback (RFC 5321 commands HELO/EHLO, MAIL, RCPT, DATA, RSET, NOOP,
 * QUIT) that accepts every message and keeps its text. Written for the tests because no SMTP test
 * server is available from Maven Central here.
 */
public final class SmtpSink {
  private final ServerSocket socket;
  private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

  private SmtpSink(ServerSocket socket) {
    this.socket = socket;
  }

  static SmtpSink start() throws IOException {
    ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    SmtpSink sink = new SmtpSink(socket);
    Thread.ofPlatform().daemon(true).name("smtp-sink").start(sink::accept);
    return sink;
  }

  /** The port to configure. */
  public int port() {
    return socket.getLocalPort();
  }

  /**
   * Waits for the next message whose text contains {@code marker}, dropping others.
   *
   * @throws AssertionError when none arrives within {@code timeout}
   */
  public String await(String marker, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      String message = messages.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
      if (message == null) {
        throw new AssertionError("no email containing " + marker + " within " + timeout);
      }
      if (message.contains(marker)) {
        return message;
      }
    }
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Thread.ofPlatform().daemon(true).name("smtp-sink-session").start(() -> serve(client));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream()) {
      reply(out, "220 kalkan-test-sink ESMTP");
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.length() < 4 ? line : line.substring(0, 4);
        switch (command.toUpperCase(Locale.ROOT)) {
          case "HELO", "EHLO" -> reply(out, "250 kalkan-test-sink");
          case "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
          case "DATA" -> {
            reply(out, "354 end with <CRLF>.<CRLF>");
            StringBuilder message = new StringBuilder();
            String data;
            while ((data = in.readLine()) != null && !data.equals(".")) {
              message.append(data.startsWith("..") ? data.substring(1) : data).append('\n');
            }
            messages.add(message.toString());
            reply(out, "250 OK queued");
          }
          case "QUIT" -> {
            reply(out, "221 bye");
            return;
          }
          default -> reply(out, "502 command not implemented");
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }
}
