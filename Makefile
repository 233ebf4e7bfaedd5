# Quick start: `make demo` and `make test`. Nothing else needed but python3 >= 3.11, make and git.
PYTHON ?= python3
comma  := ,
VENV   := .venv
BIN    := $(VENV)/bin
# The optional extras installed with the tests: `make test EXTRAS=test,browser` adds the browser tests of `site`.
EXTRAS ?= test
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)-$(subst $(comma),-,$(EXTRAS))
# The same tests against the lowest version of each dependency that pyproject.toml allows (see .ci/lowest_constraints.py).
LOWEST       := .venv-lowest
LOWEST_STAMP := $(LOWEST)/.installed-$(shell cat pyproject.toml .ci/lowest_constraints.py | cksum | cut -d' ' -f1)

.PHONY: demo test test-lowest lint-code bench bench-all bench-startup schemas clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[$(EXTRAS)]"
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/samverkan --version
	$(BIN)/samverkan validate
	$(BIN)/samverkan lint --as-of 2021-01-15
	$(BIN)/samverkan report --quarter 2020Q1 --as-of 2020-07-01
	@echo
	@echo "Prova sedan (datat är från 2020, därför --as-of):"
	@echo "  $(BIN)/samverkan overdue --as-of 2020-07-01"
	@echo "  $(BIN)/samverkan status --as-of 2020-07-01"
	@echo "  $(BIN)/samverkan report --quarter 2020Q2 --as-of 2020-07-01 -o protokoll.md"
	@echo "  $(BIN)/samverkan --help"

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/pytest -rs

$(LOWEST)/bin/python:
	$(PYTHON) -m venv $(LOWEST)
	$(LOWEST)/bin/python -m pip install --quiet --upgrade pip

$(LOWEST_STAMP): $(LOWEST)/bin/python pyproject.toml .ci/lowest_constraints.py
	$(LOWEST)/bin/python .ci/lowest_constraints.py > $(LOWEST)/constraints.txt
	$(LOWEST)/bin/python -m pip install --quiet -c $(LOWEST)/constraints.txt -e ".[test]"
	@rm -f $(LOWEST)/.installed-*
	@touch $(LOWEST_STAMP)

test-lowest: $(LOWEST_STAMP)
	$(LOWEST)/bin/python .ci/lowest_constraints.py --check
	$(LOWEST)/bin/pytest -rs

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,bench]"
	$(BIN)/python benchmarks/run.py --scales small,county

bench-all: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,bench]"
	$(BIN)/python benchmarks/run.py --scales small,county,country

# Start-up against the commit before the message catalog (issue 9), interleaved in one run.
bench-startup: $(STAMP)
	$(BIN)/python benchmarks/startup_vs.py --rev 1ac7a55

schemas: $(STAMP)
	$(BIN)/samverkan schema --output-dir schemas --force

clean:
	rm -rf $(VENV) $(LOWEST) build dist .pytest_cache .mypy_cache .ruff_cache
