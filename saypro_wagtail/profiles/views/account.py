"""The account dashboard: a greeting, the state of the account and the apps' sections."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from ..dashboard import render_context as section_contexts
from ..models import Profile, get_profile


@login_required
def dashboard(request):
    profile = get_profile(request.user)
    sections = [
        {
            "section": item["section"],
            "html": mark_safe(  # noqa: S308 - rendered by our own template engine
                render_to_string(item["section"].template, item["context"], request=request)
            ),
        }
        for item in section_contexts(request)
    ]
    return render(
        request,
        "saypro_profiles/dashboard.html",
        {
            "profile": profile,
            "missing_fields": [
                Profile._meta.get_field(name).verbose_name for name in profile.missing_fields
            ],
            "sections": sections,
        },
    )
