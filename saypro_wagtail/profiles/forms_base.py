"""Form plumbing shared by the profiles forms: accessible error wiring on every widget."""


class AccessibleFormMixin:
    """Marks invalid inputs with ``aria-invalid`` and ties help and errors to them.

    Works with ``saypro_profiles/includes/field.html``, which renders the ids used here.
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
