"""The programme of the day (II.4.2.2): default steps, loading from the plan, reading, status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import TYPE_CHECKING, Any

import pandas as pd
from sqlite_utils import Database

from ocop_tracker.core import clock, fmt, queries
from ocop_tracker.core.models import HEALTH_COLOURS, Health
from ocop_tracker.core.registry import Metric
from ocop_tracker.core.strings import t
from ocop_tracker.programme import schedule
from ocop_tracker.tasks import readiness

if TYPE_CHECKING:
    from ocop_tracker.plan.data import PlanSpec

EXHIBITION_KEY = "p00"


@dataclass(frozen=True)
class StepDefault:
    """What the plan does not say about a step, chosen here and editable in the app."""

    minutes: int
    owner: str  # agency key in plan.toml
    cue: str
    tasks: tuple[str, ...] = ()


# The plan gives only 07:00 (exhibition) and 08:00 (ceremony) and the order of the nine
# steps; these durations are our estimate ("dự kiến"): 90 minutes, the ceremony ends 09:30.
EXHIBITION = ("Khai mạc triển lãm, đón tiếp đại biểu tham quan gian hàng sản phẩm OCOP",
              StepDefault(60, "phong_kt",
                          "Gian hàng, backdrop, standee sẵn sàng; đón tiếp đại biểu",
                          ("III.2-11", "III.2-12")))
CEREMONY_DEFAULTS: tuple[StepDefault, ...] = (
    StepDefault(10, "phong_kt", "Người dẫn chương trình, kịch bản, danh sách đại biểu",
                ("III.2-04", "III.2-05")),
    StepDefault(10, "ubnd_huyen", "Bài phát biểu khai mạc của lãnh đạo huyện", ("III.2-03",)),
    StepDefault(10, "hoi_nd", "Video clip báo cáo; màn hình, máy chiếu, âm thanh (TTVH-TT&TT)",
                ("III.1.1-04",)),
    StepDefault(15, "phong_kt", "Quyết định công nhận, giấy chứng nhận đã ký; hoa, khay",
                ("III.2-07",)),
    StepDefault(10, "hoi_nd", "Bài phát biểu của chủ thể OCOP được công nhận", ("III.1.1-02",)),
    StepDefault(5, "hoi_nd", "Quyết định thành lập Câu lạc bộ OCOP", ("III.1.1-01",)),
    StepDefault(10, "hoi_nd", "Ban chủ nhiệm Câu lạc bộ lên sân khấu; hoa", ("III.1.1-01",)),
    StepDefault(15, "hoi_dn", "Băng khánh thành, kéo; khu trưng bày Hội quán",
                ("III.1.2-01",)),
    StepDefault(5, "phong_kt", "Lời bế mạc trong kịch bản", ("III.2-04",)),
)
FALLBACK = StepDefault(10, "phong_kt", "")


def plan_steps(plan: PlanSpec) -> list[dict[str, Any]]:
    """The exhibition opening plus the plan's programme list, with default details."""
    starts = sorted(plan.session_moment(start) for _, start in plan.sessions)
    ceremony_at = starts[-1] if starts else datetime.combine(
        plan.event["date"], time(8, 0), clock.VN_TZ)
    title, default = EXHIBITION
    rows = [_row(EXHIBITION_KEY, 0, title, default, starts[0] if starts else ceremony_at)]
    for i, text in enumerate(plan.extra.get("programme", []), start=1):
        default = CEREMONY_DEFAULTS[i - 1] if i <= len(CEREMONY_DEFAULTS) else FALLBACK
        pin = ceremony_at if i == 1 else None
        rows.append(_row(f"p{i:02d}", i, str(text).strip().rstrip("."), default, pin))
    return rows


def _row(key: str, position: int, title: str, default: StepDefault,
         pin: datetime | None) -> dict[str, Any]:
    return {"plan_key": key, "position": position, "title": title,
            "pinned_start": pin.isoformat() if pin else None, "duration_min": default.minutes,
            "owner": default.owner, "cue": default.cue, "task_codes": ",".join(default.tasks)}


def install_steps(db: Database, event_id: int, plan: PlanSpec, agency_ids: dict[str, int]) -> int:
    """Add the plan's steps that are not in the database yet; edits already made are kept."""
    added = 0
    for row in plan_steps(plan):
        exists = db.execute("SELECT 1 FROM programme_steps WHERE event_id = ? AND plan_key = ?",
                            [event_id, row["plan_key"]]).fetchone()
        if exists:
            continue
        # New steps go after whatever order the organisers have set.
        position = db.execute("SELECT coalesce(max(position) + 1, 0) FROM programme_steps "
                              "WHERE event_id = ?", [event_id]).fetchone()[0]
        db.execute(
            "INSERT INTO programme_steps (event_id, plan_key, position, title, pinned_start, "
            "duration_min, owner_agency_id, cue, task_codes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [event_id, row["plan_key"], max(position, row["position"]), row["title"],
             row["pinned_start"], row["duration_min"], agency_ids.get(row["owner"]), row["cue"],
             row["task_codes"]],
        )
        added += 1
    return added


STEP_COLUMNS = ["id", "plan_key", "position", "title", "pinned_start", "duration_min",
                "owner_agency_id", "owner_name", "owner_short", "cue", "task_codes",
                "started_at", "finished_at", "updated_at", "updated_by", "version"]


def steps_frame(db: Database, event_id: int) -> pd.DataFrame:
    """The stored steps in their order, with the owner unit's names."""
    rows = db.query(
        "SELECT p.id, p.plan_key, p.position, p.title, p.pinned_start, p.duration_min, "
        "p.owner_agency_id, a.name AS owner_name, a.short_name AS owner_short, p.cue, "
        "p.task_codes, p.started_at, p.finished_at, p.updated_at, p.updated_by, p.version "
        "FROM programme_steps p LEFT JOIN agencies a ON a.id = p.owner_agency_id "
        "WHERE p.event_id = ? ORDER BY p.position, p.id", [event_id])
    frame = pd.DataFrame(list(rows), columns=STEP_COLUMNS)
    # Empty text, not None/NaN, for missing values: NaN is truthy and would read as "marked".
    for column in ("owner_name", "owner_short", "cue", "task_codes", "updated_by",
                   "pinned_start", "started_at", "finished_at", "updated_at"):
        frame[column] = frame[column].fillna("").astype(str)
    return frame


def _dt(value: Any) -> datetime | None:
    return clock.parse_iso(value) if isinstance(value, str) and value else None


def to_steps(frame: pd.DataFrame) -> list[schedule.Step]:
    """Rows -> schedule.Step values for the arithmetic."""
    return [
        schedule.Step(int(r.id), r.title, int(r.duration_min), _dt(r.pinned_start),
                      _dt(r.started_at), _dt(r.finished_at))
        for r in frame.itertuples(index=False)
    ]


@dataclass(frozen=True)
class Programme:
    """The day at one moment: stored rows, the schedule, and each step's preparation."""

    frame: pd.DataFrame
    day: schedule.Day
    prep: dict[int, list[dict[str, Any]]]  # step id -> preparing tasks with health

    def worst_prep(self, step_id: int) -> Health | None:
        """The worst health among the tasks that prepare a step (None when it has none)."""
        healths = [p["health"] for p in self.prep.get(step_id, [])]
        for health in readiness.HEALTH_ORDER:
            if health in healths:
                return health
        return None


def load(db: Database, event_id: int, now: datetime | None = None) -> Programme:
    """Read the steps and the tasks preparing them, and compute the day as of now."""
    moment = clock.to_vn(now) if now else clock.now()
    frame = steps_frame(db, event_id)
    day = schedule.compute(to_steps(frame), moment) if len(frame) else schedule.Day((), None,
                                                                                   None, False)
    tasks = readiness.annotate(queries.tasks(db, event_id), moment).set_index("code")
    prep: dict[int, list[dict[str, Any]]] = {}
    for row in frame.itertuples(index=False):
        codes = [c.strip() for c in row.task_codes.split(",") if c.strip()]
        prep[int(row.id)] = [
            {"code": c, "title": tasks.at[c, "title"], "health": Health(tasks.at[c, "health"]),
             "id": int(tasks.at[c, "id"])}
            for c in codes if c in tasks.index
        ]
    return Programme(frame, day, prep)


PREP_PROBLEMS = (Health.OVERDUE, Health.BLOCKED)


def prep_colour(health: Health | None) -> str:
    """The colour that goes with a step's preparation word."""
    return HEALTH_COLOURS.get(health, "#757575") if health else "#757575"


def _step_json(timed: schedule.Timed, owner: str) -> dict[str, Any]:
    return {
        "title": timed.step.title,
        "start": timed.planned_start.isoformat(),
        "expected_start": timed.expected_start.isoformat(),
        "duration_min": timed.step.duration_min,
        "owner": owner,
        "state": str(timed.state),
    }


def status_json(db: Database, event_id: int, now: datetime | None = None) -> dict[str, Any]:
    """The `programme`, `now_step` and `next_step` sections of `status --json`."""
    prog = load(db, event_id, now)
    owners = dict(zip(prog.frame["id"].astype(int), prog.frame["owner_name"], strict=True))
    items = [_step_json(t, owners[t.step.id]) for t in prog.day.steps]
    day = prog.day
    return {
        "programme": items,
        "now_step": None if day.now_index is None else items[day.now_index],
        "next_step": None if day.next_index is None else items[day.next_index],
        "programme_end": {
            "planned": day.planned_end.isoformat() if day.planned_end else None,
            "expected": day.expected_end.isoformat() if day.expected_end else None,
            "delay_min": day.end_delay_min,
        },
    }


REPORT_COLUMNS = ("prog.col_expected", "prog.col_planned", "prog.col_step", "prog.col_minutes",
                  "prog.col_owner", "prog.col_state")


def report_rows(db: Database, event_id: int, lang: str = "vi",
                now: datetime | None = None) -> pd.DataFrame:
    """The report's "chuong-trinh" section: one row per step, read from status_json's items
    so the report and `status --json` cannot disagree."""
    items = status_json(db, event_id, now)["programme"]
    rows = [(fmt.vn_time(clock.parse_iso(p["expected_start"])),
             fmt.vn_time(clock.parse_iso(p["start"])), p["title"], p["duration_min"],
             p["owner"], t(f"step.{p['state']}", lang)) for p in items]
    return pd.DataFrame(rows, columns=[t(key, lang) for key in REPORT_COLUMNS])


def overview(db: Database, event_id: int, now: datetime, lang: str = "vi") -> list[Metric]:
    """The overview's figures: on the event day what is on now and next; on other days when
    the programme starts and how many steps it has."""
    day = load(db, event_id, now).day
    if not day.steps:
        return []
    first = day.steps[0].planned_start
    if clock.to_vn(now).date() != clock.to_vn(first).date():
        return [
            Metric(t("prog.ov_first", lang), fmt.vn_time(first),
                   fmt.vn_weekday_date(first, lang)),
            Metric(t("prog.ov_steps", lang), str(len(day.steps)),
                   t("prog.ov_steps_detail", lang, end=fmt.vn_time(day.steps[-1].planned_end))),
        ]
    running, coming = day.now_step, day.next_step
    return [
        Metric(t("prog.now", lang), running.step.title if running else t("prog.now_none", lang),
               t("prog.ov_now_detail", lang, start=fmt.vn_time(running.expected_start),
                 end=fmt.vn_time(running.expected_end)) if running else ""),
        Metric(t("prog.next", lang), coming.step.title if coming else t("prog.next_none", lang),
               t("prog.ov_next_detail", lang, time=fmt.vn_time(coming.expected_start))
               if coming else ""),
    ]
