#!/usr/bin/env bash
# Set up everything the app needs and serve it on the bundled plan:
#   ./scripts/run.sh                 -> http://localhost:8501 (database: $OCOP_DB or data/ocop.db)
# Extra arguments go to `streamlit run` (through ocop_tracker.ui.serve), e.g. --server.port 8600.
source "$(dirname "$0")/_venv.sh"
ensure_venv
install_requirements requirements.txt
cd "$ROOT"
"$PY" -m ocop_tracker init
exec "$PY" -m ocop_tracker.ui.serve "$@"
