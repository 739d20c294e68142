"""Placeholder: being built (issue 4)."""

from django.http import Http404
from django.views import View


class LoginView(View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


class PasswordResetCompleteView(View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


class PasswordResetConfirmView(View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


class PasswordResetDoneView(View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


class PasswordResetView(View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


def logout_view(*args, **kwargs):
    raise Http404
