"""Front-end URLs of saypro_moderation: a member's own ads, and every ad photo.

Include them in the site's URLconf (inside ``i18n_patterns``):
``path("ads/", include("saypro_wagtail.moderation.urls"))``.
"""

from django.urls import path

from . import views

app_name = "saypro_moderation"

urlpatterns = [
    path("mine/", views.my_ads, name="my_ads"),
    path("mine/new/", views.ad_create, name="ad_create"),
    path("mine/<int:pk>/", views.ad_edit, name="ad_edit"),
    path("mine/<int:pk>/preview/", views.ad_preview, name="ad_preview"),
    path("mine/<int:pk>/submit/", views.ad_submit, name="ad_submit"),
    path("mine/<int:pk>/withdraw/", views.ad_withdraw, name="ad_withdraw"),
    path("mine/<int:pk>/renew/", views.ad_renew, name="ad_renew"),
    path("mine/<int:pk>/delete/", views.ad_delete, name="ad_delete"),
    path("photos/<path:name>", views.ad_photo, name="ad_photo"),
]
