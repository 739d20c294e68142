"""Front-end URLs of saypro_moderation.

Include them in the site's URLconf: ``path("...", include("saypro_wagtail.moderation.urls"))``.
"""

app_name = "saypro_moderation"

urlpatterns = []
