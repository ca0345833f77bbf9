# The two commands of the README: `make run` and `make test`. Everything else is for developers.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QT_FREE := kiosk/domain kiosk/portal kiosk/forms kiosk/journal kiosk/scanner kiosk/sandbox \
           kiosk/cases kiosk/doctor kiosk/chip \
           kiosk/config.py kiosk/paths.py kiosk/logs.py kiosk/resources.py kiosk/process_privacy.py
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test check pytest bench i18n i18n-update system-deps clean

run: system-deps $(STAMP) i18n
	$(PY) -m kiosk

test: system-deps $(STAMP) i18n check pytest

system-deps:
	@bash scripts/system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,sane,chip,postgres]'
	@touch $@

i18n: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# After adding UI strings: refresh the catalogue, then translate the new entries.
i18n-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find kiosk/ui -name '*.py') $$(ls kiosk/scanner/camera.py 2>/dev/null) \
	  -ts resources/i18n/kiosk_en.ts -no-obsolete -source-language vi_VN -target-language en_US
	$(PY) scripts/ts_tool.py gaps resources/i18n/kiosk_en.ts

check: $(STAMP)
	$(VENV)/bin/ruff check kiosk tests bench packaging scripts
	$(VENV)/bin/ruff format --check kiosk tests bench packaging scripts
	$(VENV)/bin/mypy $(QT_FREE)
	$(VENV)/bin/mypy kiosk/ui kiosk/scanner/camera.py
	$(VENV)/bin/lint-imports

pytest: $(STAMP) i18n
	$(PY) -m pytest -q --durations=15

bench: system-deps $(STAMP) i18n
	$(PY) -m bench.run

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache resources/i18n/*.qm

# The frozen kiosk for counter PCs (docs/deploy.md): PyInstaller one-folder build in dist/kiosk,
# smoke-tested as a desk would use it, then the Linux .tar.gz. Not part of `make test`.
.PHONY: dist
dist: system-deps $(STAMP) i18n
	rm -rf build/pyinstaller dist/kiosk
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --workpath build/pyinstaller --distpath dist build.spec
	$(PY) packaging/smoke.py dist/kiosk
	$(PY) packaging/tarball.py dist/kiosk
