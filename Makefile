# The two commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := cd example_site && ../$(BIN)/python manage.py
# The demo's e-mails link to where it is served (make demo PORT=8001), unless the site's URL is set.
SITE_URL = $${WAGTAILADMIN_BASE_URL:-http://$(HOST):$(PORT)}
MANAGE_SITE = cd example_site && WAGTAILADMIN_BASE_URL=$(SITE_URL) ../$(BIN)/python manage.py
PYTEST_WORKERS ?= 2
PYTEST_ARGS ?=
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install demo demo-code serve test lint messages wheel bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall when the package metadata (dependencies, extras) changes.
$(VENV)/.installed: pyproject.toml setup.py | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

# Tasks run in the web process; the outbox drain (Celery beat's job in production) runs beside
# it, so an e-mail whose first attempt failed is still sent.
demo: install
	$(MANAGE) migrate --noinput
	$(MANAGE) saypro_setup_roles
	$(MANAGE_SITE) saypro_demo
	$(MANAGE_SITE) saypro_drain_outbox --every 60 & trap 'kill $$!' EXIT INT TERM; \
		$(MANAGE_SITE) runserver $(HOST):$(PORT)

# The current two-step verification code of a demo account: make demo-code USER=admin
demo-code: install
	@$(MANAGE) demo_totp $(USER)

serve: install
	$(MANAGE_SITE) saypro_drain_outbox --every 60 & trap 'kill $$!' EXIT INT TERM; \
		$(MANAGE_SITE) runserver $(HOST):$(PORT)

test: install
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

messages: install
	cd saypro_wagtail && ../$(BIN)/django-admin makemessages --all --no-obsolete \
		--ignore "*/tests/*" && ../$(BIN)/django-admin compilemessages

wheel: install
	$(BIN)/python -m build --wheel --outdir dist .

bench: install
	$(BIN)/python bench/run.py $(BENCH)

clean:
	rm -rf $(VENV) build dist *.egg-info
