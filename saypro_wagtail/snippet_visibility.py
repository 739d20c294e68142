"""Every admin path to a snippet shows only what the snippet's listing would show the user.

Wagtail asks a model's permission policy whether a user may use a snippet screen, but only
the listing asks it *which* objects: the other screens open any object by its URL, the snippet
chooser lists and searches every object for anyone with admin access, a workflow screen names
an object in its error message, and so do the bulk actions' confirmation and wagtail-localize's
snippet API. A snippet viewset subclasses :class:`VisibleSnippetViewSet` for its screens and
chooser; an app closes the other paths for its models (and narrows their entries in the site
history) by calling :func:`guard_snippet_admin` from its ``wagtail_hooks``.

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
from wagtail.snippets.views.snippets import SnippetViewSet

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


class VisibleObjectMixin:
    """A screen of one object refuses the objects the listing does not show the user."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not visible_instances(self.request.user, type(obj)).filter(pk=obj.pk).exists():
            raise PermissionDenied
        return obj


# The viewset's screens of one object (history and workflow screens included).
OBJECT_VIEWS = (
    "edit_view_class",
    "delete_view_class",
    "usage_view_class",
    "history_view_class",
    "inspect_view_class",
    "revisions_view_class",
    "revisions_compare_view_class",
    "revisions_unschedule_view_class",
    "unpublish_view_class",
    "preview_on_edit_view_class",
    "lock_view_class",
    "unlock_view_class",
    "workflow_action_view_class",
    "collect_workflow_action_data_view_class",
    "confirm_workflow_cancellation_view_class",
    "workflow_preview_view_class",
    "workflow_history_view_class",
    "workflow_history_detail_view_class",
)


class VisibleSnippetViewSet(SnippetViewSet):
    """A snippet viewset whose screens and chooser show only what its listing shows the user.

    Subclass it instead of ``SnippetViewSet``; view classes set on the subclass are limited too.
    """

    chooser_viewset_class = PolicyChooserViewSet

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in OBJECT_VIEWS:
            view_class = getattr(self, name)
            if not issubclass(view_class, VisibleObjectMixin):
                setattr(self, name, type(view_class.__name__, (VisibleObjectMixin, view_class), {}))


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
    from rest_framework.renderers import JSONRenderer
    from wagtail_localize.views.snippets_api import SnippetViewSet

    class VisibleSnippetsAPI(SnippetViewSet):
        # JSON only: the browsable API's template is not installed, so a browser opening the
        # URL got a server error instead of the answer.
        renderer_classes = [JSONRenderer]

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
