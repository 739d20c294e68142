"""Front-end URLs of saypro_profiles.

Include them in the site's URLconf: ``path("...", include("saypro_wagtail.profiles.urls"))``.
"""

app_name = "saypro_profiles"

urlpatterns = []
