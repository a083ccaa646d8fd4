"""Prometheus metrics: counts and timings only, never content, never a user id.

One uvicorn worker per container means one process per app, so the metrics live in
prometheus-client's process-wide registry, as the library intends. Every label has a
small, fixed set of values: route templates (never raw paths), axis names, platforms.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
)

disable_created_metrics()  # type: ignore[no-untyped-call]  # no `*_created` twin series

UNMATCHED_ROUTE = "unmatched"
"""The route label of a request no route answered (404s): raw paths would explode the series."""

HTTP_REQUESTS = Counter(
    "checkpost_http_requests",
    "HTTP requests answered, by method, route template and status code.",
    ["method", "route", "status"],
)
HTTP_LATENCY = Histogram(
    "checkpost_http_request_duration_seconds",
    "Time to answer an HTTP request, by method and route template.",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
)
HTTP_EXCEPTIONS = Counter(
    "checkpost_http_exceptions",
    "Requests that ended in an unhandled exception (answered 500), by route template.",
    ["route"],
)
CHECKS = Counter(
    "checkpost_checks",
    "Drafts reviewed, by platform, axis and verdict (flagged or clear): one per axis per draft.",
    ["platform", "axis", "verdict"],
)
CHECK_RECORDS_LOST = Counter(
    "checkpost_check_records_lost",
    "Content-free check records that could not be saved (database fault); guidance was given.",
    ["platform"],
)
LOGGED_ERRORS = Counter(
    "checkpost_logged_errors",
    "Log records at ERROR or above, by logger name (the message is never a label).",
    ["logger"],
)
MODEL_READY = Gauge(
    "checkpost_model_ready",
    "1 once the classifier is loaded and drafts can be reviewed, 0 before or when it failed.",
)


def count_check(platform: str, flags: Mapping[str, bool]) -> None:
    """One reviewed draft: a verdict per axis (the flags a check record keeps)."""
    for axis, flagged in flags.items():
        CHECKS.labels(platform, axis, "flagged" if flagged else "clear").inc()


def count_lost_record(platform: str) -> None:
    CHECK_RECORDS_LOST.labels(platform).inc()


def count_logged_error(logger: str) -> None:
    LOGGED_ERRORS.labels(logger).inc()


def watch_model(is_ready: Callable[[], bool]) -> None:
    """Read readiness at scrape time (the app that serves the scrape owns the model)."""
    MODEL_READY.set_function(lambda: 1.0 if is_ready() else 0.0)


def exposition(registry: CollectorRegistry = REGISTRY) -> tuple[bytes, str]:
    """The Prometheus text format and its content type."""
    return generate_latest(registry), CONTENT_TYPE_LATEST
