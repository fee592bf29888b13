package dev.kalkan.access;

import dev.kalkan.service.KalkanSettings;
import java.security.SecureRandom;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the first start with an empty database, creates user {@code admin} with role ADMIN and the
 * password of {@code kalkan.admin.password}, or a random one printed once to standard output (not
 * to the log).
 */
@Component
class FirstAdministrator implements ApplicationRunner {
  static final String USERNAME = "admin";
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private final UserAccounts users;
  private final KalkanSettings settings;

  FirstAdministrator(UserAccounts users, KalkanSettings settings) {
    this.users = users;
    this.settings = settings;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (users.count() > 0) {
      return;
    }
    String configured = settings.admin().password();
    boolean random = configured == null || configured.isBlank();
    if (!random && configured.length() < UserAccounts.MIN_PASSWORD_LENGTH) {
      throw new IllegalStateException(
          "KALKAN_ADMIN_PASSWORD must have at least "
              + UserAccounts.MIN_PASSWORD_LENGTH
              + " characters");
    }
    String password = random ? randomPassword() : configured;
    users.create(USERNAME, password, Role.ADMIN);
    if (random) {
      System.out.println(
          "\nKalkan: created the administrator '"
              + USERNAME
              + "' with the password\n\n    "
              + password
              + "\n\nIt is shown only this once and stored only as a hash.\n");
      System.out.flush();
    }
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder(20);
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
