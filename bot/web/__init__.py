"""The web shell: health and the check API, the playground, /admin, and their static files."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from bot.web import playground, routes
from bot.web.admin import router as admin_router
from bot.web.admin.gate import AdminRefusal, refusal_response
from bot.web.admin.throttle import LoginThrottle
from bot.web.templating import STATIC_DIR


def mount_web(app: FastAPI) -> None:
    """Add the web routes to `app` (the composition root calls this once)."""
    app.state.admin_throttle = LoginThrottle()
    app.add_exception_handler(AdminRefusal, refusal_response)
    app.include_router(routes.router)
    app.include_router(playground.router)
    app.include_router(admin_router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
