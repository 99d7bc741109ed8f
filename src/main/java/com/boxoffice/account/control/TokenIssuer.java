package com.boxoffice.account.control;

import com.boxoffice.account.entity.User;
import com.boxoffice.platform.security.JwtConfigSource;
import com.boxoffice.platform.security.JwtKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/** Signs RS256 tokens with the issuer and audience that MicroProfile JWT is told to verify. */
@ApplicationScoped
public class TokenIssuer {

    @Inject
    @ConfigProperty(name = JwtConfigSource.ISSUER)
    String issuer;

    @Inject
    @ConfigProperty(name = JwtConfigSource.AUDIENCES)
    List<String> audiences;

    @Inject
    @ConfigProperty(name = "boxoffice.jwt.ttl", defaultValue = "900")
    long ttlSeconds;

    @Inject
    Clock clock;

    public record IssuedToken(String token, Instant expiresAt) {
    }

    public IssuedToken issue(User user) {
        Instant now = clock.instant();
        return sign(user, now, now.plusSeconds(ttlSeconds));
    }

    IssuedToken sign(User user, Instant issuedAt, Instant expiresAt) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audiences.get(0));
        claims.setSubject(user.id().toString());
        claims.setClaim("upn", user.email());
        claims.setClaim("name", user.name());
        claims.setStringListClaim("groups", List.copyOf(user.roles()));
        claims.setIssuedAt(NumericDate.fromMilliseconds(issuedAt.toEpochMilli()));
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        claims.setGeneratedJwtId();

        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(JwtKeys.get().getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return new IssuedToken(jws.getCompactSerialization(), Instant.ofEpochSecond(expiresAt.getEpochSecond()));
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }
}
