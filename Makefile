# Works on a fresh machine with only python3, git and make.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test setup compiled bench clean train-ner train-ner-all

setup: $(STAMP)

# The modules setup.py compiles with mypyc: editing one rebuilds, so no stale C copy shadows it.
COMPILED := src/marsad/arabic/normalize.py src/marsad/arabic/numbers.py src/marsad/extract/quantities.py \
            src/marsad/ner/decode.py

$(STAMP): pyproject.toml setup.py $(COMPILED)
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,cluster,postgres]'
	@touch $(STAMP)

# The events package compiled too (mypyc, about 1.7x faster; a few minutes to build): on request only, and
# its sources are not prerequisites above (an edit would recompile it on every `make test`). An edited
# events source makes the whole events package run from source (build_info.guard_events) until this
# builds it again; a plain `make setup` reinstall leaves it to the source as well.
compiled:
	@rm -f $(STAMP)
	@MARSAD_COMPILE_EVENTS=1 $(MAKE) --no-print-directory setup

demo: setup
	$(BIN)/python scripts/demo.py

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python benchmarks/run_all.py

# The shipped tagger mixes the CRF with a neural tagger trained with PyTorch: needs the train extra.
# It reads the NER's committed copy of the gazetteer (src/marsad/data/ner/gazetteer_features.tsv).
train-ner: setup
	$(BIN)/python -m pip install -q -e '.[train]'
	$(BIN)/marsad train ner --all-data --compare --ensemble

# Rebuild the NER data files (word clusters, world gazetteer, the copy of the places gazetteer)
# first; needs the train extra.
train-ner-all: setup
	$(BIN)/python -m pip install -q -e '.[train]'
	$(BIN)/marsad train ner --resources --all-data --compare --ensemble

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache src/*.so src/marsad/*/*.so src/marsad/*/*/*.so \
		src/marsad/extract/events/_compiled.json
