"""Private file storage: files outside MEDIA_ROOT that have no URL.

Resumes and support attachments are kept here and served by views that check permissions.
"""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages

from .conf import saypro_settings


class PrivateFileSystemStorage(FileSystemStorage):
    """A file system storage whose files have no URL: a permission-checked view serves them."""

    def url(self, name):
        raise ValueError("Private files have no public URL; serve them through a view.")


def private_storage(alias=None, root=None):
    """The storage named ``alias`` in STORAGES, else a private folder (``root`` or the default)."""
    alias = alias or saypro_settings.PRIVATE_STORAGE
    if alias:
        return storages[alias]
    root = root or saypro_settings.PRIVATE_ROOT or Path(settings.MEDIA_ROOT).parent / "private"
    return PrivateFileSystemStorage(location=root)
