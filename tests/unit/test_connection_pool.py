"""The connection pool the pages read and write through: reused, never leaking a transaction,
a failed unit or a replaced file."""

from __future__ import annotations

import shutil
import sqlite3
import threading

import pytest

from ocop_tracker.core.db import ConnectionPool, DatabaseFileError
from tests.conftest import copy_database, task_by_code


def test_a_connection_is_reused_unit_after_unit(db_path):
    pool = ConnectionPool(db_path)
    with pool.connection() as first:
        first_conn = first.conn
    with pool.connection() as second:
        assert second.conn is first_conn
        assert task_by_code(second, "III.2-06")["status"] == "chua_bat_dau"


def test_an_unfinished_transaction_is_rolled_back_before_the_next_unit(db_path):
    pool = ConnectionPool(db_path)
    with pool.connection() as db:
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.execute("UPDATE tasks SET status = 'hoan_thanh' WHERE code = 'III.2-06'")
    # The write lock was released: another connection can write at once.
    other = sqlite3.connect(db_path, timeout=0.1)
    other.execute("UPDATE tasks SET note = 'x' WHERE code = 'III.2-07'")
    other.commit()
    other.close()
    with pool.connection() as db:
        assert task_by_code(db, "III.2-06")["status"] == "chua_bat_dau"


def test_a_unit_that_failed_does_not_hand_its_connection_on(db_path):
    pool = ConnectionPool(db_path)
    with pytest.raises(ZeroDivisionError), pool.connection() as db:
        failed = db.conn
        raise ZeroDivisionError
    with pool.connection() as db:
        assert db.conn is not failed


def test_a_replaced_file_is_read_through_new_connections(db_path, tmp_path, plan_template):
    pool = ConnectionPool(db_path)
    with pool.connection() as db:
        db.execute("UPDATE tasks SET note = 'cũ' WHERE code = 'III.2-06'")
        db.conn.commit()
    other = tmp_path / "other.db"
    copy_database(plan_template, other)
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"ocop.db{suffix}").unlink(missing_ok=True)
    shutil.copy(other, tmp_path / "replacement.db")
    (tmp_path / "replacement.db").replace(db_path)  # a new file under the same name
    with pool.connection() as db:
        assert task_by_code(db, "III.2-06")["note"] == ""


def test_threads_borrow_their_own_connections_and_all_work(db_path):
    pool = ConnectionPool(db_path)
    inside = threading.Barrier(4)
    seen: list[int] = []

    def unit() -> None:
        with pool.connection() as db:
            inside.wait(timeout=10)  # all four hold a connection at the same time
            seen.append(id(db.conn))
            db.execute("SELECT count(*) FROM tasks").fetchone()

    threads = [threading.Thread(target=unit) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(seen)) == 4


def test_a_file_that_is_not_a_database_is_refused_with_a_message(tmp_path):
    broken = tmp_path / "hong.db"
    broken.write_bytes(b"khong phai sqlite" * 100)
    with pytest.raises(DatabaseFileError, match="không phải cơ sở dữ liệu SQLite"), \
            ConnectionPool(broken).connection():
        pass
