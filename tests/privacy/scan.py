"""Where a draft could have been left behind: database files and rows, files, log text.

Each function returns text to search; `leaks(needle, places)` names the places holding it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from bot.db.engine import normalise_url


def files_text(root: Path) -> dict[str, str]:
    """Every file under `root` (SQLite database, -wal, -shm, temp files...), bytes as latin-1.

    latin-1 maps every byte to one character, so an ASCII needle is found whatever else the
    file holds; UTF-8 text is decoded too, for needles with accents.
    """
    found: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            raw = path.read_bytes()
            found[str(path)] = raw.decode("latin-1") + "\n" + raw.decode("utf-8", "replace")
    return found


def sqlite_dump(path: Path) -> str:
    """The database as SQL (`.dump`): every row of every table, as the SQLite CLI shows it."""
    connection = sqlite3.connect(path)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


def postgres_dump(url: str) -> dict[str, str]:
    """Every row of every table of the public schema, each rendered as PostgreSQL's text."""
    engine = create_engine(normalise_url(url))
    try:
        tables = inspect(engine).get_table_names()
        with engine.connect() as connection:
            return {
                name: "\n".join(
                    str(row)
                    for row in connection.scalars(text(f'SELECT CAST(t AS text) FROM "{name}" t'))
                )
                for name in tables
            }
    finally:
        engine.dispose()


def database_text(url: str) -> dict[str, str]:
    """What the database holds, whichever it is: the SQL dump of SQLite or PostgreSQL's rows."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        assert parsed.database
        return {"sqlite dump": sqlite_dump(Path(parsed.database))}
    return {f"postgresql table {name}": rows for name, rows in postgres_dump(url).items()}


def leaks(needle: str, *places: Mapping[str, str]) -> list[str]:
    """The names of the places whose text contains `needle`."""
    return [name for group in places for name, content in group.items() if needle in content]


def joined(texts: Iterable[str]) -> str:
    return "\n".join(texts)
