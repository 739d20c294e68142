"""A Redis server of the test's own, which the test can make hang or stop.

The shared Redis on port 6379 serves other tests; outage tests start their own ``redis-server``
on a free port and freeze it (SIGSTOP: connections are still accepted, nothing is answered — a
hung server) or kill it (a server that is down).
"""

import os
import shutil
import signal
import socket
import subprocess
import time

import pytest

from tests.services import require


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisProcess:
    def __init__(self, tmp_path):
        self.port = free_port()
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--bind", "127.0.0.1",
                "--port", str(self.port),
                "--save", "",
                "--appendonly", "no",
                "--dir", str(tmp_path),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self._wait_until_answering()

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def hang(self) -> None:
        os.kill(self.process.pid, signal.SIGSTOP)

    def resume(self) -> None:
        os.kill(self.process.pid, signal.SIGCONT)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.resume()
            self.process.kill()
            self.process.wait(timeout=10)

    def _wait_until_answering(self) -> None:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"redis-server did not start on port {self.port}")


@pytest.fixture
def redis_process(tmp_path):
    """A running redis-server of this test's own (required in CI, skipped elsewhere)."""
    require(shutil.which("redis-server") is not None, "needs the redis-server program")
    server = RedisProcess(tmp_path)
    try:
        yield server
    finally:
        server.stop()
