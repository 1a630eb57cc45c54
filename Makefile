# ldm: see README.md. Every target installs what it needs first (Debian, as root).
SHELL := /bin/bash
export PATH := $(PATH):/opt/swift/usr/bin

# Debian packages the project needs: C libraries, the fonts of fonts/manifest.tsv,
# the French and English hyphenation dictionaries (a document's `lang` chooses), qpdf's library, zlib and the
# sRGB profile that finish documents as PDF/A-1b, the PDF tools the tests read documents back with
# (PDFBox Preflight for PDF/A-1b), Python's jsonschema, which checks the shipped JSON Schemas in the tests,
# openssl, which makes the test and demo signing keys, and fontTools, which takes the hinting out of the fonts.
PACKAGES := pkg-config libcairo2-dev libpango1.0-dev libhyphen-dev hyphen-fr hyphen-en-us librsvg2-dev \
            libqrencode-dev libcmark-dev fonts-noto-core fonts-dejavu-core python3-fonttools \
            poppler-utils qpdf zbar-tools time python3-yaml python3-jsonschema \
            postgresql chromium curl \
            libqpdf-dev zlib1g-dev icc-profiles-free openjdk-17-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java openssl

.PHONY: deps fonts build release demo test bench clean schema docs install install-files symbol-order

deps:
	@missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing:" $$missing; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

# The fonts the engine loads: the manifest's files without their TrueType hinting (fonts/outlines.py
# says why), remade when the manifest, the script or a font file changes.
FONT_SOURCES = $(shell awk -F'\t' '!/^\#/ && NF == 5 { print $$3 }' fonts/manifest.tsv)
fonts: deps fonts/outlines/.made
fonts/outlines/.made: fonts/manifest.tsv fonts/outlines.py $(FONT_SOURCES)
	/usr/bin/python3 fonts/outlines.py fonts/manifest.tsv fonts/outlines
	touch $@

build: deps fonts
	swift build

# The Swift runtime and Foundation linked in: the process starts without resolving their symbols
# (27 instead of 50 million instructions for `ldm --help`) and runs 3 % faster on a long dossier.
release: deps fonts
	swift build -c release --static-swift-stdlib

# The demo's signing key: a throw-away CA and signer made at `make demo` time, never committed.
# The signer's name says the signature is a test one.
DEMO_SIGNATURE := .build/demo-signature
$(DEMO_SIGNATURE)/chain.pem:
	mkdir -p $(DEMO_SIGNATURE)
	cd $(DEMO_SIGNATURE) && \
	openssl ecparam -name prime256v1 -genkey -noout -out ca.key && \
	openssl req -x509 -new -utf8 -key ca.key -subj "/CN=AC de démonstration ldm (sans valeur)" -days 365 -set_serial 0x1001 -out ca.pem && \
	openssl ecparam -name prime256v1 -genkey -noout -out signer.key && \
	openssl req -new -utf8 -key signer.key -subj "/CN=Signature de démonstration (sans valeur)/O=ldm" -out signer.csr && \
	printf 'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,nonRepudiation\n' > signer.ext && \
	openssl x509 -req -in signer.csr -CA ca.pem -CAkey ca.key -set_serial 0x1002 -days 365 -extfile signer.ext -out signer.pem && \
	cat signer.pem ca.pem > chain.pem

# The order of the release binary's functions (see release/symbol-order.sh; needs valgrind): run again
# after large changes, then `make release`.
symbol-order: release
	release/symbol-order.sh

demo: release $(DEMO_SIGNATURE)/chain.pem
	.build/release/ldm demo --sign-key $(DEMO_SIGNATURE)/signer.key --sign-cert $(DEMO_SIGNATURE)/chain.pem

# The registry's tests need a PostgreSQL server: one is started for the run and removed after it.
# pyHanko validates the signatures in the tests (from PyPI: Debian does not package it).
test: deps fonts
	command -v pyhanko >/dev/null || python3 -m pip install --quiet pyhanko pyhanko-cli \
	  || python3 -m pip install --quiet --break-system-packages pyhanko pyhanko-cli
	swift build --build-tests
	Tests/with-postgresql.sh swift test --skip-build

# The JSON Schemas of schema/ are generated from the format's description in Sources/Label/Format;
# a test fails when they are stale.
schema: build
	.build/debug/ldm schema schema

# docs/catalogue.md (template variables, filters, elements) is generated from their declarations in
# the code; a test fails when it is stale.
docs: build
	.build/debug/ldm catalogue > docs/catalogue.md

# The binary and its resources: PREFIX/bin/ldm finds PREFIX/share/ldm (templates, fonts, schema,
# the example campaign) by itself; COMMIT records the commit for `ldm --version`.
PREFIX ?= /usr/local
BINARY ?= .build/release/ldm
install: release install-files

install-files:
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/ldm
	install -m 755 $(BINARY) $(DESTDIR)$(PREFIX)/bin/ldm
	cp -R templates fonts schema examples $(DESTDIR)$(PREFIX)/share/ldm/
	git rev-parse --short=12 HEAD > $(DESTDIR)$(PREFIX)/share/ldm/COMMIT 2>/dev/null || true

bench: release
	bench/run

clean:
	rm -rf .build fonts/outlines
