"""The support requests' admin: the snippet viewset, the request screen and its actions, the
dashboard panels. Wired up by :mod:`.hooks`, which ``wagtail_hooks`` imports."""
