package dev.kalkan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Configuration files of an SP-API integration in three syntaxes ({@code .env}, {@code
 * .properties}, YAML): many harmless settings and, in some files, the credentials that should never
 * be committed (LWA client id and secret, refresh token, AWS keys, MWS auth token) with the seller
 * id, a marketplace id, a contact address and a database host.
 */
final class ConfigDocuments {
  private static final String[] FILLER_WORDS = {
    "retry",
    "timeout",
    "cache",
    "batch",
    "queue",
    "report",
    "feed",
    "listing",
    "pricing",
    "inventory",
    "notification",
    "throttle",
    "worker",
    "export",
    "sync",
    "poll"
  };
  private static final String[] FILLER_SUFFIXES = {
    "ms", "size", "enabled", "limit", "interval", "path"
  };

  private enum Syntax {
    ENV,
    PROPERTIES,
    YAML
  }

  private record Setting(String key, String value) {}

  private ConfigDocuments() {}

  static void env(SyntheticValues values, StringBuilder out, int targetChars) {
    write(values, out, targetChars, Syntax.ENV);
  }

  static void properties(SyntheticValues values, StringBuilder out, int targetChars) {
    write(values, out, targetChars, Syntax.PROPERTIES);
  }

  static void yaml(SyntheticValues values, StringBuilder out, int targetChars) {
    write(values, out, targetChars, Syntax.YAML);
  }

  private static void write(
      SyntheticValues values, StringBuilder out, int targetChars, Syntax syntax) {
    int end = out.length() + targetChars;
    List<Setting> settings = new ArrayList<>();
    settings.add(new Setting("region", values.chance(0.5) ? "eu-west-1" : "us-east-1"));
    settings.add(new Setting("endpoint", "https://sellingpartnerapi-eu.amazon.com"));
    settings.add(new Setting("app_version", values.version()));
    if (values.chance(0.8)) {
      settings.add(new Setting("lwa_client_id", values.lwaClientId()));
    }
    if (values.chance(0.7)) {
      settings.add(new Setting("lwa_client_secret", values.lwaClientSecret(values.chance(0.7))));
    }
    if (values.chance(0.6)) {
      settings.add(new Setting("lwa_refresh_token", values.lwaRefreshToken()));
    }
    if (values.chance(0.4)) {
      settings.add(new Setting("aws_access_key_id", values.awsAccessKeyId()));
      settings.add(new Setting("aws_secret_access_key", values.awsSecretAccessKey()));
    }
    if (values.chance(0.5)) {
      settings.add(new Setting("seller_id", values.sellerId()));
    }
    if (values.chance(0.8)) {
      settings.add(new Setting("marketplace_id", values.marketplaceId(values.marketplace())));
    }
    if (values.chance(0.15)) {
      settings.add(new Setting("mws_auth_token", values.mwsAuthToken()));
    }
    if (values.chance(0.3)) {
      settings.add(new Setting("notification_email", values.email()));
    }
    if (values.chance(0.3)) {
      settings.add(new Setting("db_host", values.ipv4()));
    }
    settings.add(new Setting("build_commit", values.gitHash()));
    settings.add(new Setting("instance_id", values.uuid()));

    if (syntax == Syntax.YAML) {
      out.append("# SP-API integration settings\nspapi:\n");
    } else {
      out.append("# SP-API integration settings, generated ")
          .append(values.timestamp())
          .append('\n');
    }
    int filler = 0;
    for (Setting setting : settings) {
      line(out, syntax, setting);
      if (values.chance(0.5)) {
        line(out, syntax, fillerSetting(values, filler++));
      }
    }
    while (out.length() < end) {
      line(out, syntax, fillerSetting(values, filler++));
    }
  }

  private static Setting fillerSetting(SyntheticValues values, int index) {
    String suffix = values.pick(FILLER_SUFFIXES);
    String key = values.pick(FILLER_WORDS) + "_" + suffix + "_" + index;
    String value =
        switch (suffix) {
          case "enabled" -> Boolean.toString(values.chance(0.5));
          case "path" -> "/var/lib/spapi/" + values.pick(FILLER_WORDS) + "/" + index;
          default -> Integer.toString(values.between(1, 60_000));
        };
    return new Setting(key, value);
  }

  private static void line(StringBuilder out, Syntax syntax, Setting setting) {
    switch (syntax) {
      case ENV -> out.append(setting.key().toUpperCase(Locale.ROOT)).append('=');
      case PROPERTIES -> out.append("spapi.").append(setting.key().replace('_', '-')).append('=');
      case YAML -> out.append("  ").append(setting.key()).append(": ");
    }
    out.append(setting.value()).append('\n');
  }
}
