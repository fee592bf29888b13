package dev.kalkan.detect.accuracy;

/** The kinds of content the labelled corpus imitates, with their relative share of it. */
enum Genre {
  ORDERS_JSON(12),
  ORDER_DETAIL_JSON(9),
  NOTIFICATION_JSON(4),
  TOKEN_JSON(3),
  ORDER_REPORT_TSV(8),
  SETTLEMENT_REPORT_TSV(3),
  EMAIL_EN(10),
  EMAIL_TR(8),
  EMAIL_DE(8),
  CONFIG(9),
  APPLICATION_LOG(8),
  ACCESS_LOG(3),
  PAYMENT_TEXT(8),
  SHIPPING_NOTICE(4),
  SOURCE_CODE(4);

  final double weight;

  Genre(double weight) {
    this.weight = weight;
  }
}
