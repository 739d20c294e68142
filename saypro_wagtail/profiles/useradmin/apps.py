"""App config that swaps Wagtail's user screens for :mod:`.viewsets`.

In ``INSTALLED_APPS`` replace ``"wagtail.users"`` with
``"saypro_wagtail.profiles.useradmin.apps.SayproUsersAppConfig"`` (same app label, so Wagtail's
templates, migrations and permissions stay as they are).
"""

from wagtail.users.apps import WagtailUsersAppConfig


class SayproUsersAppConfig(WagtailUsersAppConfig):
    user_viewset = "saypro_wagtail.profiles.useradmin.viewsets.UserViewSet"
