"""Placeholder: being built (issue 4)."""

from django.http import Http404


def dashboard(*args, **kwargs):
    raise Http404
