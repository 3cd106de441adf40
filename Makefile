# kcdesk — `make run` opens the app on a demo database, `make test` runs every test headless.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := var/demo.kcdesk
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test test-fast bench forms translations bundle lint screenshots clean demo deps-run deps-test

# System packages (Qt's libraries, fonts, python3-venv) are checked and, where allowed, installed
# by tools/system_deps.py before the venv or Qt is used; it prints nothing when all is there.
SYSDEPS := tools/system_deps.py

$(BIN)/python:
	$(PYTHON) $(SYSDEPS) venv
	$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml setup.py
	$(BIN)/python -m pip install --quiet -e ".[dev,bundle]"
	touch $(STAMP)

deps-run: $(STAMP)
	$(BIN)/python $(SYSDEPS) run

deps-test: $(STAMP)
	$(BIN)/python $(SYSDEPS) test

$(DEMO): | $(STAMP) deps-run
	mkdir -p var
	$(BIN)/kcdesk init $(DEMO) --demo

demo: $(DEMO)

run: $(STAMP) deps-run $(DEMO)
	$(BIN)/kcdesk --db $(DEMO)

test: $(STAMP) deps-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

test-fast: $(STAMP) deps-run
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow"

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

forms: $(STAMP)
	$(BIN)/python tools/compile_forms.py

translations: $(STAMP)
	$(BIN)/python tools/translations.py

screenshots: $(STAMP) $(DEMO)
	QT_QPA_PLATFORM=offscreen $(BIN)/kcdesk screenshots docs/screenshots --db $(DEMO)
	$(BIN)/python tools/guide.py docs/screenshots

bundle: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean build.spec

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools
	$(BIN)/mypy

clean:
	rm -rf build dist var .pytest_cache
