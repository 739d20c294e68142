"""Placeholder: being built (issue 4)."""

from django.http import Http404


def change_email(*args, **kwargs):
    raise Http404


def confirm_email_change(*args, **kwargs):
    raise Http404


def edit_profile(*args, **kwargs):
    raise Http404


def public_profile(*args, **kwargs):
    raise Http404
