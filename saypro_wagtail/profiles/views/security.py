"""Placeholder: being built (issue 4)."""

from django.http import Http404
from django.views import View


class PasswordChangeView(View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


def security(*args, **kwargs):
    raise Http404


def sign_out_other_sessions(*args, **kwargs):
    raise Http404
