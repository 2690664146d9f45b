package org.forecast4j.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 digests as this library writes them: {@code "sha256:"} followed by 64 lower-case hex digits. */
public final class Digests {
    private Digests() {
    }

    /**
     * @param text any text
     * @return {@code "sha256:"} and the hex SHA-256 of its UTF-8 bytes
     */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            StringBuilder sb = new StringBuilder("sha256:");
            for (byte b : digest.digest(text.getBytes(StandardCharsets.UTF_8))) {
                sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
