"""The SQLite engine's pragmas, read back from a real file."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from bot.db.engine import build_engine


def test_sqlite_files_get_their_folder_wal_and_foreign_keys(tmp_path: Path) -> None:
    engine = build_engine(f"sqlite:///{tmp_path / 'nested' / 'checkpost.db'}")
    try:
        with engine.connect() as connection:
            pragma = {
                name: connection.execute(text(f"PRAGMA {name}")).scalar()
                for name in ("journal_mode", "synchronous", "foreign_keys")
            }
    finally:
        engine.dispose()
    assert (tmp_path / "nested" / "checkpost.db").exists()
    assert pragma == {"journal_mode": "wal", "synchronous": 1, "foreign_keys": 1}  # 1 = NORMAL
