# Pontive Wall: the two commands (`make demo`, `make test`) and their helpers.
# Each target installs what is missing (packaging/install-deps.sh), then builds.

BUILD   ?= build
JOBS    ?= $(shell nproc)
CMAKE_FLAGS ?=
DEMO_DIR ?= $(HOME)/.local/share/pontive-wall-demo
DEMO_DB  := $(DEMO_DIR)/demo.db

.PHONY: all deps deps-demo deps-bench configure build test bench demo fuzz package clean

all: build

deps:
	bash packaging/install-deps.sh test

deps-demo:
	bash packaging/install-deps.sh demo

deps-bench:
	bash packaging/install-deps.sh bench

configure:
	@if [ ! -f $(BUILD)/build.ninja ]; then \
	  cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS); fi

build: configure
	cmake --build $(BUILD) -j $(JOBS)

# Every test, with a real PostgreSQL 15 server started for the run on a free loopback
# port (pg_virtualenv) and removed afterwards.
test: deps
	$(MAKE) build
	bash tests/run-all.sh $(BUILD)

bench: deps-bench
	$(MAKE) build
	bash tests/bench/run-bench.sh $(BUILD)

demo: deps-demo
	$(MAKE) build
	bash app/run-demo.sh $(BUILD) $(DEMO_DIR)

# libFuzzer (clang) over the ONVIF reply parsers, 5 minutes.
fuzz: deps
	bash packaging/install-deps.sh fuzz
	cmake -S . -B build-fuzz -G Ninja -DPONTIVE_ONVIF_FUZZER=ON
	cmake --build build-fuzz --target onvif_fuzz

# The Debian package (CPack DEB) from the built tree, in $(BUILD)/.
package: deps
	$(MAKE) build
	cd $(BUILD) && cpack -G DEB

clean:
	rm -rf $(BUILD)
