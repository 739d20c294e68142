"""Small helpers the benchmarks share: time a callable, count its SQL queries."""

import time

from django.db import connection
from django.test.utils import CaptureQueriesContext


def requests_per_second(call, *, seconds: float = 3.0, warmup: int = 20) -> float:
    for _ in range(warmup):
        call()
    count, started = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - started) < seconds:
        call()
        count += 1
    return count / elapsed


def queries(call) -> int:
    with CaptureQueriesContext(connection) as captured:
        call()
    return len(captured.captured_queries)
