"""Template context shared by the package's front-end templates."""

from .conf import saypro_settings


def saypro(request):
    """Expose the configurable base template so package templates can extend it.

    Templates use ``{% extends saypro_base_template|default:"base.html" %}``, so they keep
    working (with ``base.html``) on a site that has not added this processor.
    """
    return {"saypro_base_template": saypro_settings.BASE_TEMPLATE}
