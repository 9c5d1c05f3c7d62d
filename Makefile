# newslens: `make report` runs the notebooks on the seed and renders HTML under reports/;
# `make test` runs pytest and nbval over every notebook. Both set up .venv on first use.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
ARTICLES ?= seeds

.PHONY: install report test lab bench clean

install: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (newslens)" >/dev/null
	touch $(STAMP)

report: $(STAMP)
	$(PY) -m newslens report $(ARTICLES) --out reports

test: $(STAMP)
	$(PY) -m pytest tests
	$(PY) -m pytest --nbval-lax -p no:cacheprovider notebooks

lab: $(STAMP)
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks

bench: $(STAMP)
	$(PY) bench/speed.py
	$(PY) bench/attribution.py --polnear ../shared/polnear --split dev

clean:
	rm -rf reports .cache .pytest_cache
