package com.boxoffice.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * The RSA key pair that signs the service's tokens. From BOXOFFICE_JWT_PRIVATE_KEY (PKCS#8 PEM) when set;
 * otherwise from the file BOXOFFICE_JWT_KEY_FILE (default under the server's directory), generated once
 * when missing so tokens survive restarts. Instances that share the variable or the file accept each
 * other's tokens. Environment variables are read directly because MicroProfile JWT asks for the public
 * key through a config source, before CDI exists.
 */
public final class JwtKeys {

    private static final Logger LOG = Logger.getLogger(JwtKeys.class.getName());
    private static final String DEFAULT_FILE = "resources/security/boxoffice-jwt-key.pem";
    private static volatile KeyPair keys;
    private static volatile String publicKeyPem;

    private JwtKeys() {
    }

    public static KeyPair get() {
        KeyPair current = keys;
        if (current == null) {
            synchronized (JwtKeys.class) {
                if (keys == null) {
                    keys = load();
                }
                current = keys;
            }
        }
        return current;
    }

    /** Asked for on every request (MicroProfile JWT reads its settings each time): encoded once. */
    public static String publicKeyPem() {
        String encoded = publicKeyPem;
        if (encoded == null) {
            encoded = pem("PUBLIC KEY", get().getPublic().getEncoded());
            publicKeyPem = encoded;
        }
        return encoded;
    }

    private static KeyPair load() {
        try {
            String fromEnvironment = System.getenv("BOXOFFICE_JWT_PRIVATE_KEY");
            if (fromEnvironment != null && !fromEnvironment.isBlank()) {
                return fromPrivateKey(fromEnvironment);
            }
            String configured = System.getenv("BOXOFFICE_JWT_KEY_FILE");
            Path file = Paths.get(configured == null || configured.isBlank() ? DEFAULT_FILE : configured).toAbsolutePath();
            if (!Files.exists(file)) {
                generateInto(file);
            }
            return fromPrivateKey(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("No usable token signing key", e);
        }
    }

    /** Writes a new key atomically; when another instance wins the race, its key is the one used. */
    private static void generateInto(Path file) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = pem("PRIVATE KEY", generator.generateKeyPair().getPrivate().getEncoded());
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "jwt-key", ".tmp");
        try {
            Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Generated a token signing key at " + file);
        } catch (FileAlreadyExistsException e) {
            // another instance generated it first
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static KeyPair fromPrivateKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        KeyFactory factory = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
                new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        return new KeyPair(publicKey, privateKey);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
