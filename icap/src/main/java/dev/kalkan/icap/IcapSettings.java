package dev.kalkan.icap;

/** The validated configuration an {@link IcapServer} hands to its connections. */
record IcapSettings(
    String reqmodService,
    String respmodService,
    String isTag,
    int maxConnections,
    int optionsTtlSeconds,
    int previewBytes,
    int maxInspectedBytes,
    int maxDecodedBytes,
    int maxParts,
    int maxHeaderBytes,
    int maxHeaderFields,
    int idleTimeoutMillis,
    int readTimeoutMillis,
    int headerTimeoutMillis,
    boolean failOpen,
    boolean monitorOnly) {

  /** The longest single header line accepted. */
  int maxLine() {
    return Math.min(maxHeaderBytes, 16 * 1024);
  }
}
