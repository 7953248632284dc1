# The two set-up commands are `make run` and `make test`; both install first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
WORDNET := $(VENV)/nltk_data/corpora/wordnet/lexnames
PYTEST_ARGS ?=

.PHONY: install run test lint format bench screenshots clean

install: $(STAMP) $(WORDNET)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,lint]'
	@touch $(STAMP)

# WordNet for the normalizer: NLTK's downloader where it answers, else Debian's wordnet-base.
$(WORDNET): $(STAMP)
	@$(BIN)/python -m baes_tui.recognition.wordnet $(VENV)/nltk_data \
	|| { echo "Installing Debian's WordNet (wordnet-base, wordnet-sense-index)"; \
	     apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	       --no-install-recommends wordnet-base wordnet-sense-index >/dev/null \
	     && $(BIN)/python -m baes_tui.recognition.wordnet $(VENV)/nltk_data --offline; }

run: install
	$(BIN)/baes

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: lint
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

bench: install
	$(BIN)/python -m bench

screenshots: install
	$(BIN)/python -m baes_tui.ui.screenshots docs/screenshots

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
