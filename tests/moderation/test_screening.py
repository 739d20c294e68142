"""The screening rules, each on its own: what they flag, what they leave alone, and the sentence a
moderator and an owner read for each problem. Also the banned-phrase list in the admin."""

import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image

from saypro_wagtail.moderation.models import (
    AdImage,
    BannedPhrase,
    ScreeningHit,
    ScreeningResult,
)
from saypro_wagtail.moderation.screening import describe_hit, describe_result
from saypro_wagtail.moderation.screening.rules import (
    BannedPhraseRule,
    DuplicateRule,
    ImageRule,
    LinkRule,
    PhoneNumberRule,
    RepeatedCharacterRule,
    ScreeningRule,
    get_rules,
)
from saypro_wagtail.roles import SUPPORT_AGENTS
from tests.conftest import verified_login
from tests.moderation.conftest import make_ad
from tests.profiles.conftest import make_user

pytestmark = pytest.mark.django_db


def hits(rule, ad):
    return rule.check(ad, ad.get_moderation_text(), list(ad.get_moderation_images()))


def phrases_found(ad):
    return {hit["phrase"] for hit in hits(BannedPhraseRule(), ad)}


# Banned phrases


def test_a_banned_phrase_is_found_whatever_its_case_and_accents():
    BannedPhrase.objects.create(phrase="argent facile", language="fr")
    ad = make_ad(title="Gagnez de l’ÁRGENT FÁCILE", description="Vite.", language="fr")
    assert phrases_found(ad) == {"argent facile"}


def test_a_phrase_with_accents_matches_text_written_without_them():
    BannedPhrase.objects.create(phrase="dinheiro fácil", language="pt")
    ad = make_ad(description="Ganhe DINHEIRO FACIL hoje", language="pt")
    assert phrases_found(ad) == {"dinheiro fácil"}


def test_an_isizulu_phrase_is_found_in_an_isizulu_ad():
    BannedPhrase.objects.create(phrase="imali esheshayo", language="zu")
    ad = make_ad(description="Thola IMALI ESHESHAYO namuhla!", language="zu")
    assert phrases_found(ad) == {"imali esheshayo"}


def test_a_phrase_in_a_non_latin_script_is_found_as_a_whole_word():
    BannedPhrase.objects.create(phrase="лёгкие деньги")
    ad = make_ad(description="Быстрые ЛЕГКИЕ ДЕНЬГИ здесь", language="")
    assert phrases_found(ad) == {"лёгкие деньги"}
    BannedPhrase.objects.create(phrase="деньг")
    assert "деньг" not in phrases_found(ad)


def test_punctuation_between_the_words_of_a_phrase_does_not_hide_it():
    BannedPhrase.objects.create(phrase="easy money")
    ad = make_ad(description="Make easy-money fast, or easy...money", language="en")
    assert phrases_found(ad) == {"easy money"}


def test_a_phrase_must_match_whole_words():
    BannedPhrase.objects.create(phrase="class")
    ad = make_ad(title="Classic car", description="A classical beauty, first-classes.")
    assert phrases_found(ad) == set()


def test_a_phrase_for_another_language_does_not_apply():
    BannedPhrase.objects.create(phrase="bicycle", language="fr")
    ad = make_ad(title="Bicycle", language="en")
    assert phrases_found(ad) == set()


def test_a_phrase_for_all_languages_applies_to_every_ad():
    BannedPhrase.objects.create(phrase="bicycle", language="")
    assert phrases_found(make_ad(title="Bicycle", language="fr")) == {"bicycle"}


def test_an_inactive_phrase_is_not_checked():
    BannedPhrase.objects.create(phrase="bicycle", active=False)
    assert phrases_found(make_ad(title="Bicycle")) == set()


def test_the_banned_phrases_are_read_in_one_query(django_assert_num_queries):
    for word in ("one", "two", "three", "four"):
        BannedPhrase.objects.create(phrase=word)
    ad = make_ad(description="one two three four")
    texts = ad.get_moderation_text()
    with django_assert_num_queries(1):
        found = BannedPhraseRule().check(ad, texts, [])
    assert len(found) == 4


def test_a_banned_phrase_hit_names_the_field_and_the_phrase():
    BannedPhrase.objects.create(phrase="easy money")
    ad = make_ad(description="Easy money!")
    [detail] = hits(BannedPhraseRule(), ad)
    assert describe_hit("banned_phrase", detail) == (
        "The field “description” contains the banned phrase “easy money”."
    )


# Links, phone numbers, repetition


def test_more_links_than_allowed_are_flagged():
    ad = make_ad(description="See https://a.example, www.b.example and http://c.example/x.")
    [detail] = hits(LinkRule(), ad)
    assert detail["count"] == 3
    assert "3 links" in describe_hit("links", detail)


def test_links_up_to_the_limit_are_fine():
    ad = make_ad(description="Photos at https://a.example and www.b.example.")
    assert hits(LinkRule(), ad) == []


@override_settings(SAYPRO_MODERATION_MAX_LINKS=0)
def test_the_link_limit_is_a_setting():
    assert hits(LinkRule(), make_ad(description="www.example.com")) != []


def test_phone_numbers_in_international_and_local_forms_are_counted():
    text = "Call 082 123 4567, +27 (0)83 765 4321, 021-555-1234 or 0027 84 111 2222."
    assert len(PhoneNumberRule.numbers(text)) == 4
    ad = make_ad(description=text)
    [detail] = hits(PhoneNumberRule(), ad)
    assert detail["count"] == 4
    assert "4 phone numbers" in describe_hit("phone_numbers", detail)


def test_prices_are_not_phone_numbers():
    text = "Price 1 200.00, was R 12 500 000, or 1200000.00 cash; 2 500,00 each."
    assert PhoneNumberRule.numbers(text) == set()


def test_two_phone_numbers_are_allowed():
    ad = make_ad(description="Call 082 123 4567 or 083 765 4321.")
    assert hits(PhoneNumberRule(), ad) == []


def test_a_character_repeated_too_often_is_flagged():
    ad = make_ad(title="Cheap!!!!!!!!!", description="Sooooooooo good")
    found = hits(RepeatedCharacterRule(), ad)
    assert {(hit["field"], hit["kind"]) for hit in found} == {
        ("title", "repeated"),
        ("description", "repeated"),
    }
    assert "repeats a character" in describe_hit("repetition", found[0])


def test_repeated_digits_and_ordinary_words_are_fine():
    ad = make_ad(title="Coffee", description="Price 10000000, a committee bookkeeper.")
    assert hits(RepeatedCharacterRule(), ad) == []


def test_shouting_in_capitals_is_flagged():
    ad = make_ad(description="BEST BICYCLE IN TOWN, BUY IT NOW BEFORE IT IS GONE")
    [detail] = hits(RepeatedCharacterRule(), ad)
    assert detail["kind"] == "capitals"
    assert "capital letters" in describe_hit("repetition", detail)


# Duplicates


def submitted(ad, days_ago=0):
    ad.submitted_at = timezone.now() - timedelta(days=days_ago)
    ad.save(update_fields=["submitted_at"])
    return ad


def test_a_recent_ad_with_the_same_title_and_nearly_the_same_text_is_a_duplicate():
    first = submitted(make_ad(title="Bicycle for sale", description="A blue bicycle, 3 gears."))
    again = make_ad(title="bicycle FOR sale ", description="A blue bicycle; 3 gears!")
    [detail] = hits(DuplicateRule(), again)
    assert detail["other_id"] == str(first.pk)
    assert "Bicycle for sale" in describe_hit("duplicate", detail)


def test_an_ad_is_not_a_duplicate_of_itself():
    ad = submitted(make_ad())
    assert hits(DuplicateRule(), ad) == []


def test_a_different_text_or_an_old_ad_is_not_a_duplicate():
    submitted(make_ad(description="Something else entirely, a red racing bicycle."))
    submitted(make_ad(), days_ago=60)
    make_ad()  # never submitted
    assert hits(DuplicateRule(), make_ad()) == []


def test_duplicate_checks_run_a_fixed_number_of_queries(django_assert_max_num_queries):
    for _index in range(30):
        submitted(make_ad(description=f"Different text number {_index} of many words."))
    ad = make_ad()
    texts = ad.get_moderation_text()
    with django_assert_max_num_queries(1):
        assert DuplicateRule().check(ad, texts, []) == []


# Images


def picture(width, height, fmt="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "blue").save(buffer, fmt)
    return buffer.getvalue()


def add_image(ad, content, name="photo.png", size=(1, 1)):
    photo_storage = AdImage._meta.get_field("image").storage  # private, not default_storage
    stored = photo_storage.save(f"saypro_ads/{name}", ContentFile(content))
    # Dimensions given, as the upload form would have; a broken file would leave them empty.
    width, height = size
    return AdImage.objects.create(ad=ad, image=stored, width=width, height=height, alt_text="x")


def test_a_photo_already_used_by_another_owner_is_flagged(media, advertiser, other_member):
    photo = picture(300, 300)
    original = make_ad(owner=other_member, title="Original")
    add_image(original, photo, "original.png", (300, 300))
    own_earlier = make_ad(owner=advertiser, title="Mine before")
    add_image(own_earlier, picture(300, 300, "JPEG"), "mine.jpg", (300, 300))
    copy = make_ad(owner=advertiser)
    add_image(copy, photo, "copy.png", (300, 300))
    [detail] = hits(ImageRule(), copy)
    assert detail["problem"] == "reused" and detail["other_id"] == str(original.pk)
    assert "“Original”" in describe_hit("images", detail)


def test_the_same_owner_may_reuse_a_photo(media, advertiser):
    photo = picture(300, 300)
    add_image(make_ad(owner=advertiser, title="Earlier"), photo, "a.png", (300, 300))
    again = make_ad(owner=advertiser)
    add_image(again, photo, "b.png", (300, 300))
    assert hits(ImageRule(), again) == []


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def test_a_good_image_passes(media):
    ad = make_ad()
    add_image(ad, picture(400, 300))
    assert hits(ImageRule(), ad) == []


def test_small_unreadable_and_large_images_are_flagged(media, settings):
    ad = make_ad()
    add_image(ad, picture(50, 400), "tiny.png")
    add_image(ad, b"not a picture at all", "fake.png")
    add_image(ad, picture(400, 400), "big.png")
    settings.SAYPRO_MODERATION_IMAGE_MAX_BYTES = 1000
    found = {hit["problem"]: hit for hit in hits(ImageRule(), ad)}
    assert set(found) == {"too_small", "unreadable", "too_large"}
    assert found["too_small"]["name"].startswith("tiny")
    assert "50×400 pixels" in describe_hit("images", found["too_small"])
    assert "cannot be read" in describe_hit("images", found["unreadable"])


@override_settings(SAYPRO_MODERATION_MAX_IMAGES=1)
def test_too_many_images_are_flagged(media):
    ad = make_ad()
    add_image(ad, picture(300, 300))
    add_image(ad, picture(300, 300))
    found = [hit for hit in hits(ImageRule(), ad) if hit["problem"] == "too_many"]
    assert describe_hit("images", found[0]) == "There are 2 images; at most 1 are allowed."


# Rules, descriptions and the result include


class ShoutyTitleRule(ScreeningRule):
    code = "shouty_title"
    label = "Shouty title"

    def check(self, obj, texts, images):
        return [{"word": "HELLO"}] if "HELLO" in texts.get("title", "") else []

    def describe(self, detail):
        return f"Title says {detail['word']}"


def test_a_site_chooses_its_rules_by_dotted_path(settings):
    settings.SAYPRO_MODERATION_SCREENING_RULES = ["tests.moderation.test_screening.ShoutyTitleRule"]
    assert [rule.code for rule in get_rules()] == ["shouty_title"]
    assert describe_hit("shouty_title", {"word": "HELLO"}) == "Title says HELLO"


def test_the_default_rules_are_the_built_in_ones():
    assert [rule.code for rule in get_rules()] == [
        "banned_phrase",
        "links",
        "phone_numbers",
        "repetition",
        "duplicate",
        "images",
    ]


def test_an_unknown_rule_or_a_broken_detail_still_gives_a_sentence():
    assert "gone_rule" in describe_hit("gone_rule", {})
    assert describe_hit("banned_phrase", None)
    assert describe_hit("rule_failed", {"rule": "links"}) == (
        "The automatic check “Too many links” could not run; please check this by hand."
    )


def test_hits_are_described_in_the_active_language():
    detail = {"model": "saypro_moderation.classifiedad", "field": "title", "phrase": "x"}
    with translation.override("fr"):
        french = describe_hit("banned_phrase", detail)
    assert french  # translated when the catalogue has it, English otherwise; never empty


def test_the_result_include_lists_the_hits_or_says_nothing_was_found(ad):
    clean = ScreeningResult.objects.create(content_object=ad, flagged=False)
    assert "No problems found" in render_to_string(
        "saypro_moderation/includes/screening_result.html", {"result": clean}
    )
    flagged = ScreeningResult.objects.create(content_object=ad, flagged=True)
    ScreeningHit.objects.create(result=flagged, rule="links", detail={"count": 5, "limit": 2})
    html = render_to_string("saypro_moderation/includes/screening_result.html", {"result": flagged})
    assert "The text contains 5 links; at most 2 are allowed." in html
    assert "No problems found" not in html
    assert describe_result(flagged) == ["The text contains 5 links; at most 2 are allowed."]
    assert describe_hit(flagged.hits.get()) == describe_result(flagged)[0]


# The banned-phrase list in the admin

LIST_URL = "wagtailsnippets_saypro_moderation_bannedphrase:list"
ADD_URL = "wagtailsnippets_saypro_moderation_bannedphrase:add"


def refused(response) -> bool:
    if response.status_code in (403, 404):
        return True
    return response.status_code == 302 and (
        response["Location"].startswith(reverse("wagtailadmin_home"))
        or "login" in response["Location"]
    )


@pytest.fixture
def superuser(db):
    user = make_user("root")
    user.is_superuser = True
    user.save()
    return user


@pytest.fixture
def agent(roles):
    user = make_user("agent")
    user.groups.add(Group.objects.get(name=SUPPORT_AGENTS))
    return user


def test_moderators_add_a_banned_phrase_for_one_language(client, moderator):
    verified_login(client, moderator)
    assert reverse(LIST_URL) in client.get("/admin/").content.decode()
    form = client.get(reverse(ADD_URL)).content.decode()
    assert "All languages" in form and "isiZulu" in form
    response = client.post(
        reverse(ADD_URL),
        {"phrase": "  imali   esheshayo ", "language": "zu", "note": "", "active": "on"},
    )
    assert response.status_code == 302
    phrase = BannedPhrase.objects.get()
    assert (phrase.phrase, phrase.language) == ("imali esheshayo", "zu")
    listing = client.get(reverse(LIST_URL)).content.decode()
    assert "imali esheshayo" in listing and "isiZulu" in listing


def test_a_phrase_already_listed_differing_only_in_case_or_accents_is_refused(client, moderator):
    BannedPhrase.objects.create(phrase="Argent facile", language="fr")
    verified_login(client, moderator)
    response = client.post(
        reverse(ADD_URL), {"phrase": "ARGENT FÁCILE", "language": "fr", "active": "on"}
    )
    assert response.status_code == 200
    assert "already on the list" in response.content.decode()
    assert (
        'aria-invalid="true"' in response.content.decode() or "error" in response.content.decode()
    )
    assert BannedPhrase.objects.count() == 1


def test_an_unknown_language_or_punctuation_alone_is_a_field_error(client, moderator):
    verified_login(client, moderator)
    response = client.post(reverse(ADD_URL), {"phrase": "!!!", "language": "xx", "active": "on"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "letter or digit" in content
    assert "Select a valid choice" in content
    assert not BannedPhrase.objects.exists()


def test_moderators_change_and_delete_banned_phrases(client, moderator):
    phrase = BannedPhrase.objects.create(phrase="scam", language="")
    verified_login(client, moderator)
    edit = reverse("wagtailsnippets_saypro_moderation_bannedphrase:edit", args=[phrase.pk])
    delete = reverse("wagtailsnippets_saypro_moderation_bannedphrase:delete", args=[phrase.pk])
    response = client.post(edit, {"phrase": "scam offer", "language": "pt", "note": "fraud"})
    assert response.status_code == 302
    phrase.refresh_from_db()
    assert (phrase.phrase, phrase.language, phrase.active) == ("scam offer", "pt", False)
    assert client.post(delete).status_code == 302
    assert not BannedPhrase.objects.exists()


def test_a_superuser_manages_banned_phrases(client, superuser):
    verified_login(client, superuser)
    assert client.get(reverse(LIST_URL)).status_code == 200
    assert client.get(reverse(ADD_URL)).status_code == 200


@pytest.mark.parametrize("who", ["agent", "advertiser"])
def test_agents_and_members_cannot_see_or_change_banned_phrases(client, who, request):
    phrase = BannedPhrase.objects.create(phrase="scam")
    verified_login(client, request.getfixturevalue(who))
    edit = reverse("wagtailsnippets_saypro_moderation_bannedphrase:edit", args=[phrase.pk])
    delete = reverse("wagtailsnippets_saypro_moderation_bannedphrase:delete", args=[phrase.pk])
    assert refused(client.get(reverse(LIST_URL)))
    assert refused(client.get(reverse(ADD_URL)))
    assert refused(client.post(reverse(ADD_URL), {"phrase": "new", "language": ""}))
    assert refused(client.post(edit, {"phrase": "changed", "language": ""}))
    assert refused(client.post(delete))
    assert list(BannedPhrase.objects.values_list("phrase", flat=True)) == ["scam"]
    assert reverse(LIST_URL) not in client.get("/admin/").content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client):
    for url in (reverse(LIST_URL), reverse(ADD_URL)):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"]
    client.post(reverse(ADD_URL), {"phrase": "new", "language": ""})
    assert not BannedPhrase.objects.exists()
