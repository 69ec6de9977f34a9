# Works on a fresh machine with only python3, git and make.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test setup bench clean train-ner

setup: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

demo: setup
	$(BIN)/python scripts/demo.py

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python benchmarks/run_all.py

train-ner: setup
	$(BIN)/marsad train ner

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
