"""The private storage of resumes and portfolios: outside MEDIA_ROOT, never given a URL."""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages

from saypro_wagtail.conf import saypro_settings


class PrivateFileSystemStorage(FileSystemStorage):
    """A file system storage whose files have no URL: a permission-checked view serves them."""

    def url(self, name):
        raise ValueError("Private files have no public URL; use the profiles document view.")


def private_storage():
    """The storage of private files (a callable, so migrations do not freeze the setting)."""
    alias = saypro_settings.PROFILES_PRIVATE_STORAGE
    if alias:
        return storages[alias]
    root = saypro_settings.PROFILES_PRIVATE_ROOT or Path(settings.MEDIA_ROOT).parent / "private"
    return PrivateFileSystemStorage(location=root)
