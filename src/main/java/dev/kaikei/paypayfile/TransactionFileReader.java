package dev.kaikei.paypayfile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.kaikei.journal.PayPayFileStatus;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PayPay's daily transaction file strictly, all of it before anything is used: Shift_JIS (as Windows-31J, the
 * superset Japanese Windows writes, so ① or ㈱ in a store name decode), LF or CRLF, one header row, RFC 4180 quoting
 * (支払い方法 and 支払い詳細 hold commas and quotes), refunds negative. Every problem names its line.
 */
public final class TransactionFileReader {

    /** The most a day's file is expected to be; a bigger "file" is something else. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final Charset SHIFT_JIS = Charset.forName("Windows-31J");
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]{1,11}");
    private static final Pattern MERCHANT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** {@code transaction_<merchant>_<yyyyMMddHHmmss>_<yyyyMMddHHmmss>[_v2].csv} and the preauth_ variant. */
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?:preauth_)?transaction_[^_]+_([0-9]{8})[0-9]{6}_[0-9]{14}(?:_v[0-9]+)?\\.csv", Pattern.CASE_INSENSITIVE);
    /** The PayPay for Business panel's form, also accepted for 取引日時 (§12.1.4: the format is not documented). */
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");
    private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final CsvMapper CSV = new CsvMapper();

    /**
     * @throws TransactionFileException if the file is missing, unreadable, or not a valid PayPay transaction file
     */
    public TransactionFile read(Path file) throws TransactionFileException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new TransactionFileException(0, file + " is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MB: not a PayPay transaction file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TransactionFileException(TransactionFileException.Problem.UNREADABLE, 0, "no such file: " + file);
        } catch (IOException | SecurityException e) {
            throw new TransactionFileException(TransactionFileException.Problem.UNREADABLE, 0, "cannot read " + file
                    + ": " + e.getMessage());
        }
        return read(file.getFileName().toString(), bytes);
    }

    /** Reads a file's bytes; {@code name} is its file name (it may tell the day). */
    public TransactionFile read(String name, byte[] bytes) throws TransactionFileException {
        String text = decode(bytes);
        List<Row> rows = rows(text);
        if (rows.isEmpty()) {
            throw new TransactionFileException(0, "the file is empty: PayPay's transaction file has at least a"
                    + " header line");
        }
        FileHeader header = header(rows.get(0), bytes);
        List<TransactionLine> lines = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            lines.add(line(header, row));
        }
        return new TransactionFile(name, sha256(bytes), header.format(), lines, dayInName(name));
    }

    /** The day a PayPay file name says it covers, e.g. 2020-01-30 for transaction_0008181_20200130000000_…csv. */
    static Optional<LocalDate> dayInName(String name) {
        Matcher m = FILE_NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------ decoding

    private static String decode(byte[] bytes) throws TransactionFileException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            throw new TransactionFileException(1, "the file is UTF-8 (it starts with a byte order mark), but PayPay's"
                    + " transaction file is Shift_JIS: use the file as PayPay delivered it, not a copy saved by a"
                    + " spreadsheet");
        }
        CharsetDecoder decoder = SHIFT_JIS.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = lineAt(bytes, in.position());
            if (isUtf8(bytes)) {
                throw new TransactionFileException(line, "the file is UTF-8, but PayPay's transaction file is"
                        + " Shift_JIS: use the file as PayPay delivered it, not a copy saved in another encoding");
            }
            throw new TransactionFileException(line, "the file is not Shift_JIS text (byte 0x"
                    + HexFormat.of().toHexDigits(bytes[in.position()]) + " cannot be read): use the file as PayPay"
                    + " delivered it");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                int line = 1 + (int) text.substring(0, i).chars().filter(ch -> ch == '\n').count();
                throw new TransactionFileException(line, "the file is not text"
                        + " (it holds the control character 0x" + HexFormat.of().toHexDigits((byte) c)
                        + "): not a PayPay transaction file");
            }
        }
        return text;
    }

    /** The 1-based line of a byte offset: Shift_JIS never uses 0x0A inside a character, so counting LFs is exact. */
    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Recognises the header. UTF-8 Japanese often decodes as Shift_JIS too, into other kanji that match no column
     * name; such a file is reported as the encoding problem it is rather than as missing columns.
     */
    private static FileHeader header(Row first, byte[] bytes) throws TransactionFileException {
        try {
            return FileHeader.of(first.cells());
        } catch (TransactionFileException e) {
            if (isUtf8(bytes) && new String(bytes, StandardCharsets.UTF_8).lines().findFirst().orElse("")
                    .contains("決済番号")) {
                throw new TransactionFileException(1, "the file is UTF-8, but PayPay's transaction file is Shift_JIS:"
                        + " use the file as PayPay delivered it, not a copy saved in another encoding");
            }
            throw e;
        }
    }

    // ------------------------------------------------------------------ CSV rows

    /** One CSV record and the line it starts on. */
    private record Row(int line, List<String> cells) {
    }

    private static List<Row> rows(String text) throws TransactionFileException {
        List<Row> rows = new ArrayList<>();
        int rowStart = 0;
        try (JsonParser p = CSV.getFactory().createParser(text)) {
            ((CsvParser) p).enable(CsvParser.Feature.WRAP_AS_ARRAY);
            ((CsvParser) p).enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            JsonToken t = p.nextToken(); // the outer array wrapping all rows
            if (t == null) {
                return rows;
            }
            while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
                // A row's own start is reported only by its first cell (the array token points at the row before).
                int line = 0;
                List<String> cells = new ArrayList<>();
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (cells.isEmpty()) {
                        line = p.currentTokenLocation().getLineNr();
                        rowStart = line;
                    }
                    cells.add(p.getValueAsString(""));
                }
                if (!(cells.size() == 1 && cells.get(0).isBlank())) {
                    rows.add(new Row(line, cells));
                }
            }
            return rows;
        } catch (JsonProcessingException e) {
            // The line the broken record starts on (an unclosed quote is only noticed at the end of the file).
            int line = rowStart > 0 ? rowStart : e.getLocation() != null ? e.getLocation().getLineNr() : 0;
            throw new TransactionFileException(line, "the file is not valid CSV: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new TransactionFileException(0, "the file is not valid CSV: " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------ lines

    private static TransactionLine line(FileHeader h, Row row) throws TransactionFileException {
        List<String> cells = row.cells();
        if (cells.size() != h.width()) {
            throw new TransactionFileException(row.line(), "the line has " + cells.size() + " cells but the header has "
                    + h.width());
        }
        String statusText = required(h, row, FileHeader.Column.STATUS);
        PayPayFileStatus status = h.status(statusText).orElseThrow(() -> new TransactionFileException(row.line(),
                h.columnName(FileHeader.Column.STATUS) + " '" + statusText + "' is not one of " + h.statusNames()));
        String amountText = required(h, row, FileHeader.Column.AMOUNT);
        if (!AMOUNT.matcher(amountText).matches()) {
            throw new TransactionFileException(row.line(), h.columnName(FileHeader.Column.AMOUNT) + " '" + amountText
                    + "' is not an amount in yen (digits, a minus sign for refunds)");
        }
        String merchantId = required(h, row, FileHeader.Column.MERCHANT_ID);
        if (!MERCHANT_ID.matcher(merchantId).matches()) {
            throw new TransactionFileException(row.line(), h.columnName(FileHeader.Column.MERCHANT_ID) + " '"
                    + merchantId + "' is not a merchant id (1-64 of a-z A-Z 0-9 - _)");
        }
        return new TransactionLine(row.line(), h.cell(cells, FileHeader.Column.PAYMENT_ID),
                h.cell(cells, FileHeader.Column.STORE_ID), h.cell(cells, FileHeader.Column.STORE_NAME),
                h.cell(cells, FileHeader.Column.TERMINAL_ID), status,
                time(h, row, required(h, row, FileHeader.Column.ACCEPTED_AT)), Long.parseLong(amountText), merchantId);
    }

    private static String required(FileHeader h, Row row, FileHeader.Column column) throws TransactionFileException {
        String value = h.cell(row.cells(), column);
        if (value == null) {
            throw new TransactionFileException(row.line(), h.columnName(column) + " is empty");
        }
        return value;
    }

    /** ISO-8601 with an offset (the spec's example), or the panel's {@code 2023/10/01 19:00:00} in JST. */
    private static Instant time(FileHeader h, Row row, String text) throws TransactionFileException {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notIso) {
            for (DateTimeFormatter f : List.of(SLASHED, DASHED, DateTimeFormatter.ISO_LOCAL_DATE_TIME)) {
                try {
                    return LocalDateTime.parse(text, f).atZone(JST).toInstant();
                } catch (DateTimeParseException e) {
                    // try the next form
                }
            }
        }
        throw new TransactionFileException(row.line(), h.columnName(FileHeader.Column.ACCEPTED_AT) + " '" + text
                + "' is not a date and time (e.g. 2024-10-01T19:00:00+09:00 or 2024/10/01 19:00:00)");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
