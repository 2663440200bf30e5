"""Sign-in dialog and its profile editing."""

from nomos_desk.ui.signin.dialog import SignInDialog

__all__ = ["SignInDialog"]
