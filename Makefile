# The entry points people need. Every target bootstraps .venv itself on first use.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
SHARED ?= ../shared
SPEC   ?= $(SHARED)/openapi/fivetran-open-api-definition.2026-07-10.json
OLD    ?= $(SHARED)/openapi/fivetran-open-api-definition.2026-06-22.json
NEW    ?= $(SPEC)
STAMP  := $(VENV)/.installed-stamp

.PHONY: help dev test lint pytest check-generated generate spec-diff bench demo clean test-integrations

help:
	@echo "make demo        run the end-to-end demo against the embedded fake Fivetran API"
	@echo "make test        lint, type-check, run the tests and check generated/ is reproducible"
	@echo "make test-integrations   the Airflow and Dagster integrations, each in its own environment"
	@echo "make generate    SPEC=<path-or-URL> [UPDATE_LOCK=1]  regenerate generated/fivetran_api"
	@echo "make spec-diff   OLD=<spec> NEW=<spec> [JSON=1]       what changed between two exports"
	@echo "make bench       [QUICK=1] [NO_PEERS=1]  run every benchmark, print the table, write BENCHMARKS.md"

# Re-install when the project's dependencies change.
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

dev: $(STAMP)

lint: dev
	$(VENV)/bin/ruff check fivetran_ext scripts openapi tests
	$(VENV)/bin/ruff format --check fivetran_ext scripts openapi tests
	$(VENV)/bin/mypy --strict fivetran_ext

pytest: dev
	$(PY) -m pytest

# Regenerate into a scratch directory and compare with the committed generated/ (needs the spec).
check-generated: dev
	@if [ -f "$(SPEC)" ] || echo "$(SPEC)" | grep -q '^https\?://'; then \
		$(PY) scripts/generate.py --spec "$(SPEC)" --check; \
	else \
		echo "check-generated: skipped, $(SPEC) not found (pass SPEC=<path-or-URL>)"; \
	fi

test: lint pytest check-generated

generate: dev
	$(PY) scripts/generate.py --spec "$(SPEC)" $(if $(UPDATE_LOCK),--update-lock,)

spec-diff: dev
	$(PY) scripts/spec_diff.py "$(OLD)" "$(NEW)" $(if $(JSON),--json,)

bench: dev
	$(PY) scripts/bench.py $(if $(QUICK),--quick,) $(if $(NO_PEERS),--no-peers,)

# Zero configuration: a local fake Fivetran API, a webhook receiver, and the CLI and library against them.
demo: dev
	$(PY) scripts/demo.py

# Airflow and Dagster are heavy and pin much of their world: each gets its own environment (.venv-airflow,
# .venv-dagster: the project editable plus that extra, redis-py and pytest), so `make test` and `make demo` never
# install them. The tests under tests/integrations/ skip in .venv and run for real here.
INTEGRATIONS := airflow dagster

.venv-%/.installed-stamp: pyproject.toml
	@test -x .venv-$*/bin/python || $(PYTHON) -m venv .venv-$*
	.venv-$*/bin/python -m pip install --quiet --upgrade pip
	.venv-$*/bin/python -m pip install --quiet -e '.[$*,redis]' 'pytest>=8'
	@touch $@

test-integrations: $(foreach name,$(INTEGRATIONS),.venv-$(name)/.installed-stamp)
	@for name in $(INTEGRATIONS); do \
		echo "== $$name"; \
		.venv-$$name/bin/python -m pytest -q -p no:cacheprovider tests/integrations/$$name || exit 1; \
	done

clean:
	rm -rf $(VENV) $(foreach name,$(INTEGRATIONS),.venv-$(name)) dist build .pytest_cache .mypy_cache .ruff_cache
