"""`python -m ocop_tracker.ui.serve [streamlit options]`: `streamlit run app.py`, without the
"Page not found" dialog that a first deep link to a fresh server used to get."""

from __future__ import annotations

import sys

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

from ocop_tracker.core.db import PROJECT_ROOT


def main(argv: list[str]) -> None:
    """Serve app.py with the given `streamlit run` options."""
    # With a folder named pages/ beside app.py, Streamlit runs a server's very first script
    # run as an old-style multipage app whose URLs are the file names, so /nhiem-vu is "not
    # found" there and the dialog stays over the right page. st.navigation
    # turns that fallback off for the process, but only from the second run on: this turns
    # it off before the first one, as st.navigation itself does.
    PagesManager.uses_pages_directory = False
    sys.argv = ["streamlit", "run", str(PROJECT_ROOT / "app.py"), *argv]
    cli.main()


if __name__ == "__main__":
    main(sys.argv[1:])
