"""Alembic migrations, shipped inside the package so `checkpost db upgrade` finds them."""
