#!/usr/bin/env bash
# The flash-sale benchmark: starts the service on port 9280 (and with BENCH_INSTANCES=2 a second server of it on
# 9281, sharing PostgreSQL, Redis and the token key) against its own database (boxoffice_bench), with rate limits
# and the access log off and a Redis of its own (port BENCH_REDIS_PORT, 16380) that the driver stops for the database
# phase, runs com.boxoffice.bench.FlashSale (warm-up, then the measured phases, load spread over the servers; the
# closed loops are driven by wrk with bench/wrk/flash-sale.lua) and stops the servers and that Redis.
# Options: BENCH_WARMUP (s, default 60), BENCH_SECONDS (per phase, default 20), BENCH_CONCURRENCY (48),
# BENCH_USERS (5000), BENCH_HTTP2 (the purchases' client; false: HTTP/1.1; true: h2c), BENCH_INSTANCES (1 or 2),
# BENCH_ONLY=purchases|holds|soak|overload|waiting-room (only the purchase phase; only the trivial and Redis hold
# phases; the soak, see bench/soak.sh; holds offered at 1x, 2x and 3x their capacity, BENCH_OVERLOAD_SECONDS each
# (30); a waiting room with a line of BENCH_LINE customers (50,000)), BENCH_RATE (soak: purchases started per second, default 50),
# BENCH_PAYMENT_LATENCY_MS (sandbox provider latency per call, default 0), BENCH_SMTP_PORT (the driver's SMTP server
# that the servers send their emails to, 3925),
# BENCH_COMPARE=<git ref>: afterwards build that commit beside the working tree and run the same driver against it,
# back to back, so that a change is judged side by side on the same machine on the same day.
# BENCH_REDIS=cluster|sentinel: the hold phases (as BENCH_ONLY=holds) on the one Redis, then, the server restarted
# on a fresh database, the same phases on a Redis Cluster of three masters or on a master and a replica watched by
# three sentinels (processes of the benchmark's own, ports 16381-16393): the cost of each topology side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
./bin/services
command -v wrk >/dev/null || (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk) >/dev/null
redis_port="${BENCH_REDIS_PORT:-16380}"
redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
redis-server --bind 127.0.0.1 --port "$redis_port" --daemonize yes --save "" --appendonly no >/dev/null

export BOXOFFICE_HTTP_PORT=9280 BOXOFFICE_HTTPS_PORT=9643 BOXOFFICE_MESSAGING_PORT=7286
export BOXOFFICE_DB_URL=jdbc:postgresql://localhost:5432/boxoffice_bench
export BOXOFFICE_REDIS_URL=redis://127.0.0.1:$redis_port
export BOXOFFICE_HOLD_RATE_LIMIT=0 BOXOFFICE_AUTH_RATE_LIMIT=0 BOXOFFICE_SAMPLE_DATA=false
export BOXOFFICE_ACCESS_LOG=false BOXOFFICE_LOG_FORMAT=simple
export BOXOFFICE_PAYMENT_SANDBOX_LATENCY_MS="${BENCH_PAYMENT_LATENCY_MS:-0}"
# the confirmation emails go to a real SMTP server in the driver (its email lag is measured)
smtp_port="${BENCH_SMTP_PORT:-3925}"
export BOXOFFICE_SMTP_HOST=127.0.0.1 BOXOFFICE_SMTP_PORT="$smtp_port"
mkdir -p target
key=target/bench-jwt-key.pem
[ -s "$key" ] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$key" 2>/dev/null
BOXOFFICE_JWT_PRIVATE_KEY="$(cat "$key")"
export BOXOFFICE_JWT_PRIVATE_KEY
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS boxoffice_bench WITH (FORCE)" postgres

wlp=target/liberty/wlp
servers=http://localhost:9280
stop() {
    [ "${BENCH_INSTANCES:-1}" = 2 ] && "$wlp/bin/server" stop bench2 >/dev/null || true
    mvn -B -ntp -q liberty:stop
    redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
}
mvn -B -ntp -q -DskipTests package test-compile liberty:create liberty:deploy liberty:start
trap stop EXIT
if [ "${BENCH_INSTANCES:-1}" = 2 ]; then
    rm -rf "$wlp/usr/servers/bench2"
    mkdir -p "$wlp/usr/servers/bench2"
    (cd "$wlp/usr/servers/defaultServer" && cp -r server.xml server.env jvm.options bootstrap.properties configDropins lib dropins apps \
        "../bench2/" 2>/dev/null || true)
    BOXOFFICE_HTTP_PORT=9281 BOXOFFICE_HTTPS_PORT=9644 BOXOFFICE_MESSAGING_PORT=7287 "$wlp/bin/server" start bench2
    servers=$servers,http://localhost:9281
fi

users="${BENCH_USERS:-5000}"
[ -n "${BENCH_REDIS:-}" ] && export BENCH_ONLY=holds
[ "${BENCH_ONLY:-}" = waiting-room ] && users="${BENCH_LINE:-50000}"
drive() {
    echo "=== $1"
    mvn -B -ntp -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.boxoffice.bench.FlashSale \
        -Dbench.url="$servers" -Dbench.redis.port="$redis_port" -Dbench.db="$BOXOFFICE_DB_URL" -Dbench.key="$key" \
        -Dbench.warmup="${BENCH_WARMUP:-60}" -Dbench.seconds="${BENCH_SECONDS:-20}" \
        -Dbench.concurrency="${BENCH_CONCURRENCY:-48}" -Dbench.users="$users" \
        -Dbench.http2="${BENCH_HTTP2:-false}" -Dbench.only="${BENCH_ONLY:-all}" -Dbench.rate="${BENCH_RATE:-50}" \
        -Dbench.overload.seconds="${BENCH_OVERLOAD_SECONDS:-30}" -Dbench.smtp.port="$smtp_port"
}
drive "working tree ($(git rev-parse --short HEAD)$(git diff --quiet || echo ', with changes'))${BENCH_REDIS:+, one Redis}"

# Redis servers of the benchmark's own for BENCH_REDIS, stopped on exit
topology_ports=()
start_redis() { # port, extra arguments
    local port=$1; shift
    redis-server --bind 127.0.0.1 --port "$port" --daemonize yes --save "" --appendonly no --dir "$topology_dir" "$@" >/dev/null
    topology_ports+=("$port")
    for _ in $(seq 1 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && return; sleep 0.2; done
    echo "redis on $port did not start" >&2; exit 1
}
stop_topology() {
    for port in "${topology_ports[@]}"; do redis-cli -p "$port" shutdown nosave >/dev/null 2>&1 || true; done
}
if [ -n "${BENCH_REDIS:-}" ]; then
    stop
    trap 'stop; stop_topology' EXIT
    topology_dir="$PWD/target/bench-redis-$BENCH_REDIS"
    rm -rf "$topology_dir" && mkdir -p "$topology_dir"
    case "$BENCH_REDIS" in
    cluster)
        for port in 16381 16382 16383; do
            start_redis "$port" --cluster-enabled yes --cluster-config-file "nodes-$port.conf" --cluster-node-timeout 2000
        done
        redis-cli --cluster create 127.0.0.1:16381 127.0.0.1:16382 127.0.0.1:16383 --cluster-replicas 0 --cluster-yes >/dev/null
        for _ in $(seq 1 50); do redis-cli -p 16381 cluster info | grep -q cluster_state:ok && break; sleep 0.2; done
        export BOXOFFICE_REDIS_CLUSTER_NODES=127.0.0.1:16381,127.0.0.1:16382 ;;
    sentinel)
        start_redis 16381
        start_redis 16382 --replicaof 127.0.0.1 16381
        for port in 16391 16392 16393; do
            printf 'port %s\nbind 127.0.0.1\ndir %s\nsentinel monitor boxoffice 127.0.0.1 16381 2\nsentinel down-after-milliseconds boxoffice 5000\n' \
                "$port" "$topology_dir" > "$topology_dir/sentinel-$port.conf"
            redis-server "$topology_dir/sentinel-$port.conf" --sentinel --daemonize yes >/dev/null
            topology_ports+=("$port")
        done
        sleep 2
        export BOXOFFICE_REDIS_SENTINELS=127.0.0.1:16391,127.0.0.1:16392,127.0.0.1:16393 BOXOFFICE_REDIS_SENTINEL_MASTER=boxoffice ;;
    *) echo "BENCH_REDIS: cluster or sentinel" >&2; exit 2 ;;
    esac
    psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS boxoffice_bench WITH (FORCE)" postgres
    redis-server --bind 127.0.0.1 --port "$redis_port" --daemonize yes --save "" --appendonly no >/dev/null
    mvn -B -ntp -q liberty:start
    drive "working tree, Redis $BENCH_REDIS"
fi

if [ -n "${BENCH_COMPARE:-}" ]; then
    stop
    trap - EXIT
    # the other commit, built from its own sources into a Liberty of its own, on the same ports, database and Redis
    other=target/compare
    rm -rf "$other" && mkdir -p "$other"
    git archive "$BENCH_COMPARE" | tar -x -C "$other"
    redis-server --bind 127.0.0.1 --port "$redis_port" --daemonize yes --save "" --appendonly no >/dev/null
    psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS boxoffice_bench WITH (FORCE)" postgres
    (cd "$other" && mvn -B -ntp -q -DskipTests package liberty:create liberty:deploy liberty:start)
    trap '(cd "$other" && mvn -B -ntp -q liberty:stop); redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true' EXIT
    servers=http://localhost:9280
    drive "$BENCH_COMPARE ($(git rev-parse --short "$BENCH_COMPARE"))"
fi
