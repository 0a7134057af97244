#!/usr/bin/env bash
# Replays the red-team pass's reproductions against the built jar, on this machine only:
#   1. an import of a folder with poison records next to good ones must store every good record, name each bad
#      one on a line of its own, and exit 1;
#   2. malformed and hostile activities sent to a local-mode server must never be answered with a 5xx.
# The crafted-record masking matrix runs with the tests (CraftedRecordMaskingTest).
# Prints one line per check and a closing "N passed, N failed" line; exits 1 when anything failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
[ -f target/calltriage.jar ] || mvn -q -B -DskipTests package || exit 1

work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
passed=0
failed=0
check() { # check NAME CONDITION-RESULT DETAIL
  if [ "$2" = ok ]; then passed=$((passed + 1)); echo "ok      $1"; else failed=$((failed + 1)); echo "FAILED  $1: $3"; fi
}

record() { # record ID [EXTRA-JSON-FIELDS]
  printf '{"@odata.type":"#microsoft.graph.callRecords.callRecord","id":"%s","version":1,"type":"peerToPeer",' "$1"
  printf '"startDateTime":"2026-11-20T10:00:00Z","endDateTime":"2026-11-20T10:10:00Z"%s}' "${2:-}"
}

# 1. Poison import.
mkdir -p "$work/poison"
record good-1 > "$work/poison/01-good.json"
record bad-jitter ',"sessions":[{"id":"s1","segments":[{"id":"g1","media":[{"label":"main-audio","streams":[{"averageJitter":"PT9999999999S"}]}]}]}]' > "$work/poison/02-jitter.json"
{ printf '%.0s[' $(seq 1 5000); printf '%.0s]' $(seq 1 5000); } > "$work/poison/03-deep.json"
record bad-inf | sed 's/"version":1/"version":"INF"/' > "$work/poison/04-inf.json"
record bad-huge | sed 's/"version":1/"version":1e400/' > "$work/poison/05-huge.json"
record bad-negative | sed 's/"version":1/"version":-5/' > "$work/poison/06-negative.json"
{ printf '\xef\xbb\xbf'; record good-bom; } > "$work/poison/07-bom.json"
record good-2 > "$work/poison/08-good.json"
java -jar target/calltriage.jar import "$work/poison" --calltriage.store.url="jdbc:h2:file:$work/import" \
  --calltriage.demo.enabled=false > "$work/import.out" 2>&1
status=$?
rejected=$(grep -c '^rejected' "$work/import.out")
stored=$(grep -c '^stored' "$work/import.out")
traces=$(grep -c 'Exception\|\tat ' "$work/import.out")
[ "$status" = 1 ] && [ "$rejected" = 5 ] && [ "$stored" = 3 ] && [ "$traces" = 0 ] && r=ok || r=no
check "poison import: 3 good records stored, 5 rejected one line each, exit 1, no stack trace" "$r" \
  "exit $status, $stored stored, $rejected rejected, $traces stack-trace lines"

# 2. Hostile activities against a local-mode server.
port=$(( 20000 + RANDOM % 20000 )); mport=$((port + 1))
java -jar target/calltriage.jar --server.port=$port --management.server.port=$mport \
  --calltriage.store.url="jdbc:h2:mem:redteam;DB_CLOSE_DELAY=-1" > "$work/server.out" 2>&1 &
server=$!
for _ in $(seq 1 90); do
  curl -fs "http://127.0.0.1:$mport/actuator/health" > /dev/null 2>&1 && break
  sleep 1
done
tenant=$(grep -o 'contoso.com' README.md > /dev/null && echo dc368399-474c-4d40-900c-6265431fd81f)
sam=2e22d799-3658-36e5-9ca3-b7d0c9fc6b25
message() { # message TEXT [EXTRA-JSON]
  printf '{"type":"message","id":"1","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/","deliveryMode":"expectReplies","text":"%s",' "$1"
  printf '"from":{"id":"29:sam","name":"Sam Rivera","aadObjectId":"%s"},"recipient":{"id":"28:bot","name":"CallTriage"},' "$sam"
  printf '"conversation":{"id":"a:1","conversationType":"personal"},"channelData":{"tenant":{"id":"%s"}}%s}' "$tenant" "${2:-}"
}
big=$(head -c 300000 /dev/zero | tr '\0' 'a')
long=$(head -c 50000 /dev/zero | tr '\0' 'a')
cases=(
  'not JSON|this is not json'
  'JSON without a type|{"text":"hello"}'
  'a type that is not a string|{"type":42}'
  "a 300 KB body|{\"type\":\"message\",\"text\":\"$big\"}"
  'a message without serviceUrl|'"$(message help | sed 's/"serviceUrl":"[^"]*",//; s/"deliveryMode":"expectReplies",//')"
  'a serviceUrl nobody answers|'"$(message help | sed 's/"deliveryMode":"expectReplies",//')"
  'a file-consent invoke without value|{"type":"invoke","name":"fileConsent/invoke","id":"2","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/","from":{"id":"29:sam","aadObjectId":"'"$sam"'"},"recipient":{"id":"28:bot"},"conversation":{"id":"a:1","conversationType":"personal"},"channelData":{"tenant":{"id":"'"$tenant"'"}}}'
  'an entity without type|'"$(message 'show last calls for alice' ',"entities":[{"mentioned":{"id":"28:bot"}}]')"
  'a date past year 9999|'"$(message 'calls for alice from 2026-11-01 to +999999999-12-31')"
  'a 50,000-character name|'"$(message "show last calls for $long")"
  'a tenant id with a line break|'"$(message help | sed "s/\"tenant\":{\"id\":\"$tenant\"}/\"tenant\":{\"id\":\"evil\\\\r\\\\nINFO forged\"}/")"
  'a card button with a command as value|'"$(message '' ',"value":{"command":"debug 1"}')"
)
fivexx=0
for entry in "${cases[@]}"; do
  name=${entry%%|*}; body=${entry#*|}
  code=$(printf '%s' "$body" | curl -s -o "$work/body" -w '%{http_code}' --max-time 20 \
    -H 'Content-Type: application/json' --data-binary @- "http://127.0.0.1:$port/api/messages")
  if [ "${code:0:1}" = 5 ] || [ "$code" = 000 ]; then fivexx=$((fivexx + 1)); r=no; else r=ok; fi
  if grep -qi 'exception\|\tat com\.' "$work/body"; then r=no; fi
  check "$name: answered $code, no exception text" "$r" "$(head -c 200 "$work/body")"
done
check "malformed activities: ${#cases[@]} sent, $fivexx answered 5xx" "$([ $fivexx = 0 ] && echo ok || echo no)" \
  "see the lines above"
forged=$(grep -c '^INFO forged' "$work/server.out")
check "no log line forged from a request value" "$([ "$forged" = 0 ] && echo ok || echo no)" "$forged forged lines"

echo "redteam: $passed passed, $failed failed"
[ "$failed" = 0 ]
