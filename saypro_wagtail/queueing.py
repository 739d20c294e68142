"""Hand a task to Celery without letting the broker hold up the caller.

Every task the package queues from a web request (notifications, ad screening) goes through
:func:`publish`. The message is published on a background thread and the caller waits at most
``SAYPRO_BROKER_PUBLISH_TIMEOUT`` seconds: a broker that refuses, hangs or answers slowly makes
``publish`` return False, and for ``SAYPRO_BROKER_RETRY_AFTER`` seconds afterwards it returns
False at once without trying, so a dead broker costs a site one short wait, not one per
request. Callers keep their own record of the work (the notification outbox, the screening
task state) and a periodic job picks up what was not queued.

In eager mode (``CELERY_TASK_ALWAYS_EAGER``, the demo and the tests) the task runs in place,
on the caller's thread and database connection, as Celery does; a task that fails is logged.
"""

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from .conf import saypro_settings

logger = logging.getLogger("saypro_wagtail.queueing")

_lock = threading.Lock()


def _new_executor():
    return ThreadPoolExecutor(max_workers=2, thread_name_prefix="saypro-publish")


_executor = _new_executor()
_broker_down_until = 0.0


def publish(task, args=(), *, what="task") -> bool:
    """Queue ``task`` with ``args``; True if the broker took it (or it ran eagerly and passed).

    ``what`` names the work in the log ("notification 12").
    """
    if task.app.conf.task_always_eager:
        return _run_eagerly(task, args, what)
    if broker_marked_down():
        logger.warning("Broker marked unreachable; %s left for the periodic job.", what)
        return False
    future = _executor.submit(task.apply_async, tuple(args), retry=False)
    try:
        future.result(timeout=saypro_settings.BROKER_PUBLISH_TIMEOUT)
    except FutureTimeout:
        _mark_broker_down()
        logger.warning(
            "Broker did not answer within %ss; %s left for the periodic job.",
            saypro_settings.BROKER_PUBLISH_TIMEOUT,
            what,
        )
        return False
    except Exception:  # noqa: BLE001 - kombu raises many kinds; the caller's record stays
        _mark_broker_down()
        logger.warning("Could not queue %s; the periodic job will.", what, exc_info=True)
        return False
    return True


def broker_marked_down() -> bool:
    return time.monotonic() < _broker_down_until


def forget_broker_state() -> None:
    """Try the broker again on the next publish, on fresh threads (a thread stuck on a hung
    broker is left to its socket timeout)."""
    global _broker_down_until, _executor
    with _lock:
        _broker_down_until = 0.0
        _executor.shutdown(wait=False, cancel_futures=True)
        _executor = _new_executor()


def _mark_broker_down() -> None:
    global _broker_down_until
    with _lock:
        _broker_down_until = time.monotonic() + saypro_settings.BROKER_RETRY_AFTER


def _run_eagerly(task, args, what) -> bool:
    try:
        result = task.apply(tuple(args))
    except Exception:  # noqa: BLE001 - with eager propagation the error arrives here
        logger.exception("Running %s in process failed; the periodic job will retry.", what)
        return False
    if result.failed():
        logger.error(
            "Running %s in process failed; the periodic job will retry.\n%s",
            what,
            result.traceback,
        )
        return False
    return True
