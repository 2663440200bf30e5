"""The README's ten-line script works as printed, without Qt, against the sandbox."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from nomos_desk.sandbox.server import serve_in_thread

from .fakes import run
from .sandbox_kit import RO, SECRET, OneTokenBody, asgi_client

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_script() -> str:
    """The python block of the README's scripting section, exactly as printed there."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Scripting against Nomos"):]
    return section.split("```python\n", 1)[1].split("```", 1)[0]


README_SCRIPT = readme_script()


def run_readme_script(base_url: str) -> list[str]:
    assert len(README_SCRIPT.strip().splitlines()) <= 11
    env = {**os.environ, "NOMOS_BASE_URL": base_url, "NOMOS_CLIENT_ID": RO,
           "NOMOS_CLIENT_SECRET": SECRET}
    code = README_SCRIPT.replace("asyncio.run(main())",
                                 "asyncio.run(main())\nimport sys\n"
                                 "assert not [m for m in sys.modules if m.startswith('PySide6')]")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def active_ids(app) -> list[str]:
    async def active():
        async with asgi_client(app) as client:
            return [s.id async for s in client.list_subscriptions() if s.status == "active"]
    return run(active())


def test_readme_script_lists_the_active_subscriptions(sandbox_server):
    lines = run_readme_script(sandbox_server.base_url)
    assert [line.split()[0] for line in lines] == active_ids(sandbox_server.app)
    assert all(line.split()[2] == "active" for line in lines)


@pytest.mark.parametrize("only", ["json", "form"])
def test_readme_script_signs_in_where_the_token_endpoint_takes_one_body_format(sandbox_app, only):
    strict = OneTokenBody(sandbox_app, only)
    with serve_in_thread(strict) as server:
        lines = run_readme_script(server.base_url)
    assert [line.split()[0] for line in lines] == active_ids(sandbox_app)
