"""A network that loses a write's answer and then the whole line, for "never twice" tests."""

from __future__ import annotations

import httpx


def lose_the_answer_and_the_line(network, method: str, path: str, *, stored: bool = True,
                                 then: type[httpx.TransportError] = httpx.ConnectError
                                 ) -> dict[str, bool]:
    """The next `method` request whose path ends with `path` gets no answer (a read
    timeout); with `stored` it reached the sandbox first, so Nomos has it. Every request
    after it fails with `then` until the returned state's "down" is set back to False."""
    inner = network.handle_async_request
    state = {"down": False}

    async def cable(request: httpx.Request) -> httpx.Response:
        if request.method == method and request.url.path.endswith(path) and not state["down"]:
            if stored:
                await inner(request)
            state["down"] = True
            raise httpx.ReadTimeout("no answer", request=request)
        if state["down"]:
            raise then("network is unreachable", request=request)
        return await inner(request)

    network.handle_async_request = cable
    return state
