package dev.kalkan.milter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MilterReplyTest {

  /** Each reply as Kalkan sends it, byte for byte. */
  static Stream<Arguments> golden() {
    return Stream.of(
        Arguments.of(
            new MilterReply.Negotiate(6, 0x21, 0x4F702),
            Bytes.of(
                new int[] {0, 0, 0, 13},
                "O",
                new int[] {0, 0, 0, 6},
                new int[] {0, 0, 0, 0x21},
                new int[] {0, 0x04, 0xF7, 0x02})),
        Arguments.of(new MilterReply.Continue(), Bytes.of(new int[] {0, 0, 0, 1}, "c")),
        Arguments.of(new MilterReply.Accept(), Bytes.of(new int[] {0, 0, 0, 1}, "a")),
        Arguments.of(new MilterReply.Reject(), Bytes.of(new int[] {0, 0, 0, 1}, "r")),
        Arguments.of(new MilterReply.Tempfail(), Bytes.of(new int[] {0, 0, 0, 1}, "t")),
        Arguments.of(new MilterReply.Skip(), Bytes.of(new int[] {0, 0, 0, 1}, "s")),
        Arguments.of(
            new MilterReply.ReplyCode("550 5.7.1 Refused (incident KLK-1)"),
            Bytes.of(new int[] {0, 0, 0, 36}, "y", "550 5.7.1 Refused (incident KLK-1)\0")),
        Arguments.of(
            new MilterReply.ReplyCode("451 4.7.1 Try later"),
            Bytes.of(new int[] {0, 0, 0, 21}, "y", "451 4.7.1 Try later\0")),
        Arguments.of(
            new MilterReply.AddHeader("X-Kalkan-Decision", "ALERT; incident=KLK-1"),
            Bytes.of(
                new int[] {0, 0, 0, 41}, "h", "X-Kalkan-Decision\0", "ALERT; incident=KLK-1\0")),
        Arguments.of(
            new MilterReply.InsertHeader(0, "X-A", "b"),
            Bytes.of(new int[] {0, 0, 0, 11}, "i", new int[] {0, 0, 0, 0}, "X-A\0", "b\0")),
        Arguments.of(
            new MilterReply.Quarantine("held by Kalkan"),
            Bytes.of(new int[] {0, 0, 0, 16}, "q", "held by Kalkan\0")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void encodeWhenReplyThenGoldenBytes(MilterReply reply, byte[] wire) {
    assertThat(reply.toPacket().toBytes()).isEqualTo(wire);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void decodeWhenGoldenBytesThenReply(MilterReply expected, byte[] wire) throws IOException {
    MilterPacket packet = MilterPacket.read(new ByteArrayInputStream(wire), 1 << 20);

    assertThat(MilterReply.decode(packet)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"250 ok", "550 4.7.1 mismatch", "55 5.7.1 short", "5x0 5.7.1 x", "550x5.7.1 x"})
  void replyCodeWhenNotA4xxOr5xxReplyThenRejected(String text) {
    assertThatThrownBy(() -> new MilterReply.ReplyCode(text))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void replyCodeWhenNulInTextThenRejected() {
    assertThatThrownBy(() -> new MilterReply.ReplyCode("550 5.7.1 a\0b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be sent");
  }

  @Test
  void decodeWhenUnknownReplyCodeThenProtocolException() {
    assertThatThrownBy(() -> MilterReply.decode(new MilterPacket((byte) 'Z', new byte[0])))
        .isInstanceOf(MilterProtocolException.class)
        .hasMessageContaining("unknown reply code 'Z'");
  }

  @Property(tries = 300)
  void decodeWhenEncodedThenSameReply(@ForAll("replies") MilterReply reply) throws IOException {
    byte[] wire = reply.toPacket().toBytes();

    assertThat(MilterReply.decode(MilterPacket.read(new ByteArrayInputStream(wire), 1 << 20)))
        .isEqualTo(reply);
  }

  @Provide
  Arbitrary<MilterReply> replies() {
    Arbitrary<String> s = MilterCommandTest.wireStrings();
    Arbitrary<Integer> ints = Arbitraries.integers();
    return Arbitraries.oneOf(
        Combinators.combine(ints, ints, ints).as(MilterReply.Negotiate::new),
        Combinators.combine(Arbitraries.of("451 4.7.1 ", "550 5.7.1 ", "554-5.7.1 "), s)
            .as((code, text) -> new MilterReply.ReplyCode(code + text)),
        Combinators.combine(s, s).as(MilterReply.AddHeader::new),
        Combinators.combine(ints, s, s).as(MilterReply.InsertHeader::new),
        s.map(MilterReply.Quarantine::new),
        Arbitraries.of(
            new MilterReply.Continue(),
            new MilterReply.Accept(),
            new MilterReply.Reject(),
            new MilterReply.Tempfail(),
            new MilterReply.Skip()));
  }
}
