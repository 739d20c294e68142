"""Where support attachments are kept: the package's private storage, never a public URL."""

from saypro_wagtail import storage


def attachment_storage():
    """A callable, so migrations do not freeze the setting."""
    return storage.private_storage()
