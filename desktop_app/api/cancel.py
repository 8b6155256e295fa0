"""Cancellation flag shared between the GUI thread and a worker thread."""

from __future__ import annotations

import threading


class CancelToken:
    """Thread-safe flag that a worker checks between the steps of a request.

    The GUI thread calls ``cancel()``; the worker reads ``cancelled`` before sending and between
    the chunks of the reply body. A token cannot be reset, so each request gets a new one.
    """

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the request that uses this token to stop."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether ``cancel()`` has been called."""
        return self._event.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until ``cancel()`` is called or ``timeout`` seconds pass.

        Returns:
            True when the token was cancelled, False on timeout.
        """
        return self._event.wait(timeout)

    def __repr__(self) -> str:
        return f"CancelToken(cancelled={self.cancelled})"
