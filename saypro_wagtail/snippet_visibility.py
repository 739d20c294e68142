"""Every admin path to a snippet shows only what the snippet's listing would show the user.

Wagtail applies a model's permission policy to the snippet listing, edit, history and delete
screens, but its snippet chooser, the bulk actions' confirmation lists and wagtail-localize's
snippet API list every object to anyone with admin access. A snippet viewset closes the chooser
with ``chooser_viewset_class = PolicyChooserViewSet``; an app closes the others for its models
(and narrows their entries in the site history) by calling :func:`guard_snippet_admin` from its
``wagtail_hooks``.

"What the listing shows" is the policy's ``instances_user_has_any_permission_for`` the listing's
actions, so a policy that narrows its instances per user (support requests) narrows every path.
"""

from functools import partial

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.functional import classproperty
from wagtail import hooks
from wagtail.permissions import policy_registry
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.views import chooser

from .log_visibility import register_log_visibility

# The actions of which any one opens a snippet listing (Wagtail's IndexView).
LISTING_ACTIONS = ("add", "change", "delete", "view")


def visible_instances(user, model):
    """The instances of ``model`` that its listing shows ``user``; PermissionDenied when the
    user may not open the listing at all."""
    policy = policy_registry.get_by_type(model)
    if not policy.user_has_any_permission(user, LISTING_ACTIONS):
        raise PermissionDenied
    return policy.instances_user_has_any_permission_for(user, LISTING_ACTIONS)


class VisibleChoicesMixin:
    """Chooser views list, search and return only the instances the listing shows."""

    def get_visible_objects(self):
        return visible_instances(self.request.user, self.model_class)


class ChooseView(VisibleChoicesMixin, chooser.ChooseView):
    def get_object_list(self):
        return self.get_visible_objects()


class ChooseResultsView(VisibleChoicesMixin, chooser.ChooseResultsView):
    def get_object_list(self):
        return self.get_visible_objects()


class ChosenView(VisibleChoicesMixin, chooser.SnippetChosenView):
    def get_object(self, pk):
        return self.get_visible_objects().get(pk=pk)


class ChosenMultipleView(VisibleChoicesMixin, chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return self.get_visible_objects().filter(pk__in=pks)


class PolicyChooserViewSet(chooser.SnippetChooserViewSet):
    """Wagtail's snippet chooser, limited to what the model's listing shows the user."""

    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView


class VisibleDeleteBulkAction(DeleteBulkAction):
    """Wagtail's bulk delete, whose confirmation lists (even as "you cannot delete these") only
    what the listing shows the user."""

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        visible = visible_instances(self.request.user, self.model)
        shown = {
            str(pk)
            for pk in visible.filter(
                pk__in=[obj.pk for obj in objects + extra["items_with_no_access"]]
            ).values_list("pk", flat=True)
        }
        extra["items_with_no_access"] = [
            obj for obj in extra["items_with_no_access"] if str(obj.pk) in shown
        ]
        return [obj for obj in objects if str(obj.pk) in shown], extra


def localize_api_urls(models):
    """wagtail-localize's snippet API for ``models``, limited like their listings; served
    before wagtail-localize's own URL for every model (see :func:`guard_snippet_admin`)."""
    if not apps.is_installed("wagtail_localize"):
        return []
    from wagtail_localize.views.snippets_api import SnippetViewSet

    class VisibleSnippetsAPI(SnippetViewSet):
        def get_queryset(self):
            return visible_instances(self.request.user, self.get_model())

    urls = []
    for model in models:
        names = {"app_label": model._meta.app_label, "model_name": model._meta.model_name}
        prefix = "localize/api/snippets/{app_label}/{model_name}/".format(**names)
        urls += [
            path(prefix, VisibleSnippetsAPI.as_view({"get": "list"}), names),
            path(f"{prefix}<str:pk>/", VisibleSnippetsAPI.as_view({"get": "retrieve"}), names),
        ]
    return urls


def guard_snippet_admin(*models):
    """Limit the bulk actions' confirmation, wagtail-localize's snippet API and the site history
    for ``models`` to what their listings show; call it from the app's ``wagtail_hooks``."""
    bulk_delete = type(
        "VisibleDeleteBulkAction",
        (VisibleDeleteBulkAction,),
        {"models": classproperty(lambda cls: list(models))},
    )
    # Scanned after Wagtail's own bulk delete (order 0), so it replaces it for these models.
    hooks.register("register_bulk_action", bulk_delete, order=1)
    # Before wagtail-localize's URLs: the first matching pattern serves the request.
    hooks.register("register_admin_urls", partial(localize_api_urls, models), order=-1)
    for model in models:
        register_log_visibility(model, partial(visible_instances, model=model))
