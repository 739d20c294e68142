from django.db import transaction
from django.db.models.signals import post_save
from wagtail.search import index
from wagtail.signals import page_published


def set_up_new_root(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from .access import set_up_new_root

        transaction.on_commit(lambda: set_up_new_root(instance))


def reindex_published_article(sender, instance, **kwargs):
    """Index the article again once its tags are saved.

    Publishing saves the page (and indexes it) before modelcluster writes the new tags, so the
    search index would otherwise hold the tags of the previous revision.
    """
    from .models.pages import AbstractHelpArticlePage

    if isinstance(instance, AbstractHelpArticlePage):
        index.insert_or_update_object(instance)


def connect():
    from .models import HelpCenterPage

    post_save.connect(set_up_new_root, sender=HelpCenterPage, dispatch_uid="saypro_new_help_root")
    page_published.connect(reindex_published_article, dispatch_uid="saypro_reindex_article")
