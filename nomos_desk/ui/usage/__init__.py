"""The subscription workspace's usage, prices and meter readings."""
