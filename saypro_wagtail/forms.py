"""Form plumbing shared by the apps' front-end forms."""


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
