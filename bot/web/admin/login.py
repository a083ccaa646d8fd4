"""Log in and out of /admin: CSRF-protected forms, failed attempts throttled."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import FormData

from bot.web.admin.gate import (
    LOGIN_URL,
    Admin,
    admin_page,
    checked_form,
    csrf_refusal,
    enabled_signer,
    runtime_of,
    signed_in,
    throttle_of,
    with_session,
)
from bot.web.admin.sessions import (
    COOKIE,
    COOKIE_PATH,
    AdminSession,
    SessionSigner,
    fresh_session,
    password_matches,
    same_token,
)

router = APIRouter(include_in_schema=False)


@router.get("/admin/login")
async def login_page(request: Request) -> Response:
    signer = enabled_signer(request)
    session = signer.loads(request.cookies.get(COOKIE))
    if session is not None and session.signed_in:
        return RedirectResponse("/admin", status_code=303)
    return _login_form(request, signer, session or fresh_session(), "", 200)


@router.post("/admin/login")
async def login(request: Request) -> Response:
    signer = enabled_signer(request)
    session = signer.loads(request.cookies.get(COOKIE)) or fresh_session()
    client = request.client.host if request.client else "unknown"
    throttle = throttle_of(request)
    if throttle.blocked(client):
        return _login_form(request, signer, session, "login_throttled", 429)
    form = await request.form()
    if not same_token(form.get("csrf_token"), session.csrf):
        return csrf_refusal(request)
    password = form.get("password")
    if not isinstance(password, str) or not password_matches(
        runtime_of(request).settings, password
    ):
        throttle.failed(client)
        return _login_form(request, signer, session, "login_wrong", 401)
    throttle.succeeded(client)
    response = RedirectResponse("/admin", status_code=303)
    return with_session(response, request, signer, fresh_session(signed_in=True))


@router.post("/admin/logout")
async def logout(
    _admin: Annotated[Admin, Depends(signed_in)], _form: Annotated[FormData, Depends(checked_form)]
) -> Response:
    response = RedirectResponse(LOGIN_URL, status_code=303)
    response.delete_cookie(COOKIE, path=COOKIE_PATH)
    return response


def _login_form(
    request: Request, signer: SessionSigner, session: AdminSession, error: str, status: int
) -> Response:
    context = {"csrf": session.csrf, "error": error}
    response = admin_page(request, "admin/login.html", context, status)
    return with_session(response, request, signer, session)
