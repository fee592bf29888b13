package dev.kalkan.milter;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the MTA does with a message: accept it (optionally adding decision headers), reject it with
 * a 5xx reply that names the incident, tempfail it with a 4xx reply, or quarantine it (Postfix puts
 * it on hold for an operator). Texts are validated at construction: printable ASCII, no line
 * breaks, so that they can travel in an SMTP reply or a header.
 */
public sealed interface MessageVerdict {

  /** The header Kalkan adds for its decisions, e.g. {@code ALERT; incident=KLK-...}. */
  String DECISION_HEADER = "X-Kalkan-Decision";

  /** Accept the message unchanged. */
  static Accept accept() {
    return new Accept(List.of());
  }

  /** Accept the message and append the header {@code name: value}. */
  static Accept acceptWithHeader(String name, String value) {
    return new Accept(List.of(new AddedHeader(name, value)));
  }

  /** Reject with {@code 550 5.7.1 <reason> (incident <incidentReference>)}. */
  static Reject reject(String incidentReference, String reason) {
    return new Reject(incidentReference, reason);
  }

  /** Refuse temporarily with {@code 451 4.7.1 <reason>}; the client retries later. */
  static Tempfail tempfail(String reason) {
    return new Tempfail(reason);
  }

  /** Accept into the MTA's quarantine with {@code reason}. */
  static Quarantine quarantine(String reason) {
    return new Quarantine(reason, List.of());
  }

  /** Accept, adding {@code headers} in order. */
  record Accept(List<AddedHeader> headers) implements MessageVerdict {
    public Accept {
      headers = List.copyOf(headers);
    }
  }

  /** Reject permanently; the reply names the incident so the sender can quote it. */
  record Reject(String incidentReference, String reason) implements MessageVerdict {
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    public Reject {
      Objects.requireNonNull(incidentReference, "incidentReference");
      if (!REFERENCE.matcher(incidentReference).matches()) {
        throw new IllegalArgumentException(
            "incident reference must be 1-64 letters, digits, '.', '_', ':' or '-'");
      }
      reason = OneLineText.check(reason, "reason", 300);
    }

    /** The SMTP reply the MTA gives the client. */
    public String smtpReply() {
      return "550 5.7.1 " + reason + " (incident " + incidentReference + ")";
    }
  }

  /** Refuse temporarily. */
  record Tempfail(String reason) implements MessageVerdict {
    public Tempfail {
      reason = OneLineText.check(reason, "reason", 300);
    }

    public String smtpReply() {
      return "451 4.7.1 " + reason;
    }
  }

  /** Quarantine, adding {@code headers} in order. */
  record Quarantine(String reason, List<AddedHeader> headers) implements MessageVerdict {
    public Quarantine {
      reason = OneLineText.check(reason, "reason", 300);
      headers = List.copyOf(headers);
    }
  }

  /** A header to add: an RFC 5322 field name and a one-line value. */
  record AddedHeader(String name, String value) {
    private static final Pattern NAME = Pattern.compile("[!-9;-~]{1,76}");

    public AddedHeader {
      Objects.requireNonNull(name, "name");
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "header name must be 1-76 printable ASCII characters without ':' or space: " + name);
      }
      value = OneLineText.check(value, "header value", 900);
    }
  }
}
