"""Ad photos move from the public media folder to the private storage.

Their URL becomes a view that checks who may see each photo (see ``ad_images``); the files
already uploaded (rows and revisions name them the same way) are moved with them, so existing
ads keep their photos and nothing stays reachable at its old ``/media/saypro_ads/…`` address.
"""

from django.core.files.storage import default_storage
from django.db import migrations, models

import saypro_wagtail.moderation.ad_images
from saypro_wagtail import storage

FOLDER = "saypro_ads"


def stored_names(source, folder=FOLDER):
    try:
        folders, files = source.listdir(folder)
    except (FileNotFoundError, NotImplementedError):
        return
    for name in files:
        yield f"{folder}/{name}"
    for subfolder in folders:
        yield from stored_names(source, f"{folder}/{subfolder}")


def move_photos(source, target):
    for name in list(stored_names(source)):
        if not target.exists(name):
            with source.open(name, "rb") as content:
                if target.save(name, content) != name:
                    continue  # the target renamed it: keep the original where it was
        source.delete(name)


def to_private_storage(apps, schema_editor):
    move_photos(default_storage, storage.private_storage())


def to_public_media(apps, schema_editor):
    move_photos(storage.private_storage(), default_storage)


class Migration(migrations.Migration):
    dependencies = [
        ("saypro_moderation", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="adimage",
            name="image",
            field=models.ImageField(
                db_index=True,
                height_field="height",
                storage=saypro_wagtail.moderation.ad_images.ad_photo_storage,
                upload_to="saypro_ads/%Y/%m/",
                validators=[saypro_wagtail.moderation.ad_images.validate_decoded_size],
                verbose_name="image",
                width_field="width",
            ),
        ),
        migrations.RunPython(to_private_storage, to_public_media, elidable=True),
    ]
