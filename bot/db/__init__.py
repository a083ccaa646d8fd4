"""The database: SQLAlchemy tables, engine and the repositories the bot uses."""
