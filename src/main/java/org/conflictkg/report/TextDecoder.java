package org.conflictkg.report;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text, saying which encoding was used. A BOM decides; otherwise strict UTF-8; otherwise
 * ICU's detector must recognise a single-byte Western encoding, and the result records that it was
 * detected. Anything else is an error naming the byte where UTF-8 failed: we never guess silently.
 */
final class TextDecoder {
    /** What came out, and from which encoding. */
    record Decoded(String text, String encoding) {
    }

    // ICU's confidence is 0..100; below this a Latin-1 reading of non-UTF-8 bytes is too doubtful.
    private static final int MIN_CONFIDENCE = 20;

    private TextDecoder() {
    }

    static Decoded decode(String source, byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(source, bytes, 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(source, bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE (BOM)");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(source, bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE (BOM)");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ReportFormatException(source, "binary data (NUL byte at offset " + i + "), not text");
            }
        }
        try {
            return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
        } catch (MalformedInputException e) {
            int at = firstInvalidUtf8(bytes);
            return detectSingleByte(source, bytes, at);
        } catch (CharacterCodingException e) {
            throw new ReportFormatException(source, "cannot be decoded: " + e.getMessage(), e);
        }
    }

    private static Decoded detectSingleByte(String source, byte[] bytes, int badByte) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName();
            boolean western = name.equals("ISO-8859-1") || name.equals("windows-1252") || name.equals("ISO-8859-15");
            if (western && match.getConfidence() >= MIN_CONFIDENCE) {
                // windows-1252 is a superset of ISO-8859-1 for printable text (it adds ’ « € …).
                String text = new String(bytes, Charset.forName("windows-1252"));
                return new Decoded(text, "windows-1252 (detected)");
            }
        }
        throw new ReportFormatException(source, "not valid UTF-8 at byte " + badByte
                + ", no BOM, and no single-byte encoding could be detected; convert it to UTF-8");
    }

    private static String strict(String source, byte[] bytes, int offset, Charset cs) {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new ReportFormatException(source, "has a " + cs.name() + " byte-order mark but is not valid "
                    + cs.name(), e);
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder(StandardCharsets.UTF_8).decode(in, CharBuffer.allocate(bytes.length), true);
        return result.isError() ? in.position() : bytes.length;
    }
}
