#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS (short in `make test`, long in `make fuzz`) from a seed
# corpus made of the project's own inputs. A crash or sanitizer report fails the target and leaves
# the reproducer in the log directory.
#   tests/fuzz/run.sh FUZZ_BIN_DIR SECONDS [TARGET]   (TARGET: one of them, e.g. fuzz_phrase)
set -u
bin=${1:-build/fuzz/fuzzers}
secs=${2:-10}
cd "$(dirname "$0")/../.."
pass=0
fail=0
work=$(mktemp -d /tmp/callsim-fuzz.XXXXXX)
seed() { # target -> seed dir
  local d="$work/seed-$1"
  mkdir -p "$d"
  case "$1" in
    fuzz_phrase)
      grep -hv '^#' tests/data/*.tsv | awk -F'\t' 'NF == 3 { print $3 > ("'"$d"'/" NR) }' ;;
    fuzz_replies) cp tests/transcripts/*.replies "$d"/ 2>/dev/null ;;
    fuzz_scenario) cp scenarios/*.lua tests/hostile/*.lua "$d"/ 2>/dev/null ;;
    fuzz_scenario_gen) cp tests/fuzz/corpus/fuzz_scenario_gen/* "$d"/ 2>/dev/null ;;
    fuzz_roster)
      printf '\357\273\277考生号,姓名,证件号\r\nA001,王芳,11010519491231002X\r\nA002,"欧阳, 明",\r\n' >"$d/excel.csv"
      printf 'name,candidate\n"Li ""Ray""",B7\n' >"$d/english.csv" ;;
  esac
  echo "$d"
}
for t in "$bin"/${3:-fuzz_*}; do
  [ -x "$t" ] || continue
  name=$(basename "$t")
  s=$(seed "$name")
  mkdir -p "$work/corpus-$name"
  # what fuzzing found before, kept as regression tests: each input is run once first
  if [ -d "tests/fuzz/regress/$name" ] && ls "tests/fuzz/regress/$name"/* >/dev/null 2>&1; then
    if ! (cd "$work" && "$OLDPWD/$t" -runs=1 "$OLDPWD/tests/fuzz/regress/$name"/* >"$work/$name.regress.log" 2>&1); then
      fail=$((fail + 1))
      echo "FAIL $name: a kept regression input fails again (log in $work/$name.regress.log)"
      continue
    fi
  fi
  if (cd "$work" && "$OLDPWD/$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        "$work/corpus-$name" "$s" >"$work/$name.log" 2>&1); then
    pass=$((pass + 1))
    echo "ok   $name: $(grep -E '^#[0-9]+.*(DONE|pulse)' "$work/$name.log" | tail -n 1)"
  else
    fail=$((fail + 1))
    echo "FAIL $name (log and reproducer in $work)"
    grep -E 'ERROR|SUMMARY|==[0-9]+==' "$work/$name.log" | head -n 10
  fi
done
[ "$fail" = 0 ] && rm -rf "$work"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
