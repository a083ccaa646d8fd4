"""/admin: the company context, saved to the database and applied to every channel at once."""

from __future__ import annotations

import asyncio
import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.exc import SQLAlchemyError
from starlette.datastructures import FormData

from bot.db.company import save_policy
from bot.web.admin.context_form import (
    TERM_FIELDS,
    ContextFormError,
    form_values,
    policy_from_form,
    posted_values,
)
from bot.web.admin.gate import Admin, admin_page, checked_form, signed_in
from coaching.axes import Axis
from coaching.copy_fr.admin import ADMIN
from coaching.copy_fr.web import AXIS_LABELS

log = logging.getLogger(__name__)
router = APIRouter(include_in_schema=False)


@router.get("/admin")
async def context_page(request: Request, admin: Annotated[Admin, Depends(signed_in)]) -> Response:
    values = form_values(admin.runtime.policy)
    saved = request.query_params.get("saved") == "1"
    return _page(request, admin, values, ADMIN["saved"] if saved else "", "", 200)


@router.post("/admin/context")
async def save_context(
    request: Request,
    admin: Annotated[Admin, Depends(signed_in)],
    form: Annotated[FormData, Depends(checked_form)],
) -> Response:
    values = posted_values(form)
    try:
        policy = policy_from_form(values, admin.runtime.policy)
    except ContextFormError as error:
        return _page(request, admin, values, "", str(error), 422)
    try:
        await asyncio.to_thread(save_policy, admin.runtime.sessions, policy)
    except SQLAlchemyError as exc:
        log.warning("contexte d'entreprise non enregistré (%s)", type(exc).__name__)
        return _page(request, admin, values, "", ADMIN["db_unavailable"], 503)
    admin.runtime.apply_policy(policy)
    log.info("contexte d'entreprise mis à jour depuis /admin")
    return RedirectResponse("/admin?saved=1", status_code=303)


def _page(
    request: Request, admin: Admin, values: dict[str, str], notice: str, error: str, status: int
) -> Response:
    context = {
        "csrf": admin.session.csrf,
        "nav": "context",
        "values": values,
        "term_fields": TERM_FIELDS,
        "axes": [(axis.value, AXIS_LABELS[axis]) for axis in Axis],
        "notice": notice,
        "error": error,
    }
    return admin_page(request, "admin/context.html", context, status)
