"""Who may do what with classified ads in the admin.

Ads are created by their owners on the front end and deleted by them there: in the admin, Ad
Moderators view, edit, publish (approve), lock and unlock; only superusers add or delete.
"""

from wagtail.permission_policies import ModelPermissionPolicy

NOT_FROM_THE_ADMIN = ("add", "delete")


class ClassifiedAdPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if not user.is_active:
            return False
        if user.is_superuser:
            return True
        if action in NOT_FROM_THE_ADMIN:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)
