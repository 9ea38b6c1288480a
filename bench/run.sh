#!/usr/bin/env bash
# `make bench`: measures callsim on real workloads and prints one "name value" line per figure,
# each next to its baseline where there is one. Numbers, not pass/fail: nothing here is asserted.
set -u
# usage: bench/run.sh [BUILD] [grading]   (grading: only the grading figures)
build=${1:-build}
only=${2:-}
cd "$(dirname "$0")/.."
callsim="$build/callsim"
corpus=tests/data/phrase_heldout.tsv
tmp=$(mktemp -d /tmp/callsim-bench.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

echo "# grading throughput: grade-phrase --batch over the held-out corpus, repeated 200 times"
# Both sides do the same job per line: judge the category's phrase and scan the whole taboo list
# (bench/difflib_baseline.py says how the baseline does it). Steady state on both sides: the
# baseline loads its bank before its clock starts, so callsim's start-up (process, bank, OpenCC,
# lexicon; measured on empty input and reported below) is taken off its time; each side is the
# best of 3 runs. OLD=DIR (a built tree of an older callsim, with its own assets) is measured too.
grep -v '^#' "$corpus" | awk -F'\t' 'NF == 3 { print $1 "\t" $3 }' >"$tmp/one.tsv"
for _ in $(seq 200); do cat "$tmp/one.tsv"; done >"$tmp/many.tsv"
lines=$(wc -l <"$tmp/many.tsv")
# seconds of one run of grade-phrase --batch (binary $1, in directory $2) over file $3
run_time() {
  local start end
  start=$(date +%s.%N)
  (cd "$2" && "$1" grade-phrase --batch <"$3" >/dev/null)
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { print b - a }'
}
# lines per second of grade-phrase --batch (binary $1, in directory $2) past its start-up: the
# best of 3 runs, less the best of 5 start-ups
throughput() {
  local best=0 startup=1000
  for _ in 1 2 3 4 5; do
    startup=$(awk -v s="$(run_time "$1" "$2" /dev/null)" -v m="$startup" 'BEGIN { print (s < m ? s : m) }')
  done
  for _ in 1 2 3; do
    best=$(awk -v n="$lines" -v t="$(run_time "$1" "$2" "$tmp/many.tsv")" -v s="$startup" -v m="$best" \
      'BEGIN { r = n / (t - s); print (r > m ? r : m) }')
  done
  printf '%.0f\n' "$best"
}
here=$(pwd)
case $callsim in /*) abs=$callsim ;; *) abs=$here/$callsim ;; esac
new_lps=$(throughput "$abs" "$here")
echo "callsim_lines_per_s $new_lps"
old_lps=
if [ -n "${OLD:-}" ] && [ -x "$OLD/$build/callsim" ]; then
  old_lps=$(throughput "$OLD/$build/callsim" "$OLD")
  echo "callsim_old_lines_per_s $old_lps  ($OLD)"
fi
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
  # best of 3 runs, as for callsim
  for r in 1 2 3; do python3 bench/difflib_baseline.py assets/phrases.txt assets/taboo.txt "$corpus" 2 >"$tmp/difflib.$r"; done
  sort -k2 -n "$tmp"/difflib.[123] | awk '$1 == "difflib_lines_per_s"' | tail -n 1
  grep -v difflib_lines_per_s "$tmp/difflib.1"
  base=$(cat "$tmp"/difflib.[123] | awk '$1 == "difflib_lines_per_s" && $2 > m { m = $2 } END { print m }')
  awk -v c="$new_lps" -v b="$base" 'BEGIN { printf "callsim_vs_difflib %.1fx\n", c / b }'
  [ -n "$old_lps" ] && awk -v c="$old_lps" -v b="$base" 'BEGIN { printf "callsim_old_vs_difflib %.1fx\n", c / b }'
else
  echo "difflib baseline skipped: no python3"
fi
[ "$only" = grading ] && exit 0

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
