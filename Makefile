# The README's two commands: `make run` and `make test`. Each first installs missing system packages.
SWIFT   ?= swift
PREFIX  ?= /usr/local
BINDIR   = $(PREFIX)/bin
SHAREDIR = $(PREFIX)/share/threadtutor
MANDIR   = $(PREFIX)/share/man/man1
BUILD    = .build/debug
RELEASE  = .build/release

.PHONY: all deps build release run test check-lessons install uninstall bench bench-smoke clean

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
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

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
