"""Recognising uploaded files by their content, and naming them safely for download.

Shared by the profiles app (resumes, portfolios) and the support app (attachments).
"""

import os
import unicodedata
import zipfile

from django.core.exceptions import SuspiciousFileOperation
from django.utils.text import get_valid_filename

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"


def office_document_type(uploaded) -> str | None:
    """DOCX or ODT for a ZIP file that really is one (not merely named so), else None."""
    try:
        with zipfile.ZipFile(uploaded) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return DOCX
            if "mimetype" in names and archive.getinfo("mimetype").file_size < 100:
                if archive.read("mimetype").strip() == ODT.encode():
                    return ODT
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return None
    return None


def display_name(name) -> str:
    """The file's own name without folders or control characters, at most 100 characters."""
    base = os.path.basename((name or "").replace("\\", "/"))
    return "".join(char for char in base if unicodedata.category(char)[0] != "C")[:100]


def safe_file_name(name, extension, fallback="document") -> str:
    """A file name fit to show and to offer as a download, ending in the detected extension."""
    stem = os.path.splitext(display_name(name))[0]
    try:
        stem = get_valid_filename(stem)
    except SuspiciousFileOperation:
        stem = ""
    return f"{stem or fallback}{extension}"
