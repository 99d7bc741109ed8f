# Boxoffice on the official Open Liberty image (kernel-slim + features.sh + configure.sh, as Open Liberty
# documents for production images). Build: docker build -t boxoffice .
# Run:   docker run -p 9080:9080 -e BOXOFFICE_DB_URL=jdbc:postgresql://db:5432/boxoffice \
#          -e BOXOFFICE_REDIS_URL=redis://redis:6379 boxoffice

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -ntp dependency:go-offline -DexcludeArtifactIds=openliberty-runtime
COPY src ./src
# package builds the WAR and copies the JDBC driver to target/lib.
RUN mvn -B -ntp package -DskipTests

FROM icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi

# server.xml and jvm.options; features.sh installs exactly the features server.xml lists.
COPY --chown=1001:0 src/main/liberty/config/ /config/
RUN features.sh

COPY --chown=1001:0 --from=build /build/target/lib/ /config/lib/
COPY --chown=1001:0 --from=build /build/target/boxoffice.war /config/dropins/

# Messages of the embedded messaging engine survive container restarts when this is a volume.
ENV BOXOFFICE_MESSAGING_STORE=/opt/ol/wlp/output/defaultServer/messagestore
VOLUME /opt/ol/wlp/output/defaultServer/messagestore

RUN configure.sh

EXPOSE 9080 9443
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:9080/health/ready || exit 1
