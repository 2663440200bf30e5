"""Entry point: arguments, QApplication, the one qasync loop, wiring.

`nomos-desk` signs in with a connection profile; `nomos-desk --demo` starts the
sandbox as a child process and signs in with its full-access client. With
NOMOS_DESK_BENCH_STARTUP=1 the app prints how long it took from process start until
the main window was shown and the event loop idle, plus the peak RSS, then quits.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import signal
import sys
import threading
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import TracebackType

    from nomos_desk.domain.redaction import RedactingFilter
    from nomos_desk.ui.session import AppController

_IMPORTED_AT = time.time()  # fallback start time when the bench did not pass one
log = logging.getLogger("nomos_desk.app")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nomos-desk", description="Back-office desk for Nomos brands")
    parser.add_argument("--demo", action="store_true",
                        help="start a local sandbox and sign in to it (SANDBOX badge)")
    parser.add_argument("--demo-customers", type=int, default=2000, metavar="N",
                        help="size of the demo data set on first start (default 2000)")
    parser.add_argument("--theme", choices=("system", "light", "dark"),
                        help="override the theme setting for this run")
    parser.add_argument("--language", choices=("system", "de", "en", "pseudo"),
                        help="override the language setting for this run (pseudo: every text "
                             "stretched by 40%% in brackets, to find text that gets cut off)")
    parser.add_argument("--home", metavar="DIR",
                        help="keep settings and data under DIR instead of the user directories")
    parser.add_argument("-v", "--verbose", action="store_true", help="log at debug level")
    return parser.parse_args(argv)


def configure_logging(verbose: bool) -> RedactingFilter:
    """Log to stderr through the redaction (no secret, token, IBAN or e-mail address leaves
    whole), and let a crash leave through the same log instead of a bare traceback."""
    from nomos_desk.domain.redaction import RedactingFilter

    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    redaction = RedactingFilter()
    redaction.install()

    def crashed(kind: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.critical("unhandled exception", exc_info=(kind, exc, tb))

    def thread_crashed(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        log.critical("unhandled exception in thread %s", args.thread.name if args.thread
                     else "?", exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    sys.excepthook = crashed
    threading.excepthook = thread_crashed
    return redaction


def _peak_rss_mib() -> float | None:
    # Linux carries the parent's high-water mark across fork+exec into ru_maxrss, so a
    # benchmark runner that grew large would be reported as the app's peak; VmHWM is ours.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _bench_ready(controller: AppController) -> None:
    """Called one event-loop turn after the main window was shown: print and quit."""
    started = float(os.environ.get("NOMOS_DESK_BENCH_T0", _IMPORTED_AT))
    elapsed_ms = (time.time() - started) * 1000
    print(f"startup_to_window_ms={elapsed_ms:.0f}", flush=True)
    rss = _peak_rss_mib()
    print(f"startup_peak_rss_mib={rss:.1f}" if rss is not None else "startup_peak_rss_mib=n/a", flush=True)
    controller.request_quit()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--run-sandbox"]:
        # A frozen bundle has no separate interpreter for the demo's sandbox child.
        from nomos_desk.ui.demo import run_sandbox_child

        sys.argv = [sys.argv[0], *argv[1:]]
        return run_sandbox_child()
    args = parse_args(argv)
    redaction = configure_logging(args.verbose)

    from pathlib import Path

    from nomos_desk.ui import preflight
    from nomos_desk.ui.demo import SandboxProcess, SandboxStartError
    from nomos_desk.ui.profiles import AppPaths

    problem = preflight.check()
    if problem is not None:  # before the sandbox starts: nothing may be left running
        print(problem, file=sys.stderr)
        return 1

    paths = AppPaths(Path(args.home) if args.home else None)
    sandbox = SandboxProcess(paths.sandbox_dir, customers=args.demo_customers) if args.demo else None
    if sandbox is not None:
        sandbox.spawn()  # the server boots while the Qt imports below run

    import qasync
    from PySide6.QtWidgets import QApplication

    from nomos_desk import __version__
    from nomos_desk.ui.i18n import Translations
    from nomos_desk.ui.session import AppController
    from nomos_desk.ui.settings import AppSettings
    from nomos_desk.ui.theme import apply_theme, icon

    log.debug("imports done after %.0f ms", (time.time() - _IMPORTED_AT) * 1000)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName("Nomos Desk")
    app.setOrganizationName("nomos-desk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("nomos-desk")
    app.setWindowIcon(icon("nomos-desk"))
    # Windows come and go (sign-out hides the main window behind the sign-in dialog);
    # the controller decides when the app ends, not "last window closed".
    app.setQuitOnLastWindowClosed(False)

    settings = AppSettings(paths.settings_file)
    apply_theme(app, args.theme or settings.value("theme"))
    translations = Translations(app)
    translations.apply(args.language or settings.value("language"))

    bench = os.environ.get("NOMOS_DESK_BENCH_STARTUP") == "1"
    controller = AppController(paths, settings, sandbox=sandbox, translations=translations,
                               redaction=redaction,
                               on_window_ready=(lambda _w: _bench_ready(controller)) if bench else None)

    log.debug("application and theme ready after %.0f ms", (time.time() - _IMPORTED_AT) * 1000)
    # Full garbage collections re-scan the import-time heap (Qt, pyqtgraph, httpx), which lives
    # as long as the process: 25-60 ms each, the largest event-loop stalls during an index sync.
    # Freezing it leaves collections only the objects made while the app runs.
    gc.collect()
    gc.freeze()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    if hasattr(signal, "SIGTERM") and sys.platform != "win32":
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, controller.request_quit)
    try:
        with loop:
            status: int = loop.run_until_complete(controller.run())
            return status
    except SandboxStartError as exc:
        print(f"nomos-desk: {exc}", file=sys.stderr)
        return 1
    finally:
        if sandbox is not None:
            sandbox.stop()  # also when start-up failed half-way
