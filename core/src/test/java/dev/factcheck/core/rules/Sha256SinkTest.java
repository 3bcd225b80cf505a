package dev.factcheck.core.rules;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class Sha256SinkTest {
    private static String hash(Consumer<Sha256Sink> write) {
        Sha256Sink sink = new Sha256Sink();
        write.accept(sink);
        return sink.hex();
    }

    @Test
    void stringsAreFramedSoThatTheirBoundariesCount() {
        assertThat(hash(s -> { s.text("ab"); s.text("c"); })).isNotEqualTo(hash(s -> { s.text("a"); s.text("bc"); }));
        assertThat(hash(s -> s.text(null))).isNotEqualTo(hash(s -> s.text("")));
        assertThat(hash(s -> s.text("café"))).isNotEqualTo(hash(s -> s.text("cafe")));
        assertThat(hash(s -> s.text("新闻 😀"))).isEqualTo(hash(s -> s.text("新闻 😀")));
    }

    @Test
    void itIsTheSha256OfTheFramedBytesAcrossBufferRefills() throws Exception {
        String longText = "x".repeat(20_000) + "é";
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(new byte[] {0, 0, 0x4E, 0x21});
        md.update(longText.getBytes(StandardCharsets.UTF_8));
        md.update(new byte[] {0, 0, 0, 7, 1});
        String expected = HexFormat.of().formatHex(md.digest());
        assertThat(hash(s -> { s.text(longText); s.writeInt(7); s.writeBoolean(true); })).isEqualTo(expected);
    }
}
