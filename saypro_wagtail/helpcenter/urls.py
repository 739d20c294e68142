"""Front-end URLs of the help center that are not pages.

Include them in the site's URLconf (inside ``i18n_patterns`` so that the active language is the
visitor's): ``path("api/help/", include("saypro_wagtail.helpcenter.urls"))``.
"""

from django.urls import path

from .views.search import suggestions

app_name = "saypro_helpcenter"

urlpatterns = [
    path("suggestions/", suggestions, name="suggestions"),
]
