"""Front-end URLs of saypro_profiles (the sign-up form itself is a Wagtail page).

Include them in the site's URLconf, inside ``i18n_patterns`` for per-language URLs::

    path("account/", include("saypro_wagtail.profiles.urls")),
"""

from django.urls import path

from .views import account, data_rights, documents, login, mfa, profile, registration, security

app_name = "saypro_profiles"

urlpatterns = [
    # Registration and e-mail confirmation
    path("confirm/<str:token>/", registration.confirm_email, name="confirm_email"),
    path("confirm-again/", registration.resend_confirmation, name="resend_confirmation"),
    # Login, MFA step, logout, password reset
    path("login/", login.LoginView.as_view(), name="login"),
    path("login/verify/", mfa.VerifyView.as_view(), name="login_verify"),
    path("logout/", login.logout_view, name="logout"),
    path("password-reset/", login.PasswordResetView.as_view(), name="password_reset"),
    path("password-reset/sent/", login.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "password-reset/<uidb64>/<token>/",
        login.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "password-reset/done/",
        login.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    # Account dashboard and security
    path("", account.dashboard, name="dashboard"),
    path("security/", security.security, name="security"),
    path("security/password/", security.PasswordChangeView.as_view(), name="password_change"),
    path("security/sessions/", security.sign_out_other_sessions, name="sign_out_other_sessions"),
    path("security/mfa/setup/", mfa.setup, name="mfa_setup"),
    path("security/mfa/backup-codes/", mfa.backup_codes, name="mfa_backup_codes"),
    path("security/mfa/disable/", mfa.disable, name="mfa_disable"),
    # Profile
    path("profile/", profile.edit_profile, name="edit_profile"),
    path("profile/email/", profile.change_email, name="change_email"),
    path("profile/email/<str:token>/", profile.confirm_email_change, name="confirm_email_change"),
    path("profile/documents/", documents.upload_document, name="upload_document"),
    path("profile/documents/<int:pk>/", documents.download_document, name="document"),
    path("profile/documents/<int:pk>/delete/", documents.delete_document, name="delete_document"),
    path("people/<uuid:public_id>/", profile.public_profile, name="public_profile"),
    # Data rights
    path("my-data/", data_rights.my_data, name="my_data"),
    path("my-data/download/", data_rights.download_my_data, name="download_my_data"),
    path("delete/", data_rights.delete_account, name="delete_account"),
]
