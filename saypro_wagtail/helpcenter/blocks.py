"""StreamField blocks of help articles and FAQ pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul", "document-link", "code"]

CALLOUT_KINDS = [
    ("info", _("Information")),
    ("tip", _("Tip")),
    ("warning", _("Warning")),
]


class AccessibleImageBlock(blocks.StructBlock):
    """An image that always has alt text (and an optional visible caption)."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alt text"),
        max_length=250,
        help_text=_(
            "Describe what the image shows for people who cannot see it, "
            "e.g. “The Submit button at the bottom of the ad form”."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "saypro_helpcenter/blocks/image.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video URL"), help_text=_("A YouTube or Vimeo link."))
    title = blocks.CharBlock(
        label=_("Title"), max_length=200, help_text=_("Names the video for screen readers.")
    )
    captions_url = blocks.URLBlock(
        label=_("Captions or transcript link"),
        required=False,
        help_text=_("Where people who cannot hear the video can read it."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "saypro_helpcenter/blocks/video.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=200)
    text = blocks.RichTextBlock(label=_("Details"), features=RICH_TEXT_FEATURES, required=False)

    class Meta:
        icon = "list-ol"


class StepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "saypro_helpcenter/blocks/steps.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label=_("Kind"), choices=CALLOUT_KINDS, default="info")
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link"])

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "saypro_helpcenter/blocks/callout.html"


class DocumentDownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, max_length=200, help_text=_("Defaults to the title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "saypro_helpcenter/blocks/document.html"


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("FAQ item")
        template = "saypro_helpcenter/blocks/faq_item.html"


class ArticleBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)
    image = AccessibleImageBlock()
    video = VideoBlock()
    steps = StepsBlock()
    callout = CalloutBlock()
    document = DocumentDownloadBlock()
    faq = FAQItemBlock()


class FAQBodyBlock(blocks.StreamBlock):
    faq = FAQItemBlock()
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)
