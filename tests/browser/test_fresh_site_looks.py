"""A fresh `wagtail start` site with the package installed by the README looks right: one
container width on every package page at 1280 px, nothing wider than a 360 px phone, Arabic
right to left. Screenshots land in test-results/screenshots/fresh-*.png."""

import subprocess
import sys
import time
import urllib.request

import pytest

from tests.example_site.test_fresh_install import fresh_project, set_up, wheel  # noqa: F401
from tests.redis_process import free_port

pytestmark = pytest.mark.browser


@pytest.fixture
def fresh_site(tmp_path, wheel):  # noqa: F811
    project, env = fresh_project(tmp_path, wheel)
    urls = set_up(project, env)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/en/account/login/", timeout=2)
            break
        except OSError:
            time.sleep(0.5)
    try:
        yield base, urls
    finally:
        server.kill()
        server.wait(timeout=10)


def package_pages(urls):
    english = [path for path in urls if path.startswith("/en/")]
    return [*english, "/en/account/login/"]


def test_package_pages_share_one_width_and_fit_a_phone(fresh_site, browser, screenshot):
    base, urls = fresh_site
    desk = browser.new_page(viewport={"width": 1280, "height": 900})
    phone = browser.new_page(viewport={"width": 360, "height": 740})
    widths = {}
    for path in package_pages(urls):
        name = "fresh-" + path.strip("/").replace("/", "-")
        desk.goto(base + path)
        widths[path] = desk.evaluate(
            "document.querySelector('.saypro').getBoundingClientRect().width"
        )
        screenshot(desk, f"{name}-1280")
        phone.goto(base + path)
        assert phone.evaluate("document.documentElement.scrollWidth") <= 360, path
        screenshot(phone, f"{name}-360")

    assert len(set(widths.values())) == 1, widths

    arabic = next(path for path in urls if path.startswith("/ar/") and "help" in path)
    phone.goto(base + arabic)
    assert phone.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
    screenshot(phone, "fresh-arabic-360")
