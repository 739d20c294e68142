from django.db import transaction
from django.db.models.signals import post_save


def set_up_new_root(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from .access import set_up_new_root

        transaction.on_commit(lambda: set_up_new_root(instance))


def connect():
    from .models import HelpCenterPage

    post_save.connect(set_up_new_root, sender=HelpCenterPage, dispatch_uid="saypro_new_help_root")
