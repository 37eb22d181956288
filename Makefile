# The README's two commands: `make run` and `make test`. Each first installs missing system packages.
SWIFT   ?= swift
PREFIX  ?= /usr/local
BINDIR   = $(PREFIX)/bin
SHAREDIR = $(PREFIX)/share/threadtutor
MANDIR   = $(PREFIX)/share/man/man1
BUILD    = .build/debug
RELEASE  = .build/release
# Release builds: the Swift runtime linked in; a position-dependent executable, which the loader does not have to
# relocate (84,000 relocations in a PIE build); generic metadata prespecialised at compile time instead of built
# at run time. See docs/DECISIONS.md ("Builds") for what each is worth.
RELEASE_FLAGS = -c release --static-swift-stdlib -Xswiftc -Xclang-linker -Xswiftc -no-pie \
	-Xswiftc -Xfrontend -Xswiftc -prespecialize-generic-metadata

.PHONY: all deps build release run test tsan check-lessons install uninstall bench bench-smoke clean

all: build

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build $(RELEASE_FLAGS)

# A learner gets the fast binary: `make run` builds and starts the release build (the tests use debug builds,
# which compile faster).
run: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product threadtutor
	@$(RELEASE)/threadtutor $(ARGS)

test: deps
	@echo "make test: ThreadSanitizer run of the live engine, bench smoke run, lesson check, then the whole suite"
	$(MAKE) --no-print-directory tsan
	$(MAKE) --no-print-directory bench-smoke
	$(SWIFT) build --build-tests
	$(BUILD)/threadtutor check Lessons
	@# The whole suite last, so its closing line is the run's closing line.
	$(SWIFT) test --skip-build

# The suites that run real threads (live engine, tracer, live runtime, lazy lesson bodies) under ThreadSanitizer, in
# its own scratch folder. CI trusts the exit code: under TSan
# the runner can print "passed" and still exit 1.
tsan: deps
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	$(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan --filter 'ThreadLiveTests|LessonDemoLiveTests|LazyBodyTests|ThreadTraceTests|LiveRuntimeTests'

# Release build (static Swift runtime, as `make release`), then the table of figure | target | result | met.
# THREADTUTOR_BENCH_DEPS=1 also installs the anchors (vim, python3-rich); when that fails the bench still runs
# and shows those anchors as unavailable. Exits non-zero when one of our figures cannot be measured.
# bench-smoke: one quick pass over every figure on the debug build (part of `make test`).
bench:
	@THREADTUTOR_BENCH_DEPS=1 scripts/install-deps.sh || echo "bench: could not install the anchors; they will show as unavailable"
	$(SWIFT) build $(RELEASE_FLAGS) --product threadtutor
	$(SWIFT) build $(RELEASE_FLAGS) --product threadtutor-bench
	$(RELEASE)/threadtutor-bench

bench-smoke: deps
	$(SWIFT) build --product threadtutor
	$(SWIFT) build --product threadtutor-bench
	$(BUILD)/threadtutor-bench --smoke

# Binary, lessons, the tracer's Python bootstrap (found beside the lessons), man page (generated from the command definitions) and shell completions.
install: release
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(SHAREDIR) $(DESTDIR)$(MANDIR) \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(RELEASE)/threadtutor $(DESTDIR)$(BINDIR)/threadtutor
	rm -rf $(DESTDIR)$(SHAREDIR)/Lessons $(DESTDIR)$(SHAREDIR)/Tracer
	cp -R Lessons $(DESTDIR)$(SHAREDIR)/Lessons
	install -d $(DESTDIR)$(SHAREDIR)/Tracer
	install -m 644 Tracer/threadtutor_trace.py $(DESTDIR)$(SHAREDIR)/Tracer/threadtutor_trace.py
	$(SWIFT) package --allow-writing-to-package-directory generate-manual
	install -m 644 .build/plugins/GenerateManual/outputs/threadtutor/threadtutor.1 $(DESTDIR)$(MANDIR)/threadtutor.1
	$(RELEASE)/threadtutor --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/threadtutor
	$(RELEASE)/threadtutor --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_threadtutor
	$(RELEASE)/threadtutor --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/threadtutor.fish

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/threadtutor $(DESTDIR)$(MANDIR)/threadtutor.1
	rm -f $(DESTDIR)$(PREFIX)/share/bash-completion/completions/threadtutor
	rm -f $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_threadtutor
	rm -f $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/threadtutor.fish
	rm -rf $(DESTDIR)$(SHAREDIR)

clean:
	rm -rf .build
