package dev.kalkan.policy;

/** How content is leaving: the integration point that asks for a decision. */
public enum Channel {
  /** A system calling the inspection API directly (an integration, a script). */
  API,
  /** A file or form upload seen by the web proxy (ICAP). */
  WEB_UPLOAD,
  /** An outgoing email seen by the mail server (milter). */
  EMAIL
}
