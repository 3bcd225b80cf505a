package dev.factcheck.core.cache;

import dev.factcheck.core.article.ArticleProblem;
import dev.factcheck.core.article.InlineDirectives;
import dev.factcheck.core.extract.Extraction;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Attribution;
import dev.factcheck.core.model.Change;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Direction;
import dev.factcheck.core.model.QuantityKind;
import dev.factcheck.core.model.Quote;
import dev.factcheck.core.model.Role;
import dev.factcheck.core.report.ReportFiles;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * What reading and extracting each article file gave in earlier runs, so that an unchanged file is
 * neither extracted nor, usually, even read again.
 *
 * <p>An entry records the file's size, last-modified time and SHA-256 of its raw bytes, with
 * everything the check needs from the file: its problems, its {@link Article}, its inline directives,
 * its claims and its quotes. A file whose size and modification time match its entry is taken from
 * the entry unread. Otherwise its bytes are read and hashed: the same hash still takes the entry (and
 * the new time is recorded); a different one means the file is loaded and extracted afresh.
 *
 * <p>A modification time too close to the start of the run is not trusted (a file system with coarse
 * timestamps could see a second edit within the same tick): such an entry is recorded with
 * {@link #UNTRUSTED} and the next run compares the file's content instead.
 *
 * <p>The whole cache is valid only for one configuration key (factcheck version, vocabulary,
 * encoding, extractor); a different key, another format version, or a damaged file starts it afresh,
 * never failing the check. The file is rewritten (atomically) only when an entry was added, replaced,
 * dropped or given a new time.
 *
 * <p>File format (all integers big-endian unless varint): magic {@code FCXC}, format version, the
 * configuration key, the number of entries, the entries in path order, and a CRC-32 of everything
 * before it. Strings are written once and then referred to by number: strings from a small vocabulary
 * (units, quantity keys, sources, outlets, speakers, messages) in one table for the whole file, other
 * text (paths, sentences, quotations) in a table per entry, since a sentence often carries several
 * claims.
 */
public final class ExtractionCache {
    private static final int MAGIC = 0x46435843; // "FCXC"
    /**
     * The format version; 1 was the gzipped JSON tree of earlier releases, 2 had no claim change or
     * named flag (and no earlier kind).
     */
    static final int FORMAT = 3;
    /** A modification time recorded for a file whose content must be compared next time. */
    static final long UNTRUSTED = Long.MIN_VALUE;
    /** How far before the start of a run a file's modification time must be for it to be trusted. */
    private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final int HASH_BYTES = 32;
    /** Quantity kinds by their ids and back, without case-folding once per claim. */
    private static final Map<String, QuantityKind> KINDS = new HashMap<>();
    private static final String[] KIND_IDS = new String[QuantityKind.values().length];

    static {
        for (QuantityKind k : QuantityKind.values()) {
            KINDS.put(k.id(), k);
            KIND_IDS[k.ordinal()] = k.id();
        }
    }

    /**
     * What one article file gives the check: its problems, and when it could be read its article,
     * inline directives and extraction (the file's text itself is not kept).
     */
    public record Result(List<ArticleProblem> problems, Article article, InlineDirectives inline,
                         Extraction extraction) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private record Entry(long size, long modified, byte[] hash, Result result) {
    }

    private final Path file;
    private final String configKey;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current;
    /** Modification times from this one on are too recent to be trusted (see the class comment). */
    private final long trustedBefore;
    private volatile boolean changed;

    private ExtractionCache(Path file, String configKey, Map<String, Entry> previous, boolean changed) {
        this.file = file;
        this.configKey = configKey;
        this.previous = previous;
        this.current = new ConcurrentHashMap<>(Math.max(16, previous.size() * 4 / 3 + 1));
        this.changed = changed;
        this.trustedBefore = nanos(FileTime.from(Instant.now())) - RACY_NANOS;
    }

    /** The cache kept in the file, or an empty one when there is none or it cannot be used. */
    public static ExtractionCache open(Path file, String configKey) {
        Map<String, Entry> previous = null;
        boolean exists = false;
        if (file != null) {
            try (InputStream in = Files.newInputStream(file)) {
                exists = true;
                previous = read(new In(in), configKey);
            } catch (NoSuchFileException e) {
                exists = false;
            } catch (IOException | RuntimeException e) {
                previous = null;
            }
        }
        // A file that was there but unusable is replaced even if this run adds nothing.
        return new ExtractionCache(file, configKey, previous == null ? Map.of() : previous,
                exists && previous == null);
    }

    /** SHA-256 of the bytes, in hex. */
    public static String hash(byte[] content) {
        return HexFormat.of().formatHex(digest(content));
    }

    /** SHA-256 of the bytes. */
    public static byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file's result when its size and modification time are those recorded, else null. */
    public Result byMetadata(String path, long size, FileTime modified) {
        Entry e = previous.get(path);
        if (e == null || e.modified() == UNTRUSTED || e.size() != size || e.modified() != nanos(modified)) {
            return null;
        }
        current.put(path, e);
        return e.result();
    }

    /**
     * The file's result when its content hash is the one recorded, else null. A hit records the
     * file's current size and modification time so that the next run need not read it.
     */
    public Result byContent(String path, long size, FileTime modified, byte[] hash) {
        Entry e = previous.get(path);
        if (e == null || !Arrays.equals(e.hash(), hash)) {
            return null;
        }
        Entry now = new Entry(size, trusted(modified), e.hash(), e.result());
        if (now.size() != e.size() || now.modified() != e.modified()) {
            changed = true;
        }
        current.put(path, now);
        return e.result();
    }

    /** Records a freshly read and extracted file. */
    public void store(String path, long size, FileTime modified, byte[] hash, Result result) {
        current.put(path, new Entry(size, trusted(modified), hash.clone(), result));
        changed = true;
    }

    /**
     * Whether the file needs writing: an entry was added, replaced or re-timed, a file of the last
     * run was not seen in this one, or the file on disk was unusable.
     */
    public boolean changed() {
        // Every entry of this run is either one of the last run's (found by metadata or content) or
        // stored anew (which sets changed), so equal sizes mean the same paths.
        return changed || current.size() != previous.size();
    }

    /**
     * Writes the entries of this run (files not seen in it drop out) when anything changed.
     *
     * @return whether the file was written
     */
    public boolean save() throws IOException {
        if (file == null || !changed()) {
            return false;
        }
        List<String> paths = new ArrayList<>(current.keySet());
        paths.sort(null);
        ReportFiles.writeAtomically(file, stream -> {
            Out out = new Out(stream);
            out.i32(MAGIC);
            out.i32(FORMAT);
            out.utf8(configKey);
            out.varint(paths.size());
            for (String path : paths) {
                writeEntry(out, path, current.get(path));
            }
            out.finish();
        });
        return true;
    }

    private long trusted(FileTime modified) {
        long t = nanos(modified);
        return t < trustedBefore ? t : UNTRUSTED;
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }

    // ---- writing --------------------------------------------------------------------------------

    private static void writeEntry(Out out, String path, Entry e) throws IOException {
        out.newEntry();
        out.text(path);
        out.i64(e.size());
        out.i64(e.modified());
        out.raw(e.hash());
        Result r = e.result();
        out.varint(r.problems().size());
        for (ArticleProblem p : r.problems()) {
            out.text(p.path());
            out.sint(p.line());
            out.u8(p.fatal() ? 1 : 0);
            out.shared(p.message());
        }
        Article a = r.article();
        if (a == null) {
            out.u8(0);
            return;
        }
        out.u8(1);
        out.text(a.getTitle());
        out.shared(a.getOutlet());
        out.u8(a.getPublished() == null ? 0 : 1);
        if (a.getPublished() != null) {
            out.sint(Math.toIntExact(a.getPublished().toEpochDay()));
        }
        out.shared(a.getPublishedText());
        out.text(a.getUrl());
        out.shared(a.getRole().id());
        List<InlineDirectives.Range> ranges = r.inline().ranges();
        out.varint(ranges.size());
        for (InlineDirectives.Range range : ranges) {
            out.sint(range.from());
            out.sint(range.to());
            out.varint(range.rules().size());
            for (String rule : range.rules()) {
                out.shared(rule);
            }
            out.text(range.reason());
            out.sint(range.commentLine());
        }
        List<Claim> claims = r.extraction().claims();
        out.varint(claims.size());
        for (Claim c : claims) {
            writeClaim(out, c);
        }
        List<Quote> quotes = r.extraction().quotes();
        out.varint(quotes.size());
        for (Quote q : quotes) {
            out.sint(q.getOffset());
            out.sint(q.getEnd());
            out.sint(q.getLine());
            out.sint(q.getColumn());
            out.text(q.getText());
            out.text(q.getNormalizedText());
            out.shared(q.getSpeaker());
            out.shared(q.getSpeakerKey());
            out.shared(q.getSpeakerSide());
            out.shared(q.getMedium());
        }
    }

    private static final int HAS_LOWER = 1;
    private static final int HAS_UPPER = 2;
    private static final int HAS_AS_OF = 4;
    private static final int HAS_ATTRIBUTION = 8;
    private static final int NOT_NAMED = 16;
    private static final int HAS_CHANGE = 32;
    /** Bits of a change's own flag byte: its direction (0 none, 1 up, 2 down), and which ends it states. */
    private static final int DIRECTION_MASK = 3;
    private static final int HAS_FROM = 4;
    private static final int HAS_TO = 8;

    private static void writeClaim(Out out, Claim c) throws IOException {
        out.sint(c.getOffset());
        out.sint(c.getEnd());
        out.sint(c.getLine());
        out.sint(c.getColumn());
        out.text(c.getSentence());
        out.text(c.getSpan());
        out.text(c.getFigure());
        out.f64(c.getValue());
        int flags = (c.getLower() != null ? HAS_LOWER : 0) | (c.getUpper() != null ? HAS_UPPER : 0)
                | (c.getAsOf() != null ? HAS_AS_OF : 0) | (c.getAttribution() != null ? HAS_ATTRIBUTION : 0)
                | (c.isNamed() ? 0 : NOT_NAMED) | (c.getChange() != null ? HAS_CHANGE : 0);
        out.u8(flags);
        if (c.getLower() != null) {
            out.f64(c.getLower());
        }
        if (c.getUpper() != null) {
            out.f64(c.getUpper());
        }
        out.shared(c.getUnit());
        out.shared(c.getQuantityKey());
        out.shared(c.getQuantityLabel());
        out.shared(KIND_IDS[c.getKind().ordinal()]);
        if (c.getAsOf() != null) {
            out.sint(Math.toIntExact(c.getAsOf().toEpochDay()));
        }
        out.shared(c.getEventAnchor());
        if (c.getAttribution() != null) {
            out.text(c.getAttribution().getText());
            out.shared(c.getAttribution().getSource());
            out.shared(c.getAttribution().getVerb());
        }
        out.sint(c.getPartOfOffset());
        Change ch = c.getChange();
        if (ch != null) {
            int direction = ch.direction() == null ? 0 : ch.direction() == Direction.UP ? 1 : 2;
            out.u8(direction | (ch.from() != null ? HAS_FROM : 0) | (ch.to() != null ? HAS_TO : 0));
            if (ch.from() != null) {
                out.f64(ch.from());
            }
            if (ch.to() != null) {
                out.f64(ch.to());
            }
        }
    }

    // ---- reading --------------------------------------------------------------------------------

    /** The entries of a cache file, or null when it is of another format or configuration. */
    private static Map<String, Entry> read(In in, String configKey) throws IOException {
        if (in.i32() != MAGIC || in.i32() != FORMAT || !configKey.equals(in.utf8())) {
            return null;
        }
        int n = in.varint();
        Map<String, Entry> entries = new HashMap<>(Math.min(n, 1 << 20) * 4 / 3 + 1);
        for (int i = 0; i < n; i++) {
            in.newEntry();
            String path = in.text();
            entries.put(path, readEntry(in));
        }
        in.finish();
        return entries;
    }

    private static Entry readEntry(In in) throws IOException {
        long size = in.i64();
        long modified = in.i64();
        byte[] hash = in.raw(HASH_BYTES);
        int problemCount = in.count();
        List<ArticleProblem> problems = new ArrayList<>(problemCount);
        for (int i = 0; i < problemCount; i++) {
            problems.add(new ArticleProblem(in.text(), in.sint(), in.u8() != 0, in.shared()));
        }
        if (in.u8() == 0) {
            return new Entry(size, modified, hash, new Result(problems, null, null, null));
        }
        String title = in.text();
        String outlet = in.shared();
        LocalDate published = in.u8() == 0 ? null : LocalDate.ofEpochDay(in.sint());
        String publishedText = in.shared();
        String url = in.text();
        Role role = Role.parse(in.shared());
        Article article = new Article(in.entryPath(), title, outlet, published, publishedText, url, role);
        int rangeCount = in.count();
        List<InlineDirectives.Range> ranges = new ArrayList<>(rangeCount);
        for (int i = 0; i < rangeCount; i++) {
            int from = in.sint();
            int to = in.sint();
            String[] rules = new String[in.count()];
            for (int j = 0; j < rules.length; j++) {
                rules[j] = in.shared();
            }
            ranges.add(new InlineDirectives.Range(from, to, Set.of(rules), in.text(), in.sint()));
        }
        InlineDirectives inline = ranges.isEmpty() ? InlineDirectives.NONE : new InlineDirectives(ranges);
        int claimCount = in.count();
        List<Claim> claims = new ArrayList<>(claimCount);
        for (int i = 0; i < claimCount; i++) {
            claims.add(readClaim(in, article));
        }
        int quoteCount = in.count();
        List<Quote> quotes = new ArrayList<>(quoteCount);
        for (int i = 0; i < quoteCount; i++) {
            quotes.add(new Quote(article, in.sint(), in.sint(), in.sint(), in.sint(), in.text(), in.text(),
                    in.shared(), in.shared(), in.shared(), in.shared()));
        }
        return new Entry(size, modified, hash,
                new Result(problems, article, inline, new Extraction(claims, quotes)));
    }

    private static Claim readClaim(In in, Article article) throws IOException {
        Claim.Builder b = Claim.builder(article);
        int offset = in.sint();
        b.offset(offset, in.sint());
        int line = in.sint();
        b.position(line, in.sint());
        b.sentence(in.text()).span(in.text()).figure(in.text());
        double value = in.f64();
        int flags = in.u8();
        Double lower = (flags & HAS_LOWER) != 0 ? in.f64() : null;
        Double upper = (flags & HAS_UPPER) != 0 ? in.f64() : null;
        b.value(value, lower, upper);
        b.unit(in.shared());
        String key = in.shared();
        String label = in.shared();
        String kind = in.shared();
        QuantityKind k = KINDS.get(kind);
        if (k == null) {
            throw new IllegalStateException("unknown quantity kind in the cache: " + kind);
        }
        b.quantity(key, label, k);
        if ((flags & HAS_AS_OF) != 0) {
            b.asOf(LocalDate.ofEpochDay(in.sint()));
        }
        b.eventAnchor(in.shared());
        if ((flags & HAS_ATTRIBUTION) != 0) {
            b.attribution(new Attribution(in.text(), in.shared(), in.shared()));
        }
        b.partOfOffset(in.sint());
        b.named((flags & NOT_NAMED) == 0);
        if ((flags & HAS_CHANGE) != 0) {
            int changeFlags = in.u8();
            Direction direction = switch (changeFlags & DIRECTION_MASK) {
                case 0 -> null;
                case 1 -> Direction.UP;
                case 2 -> Direction.DOWN;
                default -> throw new IllegalStateException("unknown change direction in the cache");
            };
            Double from = (changeFlags & HAS_FROM) != 0 ? in.f64() : null;
            Double to = (changeFlags & HAS_TO) != 0 ? in.f64() : null;
            b.change(new Change(direction, from, to));
        }
        return b.build();
    }

    // ---- encoding -------------------------------------------------------------------------------

    /*
     * A string is written as a varint code: 0 for null, 1 for a new string (its UTF-8 length and
     * bytes follow; it takes the next number of its table), or 2 + the number of a string already in
     * the table. Integers are zig-zag varints, so small values of either sign take one byte.
     */

    /** A buffered writer of the format, keeping a CRC-32 of what it writes. */
    private static final class Out {
        private final OutputStream stream;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private final CRC32 crc = new CRC32();
        private final Map<String, Integer> shared = new HashMap<>();
        /**
         * This entry's text strings. Only the very same string object is looked for (a sentence
         * shared by several claims is one object): cheaper than hashing every sentence, and a missed
         * equal string costs only its bytes.
         */
        private final List<String> text = new ArrayList<>();

        Out(OutputStream stream) {
            this.stream = stream;
        }

        void newEntry() {
            text.clear();
        }

        private void room(int n) throws IOException {
            if (pos + n > buf.length) {
                flush();
            }
        }

        private void flush() throws IOException {
            crc.update(buf, 0, pos);
            stream.write(buf, 0, pos);
            pos = 0;
        }

        void u8(int v) throws IOException {
            room(1);
            buf[pos++] = (byte) v;
        }

        void varint(int v) throws IOException {
            room(5);
            while ((v & ~0x7F) != 0) {
                buf[pos++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[pos++] = (byte) v;
        }

        void sint(int v) throws IOException {
            varint((v << 1) ^ (v >> 31));
        }

        void i32(int v) throws IOException {
            room(4);
            for (int shift = 24; shift >= 0; shift -= 8) {
                buf[pos++] = (byte) (v >>> shift);
            }
        }

        void i64(long v) throws IOException {
            room(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                buf[pos++] = (byte) (v >>> shift);
            }
        }

        void f64(double v) throws IOException {
            i64(Double.doubleToRawLongBits(v));
        }

        void raw(byte[] bytes) throws IOException {
            if (bytes.length > buf.length - pos) {
                flush();
            }
            if (bytes.length > buf.length) {
                crc.update(bytes);
                stream.write(bytes);
            } else {
                System.arraycopy(bytes, 0, buf, pos, bytes.length);
                pos += bytes.length;
            }
        }

        void utf8(String s) throws IOException {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            varint(bytes.length);
            raw(bytes);
        }

        void shared(String s) throws IOException {
            string(s, shared);
        }

        void text(String s) throws IOException {
            if (s == null) {
                varint(0);
                return;
            }
            for (int i = 0; i < text.size(); i++) {
                if (text.get(i) == s) {
                    varint(2 + i);
                    return;
                }
            }
            text.add(s);
            varint(1);
            utf8(s);
        }

        private void string(String s, Map<String, Integer> table) throws IOException {
            if (s == null) {
                varint(0);
                return;
            }
            Integer known = table.putIfAbsent(s, table.size());
            if (known != null) {
                varint(2 + known);
            } else {
                varint(1);
                utf8(s);
            }
        }

        /** Flushes what is buffered and appends the CRC-32 of all of it. */
        void finish() throws IOException {
            flush();
            int sum = (int) crc.getValue();
            i32(sum);
            stream.write(buf, 0, pos);
            pos = 0;
        }
    }

    /** A buffered reader of the format that checks the CRC-32 at the end. */
    private static final class In {
        /** Longest string accepted: a larger length can only be damage. */
        private static final int MAX_STRING = 1 << 26;
        private final InputStream stream;
        private byte[] buf = new byte[1 << 16];
        private int pos;
        private int limit;
        /** Bytes of the buffer before this index are already in the CRC. */
        private int summed;
        private final CRC32 crc = new CRC32();
        private final List<String> shared = new ArrayList<>();
        private final List<String> text = new ArrayList<>();

        In(InputStream stream) {
            this.stream = stream;
        }

        void newEntry() {
            text.clear();
        }

        /** The path of the entry being read: the first text string of every entry. */
        String entryPath() {
            return text.get(0);
        }

        /** Makes at least n bytes available from pos, or throws EOFException. */
        private void need(int n) throws IOException {
            if (limit - pos >= n) {
                return;
            }
            crc.update(buf, summed, pos - summed);
            int left = limit - pos;
            if (n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(n, buf.length * 2));
            }
            System.arraycopy(buf, pos, buf, 0, left);
            pos = 0;
            summed = 0;
            limit = left;
            while (limit < n) {
                int read = stream.read(buf, limit, buf.length - limit);
                if (read < 0) {
                    throw new EOFException("cache file ends early");
                }
                limit += read;
            }
        }

        int u8() throws IOException {
            need(1);
            return buf[pos++] & 0xFF;
        }

        int varint() throws IOException {
            int v = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = u8();
                v |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw new IOException("damaged cache file: varint too long");
        }

        /** A count of items to follow; the list sizes it presizes stay modest even if damaged. */
        int count() throws IOException {
            int n = varint();
            if (n < 0 || n > 1 << 24) {
                throw new IOException("damaged cache file: count " + n);
            }
            return n;
        }

        int sint() throws IOException {
            int v = varint();
            return (v >>> 1) ^ -(v & 1);
        }

        int i32() throws IOException {
            need(4);
            int v = 0;
            for (int i = 0; i < 4; i++) {
                v = (v << 8) | (buf[pos++] & 0xFF);
            }
            return v;
        }

        long i64() throws IOException {
            need(8);
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (buf[pos++] & 0xFF);
            }
            return v;
        }

        double f64() throws IOException {
            return Double.longBitsToDouble(i64());
        }

        byte[] raw(int n) throws IOException {
            need(n);
            byte[] bytes = Arrays.copyOfRange(buf, pos, pos + n);
            pos += n;
            return bytes;
        }

        String utf8() throws IOException {
            int n = varint();
            if (n < 0 || n > MAX_STRING) {
                throw new IOException("damaged cache file: string of " + n + " bytes");
            }
            need(n);
            String s = new String(buf, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }

        String shared() throws IOException {
            return string(shared);
        }

        String text() throws IOException {
            return string(text);
        }

        private String string(List<String> table) throws IOException {
            int code = varint();
            if (code == 0) {
                return null;
            }
            if (code == 1) {
                String s = utf8();
                table.add(s);
                return s;
            }
            if (code - 2 >= table.size() || code < 0) {
                throw new IOException("damaged cache file: string " + code + " of " + table.size());
            }
            return table.get(code - 2);
        }

        /** Checks the CRC-32 at the end and that nothing follows it. */
        void finish() throws IOException {
            crc.update(buf, summed, pos - summed);
            summed = pos;
            int expected = (int) crc.getValue();
            if (i32() != expected) {
                throw new IOException("damaged cache file: checksum");
            }
            if (pos != limit || stream.read() >= 0) {
                throw new IOException("damaged cache file: data after the end");
            }
        }
    }
}
