"""Subscription workspaces: one tab per subscription with its cards and actions."""
