import pytest
from django.conf import settings

from saypro_wagtail.notifications.sms import LocmemSMSBackend


@pytest.fixture(autouse=True)
def empty_sms_outbox():
    LocmemSMSBackend.outbox.clear()
    yield LocmemSMSBackend.outbox


@pytest.fixture(autouse=True)
def site_language():
    """Each test starts in the site's default language.

    LocaleMiddleware activates a request's language for the thread and leaves it active, so a
    test that requested /fr/... would otherwise change the language of the next test's code.
    """
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_view_buffer():
    """Article views wait in process memory: never let one test's views reach another's."""
    from saypro_wagtail.helpcenter.analytics import view_buffer

    view_buffer.clear()
    yield view_buffer
    view_buffer.clear()


@pytest.fixture
def roles(db):
    """The package's groups and permissions, as `saypro_setup_roles` creates them."""
    from django.core.management import call_command

    call_command("saypro_setup_roles", verbosity=0)


@pytest.fixture
def locales(db):
    from home.demo_content import ensure_locales

    return ensure_locales()


@pytest.fixture
def home_page(locales):
    """The example site's home page in English, the site's root."""
    from home.demo_content import ensure_home_page

    return ensure_home_page(locales[settings.LANGUAGE_CODE])


@pytest.fixture
def contact_page(home_page):
    from home.demo_content import ensure_contact_page

    return ensure_contact_page(home_page)


def verified_login(client, user):
    """Sign ``user`` in as if they had also passed two-step verification (staff need it)."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Test authenticator", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client
