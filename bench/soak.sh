#!/usr/bin/env bash
# The soak: SOAK_SECONDS (default 600) of customers at BENCH_RATE purchases started per second (default 50;
# each looks at the seat map, holds, orders and pays), open loop, after BENCH_WARMUP (default 60) s. Samples each
# server's heap and connection pool every 10 s and ends with SOAK PASS (no failed request, heap low points
# flat, pool never dry and idle afterwards) or SOAK FAIL. BENCH_INSTANCES=2 soaks two servers.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_ONLY=soak BENCH_SECONDS="${SOAK_SECONDS:-600}" exec bench/flash-sale.sh
