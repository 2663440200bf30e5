"""The customer tab: who they are and all their subscriptions."""
