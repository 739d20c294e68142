"""The private storage of resumes and portfolios: outside MEDIA_ROOT, never given a URL."""

from saypro_wagtail import storage
from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.storage import PrivateFileSystemStorage

__all__ = ["PrivateFileSystemStorage", "private_storage"]


def private_storage():
    """The storage of private files (a callable, so migrations do not freeze the setting)."""
    return storage.private_storage(
        saypro_settings.PROFILES_PRIVATE_STORAGE, saypro_settings.PROFILES_PRIVATE_ROOT
    )
