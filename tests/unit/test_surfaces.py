"""Every feature is on every surface people look at, or says why not; every change it audits
can be undone, named and read in the feed."""

from __future__ import annotations

import pytest

from ocop_tracker import features
from ocop_tracker.core import audit, registry
from ocop_tracker.core.registry import Absent
from ocop_tracker.core.strings import STRINGS

# The plan's content: what the projector, the report, the overview and status --json are for.
CONTENT = ("tasks", "booths", "delegates", "programme")
# The tasks are the report's spine (summary, attention list, all tasks): no extra section.
ALLOWED_ABSENT = {("tasks", "report")}
SURFACES = ("projector", "report", "status", "overview", "undo")


def test_every_feature_package_is_registered_in_order():
    assert [f.key for f in features.all_features()] == list(features.FEATURE_PACKAGES)


@pytest.mark.parametrize("key", CONTENT)
def test_content_features_are_on_every_surface(key):
    feature = {f.key: f for f in features.all_features()}[key]
    missing = [s for s in SURFACES
               if isinstance(getattr(feature, s), Absent) and (key, s) not in ALLOWED_ABSENT]
    assert not missing, f"{key} lacks {missing}"
    if not isinstance(feature.projector, Absent):
        assert feature.projector, key
    assert feature.subjects, f"{key} names none of its rows in the history feed"


@pytest.mark.parametrize("feature", features.all_features(), ids=lambda f: f.key)
def test_an_absent_surface_says_why(feature):
    for surface in SURFACES:
        value = getattr(feature, surface)
        if isinstance(value, Absent):
            assert len(value.reason) > 20 and "TODO" not in value.reason, (feature.key, surface)


def test_titles_of_features_panels_and_sections_are_strings():
    features.all_features()
    keys = ([f.title_key for f in registry.features()]
            + [p.title_key for p in registry.projector_panels()]
            + [s.title_key for s in registry.report_sections()])
    assert [k for k in keys if k not in STRINGS] == []


def test_panel_and_section_keys_are_unique():
    features.all_features()
    panels = [p.key for p in registry.projector_panels()]
    sections = [s.key for s in registry.report_sections()]
    assert len(panels) == len(set(panels)) and len(sections) == len(set(sections))


def test_every_entity_the_demo_changes_can_be_undone_and_named(demo_path):
    """Whatever the demo's writers changed ("update" rows) has an undo handler and a name."""
    from ocop_tracker.core.db import open_db

    db = open_db(demo_path)
    entities = {r[0] for r in db.execute(
        "SELECT DISTINCT entity FROM history WHERE action = 'update'")}
    named = {r[0] for r in db.execute("SELECT DISTINCT entity FROM history")}
    db.close()
    features.all_features()
    assert entities and entities <= set(audit.UNDOERS), entities - set(audit.UNDOERS)
    unnamed = named - set(audit.SUBJECTS) - {"database"}
    assert not unnamed, unnamed
