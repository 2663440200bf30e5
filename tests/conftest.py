"""Shared test set-up: headless Qt and the sandbox fixtures."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.sandbox_fixtures"]
