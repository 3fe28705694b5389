#!/usr/bin/env bash
# The benchmark: starts the platform (no demo data) on free ports, measures PostgreSQL's own commit rate on it (the
# anchor), then the platform's hot paths from outside, and prints one table (also bench/target/bench.json).
# Usage: ./bench/run.sh [--quick] [--json FILE] [--only completions,acknowledgements,sweep,startup | none] [--statements]
#   --quick: a small council and short runs (CI runs it, no thresholds); --only: the anchor, the roster import and these
#   --statements: PostgreSQL counts every statement (pg_stat_statements); the SQL behind the warm completions, the fifty
#   councils' completions and the large roster is printed per unit of work (bench/target/statements-*.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipTests install -pl bench -am
exec java -cp "bench/target/classes:$(cat bench/target/runtime-classpath.txt)" uk.councilprotocol.bench.Bench "$@"
