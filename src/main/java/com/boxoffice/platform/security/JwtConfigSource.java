package com.boxoffice.platform.security;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Tells MicroProfile JWT how to verify the tokens this service issues: the public key of {@link JwtKeys},
 * the issuer and the audience. A low ordinal, so an operator can still override any of them.
 */
public class JwtConfigSource implements ConfigSource {

    public static final String ISSUER = "mp.jwt.verify.issuer";
    public static final String AUDIENCES = "mp.jwt.verify.audiences";
    static final String DEFAULT_ISSUER = "https://boxoffice.local";
    static final String DEFAULT_AUDIENCE = "boxoffice";

    private static final Set<String> NAMES = Set.of("mp.jwt.verify.publickey", "mp.jwt.verify.publickey.algorithm",
            ISSUER, AUDIENCES);

    @Override
    public Set<String> getPropertyNames() {
        return NAMES;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(ISSUER, DEFAULT_ISSUER, AUDIENCES, DEFAULT_AUDIENCE,
                "mp.jwt.verify.publickey.algorithm", "RS256", "mp.jwt.verify.publickey", JwtKeys.publicKeyPem());
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case ISSUER -> DEFAULT_ISSUER;
            case AUDIENCES -> DEFAULT_AUDIENCE;
            case "mp.jwt.verify.publickey.algorithm" -> "RS256";
            case "mp.jwt.verify.publickey" -> JwtKeys.publicKeyPem();
            default -> null;
        };
    }

    @Override
    public String getName() {
        return "boxoffice-jwt";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
