from django.apps import apps
from wagtail import hooks

from saypro_wagtail.roles import ACCESS_ADMIN, HELP_CENTER_EDITORS, HELP_CENTER_PUBLISHERS, Role

from . import access

VIEW_REPORTS = "saypro_helpcenter.view_helpcenter_reports"


def media_permissions():
    """Editors illustrate articles: they may upload and choose images and documents."""
    permissions = []
    if apps.is_installed("wagtail.images"):
        permissions += ["wagtailimages.add_image", "wagtailimages.choose_image"]
    if apps.is_installed("wagtail.documents"):
        permissions += ["wagtaildocs.add_document", "wagtaildocs.choose_document"]
    return tuple(permissions)


@hooks.register("register_saypro_roles")
def register_helpcenter_roles():
    return [
        Role(
            HELP_CENTER_EDITORS,
            (ACCESS_ADMIN, VIEW_REPORTS, *media_permissions()),
            "Write and translate help articles and submit them for review.",
            setups=(access.editor_setup,),
        ),
        Role(
            HELP_CENTER_PUBLISHERS,
            (ACCESS_ADMIN, VIEW_REPORTS, *media_permissions()),
            "Review, approve and publish help articles.",
            setups=(access.publisher_setup, access.review_workflow),
        ),
    ]


@hooks.register("register_saypro_starting_pages")
def register_helpcenter_starting_pages():
    from .starting_pages import starting_pages

    return starting_pages()


from . import monthly as monthly_section  # noqa: E402, F401  (the monthly report)
from . import personal_data  # noqa: E402, F401
from .reporting import hooks  # noqa: E402, F401  (admin URLs and menu of the reports)
