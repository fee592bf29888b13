package dev.kalkan.detect.accuracy;

/** The kinds of content the labelled corpus imitates, with their relative share of it. */
enum Genre {
  ORDERS_JSON(12, true),
  ORDER_DETAIL_JSON(9, true),
  NOTIFICATION_JSON(4, true),
  TOKEN_JSON(3, true),
  ORDER_REPORT_TSV(8, true),
  SETTLEMENT_REPORT_TSV(3, true),
  EMAIL_EN(10, false),
  EMAIL_TR(8, false),
  EMAIL_DE(8, false),
  CONFIG(9, false),
  APPLICATION_LOG(8, false),
  ACCESS_LOG(3, false),
  PAYMENT_TEXT(8, false),
  SHIPPING_NOTICE(4, false),
  SOURCE_CODE(4, false);

  final double weight;

  /**
   * True for SP-API payloads and flat-file reports, whose names and street lines sit in structured
   * fields and are labelled; in the other genres names and addresses are free text, not labelled.
   */
  final boolean structured;

  Genre(double weight, boolean structured) {
    this.weight = weight;
    this.structured = structured;
  }
}
