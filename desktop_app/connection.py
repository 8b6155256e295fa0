"""Clients for the active profile: the embedded sandbox for Demo, the keyring for the rest."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from typing import Any

from desktop_app.api.konnektive import KonnektiveClient, KonnektiveCredentials
from desktop_app.api.paay import PaayClient
from desktop_app.api.paay_jwt import ClaimLayout, layout_by_key
from desktop_app.sandbox import (
    SANDBOX_LOGIN_ID,
    SANDBOX_PAAY_API_KEY,
    SANDBOX_PAAY_SECRET,
    SANDBOX_PASSWORD,
    SandboxServer,
)
from desktop_app.storage.profiles import Profile
from desktop_app.storage.secrets import SecretStore

log = logging.getLogger(__name__)


class CredentialsMissing(LookupError):
    """A user profile has no loginId or password saved.

    Attributes:
        profile: The profile that lacks them.
        missing: Names of the missing secret fields.
    """

    def __init__(self, profile: Profile, missing: tuple[str, ...]) -> None:
        super().__init__(f"profile {profile.name!r} has no {', '.join(missing)} saved")
        self.profile = profile
        self.missing = missing


def claims_of(profile: Profile) -> ClaimLayout | dict[str, Any]:
    """Return the profile's own claims template if it has one, else its claims preset."""
    if profile.paay_claims_template.strip():
        template = json.loads(profile.paay_claims_template)
        if isinstance(template, dict):
            return template
    return layout_by_key(profile.paay_claim_layout)


class Connections:
    """Builds one Konnektive client per profile and reuses it until the profile changes.

    The demo profile talks to an embedded sandbox server on 127.0.0.1, started on
    first use and stopped by ``close()``.
    """

    def __init__(self, secrets: SecretStore,
                 sandbox_factory: Callable[[], SandboxServer] = SandboxServer) -> None:
        self._secrets = secrets
        self._sandbox_factory = sandbox_factory
        self._sandbox: SandboxServer | None = None
        self._clients: dict[str, tuple[Profile, KonnektiveClient]] = {}
        self._paay_clients: dict[str, tuple[Profile, PaayClient]] = {}
        self._lock = threading.Lock()

    @property
    def sandbox(self) -> SandboxServer | None:
        """The embedded server, once the demo profile has been used."""
        return self._sandbox

    def ensure_sandbox(self) -> SandboxServer:
        """Start the embedded sandbox server if it is not running, and return it."""
        with self._lock:
            if self._sandbox is None:
                server = self._sandbox_factory()
                server.start()
                log.info("Sandbox server started at %s", server.base_url)
                self._sandbox = server
            return self._sandbox

    def konnektive(self, profile: Profile) -> KonnektiveClient:
        """Return the client of ``profile``, building it on first use or after a change.

        Raises:
            CredentialsMissing: A user profile has no loginId or password.
            KeyringUnavailable: The keyring cannot be read and session-only use is off.
        """
        cached = self._clients.get(profile.id)
        if cached is not None and cached[0] == profile:
            return cached[1]
        if profile.is_sandbox:
            base_url = self.ensure_sandbox().base_url
            credentials = KonnektiveCredentials(SANDBOX_LOGIN_ID, SANDBOX_PASSWORD)
        else:
            login_id = self._secrets.get(profile.id, "loginId")
            password = self._secrets.get(profile.id, "password")
            missing = tuple(name for name, value in (("loginId", login_id), ("password", password))
                            if not value)
            if missing or login_id is None or password is None:
                raise CredentialsMissing(profile, missing)
            base_url = profile.konnektive_base_url
            credentials = KonnektiveCredentials(login_id, password)
        client = KonnektiveClient(base_url, credentials,
                                  add_response_type=profile.add_response_type,
                                  timeout=profile.timeout_seconds)
        old = self._clients.pop(profile.id, None)
        if old is not None:
            old[1].close()
        self._clients[profile.id] = (profile, client)
        return client

    def paay(self, profile: Profile) -> PaayClient:
        """Return the PAAY client of ``profile``, building it on first use or after a change.

        The demo profile talks to the sandbox's PAAY side with its fixed key and secret.

        Raises:
            CredentialsMissing: A user profile has no PAAY apiKey or secret.
            KeyringUnavailable: The keyring cannot be read and session-only use is off.
        """
        cached = self._paay_clients.get(profile.id)
        if cached is not None and cached[0] == profile:
            return cached[1]
        if profile.is_sandbox:
            base_url = self.ensure_sandbox().base_url
            api_key, secret = SANDBOX_PAAY_API_KEY, SANDBOX_PAAY_SECRET
        else:
            stored_key = self._secrets.get(profile.id, "paayApiKey")
            stored_secret = self._secrets.get(profile.id, "paaySecret")
            missing = tuple(name for name, value in (("paayApiKey", stored_key),
                                                     ("paaySecret", stored_secret)) if not value)
            if missing or stored_key is None or stored_secret is None:
                raise CredentialsMissing(profile, missing)
            base_url, api_key, secret = profile.paay_base_url, stored_key, stored_secret
        client = PaayClient(base_url, profile.paay_version, api_key, secret,
                            result_path=profile.paay_result_path,
                            browser_path=profile.paay_browser_path,
                            three_ri_path=profile.paay_3ri_path,
                            claim_layout=claims_of(profile),
                            token_lifetime=profile.paay_token_lifetime,
                            timeout=profile.timeout_seconds)
        self._forget_paay(profile.id)
        self._paay_clients[profile.id] = (profile, client)
        return client

    def forget(self, profile_id: str) -> None:
        """Close and drop the cached clients of a profile, e.g. after its secrets changed."""
        cached = self._clients.pop(profile_id, None)
        if cached is not None:
            cached[1].close()
        self._forget_paay(profile_id)

    def _forget_paay(self, profile_id: str) -> None:
        cached = self._paay_clients.pop(profile_id, None)
        if cached is not None:
            cached[1].close()

    def close(self) -> None:
        """Close every client and stop the sandbox server."""
        for profile_id in {*self._clients, *self._paay_clients}:
            self.forget(profile_id)
        if self._sandbox is not None:
            self._sandbox.stop()
            self._sandbox = None
