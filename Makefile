# kg: two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
KG     := $(VENV)/bin/kg
STORE  ?= data/store
HOST   ?= 127.0.0.1
PORT   ?= 5000
STAMP  := $(VENV)/.installed

.PHONY: run build serve test lint format bench clean setup deps

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

## deps: Debian and npm packages the server and the browser tests need (idempotent)
deps:
	bash scripts/setup-test-deps.sh

## make run: set up, build the graph from seeds/ into the embedded store, serve it
run: build serve

build: $(STAMP)
	$(KG) build seeds/ --store $(STORE) || [ $$? -eq 1 ]

serve: $(STAMP) deps
	$(KG) serve --store $(STORE) --host $(HOST) --port $(PORT)

## make test: set up, run the whole suite
test: $(STAMP) deps
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check src server tests bench
	$(VENV)/bin/ruff format --check src server tests bench

format: $(STAMP)
	$(VENV)/bin/ruff format src server tests bench
	$(VENV)/bin/ruff check --fix src server tests bench

## make bench: throughput and memory benchmarks (figures printed, targets checked)
bench: $(STAMP)
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) data .pytest_cache
