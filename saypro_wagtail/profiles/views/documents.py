"""Placeholder: being built (issue 4)."""

from django.http import Http404


def delete_document(*args, **kwargs):
    raise Http404


def download_document(*args, **kwargs):
    raise Http404


def upload_document(*args, **kwargs):
    raise Http404
