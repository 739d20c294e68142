"""Placeholder: being built (issue 4)."""

from django.http import Http404


def confirm_email(*args, **kwargs):
    raise Http404


def resend_confirmation(*args, **kwargs):
    raise Http404


def serve_registration_page(*args, **kwargs):
    raise Http404
