"""Staff powers outside the Wagtail admin need the same second factor as the admin itself.

A role that may read applicants' resumes must not be usable with the password alone just
because the download address lies outside ``/admin/``.
"""

from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from saypro_wagtail.profiles.choices import APPLICANT, RESUME
from saypro_wagtail.profiles.models import ProfileDocument
from saypro_wagtail.profiles.storage import PrivateFileSystemStorage
from saypro_wagtail.roles import USER_MANAGERS
from tests.conftest import verified_login

from .conftest import PASSWORD, in_group, make_user

pytestmark = pytest.mark.django_db

PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"


@pytest.fixture
def resume(tmp_path, monkeypatch):
    """An applicant's resume, stored in a temporary private folder."""
    monkeypatch.setattr(
        ProfileDocument._meta.get_field("file"),
        "storage",
        PrivateFileSystemStorage(location=tmp_path / "private"),
    )
    applicant = make_user("thandi", user_type=APPLICANT)
    document = ProfileDocument(
        user=applicant,
        kind=RESUME,
        original_name="cv.pdf",
        content_type="application/pdf",
        size=len(PDF_BYTES),
    )
    document.file.save("upload", ContentFile(PDF_BYTES), save=True)
    return document


def document_url(document):
    return reverse("saypro_profiles:document", args=[document.pk])


def password_only_login(client, user):
    """Signed in with the password, the code step not (yet) done."""
    response = client.post(
        reverse("saypro_profiles:login"), {"username": user.get_username(), "password": PASSWORD}
    )
    assert "_auth_user_id" in client.session, response
    return client


def test_a_new_user_manager_without_mfa_cannot_download_resumes(client, roles, resume):
    manager = in_group("manager", USER_MANAGERS)
    password_only_login(client, manager)

    response = client.get(document_url(resume))

    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == reverse("saypro_profiles:mfa_setup")
    assert not hasattr(response, "streaming_content")


def test_a_user_manager_who_has_not_entered_the_code_is_sent_to_the_code_step(
    client, roles, resume
):
    manager = in_group("manager", USER_MANAGERS)
    verified_login(client, manager)  # gives the manager an authenticator...
    client.logout()  # ...but this new session has only the password
    client.force_login(manager)

    response = client.get(document_url(resume))

    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == reverse("saypro_profiles:login_verify")


def test_a_verified_user_manager_downloads_the_resume(client, roles, resume):
    manager = in_group("manager", USER_MANAGERS)
    verified_login(client, manager)

    response = client.get(document_url(resume))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES


def test_a_superuser_needs_the_code_step_too(client, resume):
    root = make_user("root")
    root.is_superuser = True
    root.save()
    client.force_login(root)

    assert client.get(document_url(resume)).status_code == 302


def test_applicants_download_their_own_resume_without_mfa(client, resume):
    client.force_login(resume.user)

    response = client.get(document_url(resume))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES


def test_members_without_the_permission_still_learn_nothing(client, resume):
    client.force_login(make_user("amina"))

    assert client.get(document_url(resume)).status_code == 404


def test_sites_that_do_not_require_mfa_for_staff_keep_the_password_alone(
    client, roles, resume, settings
):
    settings.SAYPRO_PROFILES_STAFF_MFA_REQUIRED = False
    manager = in_group("manager", USER_MANAGERS)
    client.force_login(manager)

    assert client.get(document_url(resume)).status_code == 200
