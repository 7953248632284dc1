# The two set-up commands are `make run` and `make test`; both install first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
WORDNET := $(VENV)/nltk_data/corpora/wordnet/lexnames
TOOLS := $(VENV)/tools/.installed
PYTEST_ARGS ?=
# The suite runs on two pytest-xdist workers: on two cores one worker's tests use the CPU
# while the other's wait (UI tests on the app, generated suites on their subprocesses).
# worksteal lets the worker that runs out take half of the other's queue. PYTEST_WORKERS=0
# runs it in one process.
PYTEST_WORKERS ?= 2

.PHONY: install run test lint format bench screenshots clean

# Everything the tests need, so `make test` on a fresh machine installs nothing while it runs.
install: $(STAMP) $(WORDNET) $(TOOLS)

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

# Command-line tools the tests run (Schemathesis), each in a folder of its own under
# .venv/tools, out of baes' environment (tests/support/tools.py says why).
$(TOOLS): $(STAMP) tests/support/tools.py
	$(BIN)/python -m tests.support.tools
	@touch $(TOOLS)

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
	$(BIN)/python -m pytest -q -n $(PYTEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

bench: install
	$(BIN)/python -m bench

screenshots: install
	$(BIN)/python -m baes_tui.ui.screenshots docs/screenshots

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
