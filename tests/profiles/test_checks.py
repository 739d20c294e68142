from django.test import override_settings

from saypro_wagtail.profiles.checks import profiles_configured


def ids(problems):
    return [problem.id for problem in problems]


def test_the_example_site_is_configured_for_lockout_and_mfa():
    assert profiles_configured(None) == []


@override_settings(AUTHENTICATION_BACKENDS=["django.contrib.auth.backends.ModelBackend"])
def test_a_site_without_the_account_backend_is_warned_that_lockout_is_off():
    assert ids(profiles_configured(None)) == ["saypro_profiles.W102"]


def test_a_site_without_the_mfa_middleware_is_warned_that_staff_skip_mfa(settings):
    settings.MIDDLEWARE = [
        name
        for name in settings.MIDDLEWARE
        if name != "saypro_wagtail.profiles.middleware.StaffMFAMiddleware"
    ]
    problems = profiles_configured(None)
    assert ids(problems) == ["saypro_profiles.W103"]
    assert "StaffMFAMiddleware" in problems[0].hint
