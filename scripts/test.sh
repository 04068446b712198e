#!/usr/bin/env bash
# Set up everything the tests need (Debian's chromium included) and run the whole suite.
# Extra arguments go to pytest, e.g. ./scripts/test.sh -k browser
source "$(dirname "$0")/_venv.sh"
# Debian's chromium for the browser tests and PDF printing; poppler-utils' pdfinfo counts PDF pages.
if ! command -v chromium >/dev/null 2>&1 || ! command -v pdfinfo >/dev/null 2>&1; then
  echo "Cài Chromium và poppler-utils của Debian cho các kiểm thử…"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    chromium fonts-noto-core fonts-noto-color-emoji poppler-utils >/dev/null
fi
ensure_venv
install_requirements requirements-dev.txt
cd "$ROOT"
# Two workers (this machine has two cores), one test file per worker at a time so that a
# module's shared server stays in one process. OCOP_TEST_WORKERS=0 runs in one process.
exec "$PY" -m pytest -q -n "${OCOP_TEST_WORKERS:-2}" --dist loadfile "$@"
