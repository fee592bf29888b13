package dev.kalkan.alert;

/** A way alerts leave the service. Implementations are thread-safe. */
interface AlertChannel {
  /** {@code webhook} or {@code email}. */
  String name();

  /** Where it delivers (URL, recipients), for the delivery record. */
  String target();

  /**
   * Delivers one alert.
   *
   * @param alert the alert
   * @param json its JSON body
   * @throws Exception when delivery failed; the dispatcher retries
   */
  void deliver(Alert alert, String json) throws Exception;
}
