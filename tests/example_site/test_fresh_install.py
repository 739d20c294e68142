"""The README's install section works as written on a brand-new `wagtail start` project.

A site builder's steps, exactly: `wagtail start mysite`, the wheel built from this checkout,
the README's marked blocks (settings appended, catch-all URLs replaced, `celery.py` and
`__init__.py` written, `<html>` of base.html replaced), then `check`, `migrate`,
`saypro_setup_roles`, `saypro_setup_pages`, and every page they print rendered. A second
project installs the help center alone by deleting the lines the README marks for the other
apps.
"""

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.services import subprocess_env

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
BIN = Path(sys.executable).parent
OTHER_APPS = ("profiles", "support", "moderation")


def readme_block(marker: str) -> str:
    """The fenced block right after ``<!-- install:marker -->`` in README.md."""
    match = re.search(
        rf"<!-- install:{marker} -->\n```\w*\n(.*?)\n```", README.read_text(), re.DOTALL
    )
    assert match, f"README.md has no block marked install:{marker}"
    return match.group(1) + "\n"


def without_apps(block: str, apps) -> str:
    """The block less the lines the README marks as needed only by ``apps``."""
    return "".join(
        line
        for line in block.splitlines(keepends=True)
        if not any(line.rstrip().endswith(f"# {app}") for app in apps)
    )


def run(command, cwd, env, timeout=600):
    result = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, f"{command}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wheel")
    run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--quiet", "--wheel-dir", str(folder), str(ROOT)],
        cwd=folder, env=subprocess_env(),
    )  # fmt: skip
    (built,) = folder.glob("saypro_wagtail-*.whl")
    target = folder / "site-packages"
    run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target",
         str(target), str(built)],
        cwd=folder, env=subprocess_env(),
    )  # fmt: skip
    return target


def fresh_project(tmp_path, wheel, leave_out=(), one_language=False):
    """A `wagtail start mysite` project with the README's blocks applied; its environment."""
    run([str(BIN / "wagtail"), "start", "mysite"], cwd=tmp_path, env=subprocess_env())
    project = tmp_path / "mysite"
    package = project / "mysite"

    settings = package / "settings" / "base.py"
    added = without_apps(readme_block("settings"), leave_out)
    if one_language:
        added += readme_block("settings-one-language")
    settings.write_text(settings.read_text() + "\n" + added)

    urls = package / "urls.py"
    catch_all = re.compile(r"urlpatterns = urlpatterns \+ \[.*\n\]\n", re.DOTALL)
    assert catch_all.search(urls.read_text()), "wagtail start's catch-all changed"
    url_block = without_apps(
        readme_block("urls-one-language" if one_language else "urls"), leave_out
    )
    urls.write_text(catch_all.sub(lambda _: url_block, urls.read_text()))

    (package / "celery.py").write_text(readme_block("celery"))
    (package / "__init__.py").write_text(readme_block("init"))

    base_html = package / "templates" / "base.html"
    assert '<html lang="en">' in base_html.read_text()
    base_html.write_text(
        base_html.read_text().replace('<html lang="en">', readme_block("base-html").strip())
    )

    env = subprocess_env(
        DJANGO_SETTINGS_MODULE="mysite.settings.dev",
        PYTHONPATH=str(wheel),
        CELERY_TASK_ALWAYS_EAGER="1",
    )
    env.pop("DATABASE_URL", None)
    return project, env


RENDER_PAGES = textwrap.dedent(
    """
    import sys
    import saypro_wagtail
    from django.test import Client

    print("package", saypro_wagtail.__file__)
    client = Client(raise_request_exception=False)
    for path in sys.argv[1:]:
        response = client.get(path, follow=True)
        text = response.content.decode(errors="replace")
        rtl = 'dir="rtl"' in text
        print("page", response.status_code, "rtl" if rtl else "ltr", path)
    """
)


def render(project, env, paths):
    """GET each path in the project (following redirects): {path: (status, direction)}."""
    script = project / "render_pages.py"
    script.write_text(
        "import django, os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'mysite.settings.dev')"
        "\ndjango.setup()\n" + RENDER_PAGES
    )
    result = run([sys.executable, str(script), *paths], cwd=project, env=env)
    pages = {}
    for line in result.stdout.splitlines():
        if line.startswith("package "):
            pages["package"] = line.split(" ", 1)[1]
        elif line.startswith("page "):
            _, status, direction, path = line.split(" ", 3)
            pages[path] = (int(status), direction)
    return pages


def set_up(project, env):
    """check, migrate, roles, starting pages; the paths of the pages it printed."""
    check = run([sys.executable, "manage.py", "check"], cwd=project, env=env)
    assert "saypro" not in check.stderr.lower(), check.stderr
    run([sys.executable, "manage.py", "migrate", "--noinput"], cwd=project, env=env)
    run([sys.executable, "manage.py", "saypro_setup_roles"], cwd=project, env=env)
    pages = run([sys.executable, "manage.py", "saypro_setup_pages"], cwd=project, env=env)
    urls = re.findall(r"https?://[^\s/]+(/\S*)", pages.stdout)
    assert urls, pages.stdout
    return urls


def test_all_four_apps_install_into_a_fresh_wagtail_site_by_the_readme(tmp_path, wheel):
    project, env = fresh_project(tmp_path, wheel)
    urls = set_up(project, env)

    pages = render(project, env, [*urls, "/", "/en/account/login/", "/fr/account/login/", "/ar/"])

    assert pages.pop("package").startswith(str(wheel)), "the wheel, not the checkout, was used"
    failed = {path: status for path, (status, _) in pages.items() if status != 200}
    assert not failed, failed
    for language in ("en", "fr", "ar"):
        assert any(path.startswith(f"/{language}/") for path in urls), (language, urls)
    assert any("/help" in path for path in urls)
    assert any("/ads" in path for path in urls)
    assert pages["/ar/"][1] == "rtl"
    assert pages["/en/account/login/"][1] == "ltr"


def test_the_help_center_alone_installs_by_deleting_the_other_apps_lines(tmp_path, wheel):
    project, env = fresh_project(tmp_path, wheel, leave_out=OTHER_APPS)
    settings_text = (project / "mysite" / "settings" / "base.py").read_text()
    assert "saypro_wagtail.support" not in settings_text
    assert "django_otp" not in settings_text

    urls = set_up(project, env)
    pages = render(project, env, [*urls, "/"])

    pages.pop("package")
    failed = {path: status for path, (status, _) in pages.items() if status != 200}
    assert not failed, failed
    assert any("/help" in path for path in urls)


def test_a_site_in_one_language_installs_without_wagtail_localize(tmp_path, wheel):
    project, env = fresh_project(tmp_path, wheel, one_language=True)

    urls = set_up(project, env)
    pages = render(project, env, [*urls, "/", "/account/login/"])

    pages.pop("package")
    failed = {path: status for path, (status, _) in pages.items() if status != 200}
    assert not failed, failed
    assert "/help/" in urls
    assert not any(path.startswith("/en/") for path in urls), urls
