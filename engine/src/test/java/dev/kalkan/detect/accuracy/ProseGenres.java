package dev.kalkan.detect.accuracy;

import dev.kalkan.detect.InfoType;
import java.util.ArrayList;
import java.util.List;

/**
 * Text people write: customer-service e-mails in English, Turkish and German, payment and invoice
 * texts, and shipping notices. Templates mix planted values with the near misses that surround them
 * in real mail: tracking numbers, barcodes, prices, dates and mistyped ids.
 */
final class ProseGenres {
  private ProseGenres() {}

  private static final String[] EN_BODY = {
    "I placed order {ORDER} on {DATE} and it still hasn't arrived.",
    "The tracking number {TRACKING} hasn't updated for a week.",
    "Could you please call me on {PHONE}? I'm usually home after 6pm.",
    "My phone number has changed, the new one is {PHONE2}.",
    "Please send updates to {EMAIL} rather than through the Amazon messages.",
    "The item I received (ASIN {ASIN}) is not the one in the picture.",
    "I was charged {PRICE} twice for order {ORDER}.",
    "The box arrived damaged and the {ITEM} inside is cracked {EMOJI}",
    "I already sent it back, the return tracking is {TRACKING2}.",
    "The packing slip lists SKU {SKU} and the barcode on the box is {EAN13}.",
    "I'm travelling at the moment, you can reach me on {PHONEINTL}.",
    "For reference, my previous order was {ORDER2}.",
    "The delivery address is {STREET}, {CITY} {POSTCODE}.",
    "Order {ORDER} was supposed to arrive by {DATE2} {EMOJI}",
    "My card was declined, the number I typed was {CARD_LUHN_INVALID}, maybe a typo?",
    "Please charge the difference to my other card {CARD}, it expires 09/28.",
    "The product page says version {VERSION_AFTER_WORD} of the firmware, mine shows an older one.",
    "Amazon told me to contact you directly at {BIZMAIL}.",
  };

  private static final String[] TR_BODY = {
    "{DATE} tarihinde verdiğim {ORDER} numaralı sipariş hâlâ elime ulaşmadı.",
    "Kargo takip numarası {TRACKING} ama hiçbir hareket görünmüyor.",
    "Bana {PHONE} numaralı telefondan ulaşabilirsiniz.",
    "Cep telefonum: {PHONE2}",
    "İade tutarını {IBAN} IBAN numaralı hesabıma yatırabilir misiniz?",
    "Fatura için T.C. kimlik numaram: {TC}",
    "Ürün (ASIN {ASIN}) açıklamadaki gibi değil {EMOJI}",
    "Ödediğim tutar {PRICE}, ancak faturada farklı görünüyor.",
    "Lütfen {EMAIL} adresinden bana dönüş yapın.",
    "Paketin üzerindeki barkod {EAN13}.",
    "Kimlik numaramı yanlış yazmışım ({TC_BAD_CHECK}), doğrusu {TC}.",
    "Şirket faturası için vergi numaramız {VKN}.",
    "Önceki siparişim {ORDER2} de aynı sorunu yaşamıştı.",
    "Adresim: {STREET}, {POSTCODE} {CITY}.",
    "Eski IBAN numaram {IBAN_BAD_CHECK} artık geçerli değil.",
    "Yurt dışındayım, {PHONEINTL} numarasından da ulaşabilirsiniz.",
  };

  private static final String[] DE_BODY = {
    "ich habe am {DATE} die Bestellung {ORDER} aufgegeben, aber bisher nichts erhalten.",
    "Die Sendungsnummer {TRACKING} zeigt seit Tagen keinen neuen Status.",
    "Sie erreichen mich telefonisch unter {PHONE}.",
    "Bitte erstatten Sie den Betrag von {PRICE} auf mein Konto: IBAN {IBAN}, BIC {BIC}.",
    "Der Artikel (ASIN {ASIN}) kam beschädigt an {EMOJI}",
    "Meine E-Mail-Adresse lautet {EMAIL}.",
    "Die EAN auf der Verpackung ist {EAN13}.",
    "Achtung: Die alte IBAN {IBAN_BAD_CHECK} ist nicht mehr gültig.",
    "Meine Handynummer hat sich geändert: {PHONE2}",
    "Ich bin gerade im Ausland, erreichbar unter {PHONEINTL}.",
    "Die Lieferadresse ist {STREET}, {POSTCODE} {CITY}.",
    "Eine frühere Bestellung ({ORDER2}) ist ebenfalls nicht angekommen.",
    "Laut Rechnung vom {DATE2} wurden {PRICE2} abgebucht.",
    "Die Kundennummer auf dem Lieferschein ist KD-{ORDER_ITEM_ID}.",
    "Für die Rechnung: unsere USt-IdNr. ist {VAT_ID}.",
  };

  static void customerEmail(Draft x) {
    Fragment sender = x.v.chance(0.6) ? x.slot("RELAY") : x.slot("EMAIL");
    x.text("From: ")
        .add(Fragment.value(InfoType.PERSON_NAME, x.name()))
        .text(" <")
        .add(sender)
        .text(">\nTo: ")
        .fill("{BIZMAIL}\nSubject: ");
    switch (x.lang) {
      case EN -> {
        x.fillAny(
            "Where is my order {ORDER}?",
            "Return request for order {ORDER}",
            "Question about order {ORDER}",
            "Damaged item - {ORDER}",
            "Refund not received");
        x.fill("\nDate: Wed, 12 Jun 2024 14:03:22 +0100\n\n");
        x.fillAny("Hello,", "Hi,", "Dear Seller,", "Hi {STORE} team,");
        body(x, EN_BODY);
        x.fillAny(
            "Thanks,\n{NAME}",
            "Best regards,\n{NAME}\n{PHONE}",
            "Cheers,\n{FIRST}",
            "Kind regards,\n{NAME}\nMobile: {PHONE}");
        if (x.v.chance(0.25)) {
          x.fill("\n\nSent from my iPhone");
        }
        if (x.v.chance(0.35)) {
          x.fill(
              "\n\nOn {DATE3}, {STORE} <{BIZMAIL}> wrote:\n> Dear customer,\n> thank you for your"
                  + " order {ORDER}. It will ship within 2 business days.\n");
        }
      }
      case TR -> {
        x.fillAny(
            "{ORDER} numaralı sipariş hakkında",
            "Siparişim nerede?",
            "İade talebi - {ORDER}",
            "Hasarlı ürün");
        x.fill("\nDate: Çar, 12 Haz 2024 14:03:22 +0300\n\n");
        x.fillAny("Merhaba,", "İyi günler,", "Sayın yetkili,");
        body(x, TR_BODY);
        x.fillAny(
            "Teşekkürler,\n{NAME}",
            "Saygılarımla,\n{NAME}\nTel: {PHONE}",
            "İyi çalışmalar.\n{FIRST}");
        if (x.v.chance(0.3)) {
          x.fill(
              "\n\n{DATE3} tarihinde {STORE} <{BIZMAIL}> şunu yazdı:\n> Sayın müşterimiz,\n> {ORDER}"
                  + " numaralı siparişiniz hazırlanıyor.\n");
        }
      }
      case DE -> {
        x.fillAny(
            "Frage zu Bestellung {ORDER}",
            "Rücksendung {ORDER}",
            "Wo bleibt meine Lieferung?",
            "Artikel beschädigt");
        x.fill("\nDate: Mi, 12 Jun 2024 14:03:22 +0200\n\n");
        x.fillAny("Guten Tag,", "Hallo,", "Sehr geehrte Damen und Herren,");
        body(x, DE_BODY);
        x.fillAny(
            "Mit freundlichen Grüßen\n{NAME}\nTel.: {PHONE}",
            "Viele Grüße\n{FIRST}",
            "MfG\n{NAME}");
        if (x.v.chance(0.3)) {
          x.fill(
              "\n\nAm {DATE3} schrieb {STORE} <{BIZMAIL}>:\n> Sehr geehrte Kundin, sehr geehrter"
                  + " Kunde,\n> vielen Dank für Ihre Bestellung {ORDER}.\n");
        }
      }
    }
    x.text("\n");
  }

  /** Three to six sentences from the bank, the first always naming the order. */
  private static void body(Draft x, String[] bank) {
    List<String> sentences = new ArrayList<>(List.of(bank));
    x.text("\n\n").fill(sentences.removeFirst());
    for (int i = x.v.between(2, 5); i > 0; i--) {
      x.text(x.v.chance(0.7) ? " " : "\n\n")
          .fill(sentences.remove(x.v.between(0, sentences.size() - 1)));
    }
    x.text("\n\n");
  }

  static void paymentText(Draft x) {
    switch (x.v.between(0, 9)) {
      case 0 ->
          x.fill(
              "Payment receipt - {STORE}\nDate: {DATE}\nOrder: {ORDER}\nCard number: {CARD}\n"
                  + "Expiry: 08/27\nAmount: {PRICE}\nAuthorization code: "
                  + x.v.digits(6)
                  + "\nCard on file: {CARD_MASKED}\nReference: {TIMESTAMP_COMPACT}\nReceipt sent to"
                  + " {EMAIL}\n");
      case 1 ->
          x.fill(
              "Chargeback notification\nCase: CB-"
                  + x.v.digits(6)
                  + "\nCardholder: {NAME}\nCard: {CARD} exp 0"
                  + x.v.between(1, 9)
                  + "/2"
                  + x.v.between(6, 9)
                  + "\nTransaction date: {DATE}\nAmount: {PRICE}\n"
                  + "Order ID: {ORDER}\nReason: Item not received\nAn earlier attempt with card"
                  + " {CARD_LUHN_INVALID} was rejected as an invalid number.\nRespond by {DATE2}"
                  + " via {BIZMAIL}.\n");
      case 2 ->
          x.fill(
              "Überweisungsauftrag\nEmpfänger: {STORE} GmbH\nIBAN: {IBAN}\nBIC: {BIC}\nBetrag:"
                  + " {PRICE}\nVerwendungszweck: Bestellung {ORDER}\nAuftraggeber: {NAME}, IBAN"
                  + " {IBAN2}\nAusgeführt am {DATE}\nHinweis: Die IBAN {IBAN_BAD_CHECK} wurde"
                  + " wegen falscher Prüfziffer abgelehnt.\n");
      case 3 ->
          x.fill(
              "Havale/EFT Dekontu\nGönderen: {NAME}\nAlıcı: {STORE}\nAlıcı IBAN: {IBAN}\nTutar:"
                  + " {PRICE}\nAçıklama: {ORDER} numaralı sipariş iadesi\nGönderen TCKN: {TC}\n"
                  + "İşlem tarihi: {DATE}\nDekont No: DK-"
                  + x.v.digits(8)
                  + "\nİletişim: {PHONE}\n");
      case 4 ->
          x.fill(
              "Form W-9 (Rev. March 2024)\nName: {NAME}\nBusiness name: {STORE} LLC\nTaxpayer"
                  + " Identification Number\n  Social security number: {SSN}\n  Employer"
                  + " identification number: {EIN}\nAddress: {STREET}, {CITY} {POSTCODE}\n"
                  + "Signature date: {DATE}\nNote: the SSN {SSN_UNISSUABLE} on the earlier form was"
                  + " rejected by the IRS check.\nPayroll contact: {BIZMAIL}, {PHONE}\n");
      case 5 ->
          x.fill(
              "e-Arşiv Fatura\nFatura No: KLK2024"
                  + x.v.digits(9)
                  + "\nETTN: {UUID}\nAlıcı: {NAME}\nTCKN: {TC}\nSatıcı VKN: {VKN}\nAdres: {STREET},"
                  + " {POSTCODE}"
                  + " {CITY}\nSipariş No: {ORDER}\nToplam: {PRICE}\nÖdeme: Kredi Kartı"
                  + " {CARD_MASKED}\nDüzenlenme tarihi: {DATE}\n");
      case 6 ->
          table(
              x,
              "Payroll register, pay period ending {DATE}\nEmployee\tSSN\tGross\tNet\n",
              "{NAME}\t{SSN}\t{PRICE}\t{PRICE2}\n",
              "{NAME}\t{SSN_UNISSUABLE}\t{PRICE}\t{PRICE2}\t(invalid SSN, payment held)\n",
              "Questions: {BIZMAIL}\n");
      case 7 ->
          table(
              x,
              "order_id,cardholder,card_number,expiry,amount\n",
              "{ORDER},{NAME},{CARD},0"
                  + x.v.between(1, 9)
                  + "/2"
                  + x.v.between(6, 9)
                  + ",{PRICE}\n",
              "{ORDER},{NAME},{CARD_LUHN_INVALID},0"
                  + x.v.between(1, 9)
                  + "/2"
                  + x.v.between(6, 9)
                  + ",{PRICE}\n",
              "");
      case 8 ->
          table(
              x,
              "Maaş Bordrosu - {STORE}\nAd Soyad;TCKN;IBAN;Net Ücret\n",
              "{NAME};{TC};{IBAN};{PRICE}\n",
              "{NAME};{TC_BAD_CHECK};{IBAN};{PRICE} (TCKN hatalı)\n",
              "Hazırlayan: {BIZMAIL}\n");
      default ->
          table(
              x,
              "SEPA-Lastschrift Sammelauftrag vom {DATE}\nMandat;Kontoinhaber;IBAN;Betrag\n",
              "MNDT-" + x.v.digits(5) + ";{NAME};{IBAN};{PRICE}\n",
              "MNDT-" + x.v.digits(5) + ";{NAME};{IBAN_BAD_CHECK};{PRICE};abgelehnt\n",
              "Gläubiger: {STORE} GmbH, {BIZMAIL}\n");
    }
  }

  /** A header, three to seven rows (about one in six a near miss), and a footer. */
  private static void table(Draft x, String header, String row, String nearMissRow, String footer) {
    x.fill(header);
    for (int i = x.v.between(3, 7); i > 0; i--) {
      x.forget().fill(x.v.chance(0.17) ? nearMissRow : row);
    }
    x.forget().fill(footer);
  }

  static void shippingNotice(Draft x) {
    String carrier = x.v.pick("UPS", "FedEx", "USPS");
    String tracking =
        switch (carrier) {
          case "UPS" -> "{TRACKING_UPS}";
          case "FedEx" -> "{TRACKING_FEDEX}";
          default -> "{TRACKING_USPS}";
        };
    switch (x.lang) {
      case EN ->
          x.fill(
              "Your order {ORDER} has shipped!\nCarrier: "
                  + carrier
                  + "\nTracking number: "
                  + tracking
                  + "\nShipped on: {DATE}\nEstimated delivery: {DATE2}\nItems:\n  {QTY} x {ITEM} (SKU"
                  + " {SKU}, EAN {EAN13})\n  {QTY2} x {ITEM2} (UPC {UPC_A})\nShip to: {NAME}, {STREET},"
                  + " {CITY} {POSTCODE}\nInbound shipment {UPPERCASE_ID}, FNSKU {FNSKU}\nQuestions?"
                  + " Contact {BIZMAIL}.\n");
      case DE ->
          x.fill(
              "Ihre Bestellung {ORDER} wurde versandt.\nVersanddienstleister: "
                  + carrier
                  + "\nSendungsnummer: "
                  + tracking
                  + "\nVersanddatum: {DATE}\nVoraussichtliche Zustellung: {DATE2}\nArtikel: {QTY} x"
                  + " {ITEM}, EAN {EAN13}, Artikelnummer {SKU}\nGesamtbetrag: {PRICE}\nLieferadresse:"
                  + " {STREET}, {POSTCODE} {CITY}\nBei Fragen erreichen Sie uns unter {BIZMAIL}.\n"
                  + "USt-IdNr.: {VAT_ID}\n");
      case TR ->
          x.fill(
              "{ORDER} numaralı siparişiniz kargoya verildi.\nKargo firması: "
                  + carrier
                  + "\nTakip numarası: "
                  + tracking
                  + "\nGönderim tarihi: {DATE}\nÜrün: {QTY} adet {ITEM} (barkod {EAN13}, stok kodu"
                  + " {SKU})\nToplam: {PRICE}\nTeslimat adresi: {STREET}, {POSTCODE} {CITY}\nSorularınız"
                  + " için: {BIZMAIL}\n");
    }
  }
}
