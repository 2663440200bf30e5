"""Entry point: arguments, QApplication, the one qasync loop, wiring.

`nomos-desk` signs in with a connection profile; `nomos-desk --demo` starts the
sandbox as a child process and signs in with its full-access client. One app runs per
user: a second start hands its arguments (an id to open) to the running one and ends.
`--self-test` proves an installation works (ui/selftest.py). With
NOMOS_DESK_BENCH_STARTUP=1 the app prints how long it took from process start until
the main window was shown and the event loop idle, plus the peak RSS, then quits.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import TracebackType

    from nomos_desk.domain.redaction import RedactingFilter
    from nomos_desk.ui.demo import SandboxProcess
    from nomos_desk.ui.main_window import MainWindow
    from nomos_desk.ui.profiles import AppPaths
    from nomos_desk.ui.session import AppController
    from nomos_desk.ui.single_instance import InstanceLock

_IMPORTED_AT = time.time()  # fallback start time when the bench did not pass one
log = logging.getLogger("nomos_desk.app")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nomos-desk", description="Back-office desk for Nomos brands")
    parser.add_argument("--demo", action="store_true",
                        help="start a local sandbox and sign in to it (SANDBOX badge)")
    parser.add_argument("--demo-customers", type=int, metavar="N",
                        help="size of the demo data set on first start (default 2000; 200 "
                             "for --self-test)")
    parser.add_argument("--theme", choices=("system", "light", "dark"),
                        help="override the theme setting for this run")
    parser.add_argument("--language", choices=("system", "de", "en", "pseudo"),
                        help="override the language setting for this run (pseudo: every text "
                             "stretched by 40%% in brackets, to find text that gets cut off)")
    parser.add_argument("--home", metavar="DIR",
                        help="keep settings and data under DIR instead of the user directories")
    parser.add_argument("-v", "--verbose", action="store_true", help="log at debug level")
    parser.add_argument("--self-test", action="store_true",
                        help="start the demo in a throw-away home, open every page and record "
                             "tab, exit 0 if all of it works (for installers and CI)")
    parser.add_argument("link", nargs="?",
                        help="a record to open: an id (sub_…, cus_…, inv_…, prdo_…, lead_…) or "
                             "a nomos-desk://open/<id> link; a running app opens it")
    return parser.parse_args(argv)


def configure_logging(verbose: bool, log_dir: Path | None = None) -> RedactingFilter:
    """Log to stderr and (with `log_dir`) to a private rotating file, all through the
    redaction (no secret, token, IBAN or e-mail address leaves whole), and let a crash
    before the window exists leave through the same log instead of a bare traceback
    (ui/crash.py takes over once it does)."""
    from nomos_desk.domain.redaction import RedactingFilter
    from nomos_desk.ui import logs

    redaction = RedactingFilter()
    logs.setup(log_dir, verbose=verbose, redaction=redaction)

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


def _hand_over(paths: AppPaths, lock: InstanceLock, link: str | None) -> int:
    """Another process of this user runs on this data: let it show `link`, then end."""
    from PySide6.QtCore import QCoreApplication

    from nomos_desk.ui.single_instance import hand_over, server_name

    if QCoreApplication.instance() is None:
        QCoreApplication([sys.argv[0]])
    if hand_over(server_name(paths.data_dir), [link] if link else [],
                 holder_pid=lock.holder_pid()):
        return 0
    print("nomos-desk: Nomos Desk is already running for this user but does not answer. "
          "Close it (or end the process) and start again.", file=sys.stderr)
    return 1


def _windows_identity() -> None:
    """Taskbar grouping, pinning and the icon under our own name, not python.exe's."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("energy.nomos.desk")


def _qt_messages_to_log() -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              # Qt warns about much that is harmless (fonts, offscreen windows): kept in the
              # log file, not counted among the errors.
              QtMsgType.QtWarningMsg: logging.INFO, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}
    qInstallMessageHandler(lambda kind, _context, text: qt_log.log(levels.get(kind, 20), text))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--run-sandbox"]:
        # A frozen bundle has no separate interpreter for the demo's sandbox child.
        from nomos_desk.ui.demo import run_sandbox_child

        sys.argv = [sys.argv[0], *argv[1:]]
        return run_sandbox_child()
    args = parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="nomos-desk-self-test-")) \
        if args.self_test and not args.home else None
    try:
        return _run(args, Path(args.home) if args.home else scratch)
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def _run(args: argparse.Namespace, home: Path | None) -> int:
    from nomos_desk.ui import preflight
    from nomos_desk.ui.demo import SandboxProcess, SandboxStartError
    from nomos_desk.ui.profiles import AppPaths
    from nomos_desk.ui.single_instance import LOCK_FILE, InstanceLock

    paths = AppPaths(home)
    redaction = configure_logging(args.verbose, paths.log_dir)
    problem = preflight.check()
    if problem is not None:  # before the sandbox starts: nothing may be left running
        print(problem, file=sys.stderr)
        return 1
    lock = InstanceLock(paths.data_dir / LOCK_FILE)
    if not lock.acquire():
        if args.self_test:
            print("nomos-desk: another Nomos Desk uses this home; the self-test needs its own",
                  file=sys.stderr)
            return 1
        return _hand_over(paths, lock, args.link)
    try:
        demo = args.demo or args.self_test
        customers = args.demo_customers or (200 if args.self_test else 2000)
        sandbox = SandboxProcess(paths.sandbox_dir, customers=customers) if demo else None
        if sandbox is not None:
            sandbox.spawn()  # the server boots while the Qt imports below run
        try:
            return _run_app(args, paths, sandbox, redaction)
        except SandboxStartError as exc:
            print(f"nomos-desk: {exc}", file=sys.stderr)
            return 1
        finally:
            if sandbox is not None:
                sandbox.stop()  # also when start-up failed half-way
    finally:
        lock.release()


def _run_app(args: argparse.Namespace, paths: AppPaths, sandbox: SandboxProcess | None,
             redaction: RedactingFilter) -> int:
    _windows_identity()
    import qasync
    from PySide6.QtWidgets import QApplication

    from nomos_desk import __version__
    from nomos_desk.ui.crash import CrashReporter
    from nomos_desk.ui.i18n import Translations
    from nomos_desk.ui.links import Links
    from nomos_desk.ui.session import AppController
    from nomos_desk.ui.settings import AppSettings
    from nomos_desk.ui.single_instance import InstanceServer, server_name
    from nomos_desk.ui.theme import apply_theme, follow_system, icon

    log.debug("imports done after %.0f ms", (time.time() - _IMPORTED_AT) * 1000)
    _qt_messages_to_log()
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
    follow_system(app, lambda: args.theme or settings.value("theme"))
    translations = Translations(app)
    translations.apply(args.language or settings.value("language"))

    self_test = None
    if args.self_test:
        from nomos_desk.ui.selftest import SelfTest

        self_test = SelfTest()
    bench = os.environ.get("NOMOS_DESK_BENCH_STARTUP") == "1"

    def window_ready(window: MainWindow) -> None:
        if self_test is not None:
            controller.tasks.run("self-test", self_test_then_quit(window))
        if bench:
            _bench_ready(controller)

    async def self_test_then_quit(window: MainWindow) -> None:
        assert self_test is not None
        try:
            await self_test.run(window)
        finally:
            controller.request_quit()

    controller = AppController(paths, settings, sandbox=sandbox, translations=translations,
                               redaction=redaction, on_window_ready=window_ready)
    links = Links(controller)
    app.installEventFilter(links)  # nomos-desk:// URLs on macOS
    instance = InstanceServer(server_name(paths.data_dir))
    instance.received.connect(links.handle)
    instance.listen()
    if args.link:
        links.handle([args.link])

    log.debug("application and theme ready after %.0f ms", (time.time() - _IMPORTED_AT) * 1000)
    # Full garbage collections re-scan the import-time heap (Qt, pyqtgraph, httpx), which lives
    # as long as the process: 25-60 ms each, the largest event-loop stalls during an index sync.
    # Freezing it leaves collections only the objects made while the app runs.
    gc.collect()
    gc.freeze()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    crashes = CrashReporter(lambda: controller.window)
    crashes.install(loop)
    if hasattr(signal, "SIGTERM") and sys.platform != "win32":
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, controller.request_quit)
    try:
        with loop:
            status: int = loop.run_until_complete(controller.run())
    finally:
        crashes.uninstall()
        instance.close()
    if self_test is not None:
        return self_test.status if controller.window is not None else 1
    return status
