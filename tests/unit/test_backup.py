"""Backups while writing, restores that check the file first, a broken file at app start."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from ocop_tracker.cli import main as cli
from ocop_tracker.core import backup
from ocop_tracker.core.backup import BackupError
from ocop_tracker.core.db import open_db
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.core.strings import t
from ocop_tracker.tasks import commands
from tests.conftest import task_by_code

ADMIN = Actor("Quản trị", 2, Role.ADMIN, 1)


def test_backup_while_another_connection_writes_is_consistent(db_path, tmp_path):
    stop = threading.Event()

    def write() -> None:
        writer = open_db(db_path)
        task_id = task_by_code(writer, "III.2-04")["id"]
        i = 0
        while not stop.is_set():
            version = writer.execute("SELECT version FROM tasks WHERE id = ?",
                                     [task_id]).fetchone()[0]
            commands.set_task_note(writer, task_id, f"n{i}", version, ADMIN)
            i += 1
        writer.close()

    thread = threading.Thread(target=write)
    thread.start()
    try:
        copies = [backup.backup(db_path, tmp_path / f"b{i}.db") for i in range(5)]
    finally:
        stop.set()
        thread.join()
    for copy in copies:
        backup.check_file(copy)
        conn = sqlite3.connect(copy)
        # The task's version and its history agree in every copy: no torn snapshot.
        version, notes = conn.execute(
            "SELECT version, (SELECT count(*) FROM history WHERE entity = 'task' "
            "AND field = 'note') FROM tasks WHERE code = 'III.2-04'").fetchone()
        assert version == notes + 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file
        conn.close()


def test_backup_refuses_to_overwrite(db_path, tmp_path):
    backup.backup(db_path, tmp_path / "b.db")
    with pytest.raises(BackupError, match="đã có"):
        backup.backup(db_path, tmp_path / "b.db")


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_restore_refuses_a_file_that_is_not_sqlite(db_path, tmp_path, content):
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    with pytest.raises(BackupError):
        backup.restore(bad, db_path)
    assert task_by_code(open_db(db_path), "III.2-04")  # untouched


def test_restore_refuses_a_corrupted_or_foreign_database(db_path, tmp_path):
    foreign = tmp_path / "foreign.db"
    sqlite3.connect(foreign).execute("CREATE TABLE x (y)").connection.commit()
    with pytest.raises(BackupError, match="thiếu bảng"):
        backup.restore(foreign, db_path)
    corrupted = backup.backup(db_path, tmp_path / "c.db")
    data = bytearray(corrupted.read_bytes())
    data[4096 * 3: 4096 * 3 + 200] = b"\xff" * 200  # scribble over a b-tree page
    corrupted.write_bytes(bytes(data))
    with pytest.raises(BackupError):
        backup.restore(corrupted, db_path)


def test_restore_brings_back_the_backup_and_keeps_a_safety_copy(db_path, tmp_path, capsys):
    db = open_db(db_path)
    task = task_by_code(db, "III.2-04")
    assert cli.main(["backup", str(tmp_path / "before.db"), "--db", str(db_path)]) == 0
    commands.set_task_status(db, task["id"], "hoan_thanh", 1, ADMIN)  # app still connected
    assert cli.main(["restore", str(tmp_path / "before.db"), "--db", str(db_path)]) == 0
    assert "giữ ở" in capsys.readouterr().out
    assert task_by_code(db, "III.2-04")["status"] == "chua_bat_dau"  # the open connection sees it
    safety = next(tmp_path.glob("ocop-truoc-khoi-phuc-*.db"))
    assert task_by_code(open_db(safety), "III.2-04")["status"] == "hoan_thanh"


def test_a_restored_older_backup_never_brings_back_a_revision_the_app_has_cached(db_path,
                                                                                 tmp_path):
    from ocop_tracker.core import queries

    old = backup.backup(db_path, tmp_path / "old.db")
    db = open_db(db_path)
    task = task_by_code(db, "III.2-04")
    for i in range(3):  # the live file moves on past the backup
        commands.set_task_note(db, task["id"], f"n{i}", task["version"] + i, ADMIN)
    cached = queries.data_revision(db)  # what a page would have cached its data under
    db.close()
    backup.restore(old, db_path)
    db = open_db(db_path)
    assert task_by_code(db, "III.2-04")["note"] == ""  # the old data is back
    assert queries.data_revision(db) == cached + 1  # under a revision no cache has seen
    row = db.execute("SELECT actor, entity, action, after FROM history ORDER BY id DESC "
                     "LIMIT 1").fetchone()
    assert row == (backup.SYSTEM_ACTOR, "database", "restore", "old.db")  # and audited
    assert backup.SYSTEM_ACTOR == t("backup.system_actor")
    db.close()


def test_a_restore_numbers_its_row_past_the_backups_history_too(db_path, tmp_path):
    from ocop_tracker.core import audit, queries
    from ocop_tracker.ui.history import Names, change_text

    db = open_db(db_path)
    task = task_by_code(db, "III.2-04")
    for i in range(4):  # the backup holds more history than the live file will
        commands.set_task_note(db, task["id"], f"n{i}", task["version"] + i, ADMIN)
    backed = queries.data_revision(db)
    newer = backup.backup(db_path, tmp_path / "newer.db")
    db.execute("DELETE FROM history WHERE id > 1")  # the live file's history now ends lower
    db.conn.commit()
    db.close()
    backup.restore(newer, db_path)
    db = open_db(db_path)
    [entry] = audit.feed(db, limit=1)
    assert entry["id"] == backed + 1 and entry["actor_account_id"] is None
    assert not audit.undoable(entry)  # a restore is undone by restoring the safety copy
    assert change_text(entry, names=Names.read(db)) == (
        "Cơ sở dữ liệu: khôi phục từ bản sao lưu newer.db")
    db.close()


def test_backup_refusals_are_said_in_either_language(db_path, tmp_path):
    backup.backup(db_path, tmp_path / "b.db")
    with pytest.raises(BackupError) as refused:
        backup.backup(db_path, tmp_path / "b.db")
    assert "already exists" in refused.value.message("en")
