#!/usr/bin/env bash
# The benchmark: starts the platform (no demo data) on free ports, measures PostgreSQL's own commit rate on it (the
# anchor), then the platform's hot paths from outside, and prints one table (also bench/target/bench.json).
# Usage: ./bench/run.sh [--quick] [--json FILE] [--only completions,acknowledgements,sweep | none]
#   --quick: a small council and short runs (CI runs it, no thresholds); --only: the anchor, the roster import and these
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipTests install -pl bench -am
exec java -cp "bench/target/classes:$(cat bench/target/runtime-classpath.txt)" uk.councilprotocol.bench.Bench "$@"
