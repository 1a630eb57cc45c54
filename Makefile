# ldm: see README.md. Every target installs what it needs first (Debian, as root).
SHELL := /bin/bash
export PATH := $(PATH):/opt/swift/usr/bin

# Debian packages the project needs: C libraries, the fonts of fonts/manifest.tsv,
# the French hyphenation dictionary, qpdf's library and the sRGB profile that finish documents as
# PDF/A-1b, and the PDF tools the tests read documents back with (PDFBox Preflight for PDF/A-1b).
PACKAGES := pkg-config libcairo2-dev libpango1.0-dev libhyphen-dev hyphen-fr librsvg2-dev \
            libqrencode-dev libcmark-dev fonts-noto-core fonts-dejavu-core \
            poppler-utils qpdf zbar-tools time \
            postgresql chromium curl \
            libqpdf-dev icc-profiles-free openjdk-17-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java

.PHONY: deps build release demo test bench clean

deps:
	@missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing:" $$missing; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	swift build

# The Swift runtime and Foundation linked in: the process starts without resolving their symbols
# (27 instead of 50 million instructions for `ldm --help`) and runs 3 % faster on a long dossier.
release: deps
	swift build -c release --static-swift-stdlib

demo: release
	.build/release/ldm demo

# The registry's tests need a PostgreSQL server: one is started for the run and removed after it.
test: deps
	swift build --build-tests
	Tests/with-postgresql.sh swift test --skip-build

bench: release
	bench/run

clean:
	rm -rf .build
