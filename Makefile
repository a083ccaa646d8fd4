# checkpost: `make run` to try it, `make test` to check it. Everything lives in .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/pip --disable-pip-version-check

.PHONY: install install-dev run test lint format check model eval bench examples browser smoke clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# torch first, from the local CPU wheel: nothing installed after it can pull a CUDA build.
$(VENV)/.runtime: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet torch==2.13.0
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.dev: pyproject.toml $(VENV)/.runtime
	$(PIP) install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.runtime

install-dev: $(VENV)/.dev

model: install
	$(BIN)/checkpost model prepare

run: model
	$(BIN)/checkpost db upgrade
	$(BIN)/checkpost serve

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Debian's Chromium for the Playwright tests of the web pages (no browser download).
# A failure here is not fatal: the browser tests then skip saying why (and fail in CI).
browser:
	-bash scripts/install-browser.sh

test: lint browser
	$(BIN)/python -m pytest

check: test

eval: model
	$(BIN)/checkpost eval --input models/data/test.jsonl --input models/data/independent.jsonl \
	  --input models/data/independent-posts.jsonl --input models/data/subtle-tone.jsonl \
	  --input models/data/fresh-posts.jsonl \
	  $(if $(wildcard ../shared/realworld-dev.jsonl),--input ../shared/realworld-dev.jsonl) \
	  --report models/REPORT.md

examples: model
	$(BIN)/checkpost examples

# The Dockerfile's steps without Docker: fresh venv, `pip install .`, model, migrate, serve.
smoke:
	PYTHON=$(PYTHON) bash scripts/smoke-image.sh

clean:
	rm -rf $(VENV) var

bench: model install-dev
	$(BIN)/python -m bench.run
