"""Point the example site's Celery app at a real (or unreachable) broker for one test."""

from contextlib import contextmanager

from kombu import pools

from example_site.celery import app
from saypro_wagtail.queueing import forget_broker_state


def reset_connections():
    """Forget pooled broker connections so the next publish connects to the new broker."""
    pools.reset()
    app._pool = None
    app.amqp._producer_pool = None
    forget_broker_state()


@contextmanager
def celery_broker(url: str, queue: str | None = None):
    saved = {
        "task_always_eager": app.conf.task_always_eager,
        "broker_url": app.conf.broker_url,
        "task_default_queue": app.conf.task_default_queue,
    }
    reset_connections()
    app.conf.task_always_eager = False
    app.conf.broker_url = url
    if queue:
        app.conf.task_default_queue = queue
    try:
        yield app
    finally:
        app.conf.update(saved)
        reset_connections()
