# checkout-footprint
#   make demo   set up, build the npm package into pkg/, serve the demo on 127.0.0.1:8080
#   make test   set up, then run every test tier
#   make pkg    build the npm package into pkg/
#   make bench  size and speed figures into target/bench/
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)

PKG_INPUTS := Cargo.toml Cargo.lock pkg.json README.md METHODOLOGY.md scripts/build-pkg.mjs \
	custom-elements-manifest.config.mjs $(shell find src -type f)

# What prettier checks: every JavaScript and TypeScript file the project writes.
JS_SOURCES := "src/**/*.{js,cjs,ts,cts}" "scripts/**/*.mjs" "tests/**/*.{js,mjs,ts,cts,tsx}" \
	"benches/**/*.js" "www/*.js" custom-elements-manifest.config.mjs

.PHONY: setup pkg demo test lint test-rust test-wasm test-js bench clean fuzz

setup:
	@scripts/setup

pkg/package.json: $(PKG_INPUTS) | setup
	node scripts/build-pkg.mjs

pkg: setup pkg/package.json

demo: pkg
	node scripts/serve.mjs --port 8080 --gzip

# Rust: rustfmt and clippy on the host and on wasm32, with and without the batch feature
# (the element's build leaves it out). JavaScript: prettier, and tsc over src/js and
# src/wasm's JS from their JSDoc (tsconfig.json; it reads the glue wasm-pack writes, so
# after the package is built).
lint: pkg
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown --no-default-features -- -D warnings
	prettier --check --log-level warn $(JS_SOURCES)
	tsc -p tsconfig.json

test-rust: setup
	cargo test

# wasm-bindgen-test in headless Chromium (the runner finds chromedriver on PATH).
test-wasm: setup
	wasm-pack test --headless --chrome --mode no-install -- --test wasm

# Every node --test suite: the package in Node, in Chromium, packed into Node, Vite and
# webpack projects, the element, and the demo end to end. Last, so its count line closes
# the output.
test-js: pkg
	node --test --test-concurrency=1 tests/js/ tests/e2e/

test: lint test-rust test-wasm test-js

bench: pkg
	node scripts/bench.mjs $(if $(QUICK),--quick)

clean:
	rm -rf pkg target/pkg-tests target/screenshots

# cargo fuzz for FUZZ_SECONDS (default 60) per target; see fuzz/README.md
fuzz: setup
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	node fuzz/seed-corpus.mjs
	cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run json_text corpus/json_text -- \
		-dict=dict/json_text.dict -max_total_time=$(or $(FUZZ_SECONDS),60) -print_final_stats=1
	cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run structured_order corpus/structured_order -- \
		-max_total_time=$(or $(FUZZ_SECONDS),60) -print_final_stats=1
