# SPDX-License-Identifier: GPL-3.0-or-later
# The two commands a newcomer needs: `make run` and `make test`.
# Both install what is missing (resources/packages/debian.txt), configure once,
# build incrementally, then open the app or run every test.

PRESET  ?= dev
BUILD   := build/$(PRESET)
APP     := $(BUILD)/app/concurrency-kitchen
JOBS    ?= $(shell nproc)
ARGS    ?=

.PHONY: all deps configure build run test asan-test bench shot fuzz package clean

all: build

deps:
	@bash resources/scripts/ensure-deps.sh

$(BUILD)/build.ninja: | deps
	cmake --preset $(PRESET)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	@if [ -n "$$DISPLAY" ] || [ -n "$$WAYLAND_DISPLAY" ]; then \
	  $(APP) $(ARGS); \
	else \
	  echo "make run: no display found, running the app under xvfb-run -a (nothing will be visible)"; \
	  xvfb-run -a $(APP) $(ARGS); \
	fi

# Serial on purpose: many tests compare timings (speedups, switch costs) as ratios, and
# running them side by side on a 2-core machine would measure each other.
# A skipped test proved nothing: after ctest (whose preset writes a JUnit file), the
# checker fails on every skip whose reason tests/skip_allowlist.txt does not allow.
# ctest's own failure fails `make test` too; both run so that both are reported.
# CTEST_ARGS narrows a run while working (make test CTEST_ARGS='-R Cli'); CI sets none.
CTEST_ARGS ?=
define run-ctest
	@rm -f $(1)/Testing/junit.xml
	@ctest --preset $(2) $(3); ctest_rc=$$?; \
	  python3 resources/scripts/check-test-skips.py $(1)/Testing/junit.xml tests/skip_allowlist.txt; skips_rc=$$?; \
	  if [ $$ctest_rc -ne 0 ]; then echo "make: ctest --preset $(2) failed (exit $$ctest_rc)"; exit 1; fi; \
	  exit $$skips_rc
endef

test: build
	$(call run-ctest,$(BUILD),$(PRESET),$(CTEST_ARGS))

# The core and end-to-end tests under AddressSanitizer + UBSan (the asan preset, its own
# build folder; CI runs it after make test). Only what those tests need is built; the
# test preset sets the sanitizer options and names the few tests left out, and why.
# Measured on the 2-CPU dev VM while others were compiling (load 4-9): configure 11 s,
# build 42 min niced (an asan TU costs 1.0-1.35x the dev one in CPU); 145 core tests in
# ~3 min. On a quiet CI machine expect ~7 min build + ~10 min tests.
ASAN_BUILD := build/asan
asan-test: deps
	@[ -f $(ASAN_BUILD)/build.ninja ] || cmake --preset asan
	cmake --build $(ASAN_BUILD) -j $(JOBS) --target kc_core_tests kc_e2e_tests
	$(call run-ctest,$(ASAN_BUILD),asan,-L 'core|e2e' $(CTEST_ARGS))

# libFuzzer, one target per parser (tests/fuzz): builds the fuzz preset (clang, core
# only), then runs each target for FUZZ_SECONDS on its seeds (tests/fuzz/corpus/<t>)
# plus what earlier runs found (build/fuzz/corpus/<t>). A crash is kept in
# build/fuzz/crashes/<t>/; once fixed, copy it to tests/fixtures/fuzz/<t>/ so ctest
# replays it. One target at a time, niced: the machine may be doing other work.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= recording report lesson glossary twin_line worker_frame recipe calibration \
                watch_snapshot proc_text
FUZZ_BUILD   := build/fuzz
fuzz: deps
	@[ -f $(FUZZ_BUILD)/build.ninja ] || cmake --preset fuzz
	cmake --build --preset fuzz -j $(JOBS)
	@failed=; for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$t $(FUZZ_BUILD)/crashes/$$t; \
	  case $$t in twin_line|worker_frame|recipe|proc_text) dict= ;; *) dict=-dict=tests/fuzz/json.dict ;; esac; \
	  echo "== fuzz_$$t for $(FUZZ_SECONDS) s"; \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ASAN_OPTIONS=detect_leaks=1 \
	  nice -n 10 $(FUZZ_BUILD)/tests/fuzz/fuzz_$$t $$dict -max_total_time=$(FUZZ_SECONDS) \
	    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_BUILD)/crashes/$$t/ \
	    $(FUZZ_BUILD)/corpus/$$t tests/fuzz/corpus/$$t >$(FUZZ_BUILD)/fuzz_$$t.log 2>&1 \
	    || failed="$$failed $$t"; \
	  grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|SUMMARY)' $(FUZZ_BUILD)/fuzz_$$t.log; \
	done; \
	if [ -n "$$failed" ]; then \
	  echo "make fuzz: findings in:$$failed (logs: $(FUZZ_BUILD)/fuzz_<target>.log, inputs: $(FUZZ_BUILD)/crashes/)"; \
	  exit 1; \
	fi

# The Debian package of the build (resources/packaging/cpack.cmake): CPack writes
# $(BUILD)/concurrency-kitchen_<version>_<arch>.deb with Depends computed by
# dpkg-shlibdeps; then lintian reviews it when installed, and any error fails the target.
# Install it with `apt install ./$(BUILD)/concurrency-kitchen_*.deb`.
package: build
	cmake --build $(BUILD) --target package
	@deb=$$(ls -t $(BUILD)/concurrency-kitchen_*.deb | head -n 1); \
	  echo "make package: $$deb"; dpkg-deb --field "$$deb" Package Version Depends Recommends Suggests; \
	  if command -v lintian >/dev/null 2>&1; then \
	    echo "make package: lintian $$deb"; lintian --display-info "$$deb" || exit 1; \
	    echo "make package: lintian found no error"; \
	  else \
	    echo "make package: lintian is not installed, the package was not reviewed"; \
	  fi

bench: build
	$(BUILD)/tests/bench/kc_bench $(ARGS)

clean:
	rm -rf build
