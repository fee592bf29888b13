package dev.kalkan.detect.validate;

/** A payment card network, as recognised by {@link PaymentCards#network(CharSequence)}. */
public enum CardNetwork {
  VISA,
  MASTERCARD,
  AMERICAN_EXPRESS,
  DISCOVER,
  DINERS_CLUB,
  JCB,
  UNIONPAY,
  MAESTRO,
  MIR,
  TROY,
  UATP
}
