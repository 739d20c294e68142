"""Form plumbing shared by the apps' front-end forms."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

PHONE_CHARACTERS = re.compile(r"^\+?[\d\s\-()]+$")


def validate_phone(value):
    """A plausible international number: digits with spaces, dashes, brackets, a leading +."""
    digits = sum(char.isdigit() for char in value)
    if not PHONE_CHARACTERS.match(value) or not 7 <= digits <= 15:
        raise forms.ValidationError(
            _(
                "Enter a phone number of 7 to 15 digits, such as +27 21 555 0123. "
                "Only digits, spaces, dashes, brackets and a leading + are allowed."
            ),
            code="invalid_phone",
        )


class AccessibleFormMixin:
    """Marks invalid inputs with ``aria-invalid`` and ties help and errors to them.

    Works with the apps' ``includes/field.html`` templates, which render the ids used here:
    ``<auto_id>_helptext`` and ``<auto_id>_error_<n>``.
    """

    def full_clean(self):
        super().full_clean()
        for name, field in self.fields.items():
            bound = self[name]
            described_by = []
            if field.help_text:
                described_by.append(f"{bound.auto_id}_helptext")
            errors = self.errors.get(name, [])
            described_by += [f"{bound.auto_id}_error_{n}" for n in range(1, len(errors) + 1)]
            if errors:
                field.widget.attrs["aria-invalid"] = "true"
            if described_by:
                field.widget.attrs["aria-describedby"] = " ".join(described_by)
