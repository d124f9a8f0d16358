# The two commands a new user runs:
#   make demo   set up .venv, ingest data/articles into data/indicators.duckdb,
#               print the claims found, write one chart per indicator to data/charts/
#   make test   set up .venv (with dev tools), lint, type-check and run the tests
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: demo test setup bench eval lock clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	rm -f $(VENV)/.installed-*
	touch $@

demo: $(STAMP)
	$(BIN)/indicators ingest data/articles
	$(BIN)/indicators claims
	$(BIN)/indicators chart --all --out-dir data/charts

test: $(STAMP)
	$(BIN)/ruff check indicators tests bench scripts
	$(BIN)/ruff format --check indicators tests bench scripts
	$(BIN)/mypy
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py --quantulum
	$(BIN)/python bench/bench_store.py

# Extraction quality on every labelled set there is (the shared dev set sits beside the repo).
GOLD := $(wildcard ../shared/eval/dev_claims.jsonl) $(sort $(wildcard eval/*.jsonl))
eval: $(STAMP)
	@for gold in $(GOLD); do echo "$$gold"; $(BIN)/indicators evaluate $$gold | tail -n 1; done

# Re-pin every dependency after editing pyproject.toml (needs network access to PyPI).
lock:
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) data/indicators.duckdb data/indicators.duckdb.wal data/charts
