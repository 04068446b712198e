#!/usr/bin/env bash
# Set up everything the tests need (Debian's chromium included) and run the whole suite.
# Extra arguments go to pytest, e.g. ./scripts/test.sh -k browser
source "$(dirname "$0")/_venv.sh"
if ! command -v chromium >/dev/null 2>&1; then
  echo "Cài Chromium của Debian cho các kiểm thử trên trình duyệt…"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null
fi
ensure_venv
install_requirements requirements-dev.txt
cd "$ROOT"
exec "$PY" -m pytest -q "$@"
