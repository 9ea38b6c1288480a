#!/usr/bin/env bash
# The examiner's evaluation (issue #11 item 7): how far the grader agrees with labels written from
# the standard alone (tests/data/eval/README.md says who labelled and how).
#
#   tools/eval.sh [--callsim PATH] [--split tune|report|BLIND|SEEN|all] [--out DIR]
#
# Splits: tune and report are tests/data/eval/replies.tsv and calls.tsv. Each folder
# tests/data/eval/holdout*/ is a blind split of its own name (holdout, holdout2, holdout5, ...):
# replies.tsv and/or calls.tsv with calls/, written by an examiner nobody on the grader's side has
# read (see tests/data/eval/README.md and each folder's README), each written after the one before
# had been used; all = every split. A folder tests/data/eval/seen*/ is a retired blind set: once
# its blind figures were reported it was opened for tuning (README "Retired blind sets"), so its
# disagreements are printed like tune's, and a fresh blind set took its place. A folder
# tests/data/eval/dev*/ is an open development set written by a helper examiner (never blind): it
# is read, run and printed like a seen* folder.
# Replies go through `callsim grade-phrase --batch` in one run:
# a phrase category's verdict is `match`; category taboo is the `match` of category taboo;
# category insult is the `insult` key of category taboo. Rows of categories the grader does not
# know (grade-phrase answers "unknown category") are skipped and counted.
# Calls (tests/data/eval/calls.tsv) go through `callsim run SCENARIO --replies F --json --seed 1`:
# a play agrees when its score lies in [lo, hi] and passed and auto_failed are as labelled.
#
# Prints precision, recall and F1 per category and pooled (phrases, taboo, insult) with the
# confusion counts, and the call agreement, separately for each split (blind splits: pooled figures
# only, no agreement by kind of row), then every disagreement of the tune split, one line each (also
# in OUT/disagreements.tsv). Misses of the report and blind splits are never printed, so nobody tunes
# on them: they go to OUT/report_misses.tsv and OUT/SPLIT_misses.tsv only. OUT/summary.tsv holds the figures as
# "split<TAB>key<TAB>value" for tests/cli/test_eval.sh. Precision with no positive verdict at all counts as 1 (no false
# alarm); recall with no positive label counts as 1.
# Needs bash, jq and awk. Exit 0 when it ran (whatever the figures), 2 when it could not.
set -u
cd "$(dirname "$0")/.." || exit 2
callsim=build/callsim
split=all
out=build/eval
while [ $# -gt 0 ]; do
  case $1 in
    --callsim) callsim=$2; shift 2 ;;
    --split) split=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "tools/eval.sh: unknown argument '$1' (use --callsim PATH, --split tune|report|BLIND|all, --out DIR)" >&2; exit 2 ;;
  esac
done
data=tests/data/eval
# the blind splits: every holdout* folder, in name order; the retired ones (seen*) after them
blinds=$(cd "$data" && for d in holdout*/; do [ -d "$d" ] && printf '%s ' "${d%/}"; done)
seens=$(cd "$data" && for d in seen*/ dev*/; do [ -d "$d" ] && printf '%s ' "${d%/}"; done)
folders="$blinds$seens"
case " tune report all $folders" in *" $split "*) ;; *) echo "tools/eval.sh: --split must be tune, report, all or a folder split (${folders% })" >&2; exit 2 ;; esac
[ -x "$callsim" ] || { echo "tools/eval.sh: $callsim is not an executable (build it with make, or pass --callsim PATH)" >&2; exit 2; }
command -v jq >/dev/null || { echo "tools/eval.sh: jq is missing (Debian package jq)" >&2; exit 2; }
mkdir -p "$out" || exit 2
dis="$out/disagreements.tsv"      # tune split only: printed
rmiss="$out/report_misses.tsv"    # report split: file only
sum="$out/summary.tsv"
: >"$dis"
: >"$rmiss"
: >"$sum"
want_main=1; case " $folders" in *" $split "*) want_main=0 ;; esac
# the folder splits asked for; each one's misses go to OUT/SPLIT_misses.tsv (a blind one's: only there)
want_blind=""
for b in $folders; do
  case $split in all|"$b") want_blind="$want_blind $b"; : >"$out/${b}_misses.tsv" ;; esac
done

# ---- replies ---------------------------------------------------------------------------------
rows="$out/replies.rows"
# split, category, label, text, note of the rows in the chosen split, in file order
{
  [ "$want_main" = 1 ] && awk -F'\t' -v s="$split" '!/^#/ && NF >= 4 && (s == "all" || $1 == s)' "$data/replies.tsv"
  for b in $want_blind; do
    [ -f "$data/$b/replies.tsv" ] && awk -F'\t' -v b="$b" '!/^#/ && NF >= 4 && $1 == b' "$data/$b/replies.tsv"
  done
} >"$rows"
awk -F'\t' '{ c = ($2 == "insult") ? "taboo" : $2; print c "\t" $4 }' "$rows" \
  | "$callsim" grade-phrase --batch >"$out/replies.json" 2>"$out/replies.err"
if [ "$(wc -l <"$out/replies.json")" != "$(wc -l <"$rows")" ]; then
  echo "tools/eval.sh: grade-phrase --batch gave $(wc -l <"$out/replies.json") answers for $(wc -l <"$rows") rows (see $out/replies.err)" >&2
  exit 2
fi
# verdict per row: "err" (unknown category), else 1/0
jq -r 'if .error then "err" else ((if .match then 1 else 0 end | tostring) + "\t" + (if .insult then 1 else 0 end | tostring)) end' \
  "$out/replies.json" >"$out/replies.verdicts"

paste "$rows" "$out/replies.verdicts" | awk -F'\t' -v sum="$sum" -v dis="$dis" -v rmiss="$rmiss" -v out="$out" -v blinds="$folders" '
function f3(x) { return sprintf("%.3f", x) }
function missfile(s) { return s == "tune" ? dis : (s == "report" ? rmiss : out "/" s "_misses.tsv") }
function order(   nb, bl, k) {   # tune, report, then the blind splits in name order, those present
  ns = 0; nb = split(blinds, bl, " ")
  if ("tune" in sps) ord[++ns] = "tune"
  if ("report" in sps) ord[++ns] = "report"
  for (k = 1; k <= nb; k++) if (bl[k] in sps) { ord[++ns] = bl[k]; if (bl[k] !~ /^(seen|dev)/) blind[bl[k]] = 1 }
}
function prf(tp, fp, fn,   p, r) {
  p = (tp + fp) ? tp / (tp + fp) : 1; r = (tp + fn) ? tp / (tp + fn) : 1
  P = p; R = r; F = (p + r) ? 2 * p * r / (p + r) : 0
}
{
  sp = $1; cat = $2; lab = $3; text = $4; note = $5
  if ($6 == "err") { skipped[sp, cat]++; skipcat[cat] = 1; sps[sp] = 1; next }
  v = (cat == "insult") ? $7 : $6
  grp = (cat == "taboo" || cat == "insult") ? cat : "phrases"
  sps[sp] = 1; cats[cat] = 1
  n[sp, cat]++; g[sp, grp]++
  if (lab == 1 && v == 1) { tp[sp, cat]++; gtp[sp, grp]++ }
  else if (lab == 0 && v == 1) { fp[sp, cat]++; gfp[sp, grp]++ }
  else if (lab == 1 && v == 0) { fn[sp, cat]++; gfn[sp, grp]++ }
  else { tn[sp, cat]++; gtn[sp, grp]++ }
  if (lab != v) printf "reply\t%s\t%s\texpected %d got %d\t%s\t%s\n", sp, cat, lab, v, text, note >> missfile(sp)
  # agreement by what the row tests (its note), for the kinds issue #11 names
  for (k = 1; k <= nk; k++) if (index(note, kinds[k])) { kn[sp, k]++; if (lab == v) ka[sp, k]++ }
}
BEGIN {
  nk = split("paraphrase word_in_between traditional typo template garbage repetition rude_tail rhetorical blame sarcas other_category innocent_substring phrase_wins borderline", kinds, " ")
}
END {
  order()
  for (i = 1; i <= ns; i++) {
    s = ord[i]
    printf "\n== replies, split %s ==\n", s
    printf "%-18s %5s %5s %5s %5s %5s  %6s %6s %6s\n", "category", "n", "tp", "fp", "fn", "tn", "P", "R", "F1"
    m = 0; for (c in cats) if (n[s, c]) list[++m] = c
    for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (list[b] < list[a]) { t = list[a]; list[a] = list[b]; list[b] = t }
    for (a = 1; a <= m; a++) {
      c = list[a]; prf(tp[s, c] + 0, fp[s, c] + 0, fn[s, c] + 0)
      # the blind splits: per-category figures go to the summary only, the table shows the pools
      if (!(s in blind)) printf "%-18s %5d %5d %5d %5d %5d  %6s %6s %6s\n", c, n[s, c], tp[s, c], fp[s, c], fn[s, c], tn[s, c], f3(P), f3(R), f3(F)
      printf "%s\tcat.%s.precision\t%s\n%s\tcat.%s.recall\t%s\n", s, c, f3(P), s, c, f3(R) >> sum
    }
    delete list
    printf "%-18s\n", "-- pooled"
    split("phrases taboo insult", gs, " ")
    for (k = 1; k <= 3; k++) {
      gg = gs[k]; if (!g[s, gg]) continue
      prf(gtp[s, gg] + 0, gfp[s, gg] + 0, gfn[s, gg] + 0)
      printf "%-18s %5d %5d %5d %5d %5d  %6s %6s %6s\n", gg, g[s, gg], gtp[s, gg], gfp[s, gg], gfn[s, gg], gtn[s, gg], f3(P), f3(R), f3(F)
      printf "%s\t%s.precision\t%s\n%s\t%s.recall\t%s\n%s\t%s.n\t%d\n", s, gg, f3(P), s, gg, f3(R), s, gg, g[s, gg] >> sum
    }
    # by kind of row: on screen for tune and report, to the summary only for a blind split
    if (!(s in blind)) printf "agreement by kind of row (note contains):"
    for (k = 1; k <= nk; k++) if (kn[s, k]) {
      if (!(s in blind)) printf " %s %d/%d", kinds[k], ka[s, k], kn[s, k]
      printf "%s\tkind.%s\t%d/%d\n", s, kinds[k], ka[s, k], kn[s, k] >> sum
    }
    if (!(s in blind)) printf "\n"
    sk = 0; skl = ""
    for (c in skipcat) if (skipped[s, c]) { sk += skipped[s, c]; skl = skl " " c "(" skipped[s, c] ")" }
    printf "skipped (category unknown to this grader): %d%s\n", sk, skl
    printf "%s\tskipped\t%d\n", s, sk >> sum
  }
}'

# ---- calls -----------------------------------------------------------------------------------
{
  [ "$want_main" = 1 ] && awk -F'\t' -v s="$split" '!/^#/ && NF >= 8 && (s == "all" || $1 == s)' "$data/calls.tsv" 2>/dev/null
  for b in $want_blind; do
    [ -f "$data/$b/calls.tsv" ] && awk -F'\t' -v b="$b" '!/^#/ && NF >= 8 && $1 == b' "$data/$b/calls.tsv"
  done
} >"$out/calls.rows"
: >"$out/calls.results"
while IFS=$'\t' read -r sp scen rep lo hi passed af competent note; do
  dir=$data/calls; case " $folders" in *" $sp "*) dir=$data/$sp/calls ;; esac
  json=$("$callsim" run "scenarios/$scen.lua" --replies "$dir/$rep" --json --seed 1 2>"$out/call.err")
  rc=$?
  if [ $rc -ne 0 ] || [ -z "$json" ]; then
    got="error"
    reason=$(head -c 200 "$out/call.err" | tr '\n\t' '  ')
  else
    got=$(printf '%s' "$json" | jq -r '"\(.score)\t\(.passed)\t\(.auto_failed // false)"')
    reason=$(printf '%s' "$json" | jq -r '[.items[] | select(.points < .max) | "\(.id) \(.points)/\(.max) \(.reason)"] | join("; ")' | tr '\n\t' '  ')
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$sp" "$scen" "$rep" "$lo" "$hi" "$passed" "$af" "$competent" "$note" "$got" "$reason" >>"$out/calls.results"
done <"$out/calls.rows"
rm -f "$out/call.err"

awk -F'\t' -v sum="$sum" -v dis="$dis" -v rmiss="$rmiss" -v out="$out" -v blinds="$folders" '
function missfile(s) { return s == "tune" ? dis : (s == "report" ? rmiss : out "/" s "_misses.tsv") }
function order(   nb, bl, k) {   # tune, report, then the blind splits in name order, those present
  ns = 0; nb = split(blinds, bl, " ")
  if ("tune" in sps) ord[++ns] = "tune"
  if ("report" in sps) ord[++ns] = "report"
  for (k = 1; k <= nb; k++) if (bl[k] in sps) { ord[++ns] = bl[k]; if (bl[k] !~ /^(seen|dev)/) blind[bl[k]] = 1 }
}
{
  sp = $1; sps[sp] = 1; n[sp]++
  if ($10 == "error") { err[sp]++; printf "call\t%s\t%s\t%s\terror: %s\t%s\n", sp, $2, $3, $11, $9 >> missfile(sp); if ($8 == 1) cfail[sp]++; next }
  score = $10 + 0; passed = $11; af = $12; reason = $13
  ok = (score >= $4 + 0 && score <= $5 + 0 && passed == $6 && af == $7)
  if (ok) agree[sp]++
  else printf "call\t%s\t%s\t%s\texpected %s-%s passed=%s auto_failed=%s, got %s passed=%s auto_failed=%s\t%s | lost: %s\n", sp, $2, $3, $4, $5, $6, $7, score, passed, af, $9, reason >> missfile(sp)
  if ($8 == 1) { comp[sp]++; if (passed != "true") cfail[sp]++ }
}
END {
  order()
  for (i = 1; i <= ns; i++) {
    s = ord[i]
    printf "\n== calls, split %s ==\n", s
    printf "plays %d, in range and verdict agreed %d (%.3f), outside %d, competent plays %d of which fail %d, errors %d\n", n[s], agree[s], n[s] ? agree[s] / n[s] : 1, n[s] - agree[s], comp[s], cfail[s], err[s]
    printf "%s\tcalls.n\t%d\n%s\tcalls.outside\t%d\n%s\tcalls.competent_fail\t%d\n", s, n[s], s, n[s] - agree[s], s, cfail[s] + 0 >> sum
  }
}' "$out/calls.results"

echo
if [ "$want_main" = 1 ] && [ "$split" != report ]; then
  echo "== disagreements, split tune: $(wc -l <"$dis") (also in $dis) =="
  cat "$dis"
fi
# report and blind misses are counted, never shown: the figures that count stay blind
[ "$want_main" = 1 ] && [ "$split" != tune ] && echo "report misses: $(wc -l <"$rmiss"), written to $rmiss only (not for tuning)"
for b in $want_blind; do
  case $b in
    seen*|dev*) echo "== disagreements, open split $b: $(wc -l <"$out/${b}_misses.tsv") (also in $out/${b}_misses.tsv) =="
           cat "$out/${b}_misses.tsv" ;;
    *) echo "$b misses: $(wc -l <"$out/${b}_misses.tsv"), written to $out/${b}_misses.tsv only (blind set: do not open, do not tune on it)" ;;
  esac
done
echo "figures in $sum"
exit 0
