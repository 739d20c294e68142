"""Placeholder: being built (issue 4)."""

from django.http import Http404
from django.views import View


def backup_codes(*args, **kwargs):
    raise Http404


def disable(*args, **kwargs):
    raise Http404


def setup(*args, **kwargs):
    raise Http404


class VerifyView(View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404
