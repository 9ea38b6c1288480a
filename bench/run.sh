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
# lexicon; the median of 5 runs on empty input, reported below) is taken off its time. The two
# are run in turn, callsim then difflib, PAIRS times (default 7): each pair gives a ratio, and the
# median ratio is reported, so a machine that slows down or speeds up during the runs (2 cores
# shared by many jobs) moves both sides of a pair alike. Each figure comes twice, from the same
# runs: by the wall clock, and by CPU time (user + sys of callsim, bash's `time`; process_time()
# around difflib's loop), which other jobs on the machine hardly move. OLD=DIR (a built tree of an
# older callsim, with its own assets) is measured in the same pairs.
pairs=${PAIRS:-7}
grep -v '^#' "$corpus" | awk -F'\t' 'NF == 3 { print $1 "\t" $3 }' >"$tmp/one.tsv"
for _ in $(seq 200); do cat "$tmp/one.tsv"; done >"$tmp/many.tsv"
lines=$(wc -l <"$tmp/many.tsv")
# "WALL CPU" seconds of one run of grade-phrase --batch (binary $1, in directory $2) over file $3
run_time() {
  local TIMEFORMAT='%3R %3U %3S' t
  t=$( { time (cd "$2" && "$1" grade-phrase --batch <"$3" >/dev/null 2>&1); } 2>&1 )
  echo "$t" | awk '{ print $1, $2 + $3 }'
}
median() { sort -g | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# "WALL CPU" median start-up of binary $1 in directory $2 (5 runs on empty input)
startup_of() {
  for _ in 1 2 3 4 5; do run_time "$1" "$2" /dev/null; done >"$tmp/start"
  echo "$(awk '{ print $1 }' "$tmp/start" | median) $(awk '{ print $2 }' "$tmp/start" | median)"
}
# "WALL CPU" lines per second of binary $1 in directory $2 past start-up "$3" ("WALL CPU"): one run
lps() {
  run_time "$1" "$2" "$tmp/many.tsv" | awk -v n="$lines" -v s="$3" \
    'BEGIN { split(s, st, " ") } { printf "%.0f %.0f\n", n / ($1 - st[1]), n / ($2 - st[2]) }'
}
here=$(pwd)
case $callsim in /*) abs=$callsim ;; *) abs=$here/$callsim ;; esac
old_bin=
if [ -n "${OLD:-}" ] && [ -x "$OLD/$build/callsim" ]; then old_bin=$OLD/$build/callsim; fi
new_start=$(startup_of "$abs" "$here")
[ -n "$old_bin" ] && old_start=$(startup_of "$old_bin" "$OLD")
have_py=0
command -v python3 >/dev/null 2>&1 && have_py=1
: >"$tmp/pairs"
for p in $(seq "$pairs"); do
  c=$(lps "$abs" "$here" "$new_start")
  o="- -"
  [ -n "$old_bin" ] && o=$(lps "$old_bin" "$OLD" "$old_start")
  d="- -"
  if [ $have_py = 1 ]; then
    python3 bench/difflib_baseline.py assets/phrases.txt assets/taboo.txt "$corpus" 2 >"$tmp/difflib.$p"
    d=$(awk '$1 == "difflib_lines_per_s" { w = $2 } $1 == "difflib_cpu_lines_per_s" { c = $2 } END { print w, c }' "$tmp/difflib.$p")
  fi
  echo "$c $o $d" >>"$tmp/pairs"   # columns: callsim wall cpu, old wall cpu, difflib wall cpu
done
col() { awk -v k="$1" '{ print $k }' "$tmp/pairs" | median; }
echo "callsim_lines_per_s $(col 1)  (median of $pairs runs; by CPU time $(col 2))"
[ -n "$old_bin" ] && echo "callsim_old_lines_per_s $(col 3)  (by CPU time $(col 4); $OLD)"
# callsim's own precision/recall on the same labelled lines
grep -v '^#' "$corpus" | awk -F'\t' 'NF == 3 { print $2 }' >"$tmp/labels"
"$callsim" grade-phrase --batch <"$tmp/one.tsv" | jq -r '.match' | paste "$tmp/labels" - |
  awk '{ e = $1 == "1"; g = $2 == "true"; tp += e && g; fp += g && !e; fn += e && !g }
       END { printf "callsim_precision %.3f\ncallsim_recall %.3f\n", tp / (tp + fp), tp / (tp + fn) }'
# start-up of the grader alone: process + phrase bank + OpenCC + lexicon (mapped build/lexicon.bin)
echo "$new_start" | awk '{ printf "grade_phrase_startup_ms %.1f  (median of 5; CPU %.1f ms)\n", $1 * 1000, $2 * 1000 }'
if [ $have_py = 1 ]; then
  echo "difflib_lines_per_s $(col 5)  (median of $pairs runs; by CPU time $(col 6))"
  grep -v 'difflib_lines_per_s\|difflib_cpu_lines_per_s' "$tmp/difflib.1"
  # the median, min and max of the pair-by-pair ratios of columns $1 / $2, as "Nx (min, max)"
  ratio() {
    awk -v a="$1" -v b="$2" '{ print $a / $b }' "$tmp/pairs" >"$tmp/ratios"
    awk -v m="$(median <"$tmp/ratios")" -v lo="$(sort -g "$tmp/ratios" | head -n 1)" -v hi="$(sort -g "$tmp/ratios" | tail -n 1)" \
      'BEGIN { printf "%.1fx (min %.1fx, max %.1fx)", m, lo, hi }'
  }
  echo "callsim_vs_difflib $(ratio 1 5) by the wall clock; $(ratio 2 6) by CPU time  (medians of the paired ratios)"
  [ -n "$old_bin" ] && echo "callsim_old_vs_difflib $(ratio 3 5) by the wall clock; $(ratio 4 6) by CPU time"
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
