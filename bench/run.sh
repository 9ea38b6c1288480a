#!/usr/bin/env bash
# `make bench`: measures callsim on real workloads and prints one "name value" line per figure,
# each next to its baseline where there is one. Numbers, not pass/fail: nothing here is asserted.
set -u
build=${1:-build}
cd "$(dirname "$0")/.."
callsim="$build/callsim"
corpus=tests/data/phrase_heldout.tsv
tmp=$(mktemp -d /tmp/callsim-bench.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

echo "# grading throughput: grade-phrase --batch over the held-out corpus, repeated"
grep -v '^#' "$corpus" | awk -F'\t' 'NF == 3 { print $1 "\t" $3 }' >"$tmp/one.tsv"
for _ in $(seq 50); do cat "$tmp/one.tsv"; done >"$tmp/many.tsv"
lines=$(wc -l <"$tmp/many.tsv")
start=$(date +%s.%N)
"$callsim" grade-phrase --batch <"$tmp/many.tsv" >"$tmp/out.jsonl"
end=$(date +%s.%N)
awk -v n="$lines" -v a="$start" -v b="$end" 'BEGIN { printf "callsim_lines_per_s %.0f\n", n / (b - a) }'
# callsim's own precision/recall on the same labelled lines
grep -v '^#' "$corpus" | awk -F'\t' 'NF == 3 { print $2 }' >"$tmp/labels"
"$callsim" grade-phrase --batch <"$tmp/one.tsv" | jq -r '.match' | paste "$tmp/labels" - |
  awk '{ e = $1 == "1"; g = $2 == "true"; tp += e && g; fp += g && !e; fn += e && !g }
       END { printf "callsim_precision %.3f\ncallsim_recall %.3f\n", tp / (tp + fp), tp / (tp + fn) }'
# start-up of the grader alone: process + phrase bank + OpenCC + lexicon (mapped build/lexicon.bin)
start=$(date +%s.%N)
for _ in $(seq 20); do "$callsim" grade-phrase --batch </dev/null >/dev/null; done
end=$(date +%s.%N)
awk -v a="$start" -v b="$end" 'BEGIN { printf "grade_phrase_startup_ms %.1f\n", (b - a) * 1000 / 20 }'
if command -v python3 >/dev/null 2>&1; then
  python3 bench/difflib_baseline.py assets/phrases.txt "$corpus" 5
else
  echo "difflib baseline skipped: no python3"
fi

echo "# SQLite: one committed transaction per turn (WAL, synchronous=FULL)"
"$build/bench/bench_store" 5000

echo "# start-up: headless run of the silent line (load bank, sandbox, scenario, play, grade)"
printf '@2 /answer\n@2 您好\n' >"$tmp/r.replies"
start=$(date +%s.%N)
for _ in $(seq 20); do "$callsim" run scenarios/silent_line.lua --replies "$tmp/r.replies" --json >/dev/null; done
end=$(date +%s.%N)
awk -v a="$start" -v b="$end" 'BEGIN { printf "headless_run_ms %.1f\n", (b - a) * 1000 / 20 }'
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "headless_run_peak_rss_kb %M" "$callsim" run scenarios/silent_line.lua --replies "$tmp/r.replies" --json 2>&1 >/dev/null | tail -n 1
else
  echo "headless_run_peak_rss_kb skipped: install the 'time' package"
fi

for b in bench/bench_ui_*.sh; do [ -f "$b" ] && bash "$b" "$build"; done

echo "# examiner secrets: one offline guess at the production Argon2id cost (README \"Examiners\")"
"$build/bench/bench_kdf" 5
