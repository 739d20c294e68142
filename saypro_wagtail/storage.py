"""Private file storage: files outside MEDIA_ROOT that have no public URL.

Resumes, support attachments and ad photos are kept here and served by views that check
permissions (ad photos through :class:`ViewServedStorage`, whose URLs point at such a view).
"""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.urls import reverse
from django.utils import translation

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


class ViewServedStorage(Storage):
    """Files kept in a private storage, whose URLs point at a view that decides who sees them.

    ``storage`` is a callable returning the private storage, looked up on each use so settings
    changes (and tests) apply; ``url_name`` is the view's URL name, reversed with the file name
    as its one argument. Templates keep writing ``{{ field_file.url }}``.
    """

    def __init__(self, storage, url_name):
        self.storage_factory = storage
        self.url_name = url_name

    @property
    def storage(self):
        return self.storage_factory()

    def url(self, name):
        # One URL per file whatever the reader's language, so caches keep one copy.
        with translation.override(settings.LANGUAGE_CODE):
            return reverse(self.url_name, args=[name])

    def _open(self, name, mode="rb"):
        return self.storage.open(name, mode)

    def _save(self, name, content):
        return self.storage.save(name, content)

    def delete(self, name):
        self.storage.delete(name)

    def exists(self, name):
        return self.storage.exists(name)

    def listdir(self, path):
        return self.storage.listdir(path)

    def size(self, name):
        return self.storage.size(name)

    def path(self, name):
        return self.storage.path(name)

    def get_modified_time(self, name):
        return self.storage.get_modified_time(name)

    def get_created_time(self, name):
        return self.storage.get_created_time(name)

    def get_accessed_time(self, name):
        return self.storage.get_accessed_time(name)
