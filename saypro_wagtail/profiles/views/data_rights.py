"""Placeholder: being built (issue 4)."""

from django.http import Http404


def delete_account(*args, **kwargs):
    raise Http404


def download_my_data(*args, **kwargs):
    raise Http404


def my_data(*args, **kwargs):
    raise Http404
