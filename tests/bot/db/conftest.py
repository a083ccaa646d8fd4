"""The database fixtures (database_url, postgres_url, sqlite_url) are in tests/conftest.py."""
