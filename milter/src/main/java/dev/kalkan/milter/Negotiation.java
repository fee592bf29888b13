package dev.kalkan.milter;

/**
 * The outcome of option negotiation: the protocol version both sides speak, the actions the filter
 * may take and the protocol flags in force. The filter asks only for what the MTA offered, so what
 * it asks for is what holds.
 *
 * <p>Kalkan asks for: adding headers and quarantine (actions); no HELO, DATA or unknown-command
 * events; no replies to connect, MAIL, RCPT, each header, end of headers and body chunks (the MTA
 * does not wait for them, and the filter must not send them), so that end of message is the only
 * round trip of a message. An MTA that offers {@code SKIP} but not {@code NR_BODY} gets a reply to
 * each body chunk, and {@code SKIP} once a message exceeds the size limit.
 *
 * @param version the protocol version in use (2 to 6)
 * @param actions {@code SMFIF_*} bits
 * @param protocol {@code SMFIP_*} bits
 */
record Negotiation(int version, int actions, int protocol) {

  static final int MAX_VERSION = 6;

  static final int SMFIF_ADDHDRS = 0x01;
  static final int SMFIF_QUARANTINE = 0x20;

  static final int SMFIP_NOCONNECT = 0x01;
  static final int SMFIP_NOHELO = 0x02;
  static final int SMFIP_NOMAIL = 0x04;
  static final int SMFIP_NORCPT = 0x08;
  static final int SMFIP_NOBODY = 0x10;
  static final int SMFIP_NOHDRS = 0x20;
  static final int SMFIP_NOEOH = 0x40;
  static final int SMFIP_NR_HDR = 0x80;
  static final int SMFIP_NOUNKNOWN = 0x100;
  static final int SMFIP_NODATA = 0x200;
  static final int SMFIP_SKIP = 0x400;
  static final int SMFIP_RCPT_REJ = 0x800;
  static final int SMFIP_NR_CONN = 0x1000;
  static final int SMFIP_NR_HELO = 0x2000;
  static final int SMFIP_NR_MAIL = 0x4000;
  static final int SMFIP_NR_RCPT = 0x8000;
  static final int SMFIP_NR_DATA = 0x10000;
  static final int SMFIP_NR_UNKN = 0x20000;
  static final int SMFIP_NR_EOH = 0x40000;
  static final int SMFIP_NR_BODY = 0x80000;
  static final int SMFIP_HDR_LEADSPC = 0x100000;

  static final int WANTED_ACTIONS = SMFIF_ADDHDRS | SMFIF_QUARANTINE;
  static final int WANTED_PROTOCOL =
      SMFIP_NOHELO
          | SMFIP_NOUNKNOWN
          | SMFIP_NODATA
          | SMFIP_SKIP
          | SMFIP_NR_CONN
          | SMFIP_NR_MAIL
          | SMFIP_NR_RCPT
          | SMFIP_NR_HDR
          | SMFIP_NR_EOH
          | SMFIP_NR_BODY;

  /**
   * Kalkan's answer to the MTA's offer.
   *
   * @throws MilterProtocolException when the MTA speaks a version below 2
   */
  static Negotiation answer(MilterCommand.Negotiate offer) throws MilterProtocolException {
    if (offer.version() < 2) {
      throw new MilterProtocolException(
          "milter protocol version " + offer.version() + " is below 2");
    }
    return new Negotiation(
        Math.min(offer.version(), MAX_VERSION),
        WANTED_ACTIONS & offer.actions(),
        WANTED_PROTOCOL & offer.protocol());
  }

  MilterReply.Negotiate toReply() {
    return new MilterReply.Negotiate(version, actions, protocol);
  }

  boolean mayAddHeaders() {
    return (actions & SMFIF_ADDHDRS) != 0;
  }

  boolean mayQuarantine() {
    return (actions & SMFIF_QUARANTINE) != 0;
  }

  boolean maySkip() {
    return (protocol & SMFIP_SKIP) != 0 && (protocol & SMFIP_NR_BODY) == 0;
  }

  /** Whether the MTA waits for a reply to a command with this code. */
  boolean expectsReply(byte command) {
    int noReply =
        switch (command) {
          case MilterCommand.CONNECT -> SMFIP_NR_CONN;
          case MilterCommand.HELO -> SMFIP_NR_HELO;
          case MilterCommand.MAIL -> SMFIP_NR_MAIL;
          case MilterCommand.RCPT -> SMFIP_NR_RCPT;
          case MilterCommand.DATA -> SMFIP_NR_DATA;
          case MilterCommand.UNKNOWN -> SMFIP_NR_UNKN;
          case MilterCommand.HEADER -> SMFIP_NR_HDR;
          case MilterCommand.EOH -> SMFIP_NR_EOH;
          case MilterCommand.BODY -> SMFIP_NR_BODY;
          case MilterCommand.EOB, MilterCommand.OPTNEG -> 0;
          default -> -1;
        };
    return noReply >= 0 && (protocol & noReply) == 0;
  }
}
