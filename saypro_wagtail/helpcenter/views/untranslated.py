"""A visible notice for an article that is not (yet) translated into the visitor's language."""

from django.http import Http404
from django.template.response import TemplateResponse

from ..models import HelpArticlePage


def untranslated_view(request, root, translation_key):
    versions = list(
        HelpArticlePage.objects.live()
        .public()
        .filter(translation_key=translation_key)
        .select_related("locale")
        .order_by("locale__language_code")
    )
    if not versions:
        raise Http404
    same_language = [page for page in versions if page.locale_id == root.locale_id]
    if same_language:  # it was translated after all
        from django.shortcuts import redirect

        return redirect(same_language[0].get_url(request))
    return TemplateResponse(
        request,
        "saypro_helpcenter/untranslated.html",
        {"page": root, "self": root, "versions": versions, "help_root": root},
    )
