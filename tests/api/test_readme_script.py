"""The README's ten-line script works as printed, without Qt, against the sandbox."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .fakes import run
from .sandbox_kit import RO, SECRET, asgi_client

README_SCRIPT = '''\
import asyncio, os
from nomos_desk.api import F, NomosClient

async def main():
    url = os.environ.get("NOMOS_BASE_URL", "https://api.nomos.energy")
    secret = lambda: os.environ["NOMOS_CLIENT_SECRET"]  # or keyring.get_password(...)
    async with NomosClient(url, os.environ["NOMOS_CLIENT_ID"], secret) as nomos:
        async for sub in nomos.list_subscriptions(filters=F("status").eq("active")):
            print(sub.id, sub.number, sub.status, sub.start_at)

asyncio.run(main())
'''


def test_readme_script_lists_the_active_subscriptions(sandbox_server):
    assert len(README_SCRIPT.strip().splitlines()) <= 11
    env = {**os.environ, "NOMOS_BASE_URL": sandbox_server.base_url, "NOMOS_CLIENT_ID": RO,
           "NOMOS_CLIENT_SECRET": SECRET}
    code = README_SCRIPT.replace("asyncio.run(main())",
                                 "asyncio.run(main())\nimport sys\n"
                                 "assert not [m for m in sys.modules if m.startswith('PySide6')]")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr

    async def active():
        async with asgi_client(sandbox_server.app) as client:
            return [s.id async for s in client.list_subscriptions() if s.status == "active"]

    lines = done.stdout.splitlines()
    assert [line.split()[0] for line in lines] == run(active())
    assert all(line.split()[2] == "active" for line in lines)
