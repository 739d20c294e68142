from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages carry their language in the URL: /en/..., /fr/..., /zu/...
urlpatterns += i18n_patterns(
    path("api/help/", include("saypro_wagtail.helpcenter.urls")),
    path("account/", include("saypro_wagtail.profiles.urls")),
    path("support/", include("saypro_wagtail.support.urls")),
    path("ads/", include("saypro_wagtail.moderation.urls")),
    path("", include(wagtail_urls)),
)
