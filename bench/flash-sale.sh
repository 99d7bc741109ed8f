#!/usr/bin/env bash
# The flash-sale benchmark: starts the service on port 9280 against its own database (boxoffice_bench)
# with rate limits off and Redis reached through a proxy the driver can cut, runs
# com.boxoffice.bench.FlashSale (warm-up, then the measured phases) and stops the server.
# Options: BENCH_WARMUP (s, default 60), BENCH_SECONDS (per phase, default 20), BENCH_CONCURRENCY (48),
# BENCH_USERS (5000), BENCH_HTTP2 (false: HTTP/1.1; true: h2c), BENCH_ONLY=purchases|holds (only the purchase phase,
# or only the trivial and Redis hold phases),
# BENCH_PAYMENT_LATENCY_MS (sandbox provider latency per call, default 0).
set -euo pipefail
cd "$(dirname "$0")/.."
./bin/services

export BOXOFFICE_HTTP_PORT=9280 BOXOFFICE_HTTPS_PORT=9643
export BOXOFFICE_DB_URL=jdbc:postgresql://localhost:5432/boxoffice_bench
export BOXOFFICE_REDIS_URL=redis://127.0.0.1:16380
export BOXOFFICE_HOLD_RATE_LIMIT=0 BOXOFFICE_AUTH_RATE_LIMIT=0 BOXOFFICE_SAMPLE_DATA=false
export BOXOFFICE_PAYMENT_SANDBOX_LATENCY_MS="${BENCH_PAYMENT_LATENCY_MS:-0}" BOXOFFICE_MESSAGING_PORT=7286
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS boxoffice_bench WITH (FORCE)" postgres

mvn -B -ntp -q -DskipTests package test-compile liberty:create liberty:deploy liberty:start
trap 'mvn -B -ntp -q liberty:stop' EXIT

mvn -B -ntp -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.boxoffice.bench.FlashSale \
    -Dbench.url=http://localhost:9280 -Dbench.db="$BOXOFFICE_DB_URL" \
    -Dbench.key=target/liberty/wlp/usr/servers/defaultServer/resources/security/boxoffice-jwt-key.pem \
    -Dbench.warmup="${BENCH_WARMUP:-60}" -Dbench.seconds="${BENCH_SECONDS:-20}" \
    -Dbench.concurrency="${BENCH_CONCURRENCY:-48}" -Dbench.users="${BENCH_USERS:-5000}" \
    -Dbench.http2="${BENCH_HTTP2:-false}" -Dbench.only="${BENCH_ONLY:-all}"
