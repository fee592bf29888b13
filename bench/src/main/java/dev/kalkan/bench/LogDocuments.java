package dev.kalkan.bench;

/**
 * Application logs of an SP-API integration: mostly routine lines (requests, rate limits, sync
 * progress) with client addresses on some, and now and then a line that leaks what it should not
 * (tokens in request dumps, buyer contact details, a card number or IBAN in a payment error, an SSN
 * from a tax form).
 */
final class LogDocuments {
  private static final String[] LEVELS = {"INFO", "INFO", "INFO", "DEBUG", "WARN"};
  private static final String[] LOGGERS = {
    "d.s.catalog.CatalogSync", "d.s.orders.OrderPoller", "d.s.http.SpApiClient",
    "d.s.auth.LwaTokenCache", "d.s.feeds.FeedUploader", "d.s.reports.ReportDownloader"
  };
  private static final String[] PATHS = {
    "/catalog/2022-04-01/items", "/listings/2021-08-01/items", "/orders/v0/orders",
    "/fba/inventory/v1/summaries", "/reports/2021-06-30/reports", "/feeds/2021-06-30/documents"
  };

  private LogDocuments() {}

  static void log(SyntheticValues values, StringBuilder out, int targetChars) {
    int end = out.length() + targetChars;
    int thread = values.between(1, 8);
    do {
      out.append(values.timestamp())
          .append(' ')
          .append(values.pick(LEVELS))
          .append(" [worker-")
          .append(thread)
          .append("] ")
          .append(values.pick(LOGGERS))
          .append(" - ");
      message(values, out);
      out.append('\n');
    } while (out.length() < end);
  }

  private static void message(SyntheticValues values, StringBuilder out) {
    int roll = values.between(1, 1000);
    if (roll <= 30) {
      leak(values, out);
    } else if (roll <= 130) {
      out.append("connection from ")
          .append(values.chance(0.8) ? values.ipv4() : values.ipv6())
          .append(" accepted, tls=TLSv1.3");
    } else if (roll <= 500) {
      out.append("GET ")
          .append(values.pick(PATHS))
          .append('/')
          .append(values.asin())
          .append(" -> 200 in ")
          .append(values.between(20, 900))
          .append(" ms requestId=")
          .append(values.uuid());
    } else if (roll <= 600) {
      out.append("rate limited (x-amzn-RateLimit-Limit: ")
          .append(values.decimal(5))
          .append("), retrying in ")
          .append(values.between(1, 30) * 100)
          .append(" ms");
    } else if (roll <= 700) {
      out.append("client ").append(values.version()).append(" build ").append(values.gitHash());
    } else {
      out.append("synced ")
          .append(values.between(1, 500))
          .append(" items for marketplace ")
          .append(values.marketplaceId(values.marketplace()))
          .append(", ")
          .append(values.between(0, 40))
          .append(" price updates, cache hit ratio 0.")
          .append(values.digits(2));
    }
  }

  private static void leak(SyntheticValues values, StringBuilder out) {
    String country = values.pick(new String[] {"US", "GB", "DE", "TR"});
    switch (values.between(0, 10)) {
      case 0 ->
          out.append("refreshing access token: grant_type=refresh_token&refresh_token=")
              .append(values.lwaRefreshToken())
              .append("&client_id=")
              .append(values.lwaClientId());
      case 1 -> out.append("request header x-amz-access-token: ").append(values.lwaAccessToken());
      case 2 ->
          out.append("using restricted data token ")
              .append(values.restrictedDataToken())
              .append(" for order ")
              .append(values.orderId());
      case 3 ->
          out.append("order ")
              .append(values.orderId())
              .append(" buyer ")
              .append(values.buyerRelayEmail())
              .append(" phone ")
              .append(values.phone(country));
      case 4 -> out.append("payment declined for card ").append(values.cardNumber());
      case 5 -> out.append("payout account updated to ").append(values.iban());
      case 6 -> out.append("W-9 received for payee, ssn=").append(values.ssn());
      case 7 ->
          out.append("customer contact ")
              .append(values.email())
              .append(" asked about order ")
              .append(values.orderId());
      case 8 ->
          out.append("loaded credentials aws_access_key_id=")
              .append(values.awsAccessKeyId())
              .append(" aws_secret_access_key=")
              .append(values.awsSecretAccessKey());
      case 9 ->
          out.append("token exchange client_secret=")
              .append(values.lwaClientSecret(values.chance(0.5)))
              .append(" mws_auth_token=")
              .append(values.mwsAuthToken());
      default ->
          out.append("fatura T.C. kimlik no ")
              .append(values.turkishNationalId())
              .append(" seller_id=")
              .append(values.sellerId());
    }
  }
}
