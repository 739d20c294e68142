from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls

from tests.install_alone_settings import SAYPRO_ONLY_APP

urlpatterns = [path("admin/", include(wagtailadmin_urls))]
if SAYPRO_ONLY_APP:
    urlpatterns.append(path("saypro/", include(f"{SAYPRO_ONLY_APP}.urls")))
urlpatterns.append(path("", include(wagtail_urls)))
