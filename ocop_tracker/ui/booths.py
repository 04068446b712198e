"""Gian hàng: products, import, booth assignment and checklist, coverage, layout, standees."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st
from sqlite_utils import Database

from ocop_tracker.booths import charts as booth_charts
from ocop_tracker.booths import commands as booth_commands
from ocop_tracker.booths import product_import
from ocop_tracker.booths import products as p
from ocop_tracker.booths import projector as booth_projector
from ocop_tracker.booths import queries as booths
from ocop_tracker.core import clock, fmt, permissions, queries
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.core.strings import t
from ocop_tracker.ui import (
    SnapshotKey,
    auth,
    connect,
    keyed_load,
    lang,
    md,
    once_per,
    say,
    tr,
    write,
)

SECTION_KEY = "bth_section"
SECTIONS = ("booths", "coverage", "products", "import", "standees")


# Shared, not copied per rerun (cache_resource): callers never mutate what it returns.
@st.cache_resource(show_spinner=False, max_entries=32)
def _cached(key: SnapshotKey) -> tuple[int, booths.BoothData]:
    # Keyed by the history revision: any audited write, from any session, refreshes it.
    with connect() as db:
        return key[1], booths.load(db, key[1])


def current_data() -> tuple[int, booths.BoothData] | None:
    """The booth data of the current event, read once per data revision."""
    return keyed_load(_cached)


# ------------------------------------------------------------------ header and overview


def _counts(data: booths.BoothData) -> dict[str, Any]:
    cov = data.coverage
    return {
        "assigned": int(data.booths["assigned"].sum()), "total": len(data.booths),
        "ready": int(data.booths["ready"].sum()),
        "covered": int(cov["covered"].sum()), "communes": len(cov),
        "approved": int(data.standees["status"].isin(booths.APPROVED).sum()),
        "submitted": int(data.standees["status"].isin(booths.SUBMITTED).sum()),
        "target": data.standee_target,
    }


def _deadline(data: booths.BoothData) -> tuple[str, str]:
    """(label, value): 'Còn đến hạn trình dự thảo standee' / '6 ngày 15 giờ'."""
    left = (data.standee_deadline - clock.now()).total_seconds()
    label = tr("bth.m_deadline_left") if left >= 0 else tr("bth.m_deadline_late")
    return label, fmt.span(left, lang())


def metrics(data: booths.BoothData, with_ready: bool = True) -> None:
    """x/21 assigned, y/12 communes covered, z/14 standees approved, drafts countdown."""
    c = _counts(data)
    cols = st.columns([1, 1, 1.1, 1, 2] if with_ready else [1, 1.1, 1, 2])
    cols[0].metric(tr("bth.m_assigned"), f"{c['assigned']}/{c['total']}")
    rest = cols[1:]
    if with_ready:
        cols[1].metric(tr("bth.m_ready"), f"{c['ready']}/{c['total']}")
        rest = cols[2:]
    rest[0].metric(tr("bth.m_covered"), f"{c['covered']}/{c['communes']}")
    rest[1].metric(tr("bth.m_standees"), f"{c['approved']}/{c['target']}")
    with rest[2]:
        st.metric(*_deadline(data))
        st.caption(tr("bth.deadline_caption", due=fmt.vn_deadline(data.standee_deadline, lang()),
                      submitted=c["submitted"], target=c["target"]))


def coverage_flag(data: booths.BoothData) -> None:
    """Name the communes with no product on display (III.8), or say all are covered."""
    cov = data.coverage
    missing = cov.loc[~cov["covered"], "commune"].tolist()
    if missing:
        st.warning(say("bth.missing", n=len(missing), total=len(cov), names=", ".join(missing)),
                   icon="⚠️")
    else:
        st.success(tr("bth.all_covered", total=len(cov)), icon="✅")


def header(event: dict[str, Any], data: booths.BoothData) -> None:
    """Title, what the plan asks, the headline numbers and the coverage flag."""
    st.title(tr("bth.title"))
    kinds = data.booths["kind"].value_counts()
    start = clock.parse_iso(event["starts_at"])
    st.caption(tr("bth.caption", n3=int(kinds.get("ocop_3_sao", 0)),
                  nnew=int(kinds.get("moi_cong_nhan", 0)), time=fmt.vn_time(start),
                  date=fmt.vn_date(start)))
    metrics(data)
    coverage_flag(data)


def overview_section() -> None:
    """The booths' registry figures on the overview, drawn here only until the overview draws
    every feature's `overview` Metric list itself (then this goes)."""
    found = current_data()
    if found is None:
        return
    st.subheader(tr("bth.overview"))
    figures = booth_projector.overview_metrics(found[1], clock.now(), lang())
    for column, figure in zip(st.columns(len(figures)), figures, strict=True):
        column.metric(figure.label, md(figure.value))
        column.caption(md(figure.detail))
    st.page_link("pages/booths.py", label=tr("bth.open_page"), icon="🏬")


def choose_section(data: booths.BoothData) -> str:
    """Section switch, remembered in the URL (?muc=...) so a link opens the right part."""
    labels = {
        "booths": tr("bth.sec_booths"), "coverage": tr("bth.sec_coverage"),
        "products": tr("bth.sec_products", n=len(data.products)), "import": tr("bth.sec_import"),
        "standees": tr("bth.sec_standees", n=len(data.standees), target=data.standee_target),
    }
    wanted = st.query_params.get("muc")
    if SECTION_KEY not in st.session_state:
        st.session_state[SECTION_KEY] = wanted if wanted in SECTIONS else "booths"
    chosen = st.segmented_control(tr("bth.section"), SECTIONS, format_func=labels.get,
                                  key=SECTION_KEY, required=True, label_visibility="collapsed")
    st.query_params["muc"] = chosen
    return chosen


def show_section(section: str, event: dict[str, Any], data: booths.BoothData,
                 actor: Actor | None) -> None:
    """Draw the chosen section; its controls only for those who may change booths."""
    with connect() as db:
        organiser = permissions.organiser_agency_id(db)
    editor = actor if permissions.allowed(actor, permissions.EDIT, organiser) else None
    if editor is None and section in ("booths", "products", "import", "standees"):
        if actor is None:
            st.info(tr("bth.who_missing"), icon="🔑")
        elif actor.role == Role.VIEWER:
            st.info(tr("auth.viewer_hint"), icon="👀")
        else:
            st.info(tr("bth.organiser_only"), icon="🏛️")
    drawers: dict[str, Callable[..., None]] = {
        "booths": booth_board, "coverage": coverage_and_layout, "products": product_section,
        "import": import_section, "standees": standee_section,
    }
    drawers[section](event, data, editor)


# ------------------------------------------------------------------ booths


@dataclass(frozen=True)
class Board:
    """What every card needs, worked out once per rerun instead of once per card."""

    communes: list[int | None]  # None first: "not assigned"
    names: dict[int | None, str]
    free: dict[int, dict[int, str]]  # commune → products in no booth yet, id → name
    checks: dict[str, str]  # checklist item → label


def _board(data: booths.BoothData) -> Board:
    names: dict[int | None, str] = {c["id"]: c["name"] for c in data.communes}
    names[None] = tr("bth.unassigned")
    free: dict[int, dict[int, str]] = {}
    unplaced = data.products[data.products["booth_id"].isna()]
    for product_id, commune_id, name in zip(unplaced["id"], unplaced["commune_id"],
                                            unplaced["name"], strict=True):
        free.setdefault(int(commune_id), {})[int(product_id)] = name
    return Board([None, *[c["id"] for c in data.communes]], names, free,
                 {item: tr(f"bth.check.{item}") for item in booths.CHECKS})


def booth_board(event: dict[str, Any], data: booths.BoothData, actor: Actor | None) -> None:
    """All booths as cards: commune, products, checklist; each change saved at once."""
    board = _board(data)
    frame = data.booths
    for kind, key in (("ocop_3_sao", "bth.row_3sao"), ("moi_cong_nhan", "bth.row_moi")):
        group = frame[frame["kind"] == kind]
        if group.empty:
            continue
        st.markdown(f"#### {tr(key, first=group['number'].min(), last=group['number'].max())}")
        columns = st.columns(3)
        for i, booth in enumerate(group.itertuples(index=False)):
            with columns[i % 3].container(border=True, key=f"booth-{booth.number}"):
                _booth_card(booth, board, actor)


def _booth_card(booth: Any, board: Board, actor: Actor | None) -> None:
    # One line, not two columns: 21 cards are redrawn on every change.
    state = tr("bth.ready") if booth.ready else tr("bth.not_ready", done=booth.checks_done)
    st.markdown(f"**{tr('bth.booth', number=booth.number)}** · "
                f"{tr(f'bth.kind.{booth.kind}')} — {state}")
    current = None if pd.isna(booth.commune_id) else int(booth.commune_id)
    key = f"bc-{booth.id}-v{booth.version}"
    st.selectbox(tr("bth.commune"), board.communes, index=board.communes.index(current),
                 key=key, format_func=board.names.get, disabled=not actor,
                 on_change=_on_commune, args=(booth, key))
    if current is not None:
        _product_picker(booth, board.free.get(current, {}), actor)
    if booth.not_new:
        st.caption(tr("bth.not_new", names=", ".join(md(n) for n in booth.not_new)))
    _checklist(booth, board, actor)


def _product_picker(booth: Any, free: dict[int, str], actor: Actor | None) -> None:
    mine = dict(zip(booth.product_ids, booth.product_names, strict=True))
    options = {**mine, **free}
    if not options:
        st.caption(tr("bth.no_products_left"))
        return
    key = f"bp-{booth.id}-v{booth.version}"
    st.multiselect(tr("bth.products"), list(options), default=list(mine), key=key,
                   format_func=options.get, placeholder=tr("bth.products_placeholder"),
                   disabled=not actor, on_change=_on_products, args=(booth, key))


def _checklist(booth: Any, board: Board, actor: Actor | None) -> None:
    # One pills widget for the four items keeps 21 cards light enough to redraw quickly.
    key = f"bk-{booth.id}-v{booth.version}"
    done = [item for item in booths.CHECKS if getattr(booth, item)]
    st.pills(tr("bth.checklist"), booths.CHECKS, selection_mode="multi", default=done, key=key,
             format_func=lambda item: ("✓ " if item in done else "") + board.checks[item],
             disabled=not actor or pd.isna(booth.commune_id), on_change=_on_checks,
             args=(booth, key), label_visibility="collapsed")


def _on_commune(booth: Any, key: str) -> None:
    # Callbacks run before the page: the account is re-read, never taken from the last run.
    actor = auth.current_actor()
    commune_id = st.session_state[key]
    # A new commune empties the booth: the old commune's products cannot stay in it.
    keep = booth.product_ids if commune_id == _int(booth.commune_id) else []
    write(lambda db: booth_commands.assign_booth(db, int(booth.id), commune_id, keep,
                                                  int(booth.version), actor),
           tr("bth.saved_booth", number=booth.number))


def _on_products(booth: Any, key: str) -> None:
    actor = auth.current_actor()
    chosen = st.session_state[key]
    write(lambda db: booth_commands.assign_booth(db, int(booth.id), _int(booth.commune_id),
                                                  chosen, int(booth.version), actor),
           tr("bth.saved_booth", number=booth.number))


def _on_checks(booth: Any, key: str) -> None:
    actor = auth.current_actor()
    chosen = set(st.session_state[key] or [])
    values = {item: item in chosen for item in booths.CHECKS}
    write(lambda db: booth_commands.set_booth_checks(db, int(booth.id), values,
                                                      int(booth.version), actor),
           tr("bth.saved_booth", number=booth.number))


def _int(value: Any) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


# ------------------------------------------------------------------ coverage and layout


def coverage_and_layout(event: dict[str, Any], data: booths.BoothData, actor: Actor | None) -> None:
    """The 12 communes with their booths and products, then the printable layout."""
    st.subheader(tr("bth.coverage"))
    cov = data.coverage
    table = pd.DataFrame({
        tr("bth.col_commune"): cov["commune"],
        tr("bth.col_booths"): cov["booths"],
        tr("bth.col_products"): cov["products"],
        tr("bth.col_on_display"): cov["on_display"],
        tr("bth.col_state"): [tr(f"bth.gap.{g or 'ok'}") for g in cov["gap"]],
    })
    st.table(table, hide_index=True)
    layout(event, data)


def layout(event: dict[str, Any], data: booths.BoothData) -> None:
    """The numbered grid coloured by commune, with a printable HTML download and PNG export."""
    st.subheader(tr("bth.layout"))
    title = tr("bth.layout_title", date=fmt.vn_date(clock.parse_iso(event["starts_at"])))
    language = lang()
    fig = once_per(data, ("layout", language),
                   lambda: booth_charts.layout_figure(data.booths, data.communes, language))
    config = {"displayModeBar": True, "displaylogo": False,
              "modeBarButtonsToRemove": ["zoom2d", "pan2d", "select2d", "lasso2d", "zoomIn2d",
                                         "zoomOut2d", "autoScale2d", "resetScale2d"],
              "toImageButtonOptions": {"format": "png", "filename": "so-do-gian-hang",
                                       "width": 1600, "height": 720, "scale": 2}}
    st.plotly_chart(fig, width="stretch", config=config, key="chart-booth-layout")
    st.caption(tr("bth.layout_note"))
    # Written when the button is pressed (a callable), not on every rerun of the section.
    st.download_button(tr("bth.download_html"),
                       lambda: booth_charts.layout_html(data.booths, data.communes, title,
                                                        clock.now(), language).encode("utf-8"),
                       "so-do-gian-hang.html", "text/html", key="dl-layout")


# ------------------------------------------------------------------ products


def product_section(event: dict[str, Any], data: booths.BoothData, actor: Actor | None) -> None:
    """Add a product by hand; the list with expiry dates; delete one entered by mistake."""
    with st.expander(tr("bth.add_product"), expanded=data.products.empty, icon="➕"):
        _product_form(int(event["id"]), data, actor)
    st.subheader(tr("bth.list", n=len(data.products)))
    if data.products.empty:
        st.caption(tr("bth.none"))
        return
    st.dataframe(product_table(data.products, clock.parse_iso(event["starts_at"]).date(), lang()),
                 hide_index=True, width="stretch", height=min(36 * len(data.products) + 40, 720))
    _delete_product(data, actor)


def product_table(frame: pd.DataFrame, event_day: Any, language: str) -> pd.DataFrame:
    """Rows a person reads: name, producer, commune, group, stars, decision, expiry, booth."""
    def expires(value: Any) -> str:
        if not isinstance(value, str):
            return ""
        day = p.parse_day(value)
        text = fmt.vn_date(day)
        return t("bth.expired", language, date=text) if day < event_day else text

    def decision(no: Any, day: Any) -> str:
        parts = [no or "", fmt.vn_date(p.parse_day(day)) if isinstance(day, str) else ""]
        return " · ".join(x for x in parts if x)

    return pd.DataFrame({
        t("bth.col_name", language): frame["name"],
        t("bth.col_producer", language): frame["producer"],
        t("bth.col_commune", language): frame["commune"],
        t("bth.col_group", language): frame["product_group"],
        t("bth.col_stars", language): ["★" * int(s) for s in frame["stars"]],
        t("bth.col_decision", language): [decision(n, d) for n, d in
                                          zip(frame["decision_no"], frame["decision_date"],
                                              strict=True)],
        t("bth.col_expires", language): [expires(v) for v in frame["expires_on"]],
        t("bth.col_newly", language): ["✓" if n else "" for n in frame["newly_recognised"]],
        t("bth.col_booth", language): [str(int(b)) if pd.notna(b) else "" for b in
                                       frame["booth_number"]],
    })


def _product_form(event_id: int, data: booths.BoothData, actor: Actor | None) -> None:
    names = {c["id"]: c["name"] for c in data.communes}
    with st.form("product-form", clear_on_submit=True, border=False):
        a, b = st.columns(2)
        name = a.text_input(tr("bth.f_name"), max_chars=booth_commands.NAME_LIMIT)
        producer = b.text_input(tr("bth.f_producer"), max_chars=booth_commands.NAME_LIMIT)
        kind = a.selectbox(tr("bth.f_kind"), list(p.ProducerKind),
                           format_func=lambda k: p.PRODUCER_LABELS[k][lang() == "en"])
        commune = b.selectbox(tr("bth.f_commune"), list(names), format_func=names.get)
        group = a.selectbox(tr("bth.f_group"), list(p.GROUPS),
                            format_func=lambda g: f"{g} – {p.GROUPS[g][lang() == 'en']}")
        stars = b.radio(tr("bth.f_stars"), p.STARS, horizontal=True)
        decision_no = a.text_input(tr("bth.f_decision_no"), max_chars=60)
        decision_date = b.date_input(tr("bth.f_decision_date"), value=None, format="DD/MM/YYYY")
        newly = st.checkbox(tr("bth.f_newly"))
        if st.form_submit_button(tr("bth.f_submit"), type="primary", disabled=not actor):
            product = product_import.ProductInput(name, producer, str(kind), commune, group,
                                                  stars, decision_no, decision_date, newly)
            if write(lambda db: booth_commands.add_product(db, event_id, product, actor),
                      say("bth.added", name=name.strip())):
                st.rerun()
            st.rerun()


def _delete_product(data: booths.BoothData, actor: Actor | None) -> None:
    frame = data.products
    with st.expander(tr("bth.delete"), icon="🗑️"):
        labels = dict(zip(frame["id"].astype(int), frame["name"] + " · " + frame["commune"],
                          strict=True))
        chosen = st.selectbox(tr("bth.col_name"), list(labels), format_func=labels.get,
                              key="del-product")
        if st.button(tr("bth.delete_button"), disabled=not actor, key="del-product-go"):
            row = frame[frame["id"] == chosen].iloc[0]
            write(lambda db: booth_commands.delete_product(db, int(chosen), int(row["version"]),
                                                            actor),
                   say("bth.deleted", name=row["name"]))
            st.rerun()


# ------------------------------------------------------------------ import


def import_section(event: dict[str, Any], data: booths.BoothData, actor: Actor | None) -> None:
    """Templates, upload, preview with per-line errors, then one transaction."""
    st.caption(tr("imp.intro"))
    a, b, _ = st.columns([1, 1, 2])
    a.download_button(tr("imp.template_xlsx"), product_import.template_xlsx(),
                      "mau-san-pham-ocop.xlsx", key="tpl-xlsx",
                      mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    b.download_button(tr("imp.template_csv"), product_import.template_csv(),
                      "mau-san-pham-ocop.csv", "text/csv", key="tpl-csv")
    round_ = st.session_state.setdefault("imp_round", 0)
    upload = st.file_uploader(tr("imp.upload"), type=["xlsx", "csv"], key=f"imp-file-{round_}")
    if upload is None:
        return
    event_id = int(event["id"])
    data_bytes = upload.getvalue()
    found = _preview(event_id, upload.name, data_bytes, data)
    if found.file_error is not None:
        st.error(t(found.file_error[0], lang(), **found.file_error[1]), icon="🚫")
        return
    _show_preview(found)
    skip = False
    if found.bad:
        skip = st.checkbox(tr("imp.skip", n=len(found.bad)), key=f"imp-skip-{round_}")
    ready = found.good and (skip or not found.bad)
    if st.button(tr("imp.submit", n=len(found.good)), type="primary", key=f"imp-go-{round_}",
                 disabled=not (actor and ready)):
        _import(event_id, upload.name, data_bytes, skip, actor)


def _preview(event_id: int, name: str, data_bytes: bytes, data: booths.BoothData
             ) -> product_import.ImportPreview:
    with connect() as db:
        keys = booths.product_keys(db, event_id)
    return product_import.preview(name, data_bytes, data.communes, keys)


def _show_preview(found: product_import.ImportPreview) -> None:
    summary = say("imp.summary", file=found.filename, n=len(found.rows), good=len(found.good),
                 bad=len(found.bad))
    st.markdown(f"**{summary}**")
    if found.ignored_columns:
        st.caption(say("imp.ignored_columns", columns=", ".join(found.ignored_columns)))
    if found.bad:
        lines = [tr("imp.line", line=r.line,
                    message="; ".join(t(k, lang(), **v) for k, v in r.errors))
                 for r in found.bad]
        st.error(tr("imp.errors_title"), icon="🚫")
        st.text("\n".join(lines))  # file content: shown as typed, never as markdown
    notes = [say("imp.line", line=r.line, message="; ".join(t(k, lang(), **v) for k, v in r.notes))
             for r in found.good if r.notes]
    if notes:
        st.caption("\n\n".join(notes))
    if found.good:
        st.markdown(f"**{tr('imp.preview')}**")
        st.dataframe(_preview_table(found.good), hide_index=True, width="stretch")


def _preview_table(rows: list[product_import.ImportRow]) -> pd.DataFrame:
    return pd.DataFrame({
        "#": [r.line for r in rows],
        tr("bth.col_name"): [r.product.name for r in rows],
        tr("bth.col_producer"): [r.product.producer for r in rows],
        tr("bth.col_commune"): [r.commune_name for r in rows],
        tr("bth.col_group"): [r.product.group for r in rows],
        tr("bth.col_stars"): ["★" * r.product.stars for r in rows],
        tr("bth.col_expires"): [fmt.vn_date(p.expiry(r.product.decision_date))
                                if r.product.decision_date else "" for r in rows],
    })


def _import(event_id: int, name: str, data_bytes: bytes, skip: bool, actor: Actor | None) -> None:
    def run(db: Database) -> list:
        # Checked again against the database as it is now, inside the same unit of work.
        found = product_import.preview(name, data_bytes, queries.communes(db),
                                       booths.product_keys(db, event_id))
        return booth_commands.import_products(db, event_id, found, actor, skip)

    with connect() as db:
        good = len(product_import.preview(name, data_bytes, queries.communes(db),
                                          booths.product_keys(db, event_id)).good)
    if write(run, say("imp.done", n=good, file=name)):
        st.session_state["imp_round"] = st.session_state.get("imp_round", 0) + 1
    st.rerun()


# ------------------------------------------------------------------ standees


def standee_section(event: dict[str, Any], data: booths.BoothData, actor: Actor | None) -> None:
    """The drafts deadline, starting standees for displayed products, and each one's status."""
    st.subheader(tr("bth.standees"))
    st.caption(tr("bth.standee_plan", target=data.standee_target,
                  due=fmt.vn_deadline(data.standee_deadline, lang())))
    frame = data.standees
    if len(frame) > data.standee_target:
        st.info(tr("bth.standee_over", n=len(frame), target=data.standee_target))
    _standee_add(int(event["id"]), data, actor)
    if frame.empty:
        st.caption(tr("bth.standee_none"))
    counts = frame["status"].value_counts()
    st.markdown(" · ".join(f"{tr(f'bth.st.{s}')}: **{int(counts.get(s, 0))}**"
                           for s in booth_commands.STANDEE_STATUSES))
    columns = st.columns(2)
    for i, row in enumerate(frame.itertuples(index=False)):
        with columns[i % 2].container(border=True, key=f"standee-{row.id}"):
            left, right = st.columns([3, 2], vertical_alignment="center")
            left.markdown(f"**{md(row.product)}**")
            booth = int(row.booth_number) if pd.notna(row.booth_number) else "—"
            left.caption(say("bth.standee_where", commune=row.commune, booth=booth))
            if row.status == "du_thao" and clock.now() >= data.standee_deadline:
                left.markdown(f"🟥 **{tr('bth.standee_late')}**")
            key = f"ss-{row.id}-v{row.version}"
            right.selectbox(tr("bth.standee_status"), booth_commands.STANDEE_STATUSES,
                            index=booth_commands.STANDEE_STATUSES.index(row.status), key=key,
                            format_func=lambda s: tr(f"bth.st.{s}"), disabled=not actor,
                            on_change=_on_standee, args=(row, key))


def _standee_add(event_id: int, data: booths.BoothData, actor: Actor | None) -> None:
    shown = data.products[data.products["booth_id"].notna() & data.products["standee_id"].isna()]
    if shown.empty:
        if not data.products["booth_id"].isna().all():
            st.caption(tr("bth.standee_all_have"))
        return
    labels = dict(zip(shown["id"].astype(int),
                      shown["name"] + " · " + tr("bth.booth", number="") +
                      shown["booth_number"].astype(int).astype(str), strict=True))
    with st.form("standee-add", clear_on_submit=True, border=True):
        chosen = st.multiselect(tr("bth.standee_add"), list(labels), format_func=labels.get,
                                placeholder=tr("bth.products_placeholder"))
        if st.form_submit_button(tr("bth.standee_add_button"), disabled=not actor):
            write(lambda db: booth_commands.add_standees(db, event_id, chosen, actor),
                   tr("bth.standee_added", n=len(chosen)))
            st.rerun()


def _on_standee(row: Any, key: str) -> None:
    actor = auth.current_actor()
    status = st.session_state[key]
    write(lambda db: booth_commands.set_standee_status(db, int(row.id), status, int(row.version),
                                                        actor),
           say("bth.standee_saved", name=row.product, status=tr(f"bth.st.{status}")))

