package dev.kalkan.milter;

import static dev.kalkan.milter.MilterCommand.wireString;

/**
 * A reply from the filter to the MTA. Data layouts (after the reply code): {@code O} version,
 * actions, protocol; {@code y} the SMTP reply text; {@code h} header name and value; {@code i} a
 * 32-bit index, header name and value; {@code q} the reason; the others nothing.
 */
sealed interface MilterReply {

  byte NEGOTIATE = 'O';
  byte CONTINUE = 'c';
  byte ACCEPT = 'a';
  byte REJECT = 'r';
  byte TEMPFAIL = 't';
  byte SKIP = 's';
  byte REPLYCODE = 'y';
  byte ADDHEADER = 'h';
  byte INSHEADER = 'i';
  byte QUARANTINE = 'q';

  byte code();

  byte[] data();

  default MilterPacket toPacket() {
    return new MilterPacket(code(), data());
  }

  /**
   * Decodes a reply packet (the MTA side; used by tests and tools that play the MTA).
   *
   * @throws MilterProtocolException for an unknown reply code or a malformed layout
   */
  static MilterReply decode(MilterPacket packet) throws MilterProtocolException {
    byte code = packet.command();
    WireFields.Reader r =
        new WireFields.Reader(packet.data(), "reply '" + MilterCommand.printable(code) + "'");
    MilterReply reply =
        switch (code) {
          case NEGOTIATE -> new Negotiate(r.u32(), r.u32(), r.u32());
          case CONTINUE -> new Continue();
          case ACCEPT -> new Accept();
          case REJECT -> new Reject();
          case TEMPFAIL -> new Tempfail();
          case SKIP -> new Skip();
          case REPLYCODE -> new ReplyCode(r.string());
          case ADDHEADER -> new AddHeader(r.string(), r.string());
          case INSHEADER -> new InsertHeader(r.u32(), r.string(), r.string());
          case QUARANTINE -> new Quarantine(r.string());
          default ->
              throw new MilterProtocolException(
                  "unknown reply code '" + MilterCommand.printable(code) + "'");
        };
    r.end();
    return reply;
  }

  /** {@code SMFIC_OPTNEG} answer: the version, actions and protocol flags the filter uses. */
  record Negotiate(int version, int actions, int protocol) implements MilterReply {
    public byte code() {
      return NEGOTIATE;
    }

    public byte[] data() {
      return new WireFields.Writer().u32(version).u32(actions).u32(protocol).toBytes();
    }
  }

  /** {@code SMFIR_CONTINUE}: go on; at end of message, accept. */
  record Continue() implements MilterReply {
    public byte code() {
      return CONTINUE;
    }

    public byte[] data() {
      return new byte[0];
    }
  }

  /** {@code SMFIR_ACCEPT}: accept the message without further events. */
  record Accept() implements MilterReply {
    public byte code() {
      return ACCEPT;
    }

    public byte[] data() {
      return new byte[0];
    }
  }

  /** {@code SMFIR_REJECT}: reject with the MTA's generic 5xx text. */
  record Reject() implements MilterReply {
    public byte code() {
      return REJECT;
    }

    public byte[] data() {
      return new byte[0];
    }
  }

  /** {@code SMFIR_TEMPFAIL}: reject temporarily with the MTA's generic 4xx text. */
  record Tempfail() implements MilterReply {
    public byte code() {
      return TEMPFAIL;
    }

    public byte[] data() {
      return new byte[0];
    }
  }

  /** {@code SMFIR_SKIP}: send no more events of this kind (body chunks) for this message. */
  record Skip() implements MilterReply {
    public byte code() {
      return SKIP;
    }

    public byte[] data() {
      return new byte[0];
    }
  }

  /**
   * {@code SMFIR_REPLYCODE}: reject with this SMTP reply, {@code "4xx 4.y.z text"} or {@code "5xx
   * 5.y.z text"}. A literal {@code %} travels doubled (Sendmail uses the text as a format).
   */
  record ReplyCode(String text) implements MilterReply {
    public ReplyCode {
      wireString(text, "reply text");
      if (text.length() < 5
          || (text.charAt(0) != '4' && text.charAt(0) != '5')
          || !Character.isDigit(text.charAt(1))
          || !Character.isDigit(text.charAt(2))
          || (text.charAt(3) != ' ' && text.charAt(3) != '-')
          || text.charAt(4) != text.charAt(0)) {
        throw new IllegalArgumentException(
            "reply text must start with a 4xx or 5xx code and a matching enhanced status");
      }
    }

    public byte code() {
      return REPLYCODE;
    }

    public byte[] data() {
      return new WireFields.Writer().string(text).toBytes();
    }
  }

  /** {@code SMFIR_ADDHEADER}: append a header (value without the leading space). */
  record AddHeader(String name, String value) implements MilterReply {
    public AddHeader {
      wireString(name, "header name");
      wireString(value, "header value");
    }

    public byte code() {
      return ADDHEADER;
    }

    public byte[] data() {
      return new WireFields.Writer().string(name).string(value).toBytes();
    }
  }

  /** {@code SMFIR_INSHEADER}: insert a header at {@code index} (0 = before the first). */
  record InsertHeader(int index, String name, String value) implements MilterReply {
    public InsertHeader {
      wireString(name, "header name");
      wireString(value, "header value");
    }

    public byte code() {
      return INSHEADER;
    }

    public byte[] data() {
      return new WireFields.Writer().u32(index).string(name).string(value).toBytes();
    }
  }

  /** {@code SMFIR_QUARANTINE}: hold the message (Postfix: the hold queue) with this reason. */
  record Quarantine(String reason) implements MilterReply {
    public Quarantine {
      wireString(reason, "reason");
    }

    public byte code() {
      return QUARANTINE;
    }

    public byte[] data() {
      return new WireFields.Writer().string(reason).toBytes();
    }
  }
}
