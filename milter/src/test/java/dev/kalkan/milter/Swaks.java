package dev.kalkan.milter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Sends one message with swaks, the SMTP test tool, and reads its transcript. */
final class Swaks {
  private Swaks() {}

  /**
   * What the server answered.
   *
   * @param exit swaks' exit status (0 sent; 23 MAIL, 24 RCPT, 25 DATA, 26 end of data refused)
   * @param finalReply the last server reply before QUIT, e.g. {@code 250 2.0.0 Ok: queued as ...}
   * @param transcript the whole client-server dialogue
   */
  record Outcome(int exit, String finalReply, String transcript) {}

  static Outcome send(int port, String from, List<String> to, byte[] message, Path work)
      throws IOException, InterruptedException {
    return send(port, from, to, message, work, List.of());
  }

  /** Sends with extra swaks options, e.g. {@code --xclient-login alice}. */
  static Outcome send(
      int port, String from, List<String> to, byte[] message, Path work, List<String> options)
      throws IOException, InterruptedException {
    Path data = Files.createTempFile(work, "message-", ".eml");
    // swaks ends DATA with CRLF "." CRLF itself, so the message's own last line break is left out
    // for the bytes on the wire to be exactly the message.
    int length = message.length;
    if (length >= 2 && message[length - 2] == '\r' && message[length - 1] == '\n') {
      length -= 2;
    }
    Files.write(data, java.util.Arrays.copyOf(message, length));
    List<String> command =
        new ArrayList<>(
            List.of(
                "swaks",
                "--server",
                "127.0.0.1",
                "--port",
                String.valueOf(port),
                "--helo",
                "client.corp.example",
                "--from",
                from,
                "--to",
                String.join(",", to),
                "--data",
                "@" + data,
                "--suppress-data",
                "--timeout",
                "60"));
    command.addAll(options);
    PostfixInstance.Result r =
        PostfixInstance.run(Duration.ofSeconds(60), command.toArray(String[]::new));
    Files.delete(data);
    return new Outcome(r.exit(), finalReply(r.output()), r.output());
  }

  /** The last server reply line (joined for multi-line replies) before the client's QUIT. */
  static String finalReply(String transcript) {
    String last = "";
    List<String> current = new ArrayList<>();
    for (String line : transcript.split("\n")) {
      String t = line.strip();
      if (t.startsWith("<-") || t.startsWith("<**")) {
        String text = t.replaceFirst("^<\\*\\*|^<-", "").strip();
        current.add(text);
        if (text.length() < 4 || text.charAt(3) != '-') {
          last = String.join(" ", current);
          current.clear();
        }
      } else if (t.startsWith("->") && t.substring(2).strip().equals("QUIT")) {
        return last;
      }
    }
    return last;
  }
}
