"""The notification events users can switch on or off, per channel.

Apps declare their events with the ``register_saypro_notification_events`` hook, which returns
an iterable of :class:`NotificationEvent`. Before sending an optional message, ask
:func:`user_wants` — the profiles app answers from the user's preferences; without it, each
event's default applies.
"""

from dataclasses import dataclass

from wagtail import hooks

from .models import EMAIL


@dataclass(frozen=True)
class NotificationEvent:
    """Something a user may be told about, and the channels it can use (``"email"``, ``"sms"``)."""

    name: str
    label: str
    channels: tuple[str, ...] = (EMAIL,)
    default_channels: tuple[str, ...] = (EMAIL,)


def registered_events() -> list[NotificationEvent]:
    events: dict[str, NotificationEvent] = {}
    for hook in hooks.get_hooks("register_saypro_notification_events"):
        for event in hook():
            events.setdefault(event.name, event)
    return list(events.values())


def get_event(name: str) -> NotificationEvent | None:
    return next((event for event in registered_events() if event.name == name), None)


def user_wants(user, event_name: str, channel: str = EMAIL) -> bool:
    """Whether ``user`` wants ``event_name`` messages on ``channel``.

    The ``saypro_notification_preference`` hooks answer ``True``/``False``, or ``None`` when they
    have no opinion; then the event's default channels decide.
    """
    for hook in hooks.get_hooks("saypro_notification_preference"):
        answer = hook(user, event_name, channel)
        if answer is not None:
            return answer
    event = get_event(event_name)
    return event is None or channel in event.default_channels
