"""Test clients the benchmarks share: a signed-in staff client past two-step verification, and
a page fetch that fails loudly on anything but 200."""

from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice


def verified_client(user) -> Client:
    client = Client()
    device, _created = TOTPDevice.objects.get_or_create(
        user=user, name="bench", defaults={"confirmed": True}
    )
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def get(client, url):
    """A call that fetches ``url`` and insists on a 200."""

    def call():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)

    return call
