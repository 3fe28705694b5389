#!/usr/bin/env bash
# Benchmark: a council-sized roster through the whole slice.
# Starts the local platform without demo data, imports N people (default 5000: 60 councillors, the rest
# officers in five departments with line managers), and reports how long the import, the re-import and
# the downstream reminder planning take, and how fast the compliance queries answer.
# Usage: bench/roster-import.sh [people]   (needs curl and psql)
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE=${1:-5000}
CSV=$(mktemp --suffix=.csv)
awk -v n="$PEOPLE" 'BEGIN {
  split("Adults and Communities|Children and Learning|Environment and Place|Law and Governance|Finance and Resources", d, "|");
  split("Riverside Independents|Labour Group|Conservative Group|Green Group", g, "|");
  print "id,full_name,email,kind,roles,department,political_group,line_manager_id,start_date,active";
  for (i = 0; i < n; i++) {
    id = sprintf("B%05d", i);
    if (i < 60) {
      role = (i % 15 == 0) ? "group-leader" : ((i % 7 == 0) ? "planning-committee" : "");
      printf "%s,Councillor %d,c%d@bench.example.gov.uk,councillor,%s,,%s,,2023-05-08,true\n", id, i, i, role, g[i % 4 + 1];
    } else {
      mgr = (i >= 160) ? sprintf("B%05d", 60 + int((i - 60) / 10)) : "";
      role = (i < 65) ? "chief-officer" : "";
      printf "%s,Officer %d,o%d@bench.example.gov.uk,officer,%s,%s,,%s,2020-01-0%d,true\n", id, i, i, role, d[i % 5 + 1], mgr, 1 + i % 9;
    }
  }
}' > "$CSV"

./mvnw -q -B -DskipTests install
: > deploy/bench-platform.log
java -cp "deploy/launcher/target/classes:$(cat deploy/launcher/target/runtime-classpath.txt)" \
  uk.councilprotocol.deploy.LocalPlatform --no-demo > deploy/bench-platform.log 2>&1 &
LAUNCHER=$!
trap 'kill -TERM $LAUNCHER; wait $LAUNCHER 2>/dev/null || true; rm -f "$CSV"' EXIT
until grep -q "The platform is up" deploy/bench-platform.log; do sleep 1; done
grep "ready in" deploy/bench-platform.log
TOKEN=$(curl -sf 'http://localhost:8090/dev/token?sub=bench-hr&roles=hr' | sed 's/.*"access_token":"\([^"]*\).*/\1/')
AUTH="Authorization: Bearer $TOKEN"

ms() { date +%s%3N; }
t0=$(ms); curl -sf -X POST --data-binary @"$CSV" -H 'Content-Type: text/csv' -H "$AUTH" localhost:8081/roster/import; t1=$(ms)
echo; echo "import of $PEOPLE people: $((t1 - t0)) ms"
t0=$(ms); curl -sf -o /dev/null -X POST --data-binary @"$CSV" -H 'Content-Type: text/csv' -H "$AUTH" localhost:8081/roster/import; t1=$(ms)
echo "re-import (all unchanged): $((t1 - t0)) ms"
expected=$(PGPASSWORD=local-training psql -h localhost -p 15432 -U training council -tAc "select 4 * count(*) from training.assignment")
start=$(ms)
until [ "$(PGPASSWORD=local-notifications psql -h localhost -p 15432 -U notifications council -tAc 'select count(*) from notifications.reminder')" -ge "$expected" ]; do sleep 1; done
echo "notifications planned all $expected reminders $(( $(ms) - start )) ms after the import returned"
for q in "summary?by=department" "summary?by=role" "overdue"; do
  t0=$(ms); curl -sf -o /dev/null -H "$AUTH" "localhost:8081/compliance/$q"; t1=$(ms); echo "GET /compliance/$q: $((t1 - t0)) ms"
done
