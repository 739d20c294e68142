"""Front-end URLs of saypro_support.

Include them in the site's URLconf (inside ``i18n_patterns``):
``path("support/", include("saypro_wagtail.support.urls"))``. The contact form itself is a page
(:class:`~saypro_wagtail.support.models.ContactSupportPage`).
"""

from django.urls import path

from . import views

app_name = "saypro_support"

urlpatterns = [
    path("requests/", views.request_list, name="request_list"),
    path("requests/<str:reference>/", views.request_detail, name="request_detail"),
    path(
        "requests/<str:reference>/files/<int:pk>/",
        views.member_attachment,
        name="member_attachment",
    ),
    path("r/<str:token>/", views.visitor_request, name="visitor_request"),
    path("r/<str:token>/files/<int:pk>/", views.visitor_attachment, name="visitor_attachment"),
    path("rate/<str:token>/", views.rate, name="rate"),
    path("deflection/", views.deflection, name="deflection"),
]
