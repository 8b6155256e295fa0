"""Profile secrets (API login, password, PAAY key and secret) kept in the system keyring.

Secrets never go into a file of this application and are never logged. When no
usable keyring exists, the user can choose to keep secrets in memory for the
running process only (``SecretStore.use_session_only``).

Backends from the ``keyrings.alt`` package (plaintext or weakly encrypted files) and
the ``null`` backend (which discards everything) count as unavailable.
"""

from __future__ import annotations

import logging
import threading

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import chainer, fail, null

log = logging.getLogger(__name__)

SECRET_FIELDS = ("loginId", "password", "paayApiKey", "paaySecret")
"""Names of the secrets stored per profile."""

_PROBE_USERNAME = "availability-probe"
_REJECTED_MODULE_PREFIX = "keyrings.alt"


def _backend_errors() -> tuple[type[Exception], ...]:
    errors: list[type[Exception]] = [keyring.errors.KeyringError]
    try:
        # The Secret Service backend lets some D-Bus failures escape unwrapped.
        from secretstorage.exceptions import SecretStorageException
    except ImportError:
        pass
    else:
        errors.append(SecretStorageException)
    return tuple(errors)


_BACKEND_ERRORS = _backend_errors()


def describe_backend(backend: keyring.backend.KeyringBackend) -> str:
    """Return ``module.Class`` of a keyring backend, for messages and logs."""
    backend_class = type(backend)
    return f"{backend_class.__module__}.{backend_class.__name__}"


class KeyringUnavailable(RuntimeError):
    """No usable keyring, or the keyring rejected a read or write.

    Attributes:
        backend_name: ``module.Class`` of the keyring backend.
        reason: Why it is unusable: the keyring error text or the rejection reason.
    """

    def __init__(self, backend_name: str, reason: str) -> None:
        self.backend_name = backend_name
        self.reason = reason
        super().__init__(
            f"The system keyring is not available ({backend_name}): {reason}. "
            "Install and unlock a system keyring (on Linux a Secret Service provider such "
            "as GNOME Keyring or KWallet), or keep secrets for this session only."
        )


class SecretStore:
    """Per-profile secrets in the system keyring, or in memory in session-only mode.

    The keyring entry of a secret has the service ``SERVICE`` and the username
    ``"<profile_id>:<field>"``. The object is safe to use from several threads.
    """

    SERVICE = "konnektive-desk"

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = keyring.get_keyring() if backend is None else backend
        self._lock = threading.Lock()
        self._usable_backend: keyring.backend.KeyringBackend | None = None
        self._unavailable_reason: str | None = None  # None until probed
        self._session_only = False
        self._session_values: dict[tuple[str, str], str] = {}

    def backend_name(self) -> str:
        """Return ``module.Class`` of the keyring backend given or found at construction."""
        return describe_backend(self._backend)

    def keyring_available(self) -> bool:
        """Return whether secrets can be kept in the keyring.

        The first call reads a probe entry from the backend (which may show an unlock
        prompt) and the answer is cached for the lifetime of this object.
        """
        with self._lock:
            if self._unavailable_reason is None:
                self._probe()
            return self._usable_backend is not None

    @property
    def unavailable_reason(self) -> str:
        """Why the keyring is unusable, or ``""`` when it is usable."""
        self.keyring_available()
        return self._unavailable_reason or ""

    @property
    def session_only(self) -> bool:
        """True after ``use_session_only()``: secrets live only in memory of this process."""
        return self._session_only

    def use_session_only(self) -> None:
        """Keep secrets only in memory from now on.

        Afterwards ``get``, ``set`` and ``delete`` no longer use the keyring. Only
        ``delete_profile`` still removes a profile's keyring entries.
        """
        with self._lock:
            self._session_only = True
        log.info("Secrets are kept in memory for this session only")

    def get(self, profile_id: str, field: str) -> str | None:
        """Return a secret of a profile, or None when none is stored.

        Raises:
            ValueError: ``field`` is not in ``SECRET_FIELDS`` or ``profile_id`` is empty.
            KeyringUnavailable: The keyring is unusable (and session-only mode is off) or
                rejected the read, for example because the user dismissed the unlock prompt.
        """
        _check_key(profile_id, field)
        if self._session_only:
            with self._lock:
                return self._session_values.get((profile_id, field))
        backend = self._require_backend()
        try:
            return backend.get_password(self.SERVICE, _username(profile_id, field))
        except _BACKEND_ERRORS as exc:
            raise KeyringUnavailable(describe_backend(backend), str(exc)) from exc

    def set(self, profile_id: str, field: str, value: str) -> None:
        """Store a secret of a profile, replacing any earlier value.

        Raises:
            ValueError: ``field`` is not in ``SECRET_FIELDS`` or ``profile_id`` is empty.
            KeyringUnavailable: The keyring is unusable (and session-only mode is off) or
                rejected the write.
        """
        _check_key(profile_id, field)
        if self._session_only:
            with self._lock:
                self._session_values[(profile_id, field)] = value
            return
        backend = self._require_backend()
        try:
            backend.set_password(self.SERVICE, _username(profile_id, field), value)
        except _BACKEND_ERRORS as exc:
            raise KeyringUnavailable(describe_backend(backend), str(exc)) from exc
        log.debug("Stored secret %s of profile %s in %s", field, profile_id, self.backend_name())

    def delete(self, profile_id: str, field: str) -> None:
        """Remove one secret of a profile; a missing secret is not an error.

        Raises:
            ValueError: ``field`` is not in ``SECRET_FIELDS`` or ``profile_id`` is empty.
            KeyringUnavailable: The keyring is unusable (and session-only mode is off) or
                rejected the removal.
        """
        _check_key(profile_id, field)
        with self._lock:
            self._session_values.pop((profile_id, field), None)
        if self._session_only:
            return
        self._delete_from_keyring(self._require_backend(), profile_id, field)

    def delete_profile(self, profile_id: str) -> None:
        """Remove all secrets of a profile, ignoring the ones that are not stored.

        The in-memory values are always dropped. The keyring entries are removed whenever
        the keyring is usable, in session-only mode too, so that a deleted profile leaves
        nothing behind. With an unusable keyring there is nothing this process can remove;
        that case is logged and not raised.

        Raises:
            ValueError: ``profile_id`` is empty.
            KeyringUnavailable: The keyring is usable but rejected a removal.
        """
        _check_profile_id(profile_id)
        with self._lock:
            for field in SECRET_FIELDS:
                self._session_values.pop((profile_id, field), None)
        if not self.keyring_available():
            log.info(
                "Keyring %s is unavailable (%s); no keyring entries removed for profile %s",
                self.backend_name(),
                self.unavailable_reason,
                profile_id,
            )
            return
        backend = self._require_backend()
        for field in SECRET_FIELDS:
            self._delete_from_keyring(backend, profile_id, field)

    def _delete_from_keyring(
        self, backend: keyring.backend.KeyringBackend, profile_id: str, field: str
    ) -> None:
        try:
            backend.delete_password(self.SERVICE, _username(profile_id, field))
        except keyring.errors.PasswordDeleteError:
            pass  # not stored
        except _BACKEND_ERRORS as exc:
            raise KeyringUnavailable(describe_backend(backend), str(exc)) from exc

    def _require_backend(self) -> keyring.backend.KeyringBackend:
        with self._lock:
            if self._unavailable_reason is None:
                self._probe()
            backend = self._usable_backend
            reason = self._unavailable_reason or ""
        if backend is None:
            raise KeyringUnavailable(self.backend_name(), reason)
        return backend

    def _probe(self) -> None:
        """Set ``_usable_backend`` and ``_unavailable_reason``; the caller holds the lock."""
        candidate, reason = _select_backend(self._backend)
        if candidate is not None:
            try:
                candidate.get_password(self.SERVICE, _PROBE_USERNAME)
            except _BACKEND_ERRORS as exc:
                candidate, reason = None, f"{type(exc).__name__}: {exc}"

        self._usable_backend = candidate
        self._unavailable_reason = reason
        if candidate is None:
            log.warning("Keyring %s is unavailable: %s", self.backend_name(), reason)
        else:
            log.info("Using keyring %s", describe_backend(candidate))


def _select_backend(
    backend: keyring.backend.KeyringBackend,
) -> tuple[keyring.backend.KeyringBackend | None, str]:
    """Return the backend to use and ``""``, or None and the reason none is usable.

    A chainer is used as is when all its backends are acceptable. Otherwise its
    acceptable backend with the highest priority is used on its own, because the
    chainer writes to the first member by priority that implements writing, which
    may be a rejected one.
    """
    if isinstance(backend, chainer.ChainerBackend):
        members = list(backend.backends)
        if not members:
            return None, "the keyring chain contains no backends"
        accepted = [member for member in members if not _rejection_reason(member)]
        if not accepted:
            return None, "; ".join(_rejection_reason(member) for member in members)
        if len(accepted) == len(members):
            return backend, ""
        return accepted[0], ""

    reason = _rejection_reason(backend)
    return (None, reason) if reason else (backend, "")


def _rejection_reason(backend: keyring.backend.KeyringBackend) -> str:
    name = describe_backend(backend)
    if name.startswith(_REJECTED_MODULE_PREFIX):
        return f"{name} keeps secrets in a file and is not used"
    if isinstance(backend, fail.Keyring):
        return "no keyring backend is installed or running"
    if isinstance(backend, null.Keyring):
        return f"{name} discards every secret"
    return ""


def _check_key(profile_id: str, field: str) -> None:
    if field not in SECRET_FIELDS:
        raise ValueError(f"Unknown secret field {field!r}. Use one of {', '.join(SECRET_FIELDS)}.")
    _check_profile_id(profile_id)


def _check_profile_id(profile_id: str) -> None:
    if not profile_id:
        raise ValueError("The profile id is empty. Pass the id of a saved profile.")


def _username(profile_id: str, field: str) -> str:
    return f"{profile_id}:{field}"
