package dev.kalkan.detect;

/**
 * The built-in context words: hotwords that raise a candidate's likelihood and negative words that
 * lower it, in English, German and Turkish where the data of Kalkan's users is written.
 */
final class Vocabulary {
  static final ContextWords CARD =
      ContextWords.of(
          "card",
          "credit",
          "debit",
          "visa",
          "mastercard",
          "amex",
          "american express",
          "discover",
          "jcb",
          "diners",
          "maestro",
          "unionpay",
          "troy",
          "kart",
          "kredi",
          "karte",
          "cc",
          "pan",
          "payment",
          "zahlung",
          "ödeme",
          "cvv",
          "cvc",
          "expiry",
          "exp",
          "ccnum");

  static final ContextWords PHONE =
      ContextWords.of(
          "phone",
          "tel",
          "telephone",
          "mobile",
          "cell",
          "fax",
          "call",
          "contact",
          "whatsapp",
          "telefon",
          "gsm",
          "cep",
          "handy",
          "rufnummer",
          "ph",
          "mob",
          "tlf",
          "telefono",
          "teléfono",
          "téléphone",
          "tél",
          "portable",
          "mobil",
          "festnetz",
          "携帯",
          "móvil",
          "cellulare",
          "電話",
          "reach",
          "text me",
          "sms",
          "ara",
          "anrufen",
          "erreichbar");

  static final ContextWords SSN =
      ContextWords.of("ssn", "social security", "social sec", "ss#", "ss #", "taxpayer", "tin");

  static final ContextWords TC =
      ContextWords.of(
          "tc",
          "t.c",
          "kimlik",
          "tckn",
          "vatandaş",
          "vatandas",
          "identity",
          "national id",
          "nüfus",
          "nufus",
          "tcno",
          "tc_no",
          "tckimlik",
          "türkiye cumhuriyeti",
          "id number");

  static final ContextWords IBAN =
      ContextWords.of(
          "iban",
          "bank",
          "konto",
          "hesap",
          "account",
          "swift",
          "bic",
          "havale",
          "überweisung",
          "ueberweisung",
          "eft",
          "transfer");

  static final ContextWords IP =
      ContextWords.of(
          "ip",
          "ipv4",
          "ipv6",
          "address",
          "addr",
          "host",
          "client",
          "remote",
          "src",
          "dst",
          "source",
          "server",
          "from",
          "connect",
          "forwarded",
          "peer",
          "gateway",
          "login",
          "request",
          "nameserver",
          "dns",
          "subnet",
          "inet");

  static final ContextWords VERSION =
      ContextWords.of(
          "version",
          "ver",
          "v",
          "release",
          "build",
          "sdk",
          "firmware",
          "oid",
          "snmp",
          "rev",
          "revision",
          "sürüm",
          "surum",
          "patch",
          "update",
          "upgrade",
          "java",
          "node",
          "python",
          "chrome",
          "firefox",
          "safari",
          "mozilla",
          "edge",
          "android",
          "ios",
          "os",
          "windows");

  /** Keys of structured data whose values are versions, never addresses. */
  static final ContextWords VERSION_KEY =
      ContextWords.of("version", "firmware", "release", "revision", "sdk", "build");

  static final ContextWords ORDER =
      ContextWords.of(
          "order",
          "sipariş",
          "siparis",
          "bestellung",
          "bestellnummer",
          "commande",
          "ordine",
          "pedido",
          "注文",
          "amazon");

  static final ContextWords SELLER =
      ContextWords.of(
          "seller",
          "merchant",
          "selling partner",
          "sellingpartner",
          "selling_partner",
          "selling-partner",
          "partner id",
          "satıcı",
          "satici",
          "verkäufer",
          "verkaeufer",
          "store id",
          "mws",
          "vendor",
          "händler",
          "haendler",
          "mağaza",
          "magaza");

  static final ContextWords AWS_KEY =
      ContextWords.of(
          "aws",
          "access_key",
          "accesskey",
          "access key",
          "iam",
          "amazon web services",
          "key id",
          "key_id",
          "keyid");

  static final ContextWords AWS_SECRET =
      ContextWords.of(
          "aws_secret",
          "secret_access_key",
          "secretaccesskey",
          "secret access key",
          "aws secret",
          "secret_key",
          "secretkey",
          "secret key",
          "aws_secret_access_key",
          "secret");

  static final ContextWords CLIENT_SECRET =
      ContextWords.of(
          "client_secret",
          "clientsecret",
          "client secret",
          "client-secret",
          "lwa_secret",
          "lwa secret",
          "app_secret",
          "secret");

  /** Words near a number that say it is an identifier of goods or shipments, not of a person. */
  static final ContextWords NOT_PERSONAL_NUMBER =
      ContextWords.of(
          "tracking",
          "track",
          "sku",
          "ean",
          "upc",
          "gtin",
          "isbn",
          "barcode",
          "serial",
          "asin",
          "timestamp",
          "epoch",
          "millis",
          "ms",
          "version",
          "build",
          "sha",
          "hash",
          "uuid",
          "lot",
          "part number",
          "model",
          "imei",
          "gönderi",
          "kargo takip",
          "sendungsnummer",
          "sendungsverfolgung",
          "takip",
          "fnsku",
          "shipment id",
          "package id",
          "item id",
          "product id",
          "listing id",
          "nonce",
          "checksum",
          "crc",
          "artikelnummer",
          "stok",
          "vergi",
          "vkn",
          "steuer",
          "ust-id",
          "versicherungsnummer",
          "kundennummer",
          "kunden-nr",
          "kundennr",
          "customer no",
          "customer number",
          "account no",
          "account number",
          "müşteri no",
          "invoice no",
          "invoice number",
          "rechnungsnummer",
          "fatura no",
          "tax id",
          "vat",
          "employer identification",
          "postal",
          "zip",
          "postcode",
          "plz",
          "posta kodu");

  private Vocabulary() {}
}
