package dev.kalkan.milter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A command from the MTA to the filter, decoded from a {@link MilterPacket}. Strings carry the
 * protocol's bytes one char per byte (see {@link WireFields}).
 *
 * <p>Data layouts (after the command code): {@code O} version, actions, protocol (three 32-bit
 * integers); {@code D} the stage's command code, then name and value strings in pairs; {@code C}
 * host name, family octet ({@code U}nknown, {@code L}ocal, {@code 4}, {@code 6}) and, unless
 * unknown, a 16-bit port and the address; {@code H} the HELO name; {@code M} and {@code R} the
 * address then ESMTP arguments, each a string; {@code L} header name and value; {@code B} and
 * {@code E} raw body bytes; {@code U} the unknown SMTP command; {@code T}, {@code N}, {@code A},
 * {@code Q}, {@code K} nothing.
 */
sealed interface MilterCommand {

  byte OPTNEG = 'O';
  byte MACRO = 'D';
  byte CONNECT = 'C';
  byte HELO = 'H';
  byte MAIL = 'M';
  byte RCPT = 'R';
  byte DATA = 'T';
  byte HEADER = 'L';
  byte EOH = 'N';
  byte BODY = 'B';
  byte EOB = 'E';
  byte ABORT = 'A';
  byte QUIT = 'Q';
  byte QUIT_NC = 'K';
  byte UNKNOWN = 'U';

  /** The command code. */
  byte code();

  /** The packet data, the exact inverse of {@link #decode}. */
  byte[] data();

  default MilterPacket toPacket() {
    return new MilterPacket(code(), data());
  }

  /**
   * Decodes a packet.
   *
   * @throws MilterProtocolException for an unknown command code or data that does not match the
   *     command's layout (missing fields, missing NUL terminators, extra bytes)
   */
  static MilterCommand decode(MilterPacket packet) throws MilterProtocolException {
    byte code = packet.command();
    WireFields.Reader r = new WireFields.Reader(packet.data(), "command '" + printable(code) + "'");
    MilterCommand c =
        switch (code) {
          case OPTNEG -> new Negotiate(r.u32(), r.u32(), r.u32());
          case MACRO -> {
            byte stage = r.octet();
            Map<String, String> macros = new LinkedHashMap<>();
            while (!r.atEnd()) {
              macros.put(r.string(), r.string());
            }
            yield new Macro(stage, macros);
          }
          case CONNECT -> {
            String host = r.string();
            byte family = r.octet();
            if (family == Connect.UNKNOWN_FAMILY) {
              yield new Connect(host, family, 0, "");
            }
            yield new Connect(host, family, r.u16(), r.string());
          }
          case HELO -> new Helo(r.string());
          case MAIL -> new Mail(arguments(r));
          case RCPT -> new Rcpt(arguments(r));
          case DATA -> new Data();
          case HEADER -> new Header(r.string(), r.string());
          case EOH -> new EndOfHeaders();
          case BODY -> new Body(r.rest());
          case EOB -> new EndOfBody(r.rest());
          case ABORT -> new Abort();
          case QUIT -> new Quit();
          case QUIT_NC -> new QuitNewConnection();
          case UNKNOWN -> new Unknown(r.string());
          default ->
              throw new MilterProtocolException("unknown command code '" + printable(code) + "'");
        };
    r.end();
    return c;
  }

  private static List<String> arguments(WireFields.Reader r) throws MilterProtocolException {
    List<String> args = new ArrayList<>();
    do {
      args.add(r.string());
    } while (!r.atEnd());
    return args;
  }

  /** The code as a character when printable, otherwise as {@code 0xNN}. */
  static String printable(byte code) {
    return code >= 0x21 && code <= 0x7E
        ? String.valueOf((char) code)
        : String.format("0x%02X", code);
  }

  /** Rejects strings that cannot travel as a NUL-terminated ISO-8859-1 string. */
  static String wireString(String s, String what) {
    Objects.requireNonNull(s, what);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == 0 || ch > 0xFF) {
        throw new IllegalArgumentException(
            what + " has a character that cannot be sent: " + (int) ch);
      }
    }
    return s;
  }

  /** {@code SMFIC_OPTNEG}: the MTA's protocol version, actions and protocol flags. */
  record Negotiate(int version, int actions, int protocol) implements MilterCommand {
    public byte code() {
      return OPTNEG;
    }

    public byte[] data() {
      return new WireFields.Writer().u32(version).u32(actions).u32(protocol).toBytes();
    }
  }

  /** {@code SMFIC_MACRO}: macro values for the command {@code stage} that follows. */
  record Macro(byte stage, Map<String, String> macros) implements MilterCommand {
    public Macro {
      macros = Collections.unmodifiableMap(new LinkedHashMap<>(macros));
      macros.forEach(
          (k, v) -> {
            wireString(k, "macro name");
            wireString(v, "macro value");
          });
    }

    public byte code() {
      return MACRO;
    }

    public byte[] data() {
      WireFields.Writer w = new WireFields.Writer().octet(stage);
      macros.forEach((k, v) -> w.string(k).string(v));
      return w.toBytes();
    }
  }

  /** {@code SMFIC_CONNECT}: the SMTP client's host name, address family, port and address. */
  record Connect(String hostname, byte family, int port, String address) implements MilterCommand {
    static final byte UNKNOWN_FAMILY = 'U';

    public Connect {
      wireString(hostname, "hostname");
      wireString(address, "address");
      if (port < 0 || port > 0xFFFF) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      if (family == UNKNOWN_FAMILY && (port != 0 || !address.isEmpty())) {
        throw new IllegalArgumentException("an unknown family carries no port or address");
      }
    }

    public byte code() {
      return CONNECT;
    }

    public byte[] data() {
      WireFields.Writer w = new WireFields.Writer().string(hostname).octet(family);
      if (family != UNKNOWN_FAMILY) {
        w.u16(port).string(address);
      }
      return w.toBytes();
    }
  }

  /** {@code SMFIC_HELO}: the HELO/EHLO name. */
  record Helo(String name) implements MilterCommand {
    public Helo {
      wireString(name, "helo");
    }

    public byte code() {
      return HELO;
    }

    public byte[] data() {
      return new WireFields.Writer().string(name).toBytes();
    }
  }

  /** {@code SMFIC_MAIL}: the envelope sender, then its ESMTP arguments. */
  record Mail(List<String> arguments) implements MilterCommand {
    public Mail {
      arguments = checkedArguments(arguments);
    }

    String sender() {
      return arguments.getFirst();
    }

    public byte code() {
      return MAIL;
    }

    public byte[] data() {
      return joined(arguments);
    }
  }

  /** {@code SMFIC_RCPT}: one envelope recipient, then its ESMTP arguments. */
  record Rcpt(List<String> arguments) implements MilterCommand {
    public Rcpt {
      arguments = checkedArguments(arguments);
    }

    String recipient() {
      return arguments.getFirst();
    }

    public byte code() {
      return RCPT;
    }

    public byte[] data() {
      return joined(arguments);
    }
  }

  private static List<String> checkedArguments(List<String> arguments) {
    List<String> copy = List.copyOf(arguments);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("an envelope command needs its address");
    }
    copy.forEach(a -> wireString(a, "argument"));
    return copy;
  }

  private static byte[] joined(List<String> arguments) {
    WireFields.Writer w = new WireFields.Writer();
    arguments.forEach(w::string);
    return w.toBytes();
  }

  /** {@code SMFIC_DATA}: the client sent DATA. */
  record Data() implements MilterCommand {
    public byte code() {
      return DATA;
    }

    public byte[] data() {
      return new byte[0];
    }
  }

  /**
   * {@code SMFIC_HEADER}: one header; Postfix separates the lines of a folded value with a bare
   * {@code \n} and drops the space after the colon.
   */
  record Header(String name, String value) implements MilterCommand {
    public Header {
      wireString(name, "header name");
      wireString(value, "header value");
    }

    public byte code() {
      return HEADER;
    }

    public byte[] data() {
      return new WireFields.Writer().string(name).string(value).toBytes();
    }
  }

  /** {@code SMFIC_EOH}: end of the headers. */
  record EndOfHeaders() implements MilterCommand {
    public byte code() {
      return EOH;
    }

    public byte[] data() {
      return new byte[0];
    }
  }

  /** {@code SMFIC_BODY}: a chunk of the body as on the wire (CRLF line ends), at most 64 KiB. */
  record Body(byte[] chunk) implements MilterCommand {
    public Body {
      chunk = chunk.clone();
    }

    public byte code() {
      return BODY;
    }

    public byte[] data() {
      return chunk.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Body b && Arrays.equals(chunk, b.chunk);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(chunk);
    }

    @Override
    public String toString() {
      return "Body[" + chunk.length + " bytes]";
    }
  }

  /** {@code SMFIC_BODYEOB}: end of the message, possibly with a last body chunk (Sendmail). */
  record EndOfBody(byte[] chunk) implements MilterCommand {
    public EndOfBody {
      chunk = chunk.clone();
    }

    public byte code() {
      return EOB;
    }

    public byte[] data() {
      return chunk.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof EndOfBody b && Arrays.equals(chunk, b.chunk);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(chunk);
    }

    @Override
    public String toString() {
      return "EndOfBody[" + chunk.length + " bytes]";
    }
  }

  /** {@code SMFIC_ABORT}: forget the current message; the connection stays. No reply. */
  record Abort() implements MilterCommand {
    public byte code() {
      return ABORT;
    }

    public byte[] data() {
      return new byte[0];
    }
  }

  /** {@code SMFIC_QUIT}: the MTA closes the connection. No reply. */
  record Quit() implements MilterCommand {
    public byte code() {
      return QUIT;
    }

    public byte[] data() {
      return new byte[0];
    }
  }

  /** {@code SMFIC_QUIT_NC}: this SMTP session ends, a new one follows on the same connection. */
  record QuitNewConnection() implements MilterCommand {
    public byte code() {
      return QUIT_NC;
    }

    public byte[] data() {
      return new byte[0];
    }
  }

  /** {@code SMFIC_UNKNOWN}: an SMTP command the MTA does not know. */
  record Unknown(String command) implements MilterCommand {
    public Unknown {
      wireString(command, "command");
    }

    public byte code() {
      return UNKNOWN;
    }

    public byte[] data() {
      return new WireFields.Writer().string(command).toBytes();
    }
  }
}
