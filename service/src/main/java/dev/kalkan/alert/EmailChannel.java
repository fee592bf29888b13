package dev.kalkan.alert;

import java.util.List;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends each alert as a plain-text email (its JSON) to the configured recipients over SMTP. */
final class EmailChannel implements AlertChannel {
  private final JavaMailSender sender;
  private final String from;
  private final List<String> to;

  EmailChannel(JavaMailSender sender, String from, List<String> to) {
    this.sender = sender;
    this.from = from;
    this.to = List.copyOf(to);
  }

  @Override
  public String name() {
    return "email";
  }

  @Override
  public String target() {
    return String.join(",", to);
  }

  @Override
  public void deliver(Alert alert, String json) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to.toArray(String[]::new));
    message.setSubject(alert.subject());
    message.setText(
        alert.subject()
            + "\n\nReason: "
            + alert.reason()
            + "\n\nDetails (no content or values):\n"
            + json
            + "\n");
    sender.send(message);
  }
}
