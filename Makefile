# kcdesk — `make run` opens the app on a demo database, `make test` runs every test headless.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := var/demo.kcdesk
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test test-fast bench forms translations bundle lint screenshots clean demo

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml setup.py
	$(BIN)/python -m pip install --quiet -e ".[dev,bundle]"
	touch $(STAMP)

$(DEMO): | $(STAMP)
	mkdir -p var
	$(BIN)/kcdesk init $(DEMO) --demo

demo: $(DEMO)

run: $(STAMP) $(DEMO)
	$(BIN)/kcdesk --db $(DEMO)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow"

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

forms: $(STAMP)
	$(BIN)/python tools/compile_forms.py

translations: $(STAMP)
	$(BIN)/python tools/translations.py

screenshots: $(STAMP) $(DEMO)
	QT_QPA_PLATFORM=offscreen $(BIN)/kcdesk screenshots docs/screenshots --db $(DEMO)

bundle: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean build.spec

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools
	$(BIN)/mypy

clean:
	rm -rf build dist var .pytest_cache
