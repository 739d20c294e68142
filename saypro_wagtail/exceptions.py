"""Exceptions shared by the apps."""


class ActionRefused(Exception):
    """An action this person may not take, or not in the object's current state.

    ``message`` is translated and meant for the person who tried; views show it as is.
    """

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message
