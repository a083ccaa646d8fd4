"""Who may see /admin: the disabled page, the login redirect, the CSRF check."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import FormData

from bot.runtime import Runtime
from bot.web.admin.sessions import (
    COOKIE,
    COOKIE_PATH,
    MAX_AGE_SECONDS,
    AdminSession,
    SessionSigner,
    same_token,
    signer_for,
)
from bot.web.admin.throttle import LoginThrottle
from bot.web.templating import render
from coaching.copy_fr.admin import ADMIN

LOGIN_URL = "/admin/login"


class AdminRefusal(Exception):
    """Raised by the dependencies below; the handler answers with `response`."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status_code)
        self.response = response


async def refusal_response(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, AdminRefusal)
    return exc.response


@dataclass(frozen=True, slots=True)
class Admin:
    runtime: Runtime
    signer: SessionSigner
    session: AdminSession


def runtime_of(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


def throttle_of(request: Request) -> LoginThrottle:
    throttle: LoginThrottle = request.app.state.admin_throttle
    return throttle


def admin_page(
    request: Request, name: str, context: dict[str, Any], status_code: int = 200
) -> Response:
    return render(request, name, {"a": ADMIN, "csrf": "", "nav": "", **context}, status_code)


def enabled_signer(request: Request) -> SessionSigner:
    signer = signer_for(runtime_of(request).settings)
    if signer is None:
        raise AdminRefusal(admin_page(request, "admin/disabled.html", {}, 503))
    return signer


async def signed_in(request: Request) -> Admin:
    signer = enabled_signer(request)
    session = signer.loads(request.cookies.get(COOKIE))
    if session is None or not session.signed_in:
        raise AdminRefusal(RedirectResponse(LOGIN_URL, status_code=303))
    return Admin(runtime_of(request), signer, session)


async def checked_form(request: Request, admin: Annotated[Admin, Depends(signed_in)]) -> FormData:
    """The posted form, once its CSRF token matches the session's (else a 403 page)."""
    form = await request.form()
    if not same_token(form.get("csrf_token"), admin.session.csrf):
        raise AdminRefusal(csrf_refusal(request))
    return form


def csrf_refusal(request: Request) -> Response:
    return admin_page(request, "admin/refused.html", {}, 403)


def with_session(
    response: Response, request: Request, signer: SessionSigner, session: AdminSession
) -> Response:
    response.set_cookie(
        COOKIE,
        signer.dumps(session),
        max_age=MAX_AGE_SECONDS,
        path=COOKIE_PATH,
        httponly=True,
        samesite="strict",
        secure=runtime_of(request).settings.environment == "production",
    )
    return response
