package dev.kalkan.detect.accuracy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Content engineers produce: configuration files carrying credentials (.env, .properties, YAML,
 * JSON, AWS INI), application and access logs, and source code with lockfiles and history. Sample
 * configurations use documentation placeholders, which are near misses, not credentials.
 */
final class TechnicalGenres {
  private TechnicalGenres() {}

  static void config(Draft x) {
    boolean sample = x.v.chance(0.15);
    switch (x.v.between(0, 4)) {
      case 0 -> dotenv(x, sample);
      case 1 -> properties(x, sample);
      case 2 -> yaml(x, sample);
      case 3 -> jsonConfig(x, sample);
      default -> awsIni(x, sample);
    }
  }

  private static String secretSlot(Draft x) {
    return x.v.chance(0.8) ? "{CLIENT_SECRET}" : "{BARE_SECRET}";
  }

  private static void dotenv(Draft x, boolean sample) {
    x.fill("# Selling Partner API credentials for {STORE}\n");
    x.fill("SPAPI_ENDPOINT=https://sellingpartnerapi-eu.amazon.com\n");
    line(x, 0.9, "LWA_CLIENT_ID={CLIENT_ID}\n", sample, "LWA_CLIENT_ID={PLACEHOLDER_CLIENT_ID}\n");
    line(
        x,
        0.9,
        "LWA_CLIENT_SECRET=" + secretSlot(x) + "\n",
        sample,
        "LWA_CLIENT_SECRET={PLACEHOLDER_CLIENT_SECRET}\n");
    line(
        x,
        0.9,
        "LWA_REFRESH_TOKEN={REFRESH}\n",
        sample,
        "LWA_REFRESH_TOKEN={PLACEHOLDER_REFRESH}\n");
    line(
        x,
        0.7,
        "AWS_ACCESS_KEY_ID={AKID}\n",
        sample,
        x.v.chance(0.5)
            ? "AWS_ACCESS_KEY_ID={EXAMPLE_KEY_ID}\n"
            : "AWS_ACCESS_KEY_ID={PLACEHOLDER_AKID}\n");
    line(
        x,
        0.7,
        "AWS_SECRET_ACCESS_KEY={AWS_SECRET}\n",
        sample,
        "AWS_SECRET_ACCESS_KEY={EXAMPLE_SECRET}\n");
    x.fill("AWS_REGION=eu-west-1\n");
    line(x, 0.6, "SELLER_ID={SELLER}\n", false, "");
    line(x, 0.7, "MARKETPLACE_ID={MKT}\n", false, "");
    line(x, 0.2, "MWS_AUTH_TOKEN={MWS}\n", sample, "MWS_AUTH_TOKEN={PLACEHOLDER_MWS}\n");
    line(x, 0.5, "DB_HOST={IP}\n", false, "");
    line(x, 0.4, "ALERT_EMAIL={BIZMAIL}\n", false, "");
    line(x, 0.3, "SENTRY_DSN={URL_USER_INFO}\nDEPLOY_REPO={SSH_REMOTE}\n", false, "");
    line(x, 0.4, "REQUEST_TIMEOUT_MS=30000\nBUILD_ID={GIT_SHA1}\n", false, "");
    line(x, 0.4, "# app version {VERSION_AFTER_WORD}\n", false, "");
  }

  private static void properties(Draft x, boolean sample) {
    x.fill("# kalkan-sync application.properties\nspring.application.name=kalkan-sync\n");
    line(
        x,
        0.9,
        "spapi.lwa.client-id={CLIENT_ID}\n",
        sample,
        "spapi.lwa.client-id={PLACEHOLDER_CLIENT_ID}\n");
    line(
        x,
        0.9,
        "spapi.lwa.client-secret=" + secretSlot(x) + "\n",
        sample,
        "spapi.lwa.client-secret={PLACEHOLDER_CLIENT_SECRET}\n");
    line(
        x,
        0.9,
        "spapi.lwa.refresh-token={REFRESH}\n",
        sample,
        "spapi.lwa.refresh-token={PLACEHOLDER_REFRESH}\n");
    line(x, 0.6, "aws.accessKeyId={AKID}\n", sample, "aws.accessKeyId={EXAMPLE_KEY_ID}\n");
    line(x, 0.6, "aws.secretKey={AWS_SECRET}\n", sample, "aws.secretKey={EXAMPLE_SECRET}\n");
    line(x, 0.6, "spapi.seller-id={SELLER}\n", false, "");
    line(x, 0.8, "spapi.marketplace-ids={MKT},{ANYMKT}\n", false, "");
    line(x, 0.5, "server.address={IP}\n", false, "");
    line(x, 0.5, "info.app.version={VERSION_AFTER_WORD}\n", false, "");
    line(
        x,
        0.4,
        "management.endpoints.web.exposure.include=health,info\nspring.mail.username={BIZMAIL}\n",
        false,
        "");
    line(x, 0.3, "scheduler.last-run-epoch={EPOCH_SECONDS}\n", false, "");
  }

  private static void yaml(Draft x, boolean sample) {
    x.fill(
        "spapi:\n  region: eu\n  endpoint: https://sellingpartnerapi-eu.amazon.com\n  credentials:\n");
    line(
        x,
        0.9,
        "    client_id: {CLIENT_ID}\n",
        sample,
        "    client_id: \"{PLACEHOLDER_CLIENT_ID}\"\n");
    line(
        x,
        0.9,
        "    client_secret: \"" + secretSlot(x) + "\"\n",
        sample,
        "    client_secret: \"{PLACEHOLDER_CLIENT_SECRET}\"\n");
    line(
        x,
        0.9,
        "    refresh_token: {REFRESH}\n",
        sample,
        "    refresh_token: \"{PLACEHOLDER_REFRESH}\"\n");
    line(x, 0.6, "  seller_id: {SELLER}\n", false, "");
    x.fill("  marketplaces:\n    - {MKT}\n");
    line(x, 0.5, "    - {ANYMKT}\n", false, "");
    line(
        x,
        0.7,
        "aws:\n  access_key_id: {AKID}\n  secret_access_key: {AWS_SECRET}\n",
        sample,
        "aws:\n  access_key_id: {EXAMPLE_KEY_ID}\n  secret_access_key: {EXAMPLE_SECRET}\n");
    line(x, 0.5, "database:\n  host: {IP}\n  port: 5432\n", false, "");
    line(x, 0.5, "notifications:\n  email: {BIZMAIL}\n  sqs_queue_id: {UUID}\n", false, "");
    line(x, 0.4, "image:\n  tag: \"{GIT_SHA1}\"\n", false, "");
    line(x, 0.4, "app:\n  version: {VERSION_AFTER_WORD}\n", false, "");
  }

  private static void jsonConfig(Draft x, boolean sample) {
    x.fill("{\n");
    if (sample) {
      x.fill(
          "  \"refresh_token\": \"{PLACEHOLDER_REFRESH}\",\n  \"lwa_app_id\": \"{PLACEHOLDER_CLIENT_ID}\",\n"
              + "  \"lwa_client_secret\": \"{PLACEHOLDER_CLIENT_SECRET}\",\n  \"aws_access_key\":"
              + " \"{EXAMPLE_KEY_ID}\",\n  \"aws_secret_key\": \"{EXAMPLE_SECRET}\",\n");
    } else {
      x.fill(
          "  \"refresh_token\": \"{REFRESH}\",\n  \"lwa_app_id\": \"{CLIENT_ID}\",\n"
              + "  \"lwa_client_secret\": \""
              + secretSlot(x)
              + "\",\n  \"aws_access_key\": \"{AKID}\",\n  \"aws_secret_key\": \"{AWS_SECRET}\",\n");
    }
    x.fill("  \"role_arn\": \"arn:aws:iam::{AWS_ACCOUNT_ID}:role/SellingPartnerAPIRole\",\n");
    line(x, 0.6, "  \"seller_id\": \"{SELLER}\",\n", false, "");
    line(x, 0.3, "  \"mws_auth_token\": \"{MWS}\",\n", false, "");
    x.fill(
        "  \"marketplace_ids\": [\"{MKT}\", \"{ANYMKT}\"],\n  \"version\": \"{VERSION_AFTER_WORD}\"\n}\n");
  }

  private static void awsIni(Draft x, boolean sample) {
    x.fill("[default]\n");
    if (sample) {
      x.fill("aws_access_key_id = {EXAMPLE_KEY_ID}\naws_secret_access_key = {EXAMPLE_SECRET}\n");
    } else {
      x.fill("aws_access_key_id = {AKID}\naws_secret_access_key = {AWS_SECRET}\n");
    }
    x.fill("region = eu-west-1\n");
    line(
        x,
        0.5,
        "\n[profile spapi]\nrole_arn = arn:aws:iam::{AWS_ACCOUNT_ID}:role/SellingPartnerAPIRole\nsource_profile = default\n",
        false,
        "");
    line(
        x,
        0.4,
        "\n[ci]\naws_access_key_id = {AKID2}\naws_secret_access_key = {AWS_SECRET2}\n",
        false,
        "");
    line(
        x,
        0.3,
        "\n[docs-example]\naws_access_key_id = {EXAMPLE_KEY_ID}\naws_secret_access_key = {EXAMPLE_SECRET}\n",
        false,
        "");
  }

  /** With probability p: the sample template in a sample file, otherwise the real one. */
  private static void line(Draft x, double p, String real, boolean sample, String sampleTemplate) {
    if (x.v.chance(p)) {
      x.fill(sample ? sampleTemplate : real);
    }
  }

  private static final String[] LOG_LINES = {
    "GET /orders/v0/orders?MarketplaceIds={MKT}&CreatedAfter={TIMESTAMP_ISO} -> 200 in {MS}ms (requestId={UUID})",
    "Fetched order {ORDER} for seller {SELLER}",
    "Rate limited by SP-API (x-amzn-RateLimit-Limit: 0.0167), retrying in 2000 ms",
    "Refreshing LWA access token: POST https://api.amazon.com/auth/o2/token grant_type=refresh_token&refresh_token={REFRESH}&client_id={CLIENT_ID}&client_secret={CLIENT_SECRET}",
    "Request headers: host=sellingpartnerapi-eu.amazon.com, x-amz-access-token={ACCESS}, x-amz-date=20240612T140322Z, user-agent=kalkan-spapi/1.4.2 (Language=Java/21.0.3)",
    "Authorization: AWS4-HMAC-SHA256 Credential={AKID}/20240612/eu-west-1/execute-api/aws4_request, SignedHeaders=host;x-amz-access-token;x-amz-date, Signature={SIGV4_SIGNATURE}",
    "Failed to fetch buyer info for {ORDER}: 403 Forbidden, client ip {IP}",
    "Connected to postgres at {IP}:5432",
    "Incoming webhook from {IPV6}",
    "Incoming webhook from [{IPV6}]:443",
    "Starting kalkan-sync version {VERSION_AFTER_WORD} (commit {GIT_SHA1})",
    "Notification {UUID} received: ORDER_CHANGE for {ORDER}",
    "Job finished at epoch {EPOCH_SECONDS}, next run at {EPOCH_MILLIS}",
    "Restricted data token issued: {RDT} (expires in 3600s)",
    "Sending shipment confirmation for {ORDER} to {RELAY}",
    "Customer reply from {EMAIL} attached to case",
    "Updated listing {ASIN} price to {PRICE}",
    "Using AWS credentials aws_access_key_id={AKID} aws_secret_access_key={AWS_SECRET}",
    "Interface eth0 hwaddr {MAC_ADDRESS} inet {IP}",
    "Loaded MWS auth token {MWS} for legacy seller {SELLER}",
    "Payload: {\"AmazonOrderId\":\"{ORDER}\",\"MarketplaceId\":\"{MKT}\",\"BuyerEmail\":\"{RELAY}\"}",
    "Shipment label created, tracking {TRACKING} for order {ORDER}",
    "Session {UUID} from {IP} (X-Forwarded-For: {IP2}, {IP3})",
    "Retrying request {UUID} (attempt 2 of 5)",
    "Cache warmup done, 1342 keys, build sha256 {SHA256_HEX}",
    "Config loaded: aws.accessKeyId={EXAMPLE_KEY_ID} (documentation default, ignored)",
    "Rejected payment for {ORDER}: card {CARD_LUHN_INVALID} failed validation",
    "Refund queued for {ORDER} to IBAN {IBAN}",
    "HTTP POST https://api.amazon.com/auth/o2/token body=grant_type=refresh_token&refresh_token={REFRESH_URLENCODED}&client_id={CLIENT_ID}",
    "Report document downloaded at {TIMESTAMP_COMPACT}, reportId=" + "{SETTLEMENT_ID}",
    "Signing request with x-amz-date={TIMESTAMP_COMPACT} for seller {SELLER}",
  };

  private static final String[] LOGGERS = {
    "c.k.spapi.OrdersClient",
    "c.k.spapi.LwaTokenProvider",
    "c.k.sync.OrderSyncJob",
    "c.k.web.WebhookController"
  };

  static void applicationLog(Draft x) {
    long millis = x.d.epochSeconds() * 1000;
    for (int i = x.v.between(8, 24); i > 0; i--) {
      millis += x.v.between(5, 90_000);
      java.time.LocalDateTime t =
          java.time.LocalDateTime.ofEpochSecond(
              millis / 1000, (int) (millis % 1000) * 1_000_000, java.time.ZoneOffset.UTC);
      String stamp =
          x.v.chance(0.5)
              ? t.format(
                  java.time.format.DateTimeFormatter.ofPattern(
                      "yyyy-MM-dd HH:mm:ss,SSS", Locale.ROOT))
              : t.format(
                  java.time.format.DateTimeFormatter.ofPattern(
                      "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT));
      String level = x.v.pick("INFO ", "INFO ", "DEBUG", "WARN ", "ERROR");
      x.forget();
      x.text(
          stamp
              + " "
              + level
              + " [pool-"
              + x.v.between(1, 4)
              + "-thread-"
              + x.v.between(1, 8)
              + "] "
              + x.v.pick(LOGGERS)
              + " - ");
      x.fill(x.v.pick(LOG_LINES).replace("{MS}", Integer.toString(x.v.between(40, 2400))));
      x.text("\n");
      if (level.equals("ERROR") && x.v.chance(0.5)) {
        x.text(
            "java.io.IOException: SP-API call failed\n\tat c.k.spapi.OrdersClient.getOrder(OrdersClient.java:142)\n\tat c.k.sync.OrderSyncJob.run(OrderSyncJob.java:88)\n");
      }
    }
  }

  private static final String[] USER_AGENTS = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "curl/8.5.0",
    "python-requests/2.31.0",
    "Amazon-SNS-Agent",
    "aws-sdk-java/2.25.40 Linux/6.1.0 OpenJDK_64-Bit_Server_VM/21.0.3+9-LTS"
  };

  private static final String[] PATHS = {
    "/api/v1/orders/{ORDER}",
    "/health",
    "/static/img/{FILENAME_AT_SCALE}",
    "/webhooks/spapi",
    "/api/v1/products/{ASIN}",
    "/login?next=%2Fdashboard",
    "/api/v1/orders?since={EPOCH_SECONDS}",
    "/api/v1/sellers/{SELLER}/summary",
  };

  static void accessLog(Draft x) {
    for (int i = x.v.between(6, 16); i > 0; i--) {
      x.forget();
      x.fill(x.v.chance(0.8) ? "{IP}" : "{IPV6}");
      x.text(
          String.format(
              Locale.ROOT,
              " - - [%02d/Jun/2024:%02d:%02d:%02d +0000] \"",
              x.v.between(1, 28),
              x.v.between(0, 23),
              x.v.between(0, 59),
              x.v.between(0, 59)));
      x.text(x.v.pick("GET ", "GET ", "POST ", "PUT "));
      x.fill(x.v.pick(PATHS));
      x.text(
          " HTTP/1.1\" "
              + x.v.pick("200", "200", "204", "304", "404", "429")
              + " "
              + x.v.between(0, 48_000)
              + " \"-\" \""
              + x.v.pick(USER_AGENTS)
              + "\"");
      if (x.v.chance(0.2)) {
        x.fill(" xff=\"{IP2}\"");
      }
      x.text(" rt=0." + x.v.digits(3) + "\n");
    }
  }

  static void sourceCode(Draft x) {
    switch (x.v.between(0, 6)) {
      case 0 -> cpp(x);
      case 1 -> java(x);
      case 2 -> packageLock(x);
      case 3 -> yarnLock(x);
      case 4 -> cargoLock(x);
      case 5 -> gitLog(x);
      default -> dockerfile(x);
    }
  }

  private static void cpp(Draft x) {
    List<String> lines =
        new ArrayList<>(
            List.of(
                "#include <vector>",
                "#include <string>",
                "",
                "namespace kalkan {",
                "std::vector<std::string> split(const std::string& s, char sep) {",
                "  std::vector<std::string> out;",
                "  std::string::size_type start = 0;",
                "  for (auto pos = s.find(sep); pos != std::string::npos; pos = s.find(sep, start)) {",
                "    out.emplace_back(s.substr(start, pos - start));",
                "    start = pos + 1;",
                "  }",
                "  return out;",
                "}",
                "}  // namespace kalkan",
                "",
                "// Rust equivalent: let parts: Vec<&str> = s.split(',').collect::<Vec<_>>(); use std::collections::HashMap;",
                "int main() {",
                "  auto ids = kalkan::split(\"{ORDER},{ORDER2}\", ',');",
                "  std::cout << ids.size() << std::endl;  // build {UUID}",
                "  return ::getpid() > 0 ? 0 : 1;",
                "}"));
    for (String line : lines) {
      String[] parts = line.split("::", -1);
      x.fill(parts[0]);
      for (int i = 1; i < parts.length; i++) {
        x.add(Fragment.decoy(NearMiss.SCOPE_OPERATOR, "::")).fill(parts[i]);
      }
      x.text("\n");
    }
  }

  private static void java(Draft x) {
    x.fill(
        "package com.example.spapi;\n\n/** Selling Partner API settings. Do not commit real values (version {VERSION_AFTER_WORD}). */\n"
            + "public final class SpApiConfig {\n"
            + "  static final String CLIENT_ID = \"{CLIENT_ID}\";\n"
            + "  static final String CLIENT_SECRET = \"{CLIENT_SECRET}\";\n"
            + "  static final String REFRESH_TOKEN = \"{REFRESH}\";\n"
            + "  static final String MARKETPLACE = \"{MKT}\"; // "
            + "{STORE}\n"
            + "  static final String SELLER_ID = \"{SELLER}\";\n"
            + "  static final String EXAMPLE_KEY = \"{EXAMPLE_KEY_ID}\"; // from the AWS docs\n"
            + "  static final String TEST_ORDER = \"{ORDER_ID_WRONG_SHAPE}\";\n"
            + "  static final java.util.UUID APP = java.util.UUID.fromString(\"{UUID}\");\n"
            + "}\n");
  }

  private static void packageLock(Draft x) {
    x.fill(
        "{\n  \"name\": \"kalkan-console\",\n  \"version\": \"1.4.2\",\n  \"lockfileVersion\": 3,\n  \"packages\": {\n");
    for (int i = x.v.between(2, 5); i > 0; i--) {
      x.forget();
      String name = x.v.pick("lodash", "express", "axios", "qs", "debug", "ms", "semver");
      String version = x.v.between(1, 9) + "." + x.v.between(0, 30) + "." + x.v.between(0, 20);
      x.fill(
          "    \"node_modules/"
              + name
              + "\": {\n      \"version\": \""
              + version
              + "\",\n      \"resolved\": \"https://registry.npmjs.org/"
              + name
              + "/-/"
              + name
              + "-"
              + version
              + ".tgz\",\n      \"integrity\": \"{INTEGRITY_HASH}\"\n    },\n");
    }
    x.text("    \"\": {}\n  }\n}\n");
  }

  private static void yarnLock(Draft x) {
    x.text(
        "# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n");
    for (int i = x.v.between(2, 5); i > 0; i--) {
      x.forget();
      x.fill(
          "\"{PACKAGE_AT_VERSION}\":\n  version \""
              + x.v.between(1, 9)
              + "."
              + x.v.between(0, 30)
              + "."
              + x.v.between(0, 20)
              + "\"\n  resolved \"https://registry.yarnpkg.com/pkg/-/pkg.tgz#{GIT_SHA1}\"\n  integrity {INTEGRITY_HASH}\n\n");
    }
  }

  private static void cargoLock(Draft x) {
    x.text("# This file is automatically @generated by Cargo.\nversion = 3\n\n");
    for (int i = x.v.between(2, 5); i > 0; i--) {
      x.forget();
      x.fill(
          "[[package]]\nname = \""
              + x.v.pick("serde", "tokio", "aws-sigv4", "ring", "hyper")
              + "\"\nversion = \""
              + x.v.between(0, 2)
              + "."
              + x.v.between(0, 40)
              + "."
              + x.v.between(0, 200)
              + "\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"{SHA256_HEX}\"\n\n");
    }
  }

  private static void gitLog(Draft x) {
    for (int i = x.v.between(2, 5); i > 0; i--) {
      x.forget();
      x.fill(
          "commit {GIT_SHA1}\nAuthor: {NAME} <{EMAIL}>\nDate:   Wed Jun 12 14:03:22 2024 +0200\n\n    "
              + x.v.pick(
                  "Fix retry on 429 responses",
                  "Bump aws-sdk to version {VERSION_AFTER_WORD}",
                  "Add ASIN {ASIN} to the test fixtures",
                  "Rotate LWA secret (old one revoked)",
                  "Handle orders like {ORDER} with missing buyer info")
              + "\n\n");
    }
  }

  private static void dockerfile(Draft x) {
    x.fill(
        "FROM eclipse-temurin:21.0.3_9-jre\nLABEL version=\"{VERSION_AFTER_WORD}\"\nLABEL maintainer=\"{BIZMAIL}\"\n"
            + "ENV SPAPI_REGION=eu-west-1\n");
    if (x.v.chance(0.5)) {
      x.fill("ENV LWA_CLIENT_ID={CLIENT_ID} \\\n    LWA_REFRESH_TOKEN={REFRESH}\n");
    } else {
      x.fill(
          "ENV AWS_ACCESS_KEY_ID={EXAMPLE_KEY_ID} \\\n    AWS_SECRET_ACCESS_KEY={EXAMPLE_SECRET}\n");
    }
    x.fill(
        "RUN pip install boto3==1.34.122 python-amazon-sp-api==1.6.2\nHEALTHCHECK CMD curl -f http://{IP}:8080/health || exit 1\n");
  }
}
