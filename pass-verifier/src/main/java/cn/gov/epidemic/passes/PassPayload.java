package cn.gov.epidemic.passes;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * What a checkpoint needs to decide offline, as signed: pass id, type, plate, validity window (whole seconds),
 * number of people the pass lists (holders), issuing body, and the id of the signing key.
 *
 * <p>Binary form, version 1 (big-endian): {@code 0x01 | id (16) | type code (1, E/K/P) | plate (str) | validFrom
 * epoch s (8) | validUntil epoch s (8) | holders (1, unsigned) | issuer (str) | keyId (str)}, where str is one length
 * byte and that many bytes of UTF-8. Decoding is strict: a wrong version, an unknown type, invalid UTF-8, a window
 * that ends before it begins, or bytes left over all fail.
 */
public record PassPayload(UUID passId, PassType type, String plate, Instant validFrom, Instant validUntil, int holders,
                          String issuer, String keyId) {

    public static final int VERSION = 1;

    public PassPayload {
        if (passId == null || type == null || plate == null || validFrom == null || validUntil == null || issuer == null || keyId == null) {
            throw new IllegalArgumentException("every field of a pass payload is required");
        }
        if (holders < 0 || holders > 255) throw new IllegalArgumentException("holders must be 0..255");
        if (validUntil.isBefore(validFrom)) throw new IllegalArgumentException("validity window ends before it begins");
        validFrom = Instant.ofEpochSecond(validFrom.getEpochSecond());
        validUntil = Instant.ofEpochSecond(validUntil.getEpochSecond());
    }

    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(96);
        out.write(VERSION);
        ByteBuffer id = ByteBuffer.allocate(16).putLong(passId.getMostSignificantBits()).putLong(passId.getLeastSignificantBits());
        out.writeBytes(id.array());
        out.write(type.code);
        str(out, plate);
        out.writeBytes(ByteBuffer.allocate(16).putLong(validFrom.getEpochSecond()).putLong(validUntil.getEpochSecond()).array());
        out.write(holders);
        str(out, issuer);
        str(out, keyId);
        return out.toByteArray();
    }

    private static void str(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length > 255) throw new IllegalArgumentException("text field longer than 255 bytes of UTF-8");
        out.write(b.length);
        out.writeBytes(b);
    }

    /** Decodes the binary form; throws {@link IllegalArgumentException} when it is not exactly a version-1 payload. */
    public static PassPayload decode(byte[] bytes) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (in.get() != VERSION) throw new IllegalArgumentException("unknown payload version");
            UUID id = new UUID(in.getLong(), in.getLong());
            PassType type = PassType.ofCode(in.get());
            if (type == null) throw new IllegalArgumentException("unknown pass type");
            String plate = str(in);
            Instant from = Instant.ofEpochSecond(in.getLong());
            Instant until = Instant.ofEpochSecond(in.getLong());
            int holders = Byte.toUnsignedInt(in.get());
            String issuer = str(in);
            String keyId = str(in);
            if (in.hasRemaining()) throw new IllegalArgumentException("bytes after the payload");
            return new PassPayload(id, type, plate, from, until, holders, issuer, keyId);
        } catch (java.nio.BufferUnderflowException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("truncated or out-of-range payload");
        }
    }

    private static String str(ByteBuffer in) {
        int n = Byte.toUnsignedInt(in.get());
        byte[] b = new byte[n];
        in.get(b);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("text field is not UTF-8");
        }
    }
}
