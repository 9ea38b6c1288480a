# callsim — build, run, test, install.  See README.md.
#
# Layout of what is built (and why it is split this way):
#   build/libgrading.a  grading/*.c   — compiled with no Lua/SDL include paths, so it cannot use them
#   build/libcore.a     sim/core/*.c  — engine, Lua host, store: Lua + SQLite, never SDL
#   build/libui.a       sim/ui/*.c    — the SDL2 front end
#   build/callsim       sim/*.c + the three libraries
# The same tree is built again under build/asan with AddressSanitizer + UBSan for `make test`.

PREFIX  ?= /usr/local
DESTDIR ?=
BUILD   ?= build
CC      ?= cc

PKGS_GRADING := opencc
PKGS_CORE := lua5.4 sqlite3 libopusenc opusfile libsodium
PKGS_UI   := sdl2 SDL2_ttf espeak-ng fontconfig
PKGS_CMD  := libgvc

# -Werror only where warnings must stop the build: CI (.ci/run) and `make dev`; a user's newer
# compiler with new warnings still builds. CFLAGS, CPPFLAGS and LDFLAGS are the user's (Debian
# packaging, hardening flags) and are added to, never replaced.
WERROR  ?=
WARN    := -Wall -Wextra $(WERROR) -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter
CSTD    := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
OPT     ?= -O2 -g
SAN     ?=
DATADIR_DEF := -DCALLSIM_DATADIR='"$(PREFIX)/share/callsim"'

CFLAGS_BASE := $(CSTD) $(WARN) $(OPT) $(SAN) -MMD -MP $(CPPFLAGS) $(CFLAGS)
LINK        := $(CC) $(SAN) $(LDFLAGS)
# The language data the grader reads at bank load (Debian python3-jieba, rime-data-pinyin-simp).
JIEBA_DICT  ?= /usr/lib/python3/dist-packages/jieba/dict.txt
RIME_PINYIN ?= /usr/share/rime-data/pinyin_simp.dict.yaml
# build/lexicon.bin: jieba's dictionary compacted at build time (tools/mklexicon.c), mapped at bank
# load instead of parsing 5 MB of text; installed next to the assets. The text is the fallback.
LEXICON_BINS := $(abspath $(BUILD))/lexicon.bin:$(PREFIX)/share/callsim/lexicon.bin
GRADING_CFLAGS := $(shell pkg-config --cflags $(PKGS_GRADING) 2>/dev/null) \
                  -DCS_JIEBA_DICT='"$(JIEBA_DICT)"' -DCS_RIME_PINYIN='"$(RIME_PINYIN)"' \
                  -DCS_LEXICON_BINS='"$(LEXICON_BINS)"'
CORE_CFLAGS := $(shell pkg-config --cflags $(PKGS_CORE) 2>/dev/null)
CORE_LIBS   := $(shell pkg-config --libs $(PKGS_CORE) $(PKGS_GRADING) 2>/dev/null) -lm -pthread
UI_CFLAGS   := $(shell pkg-config --cflags $(PKGS_UI) 2>/dev/null)
UI_LIBS     := $(shell pkg-config --libs $(PKGS_UI) 2>/dev/null) -lpthread
# the commands only: Graphviz lays out and renders `explore --graph` (sim/explore_graph.c)
CMD_CFLAGS  := $(shell pkg-config --cflags $(PKGS_CMD) 2>/dev/null)
CMD_LIBS    := $(shell pkg-config --libs $(PKGS_CMD) 2>/dev/null)

GRADING_SRC := $(wildcard grading/*.c)
CORE_SRC    := $(wildcard sim/core/*.c)
UI_SRC      := $(wildcard sim/ui/*.c)
MAIN_SRC    := $(wildcard sim/*.c)
UNIT_SRC    := $(wildcard tests/unit/test_*.c)
UITEST_SRC  := $(wildcard tests/ui/test_*.c)
BENCH_SRC   := $(wildcard bench/bench_*.c)
FUZZ_SRC    := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_SECONDS ?= 300

obj = $(patsubst %.c,$(BUILD)/obj/%.o,$(1))
GRADING_OBJ := $(call obj,$(GRADING_SRC))
CORE_OBJ    := $(call obj,$(CORE_SRC))
UI_OBJ      := $(call obj,$(UI_SRC))
MAIN_OBJ    := $(call obj,$(MAIN_SRC))
UNIT_BIN    := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRC))
UITEST_BIN  := $(patsubst tests/ui/%.c,$(BUILD)/tests/%,$(UITEST_SRC))

.PHONY: po all deps deps-check dev run test check check-valgrind unit install uninstall clean bench fuzz fuzz-build eval
# The interface's translations (GNU gettext): po/LANG.po → BUILD/locale/LANG/LC_MESSAGES/callsim.mo
PO_LANGS := $(patsubst po/%.po,%,$(wildcard po/*.po))
MO_FILES := $(foreach l,$(PO_LANGS),$(BUILD)/locale/$(l)/LC_MESSAGES/callsim.mo)

all: deps-check $(BUILD)/callsim $(BUILD)/lexicon.bin $(MO_FILES)

# Stops with one line naming the Debian package when a dependency is missing.
deps-check:
	@tools/deps.sh --check

# `make deps`: installs every Debian package callsim needs to build, run and test (apt-get).
deps:
	@tools/deps.sh --install-test

# `make dev`: the build a developer works with: warnings are errors, as in CI.
dev:
	@$(MAKE) --no-print-directory all WERROR=-Werror

$(BUILD)/obj/grading/%.o: grading/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(GRADING_CFLAGS) -Igrading -c $< -o $@

$(BUILD)/obj/sim/core/%.o: sim/core/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(DATADIR_DEF) -Igrading -Isim/core $(CORE_CFLAGS) -c $< -o $@

$(BUILD)/obj/sim/ui/%.o: sim/ui/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) -Igrading -Isim/core -Isim/ui $(UI_CFLAGS) $(CORE_CFLAGS) -c $< -o $@

$(BUILD)/obj/sim/%.o: sim/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(DATADIR_DEF) -Igrading -Isim/core -Isim/ui -Isim $(UI_CFLAGS) $(CORE_CFLAGS) $(CMD_CFLAGS) -c $< -o $@

$(BUILD)/obj/tests/%.o: tests/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(GRADING_CFLAGS) -Igrading -Isim/core -Isim/ui -Itests $(UI_CFLAGS) $(CORE_CFLAGS) -c $< -o $@

$(BUILD)/libgrading.a: $(GRADING_OBJ)
	@rm -f $@; ar rcs $@ $^
$(BUILD)/libcore.a: $(CORE_OBJ)
	@rm -f $@; ar rcs $@ $^
$(BUILD)/libui.a: $(UI_OBJ)
	@rm -f $@; ar rcs $@ $^

$(BUILD)/callsim: $(MAIN_OBJ) $(BUILD)/libui.a $(BUILD)/libcore.a $(BUILD)/libgrading.a | $(BUILD)/lexicon.bin $(MO_FILES)
	$(LINK) -o $@ $(MAIN_OBJ) $(BUILD)/libui.a $(BUILD)/libcore.a $(BUILD)/libgrading.a $(UI_LIBS) $(CORE_LIBS) $(CMD_LIBS)

$(BUILD)/mklexicon: tools/mklexicon.c $(BUILD)/libgrading.a
	$(CC) $(CFLAGS_BASE) $(GRADING_CFLAGS) -Igrading $(SAN) $< -o $@ $(BUILD)/libgrading.a $(CORE_LIBS)

$(BUILD)/locale/%/LC_MESSAGES/callsim.mo: po/%.po
	@mkdir -p $(dir $@)
	msgfmt --check -o $@ $<

# `make po`: the catalogue template from the N_()/ui_tr() msgids, merged into each language
po:
	xgettext --from-code=UTF-8 -k -kN_ -kui_tr -kT:3 --add-comments=TRANSLATORS --package-name=callsim -o po/callsim.pot sim/ui/*.c grading/call_grade.c
	for l in $(PO_LANGS); do msgmerge --quiet --update --backup=none po/$$l.po po/callsim.pot; done

$(BUILD)/lexicon.bin: $(BUILD)/mklexicon $(JIEBA_DICT)
	$(BUILD)/mklexicon $(JIEBA_DICT) $@

$(BUILD)/tests/%: $(BUILD)/obj/tests/unit/%.o $(BUILD)/libcore.a $(BUILD)/libgrading.a | $(BUILD)/lexicon.bin
	@mkdir -p $(dir $@)
	$(LINK) $(UNIT_WRAP) -o $@ $< $(BUILD)/libcore.a $(BUILD)/libgrading.a $(CORE_LIBS)

# allocation-failure injection: the test defines __wrap_malloc, calloc, realloc and strdup; empty for
# every other test whatever the environment says (final31 #9)
override UNIT_WRAP :=
$(BUILD)/tests/test_register: override UNIT_WRAP := -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup

$(BUILD)/uitests/%: $(BUILD)/obj/tests/ui/%.o $(BUILD)/libui.a $(BUILD)/libcore.a $(BUILD)/libgrading.a
	@mkdir -p $(dir $@)
	$(LINK) -o $@ $< $(BUILD)/libui.a $(BUILD)/libcore.a $(BUILD)/libgrading.a $(UI_LIBS) $(CORE_LIBS)

# bench_ui_*: the window's benches, linked with the SDL front end
$(BUILD)/bench/bench_ui_%: $(BUILD)/obj/bench/bench_ui_%.o $(BUILD)/libui.a $(BUILD)/libcore.a $(BUILD)/libgrading.a
	@mkdir -p $(dir $@)
	$(LINK) -o $@ $< $(BUILD)/libui.a $(BUILD)/libcore.a $(BUILD)/libgrading.a $(UI_LIBS) $(CORE_LIBS)

$(BUILD)/obj/bench/bench_ui_%.o: bench/bench_ui_%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(DATADIR_DEF) -Igrading -Isim/core -Isim/ui $(UI_CFLAGS) $(CORE_CFLAGS) -c $< -o $@

$(BUILD)/bench/%: $(BUILD)/obj/bench/%.o $(BUILD)/libcore.a $(BUILD)/libgrading.a
	@mkdir -p $(dir $@)
	$(LINK) -o $@ $< $(BUILD)/libcore.a $(BUILD)/libgrading.a $(CORE_LIBS)

$(BUILD)/obj/bench/%.o: bench/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) -Igrading -Isim/core $(CORE_CFLAGS) -c $< -o $@

# libFuzzer targets: the libraries are rebuilt with clang and coverage instrumentation.
$(BUILD)/fuzzers/%: tests/fuzz/%.c $(BUILD)/libcore.a $(BUILD)/libgrading.a | $(BUILD)/lexicon.bin
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(LDFLAGS) -fsanitize=fuzzer -Igrading -Isim/core $(CORE_CFLAGS) $< -o $@ \
	    $(BUILD)/libcore.a $(BUILD)/libgrading.a $(CORE_LIBS)

fuzz-build:
	@$(MAKE) --no-print-directory BUILD=build/fuzz CC=clang OPT="-O1 -g" \
	    SAN="-fsanitize=fuzzer-no-link,address,undefined" $(patsubst tests/fuzz/%.c,build/fuzz/fuzzers/%,$(FUZZ_SRC))

# `make fuzz`: the long run (FUZZ_SECONDS per target); `make test` runs each for a few seconds.
fuzz: fuzz-build
	@tests/fuzz/run.sh build/fuzz/fuzzers $(FUZZ_SECONDS)

unit: $(BUILD)/callsim $(UNIT_BIN) $(patsubst tests/ui/%.c,$(BUILD)/uitests/%,$(UITEST_SRC))

# `make run`: installs missing dependencies (apt-get, as root or through sudo) — those of `make test`
# too, so a fresh machine's set-up stays `make run`, `make test` — builds, opens the window.
run:
	@tools/deps.sh --install-test
	@$(MAKE) --no-print-directory all
	$(BUILD)/callsim $(ARGS)

# `make test`: everything — unit tests, CLI contract (hostile scenarios, layers), scenario
# transcripts, short fuzz runs, GUI under Xvfb when present — on the plain build and again under
# AddressSanitizer + UBSan, in parallel (tests/run.sh: JOBS, GUI_JOBS). It installs nothing: the
# test tools come from `make run` / `make deps` (tools/deps.sh --install-test, which .ci/run calls);
# a missing one stops it at once with one line naming the packages.
ASAN_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all
test:
	@tools/deps.sh --check-test
	@$(MAKE) --no-print-directory unit
	@$(MAKE) --no-print-directory unit BUILD=$(BUILD)/asan OPT="-O1 -g -fno-omit-frame-pointer" SAN="$(ASAN_SAN)"
	@$(MAKE) --no-print-directory fuzz-build
	@FUZZ_SECONDS=$${FUZZ_SECONDS:-8} tests/run.sh $(BUILD) $(BUILD)/asan

# `make check`: the fast edit loop (well under a minute): the unit tests and the CLI contract on
# the plain build, no sanitizers, no window, no fuzzing.
check: unit
	@QUICK=1 tests/run.sh $(BUILD)

# `make check-valgrind`: the unit tests and a headless call under valgrind (minutes).
check-valgrind: unit
	@tests/valgrind.sh $(BUILD)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/callsim
	install -m 755 $(BUILD)/callsim $(DESTDIR)$(PREFIX)/bin/callsim
	install -m 644 $(BUILD)/lexicon.bin $(DESTDIR)$(PREFIX)/share/callsim/lexicon.bin
	for l in $(PO_LANGS); do install -D -m 644 $(BUILD)/locale/$$l/LC_MESSAGES/callsim.mo \
	    $(DESTDIR)$(PREFIX)/share/locale/$$l/LC_MESSAGES/callsim.mo; done
	cp -r assets lua scenarios $(DESTDIR)$(PREFIX)/share/callsim/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/callsim
	rm -rf $(DESTDIR)$(PREFIX)/share/callsim
	for l in $(PO_LANGS); do rm -f $(DESTDIR)$(PREFIX)/share/locale/$$l/LC_MESSAGES/callsim.mo; done

# `make bench`: figures with their baselines (numbers, not pass/fail); results are in the README.
bench: all $(patsubst bench/%.c,$(BUILD)/bench/%,$(BENCH_SRC))
	@bench/run.sh $(BUILD)

# `make eval`: the examiner's corpus (tests/data/eval, issue #11 item 7) through the grader:
# precision/recall per category and call agreement, tune, report and the blind holdout sets apart
# (figures, not pass/fail; tests/cli/test_eval.sh holds the bar). Only tune misses are printed.
eval: all
	@tools/eval.sh --callsim $(BUILD)/callsim --out $(BUILD)/eval

clean:
	rm -rf $(BUILD)

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
