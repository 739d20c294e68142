"""The classified ads' admin: permission policy, the ads and rejection reasons viewsets in a
"Moderation" menu, the moderation panel of the ad's edit screen, the moderators' dashboard panel.
Wired up by :mod:`.hooks`, which ``wagtail_hooks`` imports."""
