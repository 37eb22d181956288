# The README's two commands: `make run` and `make test`. Each first installs missing system packages.
SWIFT   ?= swift
PREFIX  ?= /usr/local
BINDIR   = $(PREFIX)/bin
SHAREDIR = $(PREFIX)/share/threadtutor
MANDIR   = $(PREFIX)/share/man/man1
BUILD    = .build/debug
RELEASE  = .build/release

.PHONY: all deps build release run test tsan check-lessons install uninstall bench bench-smoke clean

all: build

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --static-swift-stdlib

run: build
	@$(BUILD)/threadtutor $(ARGS)

test: deps
	@echo "make test: build, unit and end-to-end tests, lesson check, bench smoke run, ThreadSanitizer run"
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(BUILD)/threadtutor check Lessons
	$(MAKE) --no-print-directory bench-smoke
	$(MAKE) --no-print-directory tsan

# The live engine's suite under ThreadSanitizer, in its own scratch folder. CI trusts the exit code: under TSan
# the runner can print "passed" and still exit 1.
tsan: deps
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	$(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan --filter ThreadLiveTests

# Release build (static Swift runtime, as `make release`), then the table of figure | target | result | met.
# THREADTUTOR_BENCH_DEPS=1 also installs the anchors (vim-nox, python3-rich); when that fails the bench still runs
# and shows those anchors as unavailable. Exits non-zero when one of our figures cannot be measured.
# bench-smoke: one quick pass over every figure on the debug build (part of `make test`).
bench:
	@THREADTUTOR_BENCH_DEPS=1 scripts/install-deps.sh || echo "bench: could not install the anchors; they will show as unavailable"
	$(SWIFT) build -c release --static-swift-stdlib --product threadtutor
	$(SWIFT) build -c release --static-swift-stdlib --product threadtutor-bench
	$(RELEASE)/threadtutor-bench

bench-smoke: deps
	$(SWIFT) build --product threadtutor
	$(SWIFT) build --product threadtutor-bench
	$(BUILD)/threadtutor-bench --smoke

install: release
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(SHAREDIR) $(DESTDIR)$(MANDIR)
	install -m 755 $(RELEASE)/threadtutor $(DESTDIR)$(BINDIR)/threadtutor
	rm -rf $(DESTDIR)$(SHAREDIR)/Lessons
	cp -R Lessons $(DESTDIR)$(SHAREDIR)/Lessons
	$(RELEASE)/threadtutor --generate-manual > $(DESTDIR)$(MANDIR)/threadtutor.1 2>/dev/null || true

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/threadtutor $(DESTDIR)$(MANDIR)/threadtutor.1
	rm -rf $(DESTDIR)$(SHAREDIR)

clean:
	rm -rf .build
