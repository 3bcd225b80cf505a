package dev.factcheck.core.rules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Feeds numbers and strings into a SHA-256 through one reusable buffer. A fingerprint hashes every
 * sentence of an archive; encoding each string to a new byte array first made the fingerprints the
 * largest source of garbage in a re-check. A string is its length in chars followed by its chars in
 * UTF-8 (a lone surrogate as its own three bytes), so different sequences hash differently.
 */
final class Sha256Sink {
    private final MessageDigest digest;
    private final byte[] buffer = new byte[8192];
    private int used;

    Sha256Sink() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void writeInt(int v) {
        room(4);
        buffer[used++] = (byte) (v >>> 24);
        buffer[used++] = (byte) (v >>> 16);
        buffer[used++] = (byte) (v >>> 8);
        buffer[used++] = (byte) v;
    }

    void writeLong(long v) {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    void writeDouble(double v) {
        writeLong(Double.doubleToLongBits(v));
    }

    void writeBoolean(boolean v) {
        room(1);
        buffer[used++] = (byte) (v ? 1 : 0);
    }

    /** A string, or -1 for null. */
    void text(String s) {
        if (s == null) {
            writeInt(-1);
            return;
        }
        int n = s.length();
        writeInt(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            room(3);
            if (c < 0x80) {
                buffer[used++] = (byte) c;
            } else if (c < 0x800) {
                buffer[used++] = (byte) (0xC0 | c >> 6);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            } else {
                buffer[used++] = (byte) (0xE0 | c >> 12);
                buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            }
        }
    }

    /** The digest in hex; the sink is spent. */
    String hex() {
        digest.update(buffer, 0, used);
        used = 0;
        return HexFormat.of().formatHex(digest.digest());
    }

    private void room(int n) {
        if (used + n > buffer.length) {
            digest.update(buffer, 0, used);
            used = 0;
        }
    }
}
