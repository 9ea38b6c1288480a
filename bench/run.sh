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
# shared by many jobs) moves both sides of a pair alike. OLD=DIR (a built tree of an older
# callsim, with its own assets) is measured in the same pairs.
pairs=${PAIRS:-7}
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
median() { sort -g | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# median start-up of binary $1 in directory $2 (5 runs on empty input)
startup_of() { for _ in 1 2 3 4 5; do run_time "$1" "$2" /dev/null; done | median; }
# lines per second of binary $1 in directory $2 past start-up $3: one run
lps() { awk -v n="$lines" -v t="$(run_time "$1" "$2" "$tmp/many.tsv")" -v s="$3" 'BEGIN { printf "%.0f\n", n / (t - s) }'; }
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
  o=-
  [ -n "$old_bin" ] && o=$(lps "$old_bin" "$OLD" "$old_start")
  d=-
  if [ $have_py = 1 ]; then
    python3 bench/difflib_baseline.py assets/phrases.txt assets/taboo.txt "$corpus" 2 >"$tmp/difflib.$p"
    d=$(awk '$1 == "difflib_lines_per_s" { print $2 }' "$tmp/difflib.$p")
  fi
  echo "$c $o $d" >>"$tmp/pairs"
done
new_lps=$(awk '{ print $1 }' "$tmp/pairs" | median)
echo "callsim_lines_per_s $new_lps  (median of $pairs runs)"
[ -n "$old_bin" ] && echo "callsim_old_lines_per_s $(awk '{ print $2 }' "$tmp/pairs" | median)  ($OLD)"
# callsim's own precision/recall on the same labelled lines
grep -v '^#' "$corpus" | awk -F'\t' 'NF == 3 { print $2 }' >"$tmp/labels"
"$callsim" grade-phrase --batch <"$tmp/one.tsv" | jq -r '.match' | paste "$tmp/labels" - |
  awk '{ e = $1 == "1"; g = $2 == "true"; tp += e && g; fp += g && !e; fn += e && !g }
       END { printf "callsim_precision %.3f\ncallsim_recall %.3f\n", tp / (tp + fp), tp / (tp + fn) }'
# start-up of the grader alone: process + phrase bank + OpenCC + lexicon (mapped build/lexicon.bin)
awk -v s="$new_start" 'BEGIN { printf "grade_phrase_startup_ms %.1f  (median of 5)\n", s * 1000 }'
if [ $have_py = 1 ]; then
  echo "difflib_lines_per_s $(awk '{ print $3 }' "$tmp/pairs" | median)  (median of $pairs runs)"
  grep -v difflib_lines_per_s "$tmp/difflib.1"
  awk '{ print $1 / $3 }' "$tmp/pairs" >"$tmp/ratios"
  awk -v m="$(median <"$tmp/ratios")" -v lo="$(sort -g "$tmp/ratios" | head -n 1)" -v hi="$(sort -g "$tmp/ratios" | tail -n 1)" \
    'BEGIN { printf "callsim_vs_difflib %.1fx  (median of the paired ratios; min %.1fx, max %.1fx)\n", m, lo, hi }'
  if [ -n "$old_bin" ]; then
    awk '{ print $2 / $3 }' "$tmp/pairs" | median | awk '{ printf "callsim_old_vs_difflib %.1fx  (median of the paired ratios)\n", $1 }'
  fi
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
