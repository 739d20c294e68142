"""Moderator review: the rejection form and the record of each decision (stub)."""

from django import forms


class RejectionForm(forms.Form):
    pass


def record_decision(task_state, user, action_name, **kwargs):
    pass
