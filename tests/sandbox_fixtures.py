"""Pytest fixtures that run the sandbox for tests (filled in with the sandbox server)."""
