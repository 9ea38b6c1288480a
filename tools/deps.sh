#!/usr/bin/env bash
# Checks callsim's build and run dependencies with pkg-config and fontconfig, and installs the
# missing Debian packages with apt-get (as root, or through sudo) when asked to.
#   tools/deps.sh --check         one line naming each missing package; exit 1 if any
#   tools/deps.sh --install       install what `make` and `make run` need
#   tools/deps.sh --install-test  also what `make test` needs (Xvfb, xdotool, jq, ImageMagick, fcitx5 pinyin,
#                                 the sources of assets/lookalike.txt)
#   tools/deps.sh --check-test    one line naming what `make test` still needs; exit 1 if any
#   tools/deps.sh --check-trainer / --install-trainer   only what retraining the tone model needs
#                                 (tools/tone_model.py: liblinear-train of liblinear-tools); neither the
#                                 build nor the tests need it, the model ships as data
set -u
mode=${1:---check}

# pkg-config module -> Debian package
declare -A PC=(
  [sdl2]=libsdl2-dev [SDL2_ttf]=libsdl2-ttf-dev [espeak-ng]=libespeak-ng-dev
  [lua5.4]=liblua5.4-dev [sqlite3]=libsqlite3-dev [fontconfig]=libfontconfig-dev
  [libopusenc]=libopusenc-dev [opusfile]=libopusfile-dev
  [opencc]=libopencc-dev
  [libsodium]=libsodium-dev
  [libgvc]=libgraphviz-dev
)
missing=()
case $mode in
  --check-trainer|--install-trainer)
    # the tone model's trainer only: liblinear-train (L2-regularised logistic regression)
    command -v python3 >/dev/null 2>&1 || missing+=(python3)
    command -v liblinear-train >/dev/null 2>&1 || missing+=(liblinear-tools)
    mode=${mode%-trainer} ;;
  *) build_checks=1 ;;
esac
if [ -n "${build_checks:-}" ]; then   # what make, make run and make test need
command -v cc >/dev/null 2>&1 || missing+=(gcc)
command -v make >/dev/null 2>&1 || missing+=(make)
if ! command -v pkg-config >/dev/null 2>&1; then
  missing+=(pkg-config "${PC[@]}")
else
  for m in "${!PC[@]}"; do pkg-config --exists "$m" || missing+=("${PC[$m]}"); done
fi
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
# GNU gettext's msgfmt compiles the interface's catalogues (po/*.po) at build time; libintl is glibc's
command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
# The grader's language data (grading/lexicon.h, grading/pinyin.h, grading/han_convert.h)
[ -f /usr/lib/python3/dist-packages/jieba/dict.txt ] || missing+=(python3-jieba)
[ -f /usr/share/rime-data/pinyin_simp.dict.yaml ] || missing+=(rime-data-pinyin-simp)
[ -f /usr/share/opencc/t2s.json ] || missing+=(libopencc-data)
if ! command -v fc-list >/dev/null 2>&1; then
  missing+=(fontconfig fonts-wqy-microhei)
elif [ -z "$(fc-list :lang=zh file 2>/dev/null | head -n 1)" ]; then
  missing+=(fonts-wqy-microhei)
fi
if [ "$mode" = "--install-test" ] || [ "$mode" = "--check-test" ]; then
  # fcitx5 + pinyin + dbus-launch: tests/gui/ime_fcitx.sh types Chinese through a real input method
  for t in Xvfb:xvfb xdotool:xdotool jq:jq import:imagemagick xauth:xauth sqlite3:sqlite3 valgrind:valgrind clang:clang \
           fcitx5:fcitx5 dbus-launch:dbus-x11; do
    command -v "${t%%:*}" >/dev/null 2>&1 || missing+=("${t#*:}")
  done
  # the sources assets/lookalike.txt is derived from (tools/mklookalike.py: Unihan's Four-Corner codes,
  # Rime's stroke sequences and Wubi codes); tests/cli/test_lookalike_data.sh checks the file is what they give
  [ -f /usr/share/unicode/Unihan_DictionaryLikeData.txt.bz2 ] || missing+=(unicode-data)
  [ -f /usr/share/rime-data/stroke.dict.yaml ] || missing+=(rime-data-stroke)
  [ -f /usr/share/rime-data/wubi86.dict.yaml ] || missing+=(rime-data-wubi)
  # GNU time: tests/cli/test_hostile.sh measures each hostile scenario's peak memory with it
  [ -x /usr/bin/time ] || missing+=(time)
  # libFuzzer's runtime is only a Recommends of clang on Debian 12
  dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null | grep -q 'ok installed' || missing+=(libclang-rt-14-dev)
  dpkg-query -W -f='${Status}' fcitx5-chinese-addons 2>/dev/null | grep -q 'ok installed' || missing+=(fcitx5-chinese-addons)
fi

fi   # build_checks
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$mode" = "--check" ] || [ "$mode" = "--check-test" ]; then
  echo "callsim: missing Debian packages: ${missing[*]} (run 'make deps' or: sudo apt-get install ${missing[*]})" >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo=sudo
  else
    echo "callsim: missing Debian packages: ${missing[*]}; run as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
echo "callsim: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null || { echo "callsim: apt-get update failed; install by hand: ${missing[*]}" >&2; exit 1; }
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
  { echo "callsim: apt-get install failed; install by hand: ${missing[*]}" >&2; exit 1; }
