"""Small helpers every view uses to build its widgets."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

Q = TypeVar("Q", bound=QObject)


def named(obj: Q, name: str) -> Q:
    """`obj` with its objectName set (for style sheets and tests), as one expression.

    Qt accepts objectName as a constructor keyword, but PySide6's type stubs do not
    know it, so the type checker could not check those constructors at all."""
    obj.setObjectName(name)
    return obj
