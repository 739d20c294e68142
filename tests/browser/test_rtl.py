"""Arabic, right to left, on a 360 px phone: the public pages mirror and still fit the screen.

Each page is opened in Arabic; the document says ``dir="rtl"``, nothing is wider than the
screen, and the main heading starts at the right edge of the content, where Arabic readers start
reading. Screenshots land in test-results/screenshots/rtl-*.png for people to look at.
"""

import pytest

from tests.helpcenter.conftest import LONG_BODY, make_article, translate
from tests.helpcenter.conftest import publish as publish_page
from tests.moderation.conftest import make_ad
from tests.moderation.conftest import publish as publish_ad
from tests.profiles.conftest import make_user

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE_WIDTH = 360
# How far (px) the heading's right edge may sit from the right edge of its content box.
TOLERANCE = 2


@pytest.fixture
def arabic_site(home_page, locales):
    """The example site's public pages, each with an Arabic translation, and two live ads."""
    from home.demo_content import HOME_TEXT, ensure_translation
    from home.demo_moderation import ensure_ads_page
    from home.demo_profiles import ensure_registration_pages
    from home.demo_support_page import ensure_contact_support_page
    from saypro_wagtail.helpcenter.models import HelpCategoryPage, HelpCenterPage

    both = {code: locales[code] for code in ("en", "ar")}
    title, intro = HOME_TEXT["ar"]
    ensure_translation(home_page, locales["ar"], title=title, intro=f"<p>{intro}</p>")
    support = ensure_contact_support_page(home_page, both, ensure_translation)
    registration = ensure_registration_pages(home_page, both, ensure_translation)
    ads = ensure_ads_page(home_page, both, ensure_translation)

    root = publish_page(home_page, HelpCenterPage(title="Help center", slug="help"))
    category = publish_page(root, HelpCategoryPage(title="Account management", slug="account"))
    article = make_article(
        category,
        "register",
        title="How to register",
        summary="Create your SayPro account in three steps.",
        body=LONG_BODY,
    )
    translate(root, locales["ar"], title="مركز المساعدة")
    translate(category, locales["ar"], title="إدارة الحساب")
    arabic_article = translate(
        article,
        locales["ar"],
        title="كيفية التسجيل",
        summary="أنشئ حسابك في SayPro في ثلاث خطوات.",
    )

    owner = make_user("advertiser")
    publish_ad(make_ad(owner=owner))
    publish_ad(
        make_ad(
            owner=owner,
            title="دراجة هوائية للبيع",
            description="دراجة زرقاء بحالة جيدة، صيانتها حديثة.",
            location="كيب تاون",
            language="ar",
        )
    )
    return {
        "home": "/ar/",
        "help-center": root.get_translation(locales["ar"]).url,
        "help-article": arabic_article.url,
        "registration": registration.get_translation(locales["ar"]).url,
        "contact-support": support.get_translation(locales["ar"]).url,
        "ads": ads.get_translation(locales["ar"]).url,
    }


def heading_and_content_edges(page):
    """The right edges of the first heading and of the content it sits in (its parent's box
    less the parent's inline padding), in CSS pixels."""
    return page.evaluate(
        """() => {
            const heading = document.querySelector("main h1");
            const box = heading.parentElement;
            const style = getComputedStyle(box);
            const content = box.getBoundingClientRect().right - parseFloat(style.paddingRight)
                - parseFloat(style.borderRightWidth);
            const range = document.createRange();
            range.selectNodeContents(heading);
            return {
                heading: heading.getBoundingClientRect().right,
                text: range.getBoundingClientRect().right,
                textLeft: range.getBoundingClientRect().left,
                content: content,
                align: getComputedStyle(heading).textAlign,
            };
        }"""
    )


@pytest.mark.parametrize(
    "name",
    ["home", "help-center", "help-article", "registration", "contact-support", "ads"],
)
def test_arabic_pages_read_right_to_left_and_fit_a_phone(
    live_server, phone, screenshot, arabic_site, name
):
    phone.goto(live_server.url + arabic_site[name])

    html = phone.locator("html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("ar", "rtl")
    # Nothing wider than the screen: no sideways scrolling.
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE_WIDTH
    # The heading's text starts at the right edge of its content box, as Arabic is read.
    edges = heading_and_content_edges(phone)
    assert edges["align"] in ("start", "right"), edges
    assert abs(edges["text"] - edges["content"]) <= TOLERANCE, edges
    assert phone.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # E-mail addresses and phone numbers are still typed left to right.
    typed = phone.evaluate(
        """[...document.querySelectorAll("input[type=email], input[type=tel]")]
            .map(input => getComputedStyle(input).direction)"""
    )
    assert set(typed) <= {"ltr"}, typed
    screenshot(phone, f"rtl-{name}")


def test_the_language_switcher_offers_arabic_in_arabic(live_server, phone, arabic_site):
    phone.goto(live_server.url + "/en/")
    phone.get_by_role("link", name="العربية").click()
    phone.wait_for_url(live_server.url + "/ar/")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert phone.get_by_role("heading", level=1).inner_text() == "مرحبًا بك في SayPro"


def test_charts_keep_their_labels_beside_their_bars_in_an_arabic_page(phone, screenshot):
    """Numbers and bars read left to right even in Arabic; a label anchored at its end must
    stay left of its bar instead of running over it."""
    from saypro_wagtail.charts import Series, bar_chart, stacked_bar_chart

    bars = bar_chart("visits", "الزيارات", [("المقالات", 40), ("البحث", 10)])
    stacked = stacked_bar_chart(
        "requests", "الطلبات", [Series("مفتوح"), Series("مغلق")], [("الحساب", [3, 5])]
    )
    phone.set_content(
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><body>{bars}{stacked}</body></html>'
    )
    overlaps = phone.evaluate(
        """() => [...document.querySelectorAll("svg g, svg")].flatMap(group => {
            const label = group.querySelector(":scope > text[text-anchor=end]");
            const bar = group.querySelector(":scope > rect");
            if (!label || !bar) return [];
            const right = label.getBoundingClientRect().right;
            const left = bar.getBoundingClientRect().left;
            return right > left + 1 ? [[label.textContent, right, left]] : [];
        })"""
    )
    assert overlaps == []
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE_WIDTH
    screenshot(phone, "rtl-charts")
