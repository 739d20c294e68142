"""Front-end URLs of saypro_helpcenter.

Include them in the site's URLconf: ``path("...", include("saypro_wagtail.helpcenter.urls"))``.
"""

app_name = "saypro_helpcenter"

urlpatterns = []
