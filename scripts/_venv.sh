# Sourced by run.sh and test.sh: make .venv (installing python3-venv where missing) and
# install a requirements file into it, only when it changed since the last install.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${OCOP_VENV:-$ROOT/.venv}"
PY="$VENV/bin/python"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_venv() {
  if [ ! -x "$PY" ]; then
    if ! python3 -m venv "$VENV" 2>/dev/null; then
      echo "Cài python3-venv (cần quyền quản trị)…"
      as_root apt-get update -qq && as_root apt-get install -y -qq python3-venv
      python3 -m venv "$VENV"
    fi
  fi
}

install_requirements() {  # $1 = requirements file
  local req="$ROOT/$1" stamp="$VENV/.installed-$(basename "$1")"
  if [ ! -f "$stamp" ] || [ -n "$(find "$ROOT" -maxdepth 1 -name 'requirements*.txt' -newer "$stamp")" ]; then
    "$PY" -m pip install --disable-pip-version-check -q -r "$req"
    touch "$stamp"
  fi
}
