"""What an ad shows of itself."""

from decimal import Decimal

from django.utils import translation

from saypro_wagtail.moderation.models import ClassifiedAd


def test_the_price_shows_with_the_currency_and_the_readers_number_format(settings):
    ad = ClassifiedAd(title="Fridge", price=Decimal("1200.5"))

    with translation.override("en"):
        assert ad.price_text == "R\N{NO-BREAK SPACE}1,200.50"
    with translation.override("pt"):
        assert ad.price_text.endswith("1.200,50")

    settings.SAYPRO_MODERATION_CURRENCY = "ZAR"
    assert ad.price_text.startswith("ZAR\N{NO-BREAK SPACE}")
    settings.SAYPRO_MODERATION_CURRENCY = ""
    with translation.override("en"):
        assert ad.price_text == "1,200.50"


def test_an_ad_without_a_price_shows_none():
    assert ClassifiedAd(title="Free kittens", price=None).price_text == ""
