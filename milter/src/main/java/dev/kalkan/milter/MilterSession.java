package dev.kalkan.milter;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jdk.net.ExtendedSocketOptions;

/**
 * One MTA connection: reads commands, keeps the connection and message state, answers where the
 * negotiated protocol expects an answer, and decides each message at its end of data.
 *
 * <p>Malformed input, a command before negotiation, a second negotiation or a read timeout close
 * the connection; the MTA then applies its default action ({@code milter_default_action}).
 */
final class MilterSession implements Runnable {
  /**
   * The largest packet accepted: body chunks are at most 64 KiB, headers up to Postfix's limits.
   */
  static final int MAX_PACKET = 1 << 20;

  private static final System.Logger LOG = System.getLogger(MilterSession.class.getName());
  private static final String INTERNAL_ERROR_REPLY =
      "Kalkan could not inspect this message, please try again later";

  private final Socket socket;
  private final MilterServer.Settings settings;
  private final MessageDecider decider;
  private final MilterCounters counters;
  private final ExecutorService decisions;

  private Negotiation negotiation;
  private final Map<String, String> connectionMacros = new HashMap<>();
  private final Map<String, String> messageMacros = new HashMap<>();
  private String clientAddress = "";
  private MessageBuffer message;

  MilterSession(
      Socket socket,
      MilterServer.Settings settings,
      MessageDecider decider,
      MilterCounters counters,
      ExecutorService decisions) {
    this.socket = socket;
    this.settings = settings;
    this.decider = decider;
    this.counters = counters;
    this.decisions = decisions;
  }

  @Override
  public void run() {
    try {
      serve();
    } catch (MilterProtocolException e) {
      counters.protocolErrors.increment();
      LOG.log(System.Logger.Level.WARNING, "milter connection closed: " + e.getMessage());
    } catch (SocketTimeoutException e) {
      LOG.log(System.Logger.Level.INFO, "milter connection idle too long, closed");
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, "milter connection ended: " + e.getMessage());
    } finally {
      try {
        socket.close();
      } catch (IOException e) {
        LOG.log(System.Logger.Level.DEBUG, "milter close failed: " + e.getMessage());
      }
    }
  }

  private void serve() throws IOException {
    socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, settings.readTimeout().toMillis()));
    socket.setTcpNoDelay(true);
    InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
    OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 12);
    boolean quickAck = socket.supportedOptions().contains(ExtendedSocketOptions.TCP_QUICKACK);
    while (true) {
      if (quickAck) {
        socket.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
      }
      MilterPacket packet = MilterPacket.read(in, MAX_PACKET);
      if (packet == null || !handle(MilterCommand.decode(packet), out)) {
        return;
      }
    }
  }

  /** Handles one command; false when the connection is to close. */
  private boolean handle(MilterCommand command, OutputStream out) throws IOException {
    if (negotiation == null && !(command instanceof MilterCommand.Negotiate)) {
      throw new MilterProtocolException(
          "expected option negotiation first, got command '"
              + MilterCommand.printable(command.code())
              + "'");
    }
    switch (command) {
      case MilterCommand.Negotiate offer -> {
        if (negotiation != null) {
          throw new MilterProtocolException("option negotiation repeated");
        }
        negotiation = Negotiation.answer(offer);
        send(out, negotiation.toReply());
      }
      case MilterCommand.Macro macro -> {
        Map<String, String> target =
            macro.stage() == MilterCommand.CONNECT || macro.stage() == MilterCommand.HELO
                ? connectionMacros
                : messageMacros;
        target.putAll(macro.macros());
      }
      case MilterCommand.Connect connect -> {
        clientAddress = utf8(connect.address());
        continueIfExpected(command, out);
      }
      case MilterCommand.Mail mail -> {
        message = new MessageBuffer(settings.maxMessageSize());
        message.sender = address(mail.sender());
        continueIfExpected(command, out);
      }
      case MilterCommand.Rcpt rcpt -> {
        message().recipients.add(address(rcpt.recipient()));
        continueIfExpected(command, out);
      }
      case MilterCommand.Header header -> {
        message().addHeader(header);
        continueIfExpected(command, out);
      }
      case MilterCommand.Body body -> {
        boolean over = message().append(body.chunk());
        if (negotiation.expectsReply(MilterCommand.BODY)) {
          send(
              out,
              over && negotiation.maySkip() ? new MilterReply.Skip() : new MilterReply.Continue());
        }
      }
      case MilterCommand.EndOfBody end -> {
        message().append(end.chunk());
        MessageBuffer done = message;
        message = null;
        for (MilterReply reply : decide(done)) {
          write(out, reply);
        }
        out.flush();
        messageMacros.clear();
      }
      case MilterCommand.Abort abort -> {
        message = null;
        messageMacros.clear();
      }
      case MilterCommand.Quit quit -> {
        return false;
      }
      case MilterCommand.QuitNewConnection quit -> {
        message = null;
        messageMacros.clear();
        connectionMacros.clear();
        clientAddress = "";
      }
      case MilterCommand.Helo helo -> continueIfExpected(command, out);
      case MilterCommand.Data data -> continueIfExpected(command, out);
      case MilterCommand.EndOfHeaders eoh -> continueIfExpected(command, out);
      case MilterCommand.Unknown unknown -> continueIfExpected(command, out);
    }
    return true;
  }

  private MessageBuffer message() {
    if (message == null) {
      message = new MessageBuffer(settings.maxMessageSize());
    }
    return message;
  }

  private void continueIfExpected(MilterCommand command, OutputStream out) throws IOException {
    if (negotiation.expectsReply(command.code())) {
      send(out, new MilterReply.Continue());
    }
  }

  private List<MilterReply> decide(MessageBuffer buffer) {
    long started = System.nanoTime();
    MessageVerdict verdict;
    try {
      MailMessage mail = buffer.toMailMessage(macro("i"), macro("{auth_authen}"), clientAddress);
      if (!mail.fullyInspected()) {
        counters.notFullyInspected.increment();
      }
      verdict = decideInTime(mail);
    } catch (DecisionFailure | RuntimeException e) {
      counters.internalErrors.increment();
      LOG.log(
          System.Logger.Level.ERROR,
          "milter decision failed for queue id "
              + macro("i")
              + ": "
              + (e instanceof DecisionFailure ? e.getMessage() : e.getClass().getName()));
      if (settings.failOpen()) {
        counters.failedOpen.increment();
        verdict =
            MessageVerdict.acceptWithHeader(
                MessageVerdict.DECISION_HEADER, "UNINSPECTED; reason=internal-error");
      } else {
        verdict = MessageVerdict.tempfail(INTERNAL_ERROR_REPLY);
      }
    }
    counters.messages.increment();
    List<MilterReply> replies = replies(verdict);
    counters.decisionNanos.add(System.nanoTime() - started);
    return replies;
  }

  private MessageVerdict decideInTime(MailMessage mail) throws DecisionFailure {
    Future<MessageVerdict> future = decisions.submit(() -> decider.decide(mail));
    try {
      MessageVerdict verdict =
          future.get(settings.decisionTimeout().toNanos(), TimeUnit.NANOSECONDS);
      if (verdict == null) {
        throw new DecisionFailure("the decider returned no verdict");
      }
      return verdict;
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new DecisionFailure("no verdict within " + settings.decisionTimeout());
    } catch (ExecutionException e) {
      throw new DecisionFailure("the decider failed: " + e.getCause().getClass().getName());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new DecisionFailure("interrupted while deciding");
    }
  }

  private List<MilterReply> replies(MessageVerdict verdict) {
    List<MilterReply> replies = new ArrayList<>();
    switch (verdict) {
      case MessageVerdict.Accept accept -> {
        addHeaders(accept.headers(), replies);
        replies.add(new MilterReply.Accept());
        counters.accepted.increment();
      }
      case MessageVerdict.Reject reject -> {
        replies.add(new MilterReply.ReplyCode(escapePercent(reject.smtpReply())));
        counters.rejected.increment();
      }
      case MessageVerdict.Tempfail tempfail -> {
        replies.add(new MilterReply.ReplyCode(escapePercent(tempfail.smtpReply())));
        counters.tempfailed.increment();
      }
      case MessageVerdict.Quarantine quarantine -> {
        if (negotiation.mayQuarantine()) {
          addHeaders(quarantine.headers(), replies);
          replies.add(new MilterReply.Quarantine(quarantine.reason()));
          replies.add(new MilterReply.Accept());
          counters.quarantined.increment();
        } else {
          replies.add(
              new MilterReply.ReplyCode(
                  escapePercent("550 5.7.1 " + quarantine.reason() + " (quarantine unavailable)")));
          counters.rejected.increment();
        }
      }
    }
    return replies;
  }

  private void addHeaders(List<MessageVerdict.AddedHeader> headers, List<MilterReply> replies) {
    if (!negotiation.mayAddHeaders()) {
      return;
    }
    for (MessageVerdict.AddedHeader h : headers) {
      replies.add(new MilterReply.AddHeader(h.name(), h.value()));
      counters.headersAdded.increment();
    }
  }

  private String macro(String name) {
    String v = messageMacros.get(name);
    if (v == null) {
      v = connectionMacros.get(name);
    }
    return v == null ? "" : utf8(v);
  }

  private static void send(OutputStream out, MilterReply reply) throws IOException {
    write(out, reply);
    out.flush();
  }

  private static void write(OutputStream out, MilterReply reply) throws IOException {
    reply.toPacket().write(out);
  }

  /** Sendmail treats the reply text as a format string, so a literal '%' travels doubled. */
  static String escapePercent(String text) {
    return text.replace("%", "%%");
  }

  /** The address inside angle brackets, as UTF-8 (SMTPUTF8 addresses travel as UTF-8 bytes). */
  static String address(String wire) {
    String s = utf8(wire).trim();
    if (s.startsWith("<") && s.endsWith(">")) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }

  static String utf8(String wire) {
    return new String(wire.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  /** A decision that could not be made; the message is tempfailed or, failing open, accepted. */
  private static final class DecisionFailure extends Exception {
    DecisionFailure(String message) {
      super(message);
    }
  }

  /** The message being received: envelope, headers, and the body up to the size limit. */
  private static final class MessageBuffer {
    private final long limit;
    private final List<MilterCommand.Header> headers = new ArrayList<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    final List<String> recipients = new ArrayList<>();
    String sender = "";
    private long size;
    private boolean truncated;

    MessageBuffer(long limit) {
      this.limit = limit;
    }

    void addHeader(MilterCommand.Header header) {
      size += header.name().length() + header.value().length() + 4L;
      if (size > limit) {
        truncated = true;
      } else {
        headers.add(header);
      }
    }

    /** Appends body bytes up to the limit; true once the message is over it. */
    boolean append(byte[] chunk) {
      long room = limit - size;
      size += chunk.length;
      if (room > 0) {
        body.write(chunk, 0, (int) Math.min(room, chunk.length));
      }
      if (size > limit) {
        truncated = true;
      }
      return truncated;
    }

    MailMessage toMailMessage(String queueId, String login, String clientAddress) {
      MimeMessageReader.Content content = MimeMessageReader.read(headers, body.toByteArray());
      return new MailMessage(
          queueId,
          sender,
          login,
          clientAddress,
          recipients,
          content.headers(),
          content.textParts(),
          content.attachments(),
          !truncated && content.complete(),
          size);
    }
  }
}
