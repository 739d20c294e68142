from datetime import timedelta

from django.db import migrations, models
from django.utils import timezone


def fill_review_due_on(apps, schema_editor):
    HelpArticlePage = apps.get_model("saypro_helpcenter", "HelpArticlePage")
    for page in HelpArticlePage.objects.only(
        "last_reviewed", "first_published_at", "review_interval_days"
    ).iterator():
        reviewed = page.last_reviewed
        if reviewed is None and page.first_published_at is not None:
            reviewed = timezone.localtime(page.first_published_at).date()
        if reviewed is not None:
            HelpArticlePage.objects.filter(pk=page.pk).update(
                review_due_on=reviewed + timedelta(days=page.review_interval_days)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("saypro_helpcenter", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="helparticlepage",
            name="review_due_on",
            field=models.DateField(
                db_index=True, editable=False, null=True, verbose_name="review due on"
            ),
        ),
        migrations.RunPython(fill_review_due_on, migrations.RunPython.noop),
    ]
