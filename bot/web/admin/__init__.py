"""/admin: company context, tip channels, aggregate statistics, behind a password."""

from fastapi import APIRouter

from bot.web.admin import context, login, reports

router = APIRouter(include_in_schema=False)
router.include_router(login.router)
router.include_router(context.router)
router.include_router(reports.router)
