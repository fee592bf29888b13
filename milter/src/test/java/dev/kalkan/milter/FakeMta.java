package dev.kalkan.milter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plays the MTA side of the milter protocol against a server, as Postfix does: negotiates, sends
 * each event and waits for a reply only where the negotiated flags say the filter answers. The
 * no-reply table is written out here independently of {@link Negotiation}, so a filter that answers
 * when it must not (or stays silent when it must answer) shows up as a wrong reply or a timeout.
 */
final class FakeMta implements AutoCloseable {
  /** Postfix 3.7's offer for milter_protocol = 6. */
  static final int POSTFIX_ACTIONS = 0x1FF;

  static final int POSTFIX_PROTOCOL = 0x1FFFFF;

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  final MilterReply.Negotiate negotiated;

  FakeMta(int port) throws IOException {
    this(port, 6, POSTFIX_ACTIONS, POSTFIX_PROTOCOL);
  }

  FakeMta(int port, int version, int actions, int protocol) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(5000);
    in = new BufferedInputStream(socket.getInputStream());
    out = socket.getOutputStream();
    send(new MilterCommand.Negotiate(version, actions, protocol));
    negotiated = (MilterReply.Negotiate) read();
  }

  void send(MilterCommand command) throws IOException {
    out.write(command.toPacket().toBytes());
    out.flush();
  }

  void sendRaw(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  MilterReply read() throws IOException {
    MilterPacket p = MilterPacket.read(in, 1 << 20);
    if (p == null) {
      throw new IOException("filter closed the connection");
    }
    return MilterReply.decode(p);
  }

  private boolean answered(int noReplyFlag) {
    return (negotiated.protocol() & noReplyFlag) == 0;
  }

  /** Sends an event and returns the filter's reply, or null when it must not reply. */
  MilterReply event(MilterCommand command) throws IOException {
    send(command);
    int flag =
        switch (command) {
          case MilterCommand.Connect c -> 0x1000;
          case MilterCommand.Helo h -> 0x2000;
          case MilterCommand.Mail m -> 0x4000;
          case MilterCommand.Rcpt r -> 0x8000;
          case MilterCommand.Data d -> 0x10000;
          case MilterCommand.Unknown u -> 0x20000;
          case MilterCommand.Header h -> 0x80;
          case MilterCommand.EndOfHeaders e -> 0x40000;
          case MilterCommand.Body b -> 0x80000;
          default -> throw new IllegalArgumentException("not an event with a reply: " + command);
        };
    return answered(flag) ? read() : null;
  }

  /** Sends end of message and reads the modifications up to the final reply. */
  List<MilterReply> endOfMessage() throws IOException {
    send(new MilterCommand.EndOfBody(new byte[0]));
    List<MilterReply> replies = new ArrayList<>();
    while (true) {
      MilterReply r = read();
      replies.add(r);
      if (!(r instanceof MilterReply.AddHeader
          || r instanceof MilterReply.InsertHeader
          || r instanceof MilterReply.Quarantine)) {
        return replies;
      }
    }
  }

  /**
   * Sends a whole transaction as Postfix would (macros, connect, mail, recipients, headers, body in
   * chunks of at most 65535 bytes) and returns the end-of-message replies. Intermediate replies
   * must be continue (or skip for body chunks).
   */
  List<MilterReply> transaction(
      String sender, List<String> recipients, List<String[]> headers, byte[] body, String login)
      throws IOException {
    send(
        new MilterCommand.Macro((byte) 'C', Map.of("j", "mta.test", "_", "localhost [127.0.0.1]")));
    expectContinue(event(new MilterCommand.Connect("localhost", (byte) '4', 40000, "127.0.0.1")));
    send(
        new MilterCommand.Macro(
            (byte) 'M', login == null ? Map.of() : Map.of("{auth_authen}", login)));
    expectContinue(event(new MilterCommand.Mail(List.of("<" + sender + ">"))));
    for (String r : recipients) {
      expectContinue(event(new MilterCommand.Rcpt(List.of("<" + r + ">"))));
    }
    send(new MilterCommand.Macro((byte) 'T', Map.of("i", "QID1")));
    for (String[] h : headers) {
      expectContinue(event(new MilterCommand.Header(h[0], h[1])));
    }
    expectContinue(event(new MilterCommand.EndOfHeaders()));
    boolean skipped = false;
    for (int off = 0; off < body.length && !skipped; off += 65535) {
      byte[] chunk = java.util.Arrays.copyOfRange(body, off, Math.min(body.length, off + 65535));
      MilterReply r = event(new MilterCommand.Body(chunk));
      if (r instanceof MilterReply.Skip) {
        skipped = true;
      } else {
        expectContinue(r);
      }
    }
    return endOfMessage();
  }

  private static void expectContinue(MilterReply reply) {
    if (reply != null) {
      assertThat(reply).isInstanceOf(MilterReply.Continue.class);
    }
  }

  /** True when the filter closes the connection (end of stream) within the socket timeout. */
  boolean closedByFilter() throws IOException {
    return in.read() < 0;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
