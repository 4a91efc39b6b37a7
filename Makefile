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

accuracy: setup
	$(BIN)/zhaoshang accuracy
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe2
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe3
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe4
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe5
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe6
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe7
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe8
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe9
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe10
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe11
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe12
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe13
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe14
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe15
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe16
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe17
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe18
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe19
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe20
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe21
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe22
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/probe23
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout2
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout3
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout4
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout5
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout6
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout7
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout8
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout9
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout10
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout11
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout12
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout13
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout14
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout15
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout16
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout17
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout18
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout19
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout20
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout21
	$(BIN)/zhaoshang accuracy --gold tests/fixtures/holdout22

# Benchmarks: make bench (1k docs + 10k ledger rows) or make bench SIZES=1k,10k,100k. Writes BENCHMARKS.md.
bench: setup
	$(BIN)/python -m bench.run --sizes $(or $(SIZES),1k)

# Regenerate requirements.lock from pyproject.toml (needs uv: pip install uv).
lock:
	uv pip compile pyproject.toml --extra dev --python-version 3.11 --generate-hashes -o requirements.lock

clean:
	rm -rf $(VENV) $(DAGSTER_HOME) dbt_project/target warehouse/*.duckdb warehouse/.build
