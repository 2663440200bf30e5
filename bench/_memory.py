"""The process's resident memory, for benchmarks that report what they take."""

from __future__ import annotations


def rss_mib() -> float | None:
    """Resident set size in MiB, or None where there is no /proc (macOS, Windows)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None
