package dev.kalkan.milter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MilterCommandTest {

  private static Map<String, String> macros(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  /** Each command as Postfix sends it, byte for byte. */
  static Stream<Arguments> golden() {
    return Stream.of(
        Arguments.of(
            new MilterCommand.Negotiate(6, 0x1FF, 0x1FFFFF),
            Bytes.of(
                new int[] {0, 0, 0, 13},
                "O",
                new int[] {0, 0, 0, 6},
                new int[] {0, 0, 1, 0xFF},
                new int[] {0, 0x1F, 0xFF, 0xFF})),
        Arguments.of(
            new MilterCommand.Macro((byte) 'M', macros("i", "4C1A2B", "{auth_authen}", "alice")),
            Bytes.of(Bytes.length(31), "D", "M", "i\0", "4C1A2B\0", "{auth_authen}\0", "alice\0")),
        Arguments.of(
            new MilterCommand.Macro((byte) 'C', Map.of()), Bytes.of(new int[] {0, 0, 0, 2}, "DC")),
        Arguments.of(
            new MilterCommand.Connect("localhost", (byte) '4', 54321, "127.0.0.1"),
            Bytes.of(
                new int[] {0, 0, 0, 0x18},
                "C",
                "localhost\0",
                "4",
                new int[] {0xD4, 0x31},
                "127.0.0.1\0")),
        Arguments.of(
            new MilterCommand.Connect("[2001:db8::1]", (byte) '6', 25, "2001:db8::1"),
            Bytes.of(
                Bytes.length(1 + 14 + 1 + 2 + 12),
                "C",
                "[2001:db8::1]\0",
                "6",
                new int[] {0, 25},
                "2001:db8::1\0")),
        Arguments.of(
            new MilterCommand.Connect("unknown", (byte) 'U', 0, ""),
            Bytes.of(new int[] {0, 0, 0, 10}, "C", "unknown\0", "U")),
        Arguments.of(
            new MilterCommand.Helo("client.example"),
            Bytes.of(new int[] {0, 0, 0, 16}, "H", "client.example\0")),
        Arguments.of(
            new MilterCommand.Mail(List.of("<a@corp.example>", "SIZE=1024", "BODY=8BITMIME")),
            Bytes.of(
                Bytes.length(1 + 17 + 10 + 14),
                "M",
                "<a@corp.example>\0",
                "SIZE=1024\0",
                "BODY=8BITMIME\0")),
        Arguments.of(
            new MilterCommand.Mail(List.of("<>")), Bytes.of(new int[] {0, 0, 0, 4}, "M", "<>\0")),
        Arguments.of(
            new MilterCommand.Rcpt(List.of("<b@gmail.com>")),
            Bytes.of(new int[] {0, 0, 0, 15}, "R", "<b@gmail.com>\0")),
        Arguments.of(new MilterCommand.Data(), Bytes.of(new int[] {0, 0, 0, 1}, "T")),
        Arguments.of(
            new MilterCommand.Header("Subject", "Orders\n\tof today"),
            Bytes.of(new int[] {0, 0, 0, 26}, "L", "Subject\0", "Orders\n\tof today\0")),
        Arguments.of(new MilterCommand.EndOfHeaders(), Bytes.of(new int[] {0, 0, 0, 1}, "N")),
        Arguments.of(
            new MilterCommand.Body("line\r\n".getBytes()),
            Bytes.of(new int[] {0, 0, 0, 7}, "B", "line\r\n")),
        Arguments.of(
            new MilterCommand.Body(new byte[] {0, (byte) 0xFF}),
            Bytes.of(new int[] {0, 0, 0, 3}, "B", new int[] {0, 0xFF})),
        Arguments.of(
            new MilterCommand.EndOfBody(new byte[0]), Bytes.of(new int[] {0, 0, 0, 1}, "E")),
        Arguments.of(
            new MilterCommand.EndOfBody("x\r\n".getBytes()),
            Bytes.of(new int[] {0, 0, 0, 4}, "E", "x\r\n")),
        Arguments.of(new MilterCommand.Abort(), Bytes.of(new int[] {0, 0, 0, 1}, "A")),
        Arguments.of(new MilterCommand.Quit(), Bytes.of(new int[] {0, 0, 0, 1}, "Q")),
        Arguments.of(new MilterCommand.QuitNewConnection(), Bytes.of(new int[] {0, 0, 0, 1}, "K")),
        Arguments.of(
            new MilterCommand.Unknown("XFOO bar"),
            Bytes.of(new int[] {0, 0, 0, 10}, "U", "XFOO bar\0")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void decodeWhenGoldenBytesThenCommand(MilterCommand expected, byte[] wire) throws IOException {
    MilterPacket packet = MilterPacket.read(new ByteArrayInputStream(wire), 1 << 20);

    assertThat(MilterCommand.decode(packet)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void encodeWhenCommandThenGoldenBytes(MilterCommand command, byte[] wire) {
    assertThat(command.toPacket().toBytes()).isEqualTo(wire);
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("unknown code", "Z", "", "unknown command code 'Z'"),
        Arguments.of("non-printable code", "\u0001", "", "unknown command code '0x01'"),
        Arguments.of(
            "short negotiation", "O", "\0\0\0\6\0\0\0\1", "too short for a 32-bit integer"),
        Arguments.of("long negotiation", "O", "\0\0\0\6\0\0\0\1\0\0\0\1x", "1 unexpected bytes"),
        Arguments.of("macro without stage", "D", "", "too short for an octet"),
        Arguments.of("macro without value", "D", "Mi\0", "without NUL"),
        Arguments.of("connect without NUL", "C", "localhost", "without NUL"),
        Arguments.of("connect without port", "C", "localhost\u00004", "too short for a 16-bit"),
        Arguments.of("connect with extra bytes", "C", "h\0U1", "1 unexpected bytes"),
        Arguments.of("mail without address", "M", "", "without NUL"),
        Arguments.of("rcpt not terminated", "R", "<b@gmail.com>", "without NUL"),
        Arguments.of("header without value", "L", "Subject\0", "without NUL"),
        Arguments.of("data with bytes", "T", "x", "1 unexpected bytes"),
        Arguments.of("quit with bytes", "Q", "xy", "2 unexpected bytes"),
        Arguments.of("unknown command not terminated", "U", "XFOO", "without NUL"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void decodeWhenMalformedThenProtocolException(
      String name, String code, String data, String message) {
    MilterPacket packet =
        new MilterPacket(
            (byte) code.charAt(0), data.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> MilterCommand.decode(packet))
        .isInstanceOf(MilterProtocolException.class)
        .hasMessageContaining(message);
  }

  @Property(tries = 500)
  void decodeWhenEncodedThenSameCommand(@ForAll("commands") MilterCommand command)
      throws IOException {
    byte[] wire = command.toPacket().toBytes();

    MilterPacket packet = MilterPacket.read(new ByteArrayInputStream(wire), 1 << 20);

    assertThat(MilterCommand.decode(packet)).isEqualTo(command);
  }

  /** Strings that can travel in the protocol: any ISO-8859-1 character but NUL. */
  static Arbitrary<String> wireStrings() {
    return Arbitraries.strings().withCharRange('\u0001', '\u00FF').ofMaxLength(40);
  }

  @Provide
  Arbitrary<MilterCommand> commands() {
    Arbitrary<Integer> ints = Arbitraries.integers();
    Arbitrary<byte[]> chunks = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    Arbitrary<List<String>> args = wireStrings().list().ofMinSize(1).ofMaxSize(4);
    return Arbitraries.oneOf(
        Combinators.combine(ints, ints, ints).as(MilterCommand.Negotiate::new),
        Combinators.combine(
                Arbitraries.bytes(), Arbitraries.maps(wireStrings(), wireStrings()).ofMaxSize(5))
            .as(MilterCommand.Macro::new),
        Combinators.combine(
                wireStrings(),
                Arbitraries.of((byte) '4', (byte) '6', (byte) 'L'),
                Arbitraries.integers().between(0, 65535),
                wireStrings())
            .as(MilterCommand.Connect::new),
        wireStrings().map(h -> new MilterCommand.Connect(h, (byte) 'U', 0, "")),
        wireStrings().map(MilterCommand.Helo::new),
        args.map(MilterCommand.Mail::new),
        args.map(MilterCommand.Rcpt::new),
        Combinators.combine(wireStrings(), wireStrings()).as(MilterCommand.Header::new),
        chunks.map(MilterCommand.Body::new),
        chunks.map(MilterCommand.EndOfBody::new),
        wireStrings().map(MilterCommand.Unknown::new),
        Arbitraries.of(
            new MilterCommand.Data(),
            new MilterCommand.EndOfHeaders(),
            new MilterCommand.Abort(),
            new MilterCommand.Quit(),
            new MilterCommand.QuitNewConnection()));
  }
}
