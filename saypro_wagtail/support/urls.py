"""Front-end URLs of saypro_support.

Include them in the site's URLconf: ``path("...", include("saypro_wagtail.support.urls"))``.
"""

app_name = "saypro_support"

urlpatterns = []
