import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_home_page_renders_in_its_language_and_fits_a_phone(
    live_server, home_page, phone, screenshot
):
    from home.demo_content import ensure_locales, ensure_translation

    ensure_translation(home_page, ensure_locales()["fr"], title="Bienvenue sur SayPro")

    phone.goto(f"{live_server.url}/en/")

    assert phone.locator("html").get_attribute("lang") == "en"
    assert phone.get_by_role("heading", level=1).inner_text() == "Welcome to SayPro"
    # Nothing wider than the screen: no sideways scrolling on a 360 px phone.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone)

    # Keyboard users can skip straight to the content.
    phone.keyboard.press("Tab")
    skip = phone.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("element => element === document.activeElement")

    phone.get_by_role("link", name="Français").click()
    phone.wait_for_url(f"{live_server.url}/fr/")
    assert phone.locator("html").get_attribute("lang") == "fr"
    assert phone.get_by_role("heading", level=1).inner_text() == "Bienvenue sur SayPro"
