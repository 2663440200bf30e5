"""nomos_desk: a back-office desktop tool for energy brands running on Nomos."""

__version__ = "0.1.0"
