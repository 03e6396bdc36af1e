# The two set-up commands of the README: `make demo` and `make test`.
#
# Torch is installed before the project so that pip never resolves it on its own. On the project's
# machines `torch==2.13.0` resolves to the CPU wheel pip is configured to find on disk; on another
# CPU-only machine pass TORCH_INDEX=https://download.pytorch.org/whl/cpu (PyPI's Linux wheel is the
# CUDA build, several GB). Where $(PYTHON) already imports a torch (a GPU machine), the venv sees it
# through --system-site-packages and nothing is downloaded for it.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
TORCH_SPEC ?= torch==2.13.0
TORCH_INDEX ?=
PREP_CONFIG ?= configs/demo.toml
TRAIN_CONFIG ?= configs/demo_train.toml

.PHONY: demo test install install-test lint clean demo-manifest dedup-effect

$(VENV)/.installed: pyproject.toml
	@if $(PYTHON) -c "import torch" 2>/dev/null; then \
		echo "make: reusing the torch that $(PYTHON) already has"; \
		$(PYTHON) -m venv --system-site-packages $(VENV); \
	else \
		$(PYTHON) -m venv $(VENV) && \
		$(PIP) install --quiet $(if $(TORCH_INDEX),--index-url $(TORCH_INDEX)) "$(TORCH_SPEC)"; \
	fi
	$(PIP) install --quiet -e .
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install --quiet -e ".[test]"
	@touch $@

install: $(VENV)/.installed

# The report's browser test (tests/train/test_report.py) loads the page in headless Chromium. Install
# it where apt-get and root (or passwordless sudo) allow; elsewhere that one test skips, never fails.
install-test: $(VENV)/.installed-test
	@if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then :; \
	elif command -v apt-get >/dev/null 2>&1 && { [ "$$(id -u)" = 0 ] || sudo -n true 2>/dev/null; }; then \
		as_root=$$([ "$$(id -u)" = 0 ] && echo env || echo "sudo -n env") && apt="DEBIAN_FRONTEND=noninteractive apt-get"; \
		echo "make: installing chromium (apt-get) for the report's browser test"; \
		$$as_root $$apt install -y -qq --no-install-recommends chromium >/dev/null 2>&1 \
		|| { $$as_root $$apt update -qq >/dev/null 2>&1 \
		     && $$as_root $$apt install -y -qq --no-install-recommends chromium >/dev/null 2>&1; } \
		|| echo "make: apt-get could not install chromium; the report browser test will be skipped"; \
	else \
		echo "make: no chromium and no root apt-get to install it; the report browser test will be skipped"; \
	fi

# The demo: build (with canaries) and train; then the memorization audit against an UNSCRUBBED twin
# (the same corpus and canaries, tokenized with the scrubbed build's tokenizer so that the audit
# measures the model, not the vocabulary: docs/audit.md), the HTML report and a fine-tuning check; last, the
# README's demo figures rewritten from these outputs (docs/demo_excerpt.md and the README's marked block).
RAW := build/demo-raw
demo: install
	$(PY) -m prep build --config $(PREP_CONFIG) --overwrite
	$(PY) -m train run --config $(TRAIN_CONFIG) --overwrite
	$(PY) -m train summary --run build/demo-run --probes configs/demo_probes.jsonl
	$(PY) -m prep build --config $(PREP_CONFIG) --set scrub.mode=off --set output_dir=$(RAW)-text --overwrite
	$(PY) -m prep shards --config $(PREP_CONFIG) --set scrub.mode=off --input $(RAW)-text/work/split/part-*.txt \
		--tokenizer build/demo/tokenizer --output $(RAW) --overwrite
	rm -rf $(RAW)-text
	$(PY) -m train run --config $(TRAIN_CONFIG) --set data.build_dir=$(RAW) --set run.output_dir=$(RAW)-run \
		--set data.allow_unscrubbed=true --overwrite
	$(PY) -m train audit --model build/demo-run --model $(RAW)-run --canaries build/demo/canaries.jsonl \
		--output build/demo-run/audit.json
	rm -rf $(RAW) $(RAW)-run  # the twin's shards and model hold the corpus's (fake) personal data
	$(PY) -m train report build/demo-run
	$(PY) -m train finetune --model build/demo-run/export --train data/demo/labeled.jsonl \
		--output build/demo-finetune --lr 5e-4 --epochs 8 --from-scratch-baseline --cpu-threads 1 --overwrite
	$(PY) -m train demo-excerpt --run build/demo-run --audit build/demo-run/audit.json --finetune build/demo-finetune \
		--probes configs/demo_probes.jsonl --output docs/demo_excerpt.md --readme README.md

# Near-dedup's effect on memorization (docs/dedup.md): the demo's unscrubbed twin with every canary's repeats
# planted into near-duplicate copies of one host document (canaries.hosts=near_duplicates), built with
# near-dedup on and off, both tokenized with one tokenizer (a scrubbed build's, as the demo does), trained
# alike and audited side by side ("Mean exposure by repeats": A = dedup off, B = dedup on).
DE := build/dedup-effect
DE_SET := --set canaries.hosts=near_duplicates
dedup-effect: install
	$(PY) -m prep build --config $(PREP_CONFIG) $(DE_SET) --set output_dir=$(DE)/scrubbed --overwrite
	for d in off on; do \
		$(PY) -m prep build --config $(PREP_CONFIG) $(DE_SET) --set scrub.mode=off \
			--set dedup.enabled=$$([ $$d = on ] && echo true || echo false) --set output_dir=$(DE)/raw-$$d-text --overwrite && \
		$(PY) -m prep shards --config $(PREP_CONFIG) --set scrub.mode=off --input $(DE)/raw-$$d-text/work/split/part-*.txt \
			--tokenizer $(DE)/scrubbed/tokenizer --output $(DE)/raw-$$d --overwrite && \
		$(PY) -m train run --config $(TRAIN_CONFIG) --set data.build_dir=$(DE)/raw-$$d --set run.output_dir=$(DE)/raw-$$d-run \
			--set data.allow_unscrubbed=true --overwrite || exit 1; \
	done
	$(PY) benchmarks/canary_copies.py $(DE)/scrubbed/canaries.jsonl "dedup off=$(DE)/raw-off-text" "dedup on=$(DE)/raw-on-text"
	$(PY) -m train audit --model $(DE)/raw-off-run --model $(DE)/raw-on-run --canaries $(DE)/scrubbed/canaries.jsonl \
		--output $(DE)/audit.json
	rm -rf $(DE)/raw-*  # the twins' text, shards and models hold the corpus's (fake) personal data

lint: install-test
	$(VENV)/bin/ruff check privbert prep train tests benchmarks

test: install-test lint
	$(PY) -m pytest -q

# After a deliberate change to the demo corpus or any prep stage: refresh the committed reference
# manifest that tests/prep/test_demo_build.py compares a fresh build against.
demo-manifest: install
	$(PY) -m prep build --config $(PREP_CONFIG) --overwrite
	mkdir -p data_manifests/demo && cp build/demo/manifest.json data_manifests/demo/manifest.json

clean:
	rm -rf build .pytest_cache
