import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from saypro_wagtail.profiles.models import Profile
from saypro_wagtail.roles import HELP_CENTER_EDITORS, USER_MANAGERS

PASSWORD = "Correct-Horse-42"


def make_user(username="amina", *, email=None, password=PASSWORD, confirmed=True, **profile):
    """A user with a profile; ``confirmed=False`` is an account awaiting its e-mail link."""
    user = get_user_model()(username=username, email=email or f"{username}@example.com")
    user.set_password(password)
    user._saypro_registering = True  # this helper makes the profile itself
    user.save()
    Profile.objects.create(
        user=user, email_confirmed_at=timezone.now() if confirmed else None, **profile
    )
    return user


@pytest.fixture
def member(db):
    return make_user("amina", display_name="Amina N.")


@pytest.fixture
def unconfirmed_member(db):
    return make_user("sipho", confirmed=False)


@pytest.fixture(autouse=True)
def forget_rate_limits_and_lockouts():
    """Lockout and rate-limit counters live in the cache: no test inherits another's."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def in_group(username, group_name):
    user = make_user(username)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def superuser(db):
    user = make_user("root")
    user.is_superuser = True
    user.save()
    return user


@pytest.fixture
def user_manager(roles):
    return in_group("manager", USER_MANAGERS)


@pytest.fixture
def editor(roles):
    return in_group("editor", HELP_CENTER_EDITORS)
