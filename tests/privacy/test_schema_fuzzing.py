"""schemathesis against the app's own OpenAPI schema (app.openapi(); the app serves no docs
page): valid and invalid requests for every operation, over HTTP to the real server, and
never a 5xx. Bounded (EXAMPLES per operation and mode) to stay within seconds."""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.core.result import Ok

from tests.privacy.stack import Stack

EXAMPLES = 80


def test_no_operation_of_the_openapi_schema_answers_5xx(shared_stack: Stack) -> None:
    schema = schemathesis.openapi.from_dict(shared_stack.server.app.openapi())
    operations = [result.ok() for result in schema.get_all_operations() if isinstance(result, Ok)]
    assert {f"{op.method.upper()} {op.path}" for op in operations} >= {
        "POST /api/check",
        "POST /api/feedback",
        "GET /healthz",
        "GET /readyz",
    }
    seen: dict[str, set[int]] = {}
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            name = f"{mode.value} {operation.method.upper()} {operation.path}"
            try:
                seen[name] = _fuzz(shared_stack, operation.as_strategy(generation_mode=mode))
            except Unsatisfiable:  # nothing to break in a request without parameters or body
                assert mode is GenerationMode.NEGATIVE and operation.method.upper() == "GET"
    server_errors = {name: codes for name, codes in seen.items() if max(codes) >= 500}
    assert server_errors == {}
    assert 200 in seen["positive POST /api/check"], "valid drafts were reviewed"
    assert seen["negative POST /api/check"] <= {400, 413, 422}


def _fuzz(stack: Stack, cases: st.SearchStrategy[schemathesis.Case[Any]]) -> set[int]:
    statuses: set[int] = set()

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=cases)
    def call(case: schemathesis.Case[Any]) -> None:
        response = case.call(base_url=stack.server.url, timeout=30)
        statuses.add(response.status_code)

    call()
    return statuses
