# The two commands: `make run` (whole pipeline on raw/) and `make test`. Both set up first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DAGSTER_HOME := $(CURDIR)/.dagster_home
export GX_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1

.PHONY: setup run test lint ui accuracy bench lock clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	mkdir -p $(DAGSTER_HOME) && cp dagster.yaml $(DAGSTER_HOME)/dagster.yaml
	# parse the dbt project into its target/ and stamp the manifest with the files' fingerprint
	$(BIN)/python -c "import orchestration.defs.transform"
	touch $(STAMP)

run: setup
	$(BIN)/zhaoshang run

test: setup lint
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

lint: setup
	$(BIN)/ruff check orchestration tests scripts bench
	$(BIN)/ruff format --check orchestration tests scripts bench
	# its own target folder: sqlfluff's parse (target lint) would replace the nightly partial parse
	DBT_TARGET_PATH=$(CURDIR)/dbt_project/target/sqlfluff $(BIN)/sqlfluff lint dbt_project/models --disable-progress-bar

ui: setup
	$(BIN)/dagster dev -m orchestration.definitions

# every blind set, probe sets first, each in the order written (probe, probe2, …, probe23)
BLIND_SETS = $(shell ls -d tests/fixtures/probe* | sort -V) $(shell ls -d tests/fixtures/holdout* | sort -V)

# (one process; each set's texts read in one frame)
accuracy: setup
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/gold $(BLIND_SETS)

# Benchmarks: make bench (1k docs + 10k ledger rows) or make bench SIZES=1k,10k,100k. Writes BENCHMARKS.md.
bench: setup
	$(BIN)/python -m bench.run --sizes $(or $(SIZES),1k)

# Regenerate requirements.lock from pyproject.toml (needs uv: pip install uv).
lock:
	uv pip compile pyproject.toml --extra dev --python-version 3.11 --generate-hashes -o requirements.lock

clean:
	rm -rf $(VENV) $(DAGSTER_HOME) dbt_project/target warehouse/*.duckdb warehouse/.build
