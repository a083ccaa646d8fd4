"""checkpost's thin shell: CLI, FastAPI app, Slack, Teams, database, scheduler."""
