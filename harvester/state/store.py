"""The state store: cursors, published rows and their hashes, staged changes, runs, locks, quarantine.

One SQLite file by default. The SQL is kept portable (qmark parameters are translated for PostgreSQL,
`INSERT ... ON CONFLICT` works on both) so the same tables live on PostgreSQL by URL (`postgresql://...`,
harvester/state/postgres.py), for jobs that run on several hosts.

A run stages what it found under its run id, in small committed batches, so memory does not grow with the
number of records and the lock's heartbeat can write in between. Only `commit_run` moves staged rows, the
cursor and the run record into the published state, in one transaction, after publish succeeded.
"""

from __future__ import annotations

import json
import operator
import os
import socket
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harvester.anonymise.review import HELD_PREFIX, ReviewDecisions, held_fields
from harvester.core.csv_lines import CsvLineReader, layout_columns, same_lines
from harvester.core.errors import StateError
from harvester.state.postgres import PostgresConnection, redacted
from harvester.state.row_identity import decode_stored_row, row_json

# A committed row: its JSON (harvester/state/row_identity.py StoredRows), its CSV line by the job's layout
# (harvester/core/csv_lines.py), or both. A row whose line reads back to it has no JSON: the line is its only
# copy, which halves what a run stages, copies at commit and checkpoints (1,000,000 feedback rows: the
# commit 8.2 -> 4.3-5.4 s). Earlier versions required the JSON (`_allow_rows_as_lines` lifts that).
RECORDS = """CREATE TABLE IF NOT EXISTS records (
        job TEXT NOT NULL, key TEXT NOT NULL, hash TEXT NOT NULL, row_json TEXT, row_csv TEXT,
        PRIMARY KEY (job, key))"""
SCHEMA = [
    """CREATE TABLE IF NOT EXISTS cursors (
        job TEXT PRIMARY KEY, cursor TEXT, updated_at REAL)""",
    RECORDS,
    """CREATE TABLE IF NOT EXISTS csv_layouts (job TEXT PRIMARY KEY, layout TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS quarantine (
        job TEXT NOT NULL, key TEXT NOT NULL, raw_json TEXT NOT NULL, reason TEXT NOT NULL,
        first_seen REAL NOT NULL, last_seen REAL NOT NULL, PRIMARY KEY (job, key))""",
    """CREATE TABLE IF NOT EXISTS runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT, job TEXT NOT NULL, started_at REAL NOT NULL,
        ended_at REAL, outcome TEXT NOT NULL, host TEXT, pid INTEGER,
        fetched INTEGER DEFAULT 0, new INTEGER DEFAULT 0, updated INTEGER DEFAULT 0,
        unchanged INTEGER DEFAULT 0, invalid INTEGER DEFAULT 0, quarantined INTEGER DEFAULT 0,
        removed INTEGER DEFAULT 0, error TEXT, report_path TEXT)""",
    """CREATE TABLE IF NOT EXISTS locks (
        job TEXT PRIMARY KEY, owner TEXT NOT NULL, run_id INTEGER, acquired_at REAL NOT NULL,
        expires_at REAL NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS runs_by_job ON runs (job, id)",
    # stewards' decisions on records held for review (harvester/anonymise/review.py): released or withheld
    """CREATE TABLE IF NOT EXISTS review_decisions (
        job TEXT NOT NULL, key TEXT NOT NULL, decision TEXT NOT NULL, decided_at REAL NOT NULL,
        PRIMARY KEY (job, key))""",
]

# What a run stages before it commits. Scratch: a new run discards what an unfinished one left, so on SQLite
# these are TEMP tables (connection-local, in a temporary file: no WAL, no fsync, and dropped with the
# connection), which halves the cost of staging. On PostgreSQL they are ordinary tables.
#
# On SQLite the staged rows' key index is built after a run's extraction (STAGED_KEY_INDEX), not kept up to
# date row by row: the keys arrive in no order, so every row touched a random page of the index, and each
# batch's commit wrote every page it touched back to the temporary file (1,000,000 rows: 13.6 GB written,
# staging 12.7 s of CPU; appended and indexed afterwards: 1.2 GB, 5.3 s).
STAGING_SCHEMA = [
    """CREATE {temp}TABLE IF NOT EXISTS staged (
        run_id INTEGER NOT NULL, job TEXT NOT NULL, key TEXT NOT NULL, change TEXT NOT NULL,
        hash TEXT, row_json TEXT, row_csv TEXT{staged_key})""",
    "CREATE INDEX IF NOT EXISTS {temp_schema}staged_by_change ON staged (run_id, change)",
    """CREATE {temp}TABLE IF NOT EXISTS staged_quarantine (
        run_id INTEGER NOT NULL, job TEXT NOT NULL, key TEXT NOT NULL, raw_json TEXT NOT NULL,
        reason TEXT NOT NULL, PRIMARY KEY (run_id, key))""",
]
# Earlier versions kept the staging tables in the SQLite file; what they hold is stale by definition.
OLD_SQLITE_STAGING = ["DROP TABLE IF EXISTS main.staged", "DROP TABLE IF EXISTS main.staged_quarantine"]
# KiB of page cache for the staging tables: a 16 KB page for each staged batch of 2,000 rows at 1,000,000
# rows, twice over (the key index's pages share it).
STAGING_CACHE_KIB = 16 * 1024
STAGED_KEY_INDEX = "CREATE UNIQUE INDEX IF NOT EXISTS temp.staged_key ON staged (run_id, key)"
# Of rows staged twice under one key while appending, the later (the larger rowid) stays.
DROP_EARLIER_DUPLICATES = (
    "DELETE FROM staged WHERE rowid NOT IN (SELECT max(rowid) FROM staged GROUP BY run_id, key)"
)
# Columns added after the first release: (table, column, type), added to a database that lacks them. A row
# stored before `row_csv` existed has none, and is encoded from its JSON when published.
ADDED_COLUMNS = [("records", "row_csv", "TEXT"), ("staged", "row_csv", "TEXT")]

_first = operator.itemgetter(0)

#: Seconds a statement waits for another process's write on the SQLite file before "database is locked".
BUSY_TIMEOUT_SECONDS = 30.0


def state_errors() -> tuple[type[BaseException], ...]:
    """What the database drivers raise, for an `except` clause (evaluated only when an exception passes):
    the pipeline and the CLI turn these into StateError (exit 7). psycopg's only once it is in use, so no
    command pays for importing it."""
    psycopg = sys.modules.get("psycopg")
    return (sqlite3.Error, psycopg.Error) if psycopg is not None else (sqlite3.Error,)


def state_file(url: str) -> str:
    """The file behind a SQLite URL, or the URL without its password: what an operator looks for."""
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///") :]
    return redacted(url)


def state_failure(url: str, exc: BaseException) -> StateError:
    """A database error in words an operator can act on, naming the file. sqlite3 names the error by its
    result code (`sqlite_errorname`, Python 3.11+): SQLITE_BUSY/LOCKED, SQLITE_CORRUPT/NOTADB, SQLITE_FULL
    (https://www.sqlite.org/rescode.html); PostgreSQL's come as they are, without the password."""
    where = state_file(url)
    code = str(getattr(exc, "sqlite_errorname", "") or "")
    text = str(exc)
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        advice = (
            f"another process kept it locked for more than {BUSY_TIMEOUT_SECONDS:g} s (a long commit, or a "
            f"stuck process: `fuser {where}` names it). Nothing was committed; run again when it is done"
        )
    elif code.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text or "not a database" in text:
        advice = (
            "the file is damaged. Nothing was committed. Stop every harvester process, then restore the file from "
            f"a backup, or recover what is readable (`sqlite3 {where} .recover | sqlite3 recovered.db`) and put "
            "the result in its place, or move the file aside to start over (every job then publishes anew)"
        )
    elif code.startswith("SQLITE_FULL") or "disk is full" in text:
        advice = (
            "the disk is full (the file's, or the temporary folder's: SQLITE_TMPDIR, TMPDIR, else /var/tmp). "
            "Nothing was committed; free space and run again"
        )
    elif code.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM")):
        advice = "it cannot be read or written (permissions, a read-only or failing disk). Nothing was committed"
    else:
        advice = "Nothing was committed"
    return StateError(f"state store {where}: {redacted(text)}: {advice}.")


def _text(value: bytes | str | None) -> str | None:
    return value.decode() if isinstance(value, bytes) else value


COUNT_FIELDS = ("fetched", "new", "updated", "unchanged", "invalid", "quarantined", "removed")
CHANGES = ("new", "updated", "unchanged", "removed")


@dataclass
class RunRecord:
    id: int
    job: str
    started_at: float
    ended_at: float | None
    outcome: str
    host: str | None
    pid: int | None
    counts: dict[str, int]
    error: str | None
    report_path: str | None


@dataclass
class LockInfo:
    job: str
    owner: str
    run_id: int | None
    acquired_at: float
    expires_at: float


def lock_owner() -> str:
    """Who holds a lock: host and process, so an operator can find it."""
    return f"{socket.gethostname()}:{os.getpid()}"


def holder_is_gone(owner: str) -> bool:
    """True when the lock's holder ran on this host and its process no longer exists (killed). Only for
    showing state: a lock is taken over only after its lease, since another host may share the name."""
    host, _, pid = owner.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _enable_wal(conn: sqlite3.Connection, attempts: int = 50) -> None:
    """Switch a SQLite file to WAL. On a brand-new file two processes starting together can race for the
    switch, and SQLite answers "database is locked" at once instead of waiting: try again briefly."""
    for attempt in range(attempts):
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.1)


class StateStore:
    """All state of all jobs behind one database URL."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._conn = self._connect(url)
        try:
            self._prepare()
        except state_errors() as exc:
            self._conn.close()
            raise state_failure(url, exc) from None

    def _prepare(self) -> None:
        """Create what is missing, bring an earlier version's tables up to date."""
        self._postgres = isinstance(self._conn, PostgresConnection)
        staging = [
            sql.format(
                temp="" if self._postgres else "TEMP ",
                temp_schema="" if self._postgres else "temp.",
                staged_key=", PRIMARY KEY (run_id, key)" if self._postgres else "",
            )
            for sql in STAGING_SCHEMA
        ] + ([] if self._postgres else [STAGED_KEY_INDEX])
        # the run whose rows `stage` appends without the key index (SQLite), until anything reads them
        self._appending: int | None = None
        with self._transaction() as cur:
            for statement in SCHEMA + ([] if self._postgres else OLD_SQLITE_STAGING) + staging:
                cur.execute(statement)
        self._add_missing_columns()
        self._allow_rows_as_lines()

    @staticmethod
    def _connect(url: str) -> sqlite3.Connection | PostgresConnection:
        """A connection with sqlite3's interface: SQLite itself, or PostgreSQL through an adapter."""
        if url.startswith(("postgresql://", "postgres://")):
            return PostgresConnection(url)
        if url.startswith("sqlite:///"):
            path = url[len("sqlite:///") :]
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            try:
                conn = sqlite3.connect(
                    path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False
                )
                # a feedback row is about 0.6 KB (its CSV line, the hash, the key; 1.2 KB with its JSON as
                # well): a 16 KB page holds some 25 of them, or a dozen, where a 4 KB page wasted a fifth of
                # itself on rows with JSON. Takes effect only when a file is created: the state file, and the
                # temporary file of the staging tables.
                conn.execute("PRAGMA page_size=16384")
                conn.execute("PRAGMA temp.page_size=16384")
                _enable_wal(conn)
                conn.execute("PRAGMA synchronous=NORMAL")
                # the staging tables of a long run hold every row: a temporary file, not memory
                conn.execute("PRAGMA temp_store=FILE")
                # Each batch is staged in key order, and publishing and the commit read the run's rows in key
                # order: a merge of the batches, reading one page of each at a time. With SQLite's default
                # 2 MB of cache the pages of 500 batches (1,000,000 rows) did not stay, and every row read a
                # page again (3.8 GB read for 1.2 GB of rows; publish read 2.1 -> 1.8 s, the commit's copy 4.3
                # -> 2.6 s with this). The cache fills only as far as the temporary file grows.
                conn.execute(f"PRAGMA temp.cache_size=-{STAGING_CACHE_KIB}")
            except sqlite3.Error as exc:
                raise state_failure(url, exc) from None
            return conn
        raise StateError(f"state store URL {url!r} is not supported (use sqlite:///PATH or postgresql://...)")

    def close(self) -> None:
        self._conn.close()

    def _add_missing_columns(self) -> None:
        """Bring a database made by an earlier version up to date. The columns are looked up first: ALTER
        TABLE locks the table even when there is nothing to add."""
        for table, column, kind in ADDED_COLUMNS:
            if self._postgres:
                present = self._query(
                    "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                    "AND table_name = ? AND column_name = ?",
                    (table, column),
                )
            else:
                present = [row for row in self._query(f"PRAGMA table_info({table})") if row[1] == column]
            if not present:
                exists = " IF NOT EXISTS" if self._postgres else ""
                with self._transaction() as cur:
                    cur.execute(f"ALTER TABLE {table} ADD COLUMN{exists} {column} {kind}")

    def _allow_rows_as_lines(self) -> None:
        """Earlier versions declared `records.row_json` NOT NULL; a row kept as its CSV line alone has none.
        PostgreSQL drops the constraint in place; SQLite cannot, so the table is copied once."""
        if self._postgres:
            required = self._query(
                "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND table_name = 'records' AND column_name = 'row_json' AND is_nullable = 'NO'"
            )
            if required:
                with self._transaction() as cur:
                    cur.execute("ALTER TABLE records ALTER COLUMN row_json DROP NOT NULL")
            return

        def required() -> bool:
            return any(
                row[1] == "row_json" and row[3] for row in self._query("PRAGMA main.table_info(records)")
            )

        if not required():
            return
        with self._transaction() as cur:
            if not required():  # another process copied it meanwhile
                return
            cur.execute(RECORDS.replace("records", "records_copy", 1))
            cur.execute(
                "INSERT INTO records_copy (job, key, hash, row_json, row_csv) "
                "SELECT job, key, hash, row_json, row_csv FROM records"
            )
            cur.execute("DROP TABLE records")
            cur.execute("ALTER TABLE records_copy RENAME TO records")

    # -- plumbing -------------------------------------------------------------------------------

    class _Tx:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def __enter__(self) -> sqlite3.Cursor:
            self.cur = self.conn.cursor()
            self.cur.execute("BEGIN IMMEDIATE")
            return self.cur

        def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
            if exc_type is None:
                self.cur.execute("COMMIT")
            else:
                self.cur.execute("ROLLBACK")

    def _transaction(self) -> StateStore._Tx:
        return StateStore._Tx(self._conn)

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple]:
        return self._conn.execute(sql, tuple(params)).fetchall()

    def _stream(self, sql: str, params: Iterable[Any] = ()) -> Iterator[tuple]:
        """A large result row by row, without holding it all in memory."""
        if self._postgres:
            return self._conn.stream(sql, tuple(params))
        return iter(self._conn.execute(sql, tuple(params)))

    # -- locks ----------------------------------------------------------------------------------

    def acquire_lock(self, job: str, owner: str, lease_seconds: float) -> LockInfo | None:
        """Take the job's lock; None when a live lease is held by someone else.

        An expired lease (its holder was killed) is taken over; the run it left "running" is marked
        abandoned, so no job stays running forever.
        """
        now = time.time()
        with self._transaction() as cur:
            if self._postgres:
                # SQLite's BEGIN IMMEDIATE already serialises writers; PostgreSQL needs a lock that also
                # covers the case where the job has no lock row yet.
                self._conn.serialise(cur, f"lock:{job}")
            row = cur.execute(
                "SELECT owner, run_id, acquired_at, expires_at FROM locks WHERE job = ?", (job,)
            ).fetchone()
            if row is not None and row[3] > now and row[0] != owner:
                return None
            if row is not None and row[1] is not None:
                cur.execute(
                    "UPDATE runs SET outcome = 'abandoned', ended_at = ?, "
                    "error = 'the process holding the lock stopped before finishing (lease expired)' "
                    "WHERE id = ? AND outcome = 'running'",
                    (now, row[1]),
                )
            cur.execute(
                "INSERT INTO locks (job, owner, run_id, acquired_at, expires_at) VALUES (?, ?, NULL, ?, ?) "
                "ON CONFLICT (job) DO UPDATE SET owner = excluded.owner, run_id = NULL, "
                "acquired_at = excluded.acquired_at, expires_at = excluded.expires_at",
                (job, owner, now, now + lease_seconds),
            )
        return LockInfo(job, owner, None, now, now + lease_seconds)

    def renew_lock(self, job: str, owner: str, lease_seconds: float) -> bool:
        """Extend the lease; False when the lock is no longer ours (it expired and was taken over)."""
        with self._transaction() as cur:
            cur.execute(
                "UPDATE locks SET expires_at = ? WHERE job = ? AND owner = ?",
                (time.time() + lease_seconds, job, owner),
            )
            return cur.rowcount == 1

    def release_lock(self, job: str, owner: str) -> None:
        with self._transaction() as cur:
            cur.execute("DELETE FROM locks WHERE job = ? AND owner = ?", (job, owner))

    def lock_info(self, job: str) -> LockInfo | None:
        rows = self._query(
            "SELECT job, owner, run_id, acquired_at, expires_at FROM locks WHERE job = ?", (job,)
        )
        return LockInfo(*rows[0]) if rows else None

    # -- runs -----------------------------------------------------------------------------------

    def start_run(self, job: str, owner: str) -> int:
        """Record a new run and tie it to the job's lock (the caller holds it); stale staging of dead runs is
        cleared, and runs they left `running` are marked abandoned."""
        now = time.time()
        host, _, pid = owner.rpartition(":")
        with self._transaction() as cur:
            insert = "INSERT INTO runs (job, started_at, outcome, host, pid) VALUES (?, ?, 'running', ?, ?)"
            values = (job, now, host, int(pid) if pid.isdigit() else None)
            if self._postgres:
                run_id = int(cur.execute(insert + " RETURNING id", values).fetchone()[0])
            else:
                run_id = int(cur.execute(insert, values).lastrowid)
            cur.execute("UPDATE locks SET run_id = ? WHERE job = ? AND owner = ?", (run_id, job, owner))
            # the caller holds the job's lock: any other run of the job still `running` is dead (stopped
            # without closing its row: a kill, or a crash of an earlier version), whatever its lease did
            cur.execute(
                "UPDATE runs SET outcome = 'abandoned', ended_at = ?, "
                "error = 'the process stopped before finishing (found by the next run)' "
                "WHERE job = ? AND outcome = 'running' AND id <> ?",
                (now, job, run_id),
            )
            cur.execute("DELETE FROM staged WHERE job = ? AND run_id <> ?", (job, run_id))
            cur.execute("DELETE FROM staged_quarantine WHERE job = ? AND run_id <> ?", (job, run_id))
            if not self._postgres:  # SQLite: append this run's rows, index them when first read
                cur.execute("DROP INDEX IF EXISTS temp.staged_key")
                self._appending = run_id
        return run_id

    def _index_staging(self) -> None:
        """End appending: build the staged rows' key index, keeping the later of rows staged twice. Every
        method that reads staged rows or stages by upsert calls this first."""
        if self._appending is None:
            return
        self._appending = None
        with self._transaction() as cur:
            cur.execute("SAVEPOINT staged_key")
            try:
                cur.execute(STAGED_KEY_INDEX)
            except sqlite3.IntegrityError:  # a key staged twice: rare, the sources drop duplicates themselves
                cur.execute("ROLLBACK TO staged_key")
                cur.execute(DROP_EARLIER_DUPLICATES)
                cur.execute(STAGED_KEY_INDEX)
            cur.execute("RELEASE staged_key")

    def finish_run(
        self, run_id: int, outcome: str, counts: dict[str, int], error: str | None, report_path: str | None
    ) -> None:
        """Close a run that did not commit (failed, refused, dry run) and drop what it staged."""
        with self._transaction() as cur:
            self._close_run(cur, run_id, outcome, counts, error, report_path)
            self._drop_staging(cur, run_id)

    def _keep_rows_by_name(self, cur: sqlite3.Cursor, job: str, old_layout: str, new_layout: str) -> None:
        """When a job's layout changes, its committed rows that the new layout would read differently are
        kept as JSON objects by name (as earlier versions stored every row): arrays by other columns, and
        rows kept as their line alone (read by the old columns and types). Readable whatever the columns
        become, and each is stored by the new layout when a run sees it again (its hash no longer matches)."""
        same_columns = layout_columns(old_layout) == layout_columns(new_layout)
        arrays = "" if same_columns else " OR substr(row_json, 1, 1) = '['"
        read = _StoredRowReader(job, old_layout)
        last, after = "", ">="  # every key, the empty one too, then those after each page
        while True:
            page = cur.execute(
                "SELECT key, row_json, CASE WHEN row_json IS NULL THEN row_csv END FROM records"
                f" WHERE job = ? AND key {after} ? AND (row_json IS NULL{arrays}) ORDER BY key LIMIT 1000",
                (job, last),
            ).fetchall()
            if not page:
                return
            cur.executemany(
                "UPDATE records SET row_json = ? WHERE job = ? AND key = ?",
                [(row_json(read(key, text, line)), job, key) for key, text, line in page],
            )
            last, after = page[-1][0], ">"

    def _drop_staging(self, cur: sqlite3.Cursor, run_id: int) -> None:
        """Drop what a finished run staged. SQLite's TEMP staging goes with the connection, which the pipeline
        closes right after the run (deleting the rows one by one would cost a third of the commit); a later
        run on the same connection clears it in `start_run`."""
        if self._postgres:
            cur.execute("DELETE FROM staged WHERE run_id = ?", (run_id,))
            cur.execute("DELETE FROM staged_quarantine WHERE run_id = ?", (run_id,))

    @staticmethod
    def _close_run(
        cur: sqlite3.Cursor,
        run_id: int,
        outcome: str,
        counts: dict[str, int],
        error: str | None,
        report_path: str | None,
    ) -> None:
        assignments = ", ".join(f"{name} = ?" for name in COUNT_FIELDS)
        cur.execute(
            f"UPDATE runs SET ended_at = ?, outcome = ?, error = ?, report_path = ?, {assignments} WHERE id = ?",
            (
                time.time(),
                outcome,
                error,
                report_path,
                *(int(counts.get(name, 0)) for name in COUNT_FIELDS),
                run_id,
            ),
        )

    def runs(self, job: str | None = None, limit: int = 50) -> list[RunRecord]:
        where, params = ("WHERE job = ?", [job]) if job else ("", [])
        columns = ", ".join(COUNT_FIELDS)
        rows = self._query(
            f"SELECT id, job, started_at, ended_at, outcome, host, pid, {columns}, error, report_path "
            f"FROM runs {where} ORDER BY id DESC LIMIT ?",
            [*params, limit],
        )
        return [
            RunRecord(
                id=r[0],
                job=r[1],
                started_at=r[2],
                ended_at=r[3],
                outcome=r[4],
                host=r[5],
                pid=r[6],
                counts=dict(zip(COUNT_FIELDS, r[7 : 7 + len(COUNT_FIELDS)], strict=True)),
                error=r[-2],
                report_path=r[-1],
            )
            for r in rows
        ]

    def outcome_counts(self) -> dict[tuple[str, str], int]:
        """How many runs each job has had, by outcome: (job, outcome) → count."""
        rows = self._query("SELECT job, outcome, COUNT(*) FROM runs GROUP BY job, outcome")
        return {(job, outcome): int(count) for job, outcome, count in rows}

    def last_run(self, job: str) -> RunRecord | None:
        runs = self.runs(job, limit=1)
        return runs[0] if runs else None

    # -- cursor and published rows ---------------------------------------------------------------

    def cursor(self, job: str) -> str | None:
        rows = self._query("SELECT cursor FROM cursors WHERE job = ?", (job,))
        return rows[0][0] if rows else None

    def published_hashes(self, job: str, keys: list[str]) -> dict[str, str]:
        """Content hashes of the published rows among `keys` (absent keys are not published)."""
        found: dict[str, str] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            found.update(
                self._query(
                    f"SELECT key, hash FROM records WHERE job = ? AND key IN ({marks})", (job, *chunk)
                )
            )
        return found

    def published_count(self, job: str) -> int:
        return int(self._query("SELECT COUNT(*) FROM records WHERE job = ?", (job,))[0][0])

    def published_rows(self, job: str) -> Iterator[tuple[str, dict[str, Any]]]:
        """(key, row) of every committed row, in key order, streamed."""
        read = _StoredRowReader(job, self.csv_layout(job))
        for key, text, line in self._stream(
            "SELECT key, row_json, CASE WHEN row_json IS NULL THEN row_csv END FROM records WHERE job = ? "
            "ORDER BY key",
            (job,),
        ):
            yield key, read(key, text, line)

    # -- staging ----------------------------------------------------------------------------------

    def stage(
        self,
        run_id: int,
        job: str,
        items: list[tuple[str, str, str | None, bytes | str | None, bytes | str | None]],
    ) -> None:
        """Stage (key, change, hash, row_json, row_csv) items; a later item for the same key replaces an
        earlier one. `row_csv` is the row's CSV line (harvester/core/csv_lines.py), or None. The texts come
        in UTF-8 from the workers and are stored as text without decoding them (CAST AS TEXT); str is taken
        too.

        A batch is stored in key order (a stable sort: the later item for a key stays later). Publishing reads
        the run's rows in key order; rows of one batch then lie together in that order, so the read moves
        through each batch's pages once instead of jumping to another page for nearly every row (SQLite
        keeps 2 MB of a temporary file's pages in memory: 100,000 staged rows 0.55 -> 0.25 s to read)."""
        items = sorted(items, key=_first)
        if self._postgres:
            items = [(*item[:3], _text(item[3]), _text(item[4])) for item in items]
        insert = (
            "INSERT INTO staged (run_id, job, key, change, hash, row_json, row_csv) "
            "VALUES (?, ?, ?, ?, ?, CAST(? AS TEXT), CAST(? AS TEXT))"
        )
        if run_id != self._appending:
            self._index_staging()
            insert += (
                " ON CONFLICT (run_id, key) DO UPDATE SET change = excluded.change, hash = excluded.hash, "
                "row_json = excluded.row_json, row_csv = excluded.row_csv"
            )
        with self._transaction() as cur:
            cur.executemany(insert, [(run_id, job, *item) for item in items])

    def stage_quarantine(self, run_id: int, job: str, items: list[tuple[str, str, str]]) -> None:
        """Stage (key, raw_json, reason) of records that could not be published."""
        with self._transaction() as cur:
            cur.executemany(
                "INSERT INTO staged_quarantine (run_id, job, key, raw_json, reason) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (run_id, key) DO UPDATE SET raw_json = excluded.raw_json, reason = excluded.reason",
                [(run_id, job, *item) for item in items],
            )

    def stage_unseen_as_removed(self, run_id: int, job: str) -> None:
        """After a complete listing: committed rows the run did not see are staged as removed."""
        self._index_staging()
        with self._transaction() as cur:
            cur.execute(
                "INSERT INTO staged (run_id, job, key, change, hash, row_json) "
                "SELECT ?, job, key, 'removed', NULL, NULL FROM records r WHERE r.job = ? AND NOT EXISTS "
                "(SELECT 1 FROM staged s WHERE s.run_id = ? AND s.key = r.key) "
                "AND NOT EXISTS (SELECT 1 FROM staged_quarantine q WHERE q.run_id = ? AND q.key = r.key)",
                (run_id, job, run_id, run_id),
            )

    def stage_removed(self, run_id: int, job: str, keys: list[str]) -> None:
        """Stage explicit removals, only of rows that are published."""
        self._index_staging()
        with self._transaction() as cur:
            cur.executemany(
                "INSERT INTO staged (run_id, job, key, change, hash, row_json) "
                "SELECT ?, job, key, 'removed', NULL, NULL FROM records WHERE job = ? AND key = ? "
                "ON CONFLICT (run_id, key) DO UPDATE SET change = 'removed', hash = NULL, row_json = NULL, "
                "row_csv = NULL",
                [(run_id, job, key) for key in keys],
            )

    def staged_counts(self, run_id: int) -> dict[str, int]:
        self._index_staging()
        counts = dict.fromkeys(CHANGES, 0)
        for change, count in self._query(
            "SELECT change, COUNT(*) FROM staged WHERE run_id = ? GROUP BY change", (run_id,)
        ):
            counts[change] = int(count)
        return counts

    def is_staged(self, run_id: int, key: str) -> bool:
        """Whether this run has staged the key already (or quarantined it)."""
        self._index_staging()
        return bool(
            self._query("SELECT 1 FROM staged WHERE run_id = ? AND key = ?", (run_id, key))
            or self._query("SELECT 1 FROM staged_quarantine WHERE run_id = ? AND key = ?", (run_id, key))
        )

    def quarantined_count(self, run_id: int) -> int:
        return int(self._query("SELECT COUNT(*) FROM staged_quarantine WHERE run_id = ?", (run_id,))[0][0])

    def staged_rows(
        self, run_id: int, job: str, change: str, layout: str
    ) -> Iterator[tuple[str, dict[str, Any] | None]]:
        """(key, row) of staged rows with one kind of change, in key order, streamed; rows staged by `layout`
        (the run's), None for a removal."""
        self._index_staging()
        read = _StoredRowReader(job, layout)
        for key, text, line in self._stream(
            "SELECT key, row_json, CASE WHEN row_json IS NULL THEN row_csv END FROM staged "
            "WHERE run_id = ? AND change = ? ORDER BY key",
            (run_id, change),
        ):
            yield key, None if text is None and line is None else read(key, text, line)

    def current_rows(self, run_id: int, job: str, layout: str) -> Iterator[tuple[str, dict[str, Any]]]:
        """(key, row) of the dataset as it will be after this run commits, in key order, streamed; the run
        staged its rows by `layout`."""
        self._index_staging()
        read_staged = _StoredRowReader(job, layout)
        read_committed = _StoredRowReader(job, self.csv_layout(job))
        # the ORDER BY of the compound itself, not of a subquery around it: SQLite then merges the two
        # key-ordered index scans instead of sorting every row of the dataset in a temporary b-tree
        for key, staged, staged_line, committed, committed_line in self._stream(
            "SELECT r.key AS key, s.row_json AS staged, CASE WHEN s.row_json IS NULL THEN s.row_csv END,"
            " r.row_json, CASE WHEN r.row_json IS NULL THEN r.row_csv END FROM records r"
            " LEFT JOIN staged s ON s.run_id = ? AND s.key = r.key"
            " WHERE r.job = ? AND (s.change IS NULL OR s.change <> 'removed')"
            " UNION ALL"
            " SELECT key, row_json, CASE WHEN row_json IS NULL THEN row_csv END, NULL, NULL FROM staged"
            " WHERE run_id = ? AND change = 'new'"
            " ORDER BY key",
            (run_id, job, run_id),
        ):
            if staged is not None or staged_line is not None:
                yield key, read_staged(key, staged, staged_line)
            else:
                yield key, read_committed(key, committed, committed_line)

    def current_lines(
        self, run_id: int, job: str, layout: str
    ) -> Iterator[tuple[str, bytes | None, dict[str, Any] | None]]:
        """(key, CSV line, row) of the dataset as it will be after this run commits, in key order, streamed:
        the stored line in UTF-8 when it makes the bytes `layout` makes (then no row), else the row to encode.
        The run staged its rows by `layout`.

        SQLite hands the line over as it stores it (CAST AS BLOB: UTF-8 already, no decoding into a str
        that the publisher would only encode again; 100,000 feedback rows: about 0.07 s less)."""
        self._index_staging()
        stored_layout = self.csv_layout(job)
        read_staged = _StoredRowReader(job, layout)
        read_committed = _StoredRowReader(job, stored_layout)
        line = "COALESCE(s.row_csv, r.row_csv)" if same_lines(stored_layout, layout) else "s.row_csv"
        as_stored = "{}" if self._postgres else "CAST({} AS BLOB)"
        for key, stored_line, staged, committed, committed_line in self._stream(
            f"SELECT r.key AS key, {as_stored.format(line)} AS line,"
            f" CASE WHEN {line} IS NULL THEN s.row_json END AS staged,"
            f" CASE WHEN {line} IS NULL THEN r.row_json END,"
            f" CASE WHEN {line} IS NULL AND r.row_json IS NULL THEN r.row_csv END FROM records r"
            " LEFT JOIN staged s ON s.run_id = ? AND s.key = r.key"
            " WHERE r.job = ? AND (s.change IS NULL OR s.change <> 'removed')"
            " UNION ALL"
            f" SELECT key, {as_stored.format('row_csv')}, CASE WHEN row_csv IS NULL THEN row_json END, NULL, NULL"
            " FROM staged"
            " WHERE run_id = ? AND change = 'new'"
            " ORDER BY key",
            (run_id, job, run_id),
        ):
            if stored_line is not None:  # PostgreSQL hands over a str
                yield key, stored_line.encode() if isinstance(stored_line, str) else stored_line, None
            elif staged is not None:
                yield key, None, read_staged(key, staged, None)
            else:
                yield key, None, read_committed(key, committed, committed_line)

    def csv_layout(self, job: str) -> str | None:
        """The layout (harvester/core/csv_lines.py) the job's stored CSV lines were made with."""
        rows = self._query("SELECT layout FROM csv_layouts WHERE job = ?", (job,))
        return rows[0][0] if rows else None

    def current_count(self, run_id: int, job: str, staged_counts: dict[str, int] | None = None) -> int:
        """Rows of the dataset after this run commits; `staged_counts` saves counting the staged rows again."""
        counts = staged_counts if staged_counts is not None else self.staged_counts(run_id)
        return self.published_count(job) + counts["new"] - counts["removed"]

    # -- quarantine -------------------------------------------------------------------------------

    def quarantined(self, job: str) -> Iterator[tuple[str, Any, str]]:
        """(key, raw record, reason) of records waiting in quarantine; re-tried by every run."""
        for key, raw, reason in self._query(
            "SELECT key, raw_json, reason FROM quarantine WHERE job = ? ORDER BY key", (job,)
        ):
            yield key, json.loads(raw), reason

    # -- records held for review -----------------------------------------------------------------

    def held(self, job: str) -> list[tuple[str, list[tuple[str, str]]]]:
        """(key, [(field, reason), ...]) of the job's records held for review, by key."""
        # the reasons alone: the raw records (decoded, decrypted) are not needed to list them
        return [
            (key, held_fields(reason))
            for key, reason in self._query(
                "SELECT key, reason FROM quarantine WHERE job = ? AND reason LIKE ? ORDER BY key",
                (job, HELD_PREFIX + "%"),
            )
        ]

    def review_decisions(self, job: str) -> ReviewDecisions:
        released, withheld = set(), set()
        for key, decision in self._query("SELECT key, decision FROM review_decisions WHERE job = ?", (job,)):
            (released if decision == "release" else withheld).add(key)
        return ReviewDecisions(frozenset(released), frozenset(withheld))

    def decide(self, job: str, keys: Sequence[str], decision: str) -> None:
        """Record a steward's `release` or `withhold` of held records; a withheld record leaves the
        quarantine at once (it is never published), a released one is published by the next run."""
        if decision not in ("release", "withhold"):
            raise ValueError(f"unknown decision {decision!r}")
        now = time.time()
        with self._transaction() as cur:
            for key in keys:
                cur.execute(
                    "INSERT INTO review_decisions (job, key, decision, decided_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (job, key) DO UPDATE SET decision = excluded.decision, "
                    "decided_at = excluded.decided_at",
                    (job, key, decision, now),
                )
                if decision == "withhold":
                    cur.execute("DELETE FROM quarantine WHERE job = ? AND key = ?", (job, key))

    def expire_quarantine(self, job: str, first_seen_before: float) -> int:
        """Remove the job's quarantine entries first set aside before the given time; returns how many."""
        with self._transaction() as cur:
            cur.execute("DELETE FROM quarantine WHERE job = ? AND first_seen < ?", (job, first_seen_before))
            return max(int(cur.rowcount), 0)

    def rewrite_quarantine(self, job: str, entries: list[tuple[str, str]]) -> None:
        """Replace the stored JSON of (key, raw_json) entries, keeping when they were first and last seen."""
        with self._transaction() as cur:
            cur.executemany(
                "UPDATE quarantine SET raw_json = ? WHERE job = ? AND key = ?",
                [(raw_json, job, key) for key, raw_json in entries],
            )

    def quarantine_size(self, job: str) -> int:
        return int(self._query("SELECT COUNT(*) FROM quarantine WHERE job = ?", (job,))[0][0])

    # -- commit -----------------------------------------------------------------------------------

    def commit_run(
        self,
        run_id: int,
        job: str,
        cursor: str | None,
        counts: dict[str, int],
        outcome: str,
        report_path: str | None,
        error: str | None = None,
        *,
        complete: bool = False,
        csv_layout: str | None = None,
    ) -> None:
        """After publish succeeded: rows, cursor, quarantine and the run record, all in one transaction.

        A key published by this run leaves the quarantine; after a `complete` listing, so does every key the
        run neither published nor quarantined again (the source no longer has it). `csv_layout` is the layout
        of the CSV lines this run staged: when it differs from the stored one, rows kept by the old layout
        alone are kept as JSON, and when it makes other bytes the job's older lines are forgotten (their rows
        are encoded from JSON when published, until they change)."""
        self._index_staging()
        now = time.time()
        with self._transaction() as cur:
            if csv_layout is not None:
                stored = cur.execute("SELECT layout FROM csv_layouts WHERE job = ?", (job,)).fetchone()
                if stored is not None and stored[0] != csv_layout:
                    self._keep_rows_by_name(cur, job, stored[0], csv_layout)
                if stored is None or stored[0] != csv_layout:
                    if stored is None or not same_lines(stored[0], csv_layout):
                        cur.execute(
                            "UPDATE records SET row_csv = NULL WHERE job = ? AND row_csv IS NOT NULL", (job,)
                        )
                    cur.execute(
                        "INSERT INTO csv_layouts (job, layout) VALUES (?, ?) "
                        "ON CONFLICT (job) DO UPDATE SET layout = excluded.layout",
                        (job, csv_layout),
                    )
            # in key order: the rows then reach the records index in its own order, each of its pages
            # touched once, not one page per row (1,000,000 new rows: 15-18 s -> 12-13 s of CPU)
            cur.execute(
                "INSERT INTO records (job, key, hash, row_json, row_csv) "
                "SELECT job, key, hash, row_json, row_csv FROM staged "
                "WHERE run_id = ? AND change IN ('new', 'updated') ORDER BY key "
                "ON CONFLICT (job, key) DO UPDATE SET hash = excluded.hash, row_json = excluded.row_json, "
                "row_csv = excluded.row_csv",
                (run_id,),
            )
            cur.execute(
                "DELETE FROM records WHERE job = ? AND key IN "
                "(SELECT key FROM staged WHERE run_id = ? AND change = 'removed')",
                (job, run_id),
            )
            # EXISTS per quarantined key, not IN over the staged keys: the quarantine is small, the run's
            # staged keys are every row it saw (100,000 new rows, empty quarantine: 0.09 s -> nothing)
            cur.execute(
                "DELETE FROM quarantine WHERE job = ? AND EXISTS (SELECT 1 FROM staged s WHERE s.run_id = ? "
                "AND s.key = quarantine.key AND s.change <> 'removed')",
                (job, run_id),
            )
            if complete:
                cur.execute(
                    "DELETE FROM quarantine WHERE job = ? AND key NOT IN "
                    "(SELECT key FROM staged_quarantine WHERE run_id = ?)",
                    (job, run_id),
                )
            cur.execute(
                "INSERT INTO quarantine (job, key, raw_json, reason, first_seen, last_seen) "
                "SELECT job, key, raw_json, reason, ?, ? FROM staged_quarantine WHERE run_id = ? "
                "ON CONFLICT (job, key) DO UPDATE SET raw_json = excluded.raw_json, reason = excluded.reason, "
                "last_seen = excluded.last_seen",
                (now, now, run_id),
            )
            if cursor is not None:
                cur.execute(
                    "INSERT INTO cursors (job, cursor, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (job) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at",
                    (job, cursor, now),
                )
            self._close_run(cur, run_id, outcome, counts, error, report_path)
            self._drop_staging(cur, run_id)


class _StoredRowReader:
    """Reads a job's stored rows back by the layout they were stored with: the JSON when a row has it (an
    array by the layout's columns, or an earlier version's object), else its CSV line."""

    def __init__(self, job: str, layout: str | None) -> None:
        self.job = job
        self.layout = layout
        self.columns = layout_columns(layout)
        self._lines: CsvLineReader | None = None

    def __call__(self, key: str, text: str | None, line: bytes | str | None) -> dict[str, Any]:
        try:
            if text is not None:
                return decode_stored_row(text, self.columns)
            if line is None:
                raise ValueError("it has neither JSON nor a CSV line")
            if self._lines is None:
                self._lines = CsvLineReader(self.layout or "")
            return self._lines.row(line)
        except ValueError as exc:
            raise StateError(
                f"job {self.job}: the stored row {key!r} cannot be read ({exc}); the state database was changed "
                "outside the harvester or is damaged. Run the job with --full to store every row again."
            ) from None
