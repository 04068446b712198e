"""Evidence on a task, standee, booth, budget line or issue: files (checked from their content,
kept in the database) and links, each with who added it and when."""

from __future__ import annotations

import hashlib
import io
import re
import sqlite3
import unicodedata
import zipfile
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from PIL import Image, UnidentifiedImageError
from sqlite_utils import Database

from ocop_tracker.core import audit, backup, clock, fmt, permissions
from ocop_tracker.core.db import write_transaction
from ocop_tracker.core.errors import ValidationError
from ocop_tracker.core.models import Actor, Change
from ocop_tracker.signoff import subjects

MAX_BYTES = 10 * 1024 * 1024
THUMB_SIZE = (320, 320)
ENTITY = "evidence"


@dataclass(frozen=True)
class Kind:
    """A file type the tracker accepts: its MIME type and the extension it is saved with."""

    mime: str
    ext: str
    image: bool = False


PNG = Kind("image/png", "png", True)
JPEG = Kind("image/jpeg", "jpg", True)
GIF = Kind("image/gif", "gif", True)
WEBP = Kind("image/webp", "webp", True)
PDF = Kind("application/pdf", "pdf")
DOCX = Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx")
XLSX = Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx")
PPTX = Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx")
OLE = Kind("application/octet-stream", "doc")  # legacy .doc/.xls: never opened, only saved
OOXML = {"word/": DOCX, "xl/": XLSX, "ppt/": PPTX}
MAGIC: tuple[tuple[bytes, Kind], ...] = (
    (b"\x89PNG\r\n\x1a\n", PNG), (b"\xff\xd8\xff", JPEG), (b"GIF87a", GIF), (b"GIF89a", GIF),
    (b"%PDF-", PDF), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", OLE),
)


def detect(content: bytes) -> Kind | None:
    """The file's type from its first bytes (and, for Office files, the archive's parts)."""
    for magic, kind in MAGIC:
        if content.startswith(magic):
            return kind
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return WEBP
    if content.startswith(b"PK\x03\x04"):
        return _office_kind(content)
    return None


def _office_kind(content: bytes) -> Kind | None:
    try:
        names = zipfile.ZipFile(io.BytesIO(content)).namelist()
    except zipfile.BadZipFile:
        return None
    if "[Content_Types].xml" not in names:
        return None
    return next((kind for prefix, kind in OOXML.items()
                 if any(n.startswith(prefix) for n in names)), None)


def looks_active(content: bytes) -> bool:
    """True for markup a browser would run (HTML, SVG, XML): never accepted as evidence."""
    head = content[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<", b"<?xml")) or b"<svg" in head or b"<html" in head


def thumbnail(content: bytes) -> bytes:
    """A PNG thumbnail of a verified image (re-encoded by Pillow, so nothing else rides along)."""
    with Image.open(io.BytesIO(content)) as image:
        image.thumbnail(THUMB_SIZE)
        out = io.BytesIO()
        image.convert("RGB").save(out, "PNG")
        return out.getvalue()


def _verified_image(content: bytes, name: str) -> bytes:
    try:
        with Image.open(io.BytesIO(content)) as image:
            image.verify()
        return thumbnail(content)
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ValidationError("ev.bad_image", name=name) from exc


def safe_name(name: str, kind: Kind) -> str:
    """A download name that cannot climb folders or carry markup; the extension of its type."""
    stem = re.split(r"[\\/]", name)[-1].rsplit(".", 1)[0]
    plain = unicodedata.normalize("NFC", stem)
    cleaned = re.sub(r"[^\w\- ]+", "_", plain).strip(" ._")[:80] or "tep"
    return f"{cleaned}.{kind.ext}"


def check_file(name: str, content: bytes) -> tuple[Kind, bytes | None]:
    """The file's type and thumbnail, or ValidationError (Vietnamese) saying why it is refused."""
    if len(content) > MAX_BYTES:
        raise ValidationError("ev.too_big", name=name, mb=fmt.vn_number(len(content) / 1048576, 1))
    if not content:
        raise ValidationError("ev.empty", name=name)
    kind = detect(content)
    if kind is None:
        key = "ev.active_content" if looks_active(content) else "ev.bad_type"
        raise ValidationError(key, name=name)
    return kind, _verified_image(content, name) if kind.image else None


def add_file(db: Database, entity: str, entity_id: int, name: str, content: bytes,
             actor: Actor) -> Change:
    """Attach a file to a subject; its type is read from its content, never from its name."""
    kind, thumb = check_file(name, content)
    with write_transaction(db):
        subject = subjects.owner(db, entity, entity_id)
        permissions.check_actor(actor, permissions.EDIT, subject.owner_agency_id)
        now = clock.now().isoformat()
        row = _insert(db, subject, actor, now, kind="file", name=safe_name(name, kind),
                      mime=kind.mime, size=len(content),
                      sha256=hashlib.sha256(content).hexdigest(), content=content,
                      thumbnail=thumb)
        return audit.change(db, actor, ENTITY, row, "attachment", None, row["name"],
                            action="create", now=now)


def add_link(db: Database, entity: str, entity_id: int, title: str, url: str,
             actor: Actor) -> Change:
    """Attach a link (e.g. the trailer on the district portal) to a subject."""
    url = url.strip()
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or len(url) > 2000:
        raise ValidationError("ev.bad_link", url=url[:80])
    with write_transaction(db):
        subject = subjects.owner(db, entity, entity_id)
        permissions.check_actor(actor, permissions.EDIT, subject.owner_agency_id)
        now = clock.now().isoformat()
        row = _insert(db, subject, actor, now, kind="link",
                      name=(title.strip() or parts.netloc)[:200], url=url)
        return audit.change(db, actor, ENTITY, row, "link", None, url, action="create", now=now)


def _insert(db: Database, subject: subjects.Subject, actor: Actor, now: str,
            **values: Any) -> dict[str, Any]:
    values |= {"event_id": subject.event_id, "entity": subject.entity,
               "entity_id": subject.entity_id, "added_at": now, "added_by": actor.name,
               "added_account_id": actor.account_id, "updated_at": now,
               "updated_by": actor.name}
    columns = ", ".join(values)
    cursor = db.execute(f"INSERT INTO evidence ({columns}) VALUES "
                        f"({', '.join('?' * len(values))})", list(values.values()))
    return {"id": cursor.lastrowid, "event_id": subject.event_id, "version": 0,
            "name": values["name"]}


def set_removed(db: Database, evidence_id: int, removed: bool, expected_version: int,
                actor: Actor) -> Change:
    """Take a file or link off a subject (kept, and put back by undo)."""
    with write_transaction(db):
        row = audit.current(db, "evidence", evidence_id, expected_version,
                            missing_key="ev.missing", stale_key="ev.stale")
        owner = subjects.owner(db, row["entity"], row["entity_id"]).owner_agency_id
        permissions.check_actor(actor, permissions.EDIT, owner)
        now = clock.now().isoformat()
        audit.update_versioned(db, "evidence", row, actor, now, removed=int(removed))
        return audit.change(db, actor, ENTITY, row, "removed", row["removed"], int(removed),
                            now=now)


def undo_evidence_change(db: Database, entry: dict[str, Any], actor: Actor,
                         now: str) -> Change:
    """Put a removed file or link back, or take it off again (inside the undo's lock)."""
    row = audit.fetch(db, "evidence", int(entry["entity_id"]), "undo.gone")
    owner = subjects.owner(db, row["entity"], row["entity_id"]).owner_agency_id
    return audit.undo_field(db, entry, actor, now, table="evidence", owner_agency_id=owner,
                            stale_key="ev.stale", stored=lambda v: int(v or 0))


COLUMNS = ("id, entity, entity_id, kind, name, mime, size, url, added_at, added_by, version, "
           "thumbnail")


def listing(db: Database, entity: str, entity_id: int) -> list[dict[str, Any]]:
    """A subject's files and links, newest first (content not loaded)."""
    return list(db.query(
        f"SELECT {COLUMNS} FROM evidence WHERE entity = ? AND entity_id = ? AND removed = 0 "
        "ORDER BY id DESC", [entity, entity_id]))


def download(db: Database, evidence_id: int) -> tuple[str, str, bytes]:
    """(safe name, MIME type to send, content): a file is only ever offered as a download."""
    row = audit.fetch(db, "evidence", evidence_id, "ev.missing")
    if row["kind"] != "file":
        raise ValidationError("ev.not_a_file")
    return row["name"], row["mime"] or "application/octet-stream", row["content"]


def counts(db: Database, event_id: int) -> dict[tuple[str, int], int]:
    """How many files and links each subject of the event holds."""
    return {(r[0], r[1]): r[2] for r in db.execute(
        "SELECT entity, entity_id, count(*) FROM evidence WHERE event_id = ? AND removed = 0 "
        "GROUP BY entity, entity_id", [event_id])}


def evidence_subjects(db: Database, ids: list[int]) -> dict[int, str]:
    """A file or link named in the feed by its name and what it is attached to."""
    marks = ",".join("?" * len(ids))
    rows = list(db.query(f"SELECT id, entity, entity_id, name FROM evidence WHERE id IN ({marks})",
                         ids))
    named = subjects.names(db, [(r["entity"], r["entity_id"]) for r in rows])
    return {r["id"]: f"{r['name']} · {named.get((r['entity'], r['entity_id']), '')}"
            for r in rows}


def check_files(conn: sqlite3.Connection) -> str | None:
    """A backup's files against the SHA-256 taken when each was added (for restore's check)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'evidence'").fetchone():
        return None
    for evidence_id, content, digest in conn.execute(
            "SELECT id, content, sha256 FROM evidence WHERE kind = 'file'"):
        if hashlib.sha256(content or b"").hexdigest() != digest:
            return f"evidence #{evidence_id}: content differs from its SHA-256"
    return None


backup.CONTENT_CHECKS.append(check_files)
