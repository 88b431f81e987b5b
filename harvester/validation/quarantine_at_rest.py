"""What a quarantined record keeps in the state store: what a retry needs, its personal fields encrypted.

A record set aside (quarantined) is tried again by later runs, so a fixed schema or policy publishes it;
that retry runs the record through normalisation and the policy again and so needs the record whole. Until
now its raw payload (names, e-mails, phone numbers) stayed in the state database in clear, for good. Now:

- Fields the job's policy publishes as they are (`keep`) stay in clear: they are published anyway.
- Every other field (scrub, pseudonym, generalise, drop, and fields the policy does not name) is personal:
  encrypted with Fernet (AES-128-CBC + HMAC-SHA-256, `cryptography`) under the key in the environment
  variable `secrets.quarantine_key_env` names (default HARVESTER_QUARANTINE_KEY). Without that key they are
  dropped, their names kept: such an entry is not retried from the state store (it would publish blanks),
  and waits for the source to send the record again (an incremental run that re-reads it, or `--full`).
  An entry whose key was changed since cannot be read either, and is treated the same way.
- Entries expire `pipeline.quarantine_retention_days` (default 30) days after the record was first set
  aside, whatever happens to them meanwhile; each run removes the expired ones of its job first and its run
  report says how many (`quarantine` in run-<id>.json).

A key is made once with `python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.fernet import Fernet, InvalidToken

from harvester.anonymise.policy import FieldPolicy
from harvester.core.config import Config
from harvester.core.errors import ConfigError

DEFAULT_RETENTION_DAYS = 30
DEFAULT_KEY_ENV = "HARVESTER_QUARANTINE_KEY"
#: Marks an entry stored this way; an entry without it is an earlier version's raw record.
MARK = "harvester_quarantine_entry"
DAY = 86400.0


@dataclass(frozen=True)
class QuarantineSettings:
    """`pipeline.quarantine_retention_days` and `secrets.quarantine_key_env` of config.yaml."""

    retention_days: float = DEFAULT_RETENTION_DAYS
    key_env: str = DEFAULT_KEY_ENV

    @classmethod
    def from_config(cls, config: Config) -> QuarantineSettings:
        file = str(config.path)
        days = config.section("pipeline").get("quarantine_retention_days", DEFAULT_RETENTION_DAYS)
        if not isinstance(days, int | float) or isinstance(days, bool) or days <= 0:
            raise ConfigError(
                file, "pipeline.quarantine_retention_days", f"must be a positive number of days, got {days!r}"
            )
        key_env = config.section("secrets").get("quarantine_key_env", DEFAULT_KEY_ENV)
        if not isinstance(key_env, str) or not key_env:
            raise ConfigError(file, "secrets.quarantine_key_env", f"must name an environment variable, got {key_env!r}")
        return cls(float(days), key_env)

    def fernet(self, config_file: str) -> Fernet | None:
        """The cipher of the key in the environment, None when the variable is unset or empty."""
        value = os.environ.get(self.key_env)
        if not value:
            return None
        try:
            return Fernet(value.encode())
        except ValueError:
            raise ConfigError(
                config_file,
                "secrets.quarantine_key_env",
                f"the environment variable {self.key_env} must hold a Fernet key (32 bytes in URL-safe base64; "
                "make one with `python -c \"from cryptography.fernet import Fernet; "
                "print(Fernet.generate_key().decode())\"`)",
            ) from None


class QuarantineSealer:
    """Turns a raw record into the entry the state store keeps (`seal`) and back for a retry (`open`)."""

    def __init__(self, policy: FieldPolicy, fernet: Fernet | None) -> None:
        self._kept = frozenset(name for name, rule in policy.rules.items() if rule.action == "keep")
        self._fernet = fernet

    @property
    def personal_fields(self) -> str:
        """What happens to personal fields at rest, for the run report."""
        return "encrypted" if self._fernet is not None else "dropped"

    def seal(self, raw: Any) -> str:
        """The stored JSON of a quarantined record: kept fields in clear, the others encrypted or left out."""
        record = raw if isinstance(raw, Mapping) else {"": raw}
        clear = {name: value for name, value in record.items() if name in self._kept}
        personal = {name: value for name, value in record.items() if name not in self._kept}
        entry: dict[str, Any] = {MARK: 1, "clear": clear}
        if personal:
            if self._fernet is not None:
                # ASCII JSON: a lone surrogate ("\ud800") stays escaped, and reads back the same
                data = json.dumps(personal, default=str).encode("ascii")
                entry["sealed"] = self._fernet.encrypt(data).decode()
            else:
                entry["withheld"] = sorted(personal)
        text = json.dumps(entry, ensure_ascii=False, default=str)
        if not text.isascii():
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate in a kept field: kept escaped
                text = json.dumps(entry, default=str)
        return text

    @staticmethod
    def is_sealed(stored: Any) -> bool:
        return isinstance(stored, Mapping) and MARK in stored

    def open(self, stored: Any) -> dict[str, Any] | None:
        """The record for a retry, or None when it cannot be had whole (fields withheld, or another key)."""
        if not self.is_sealed(stored):
            return stored  # an earlier version's raw record (sealed when it is quarantined again)
        if "withheld" in stored:
            return None
        record = dict(stored.get("clear") or {})
        if "sealed" in stored:
            if self._fernet is None:
                return None
            try:
                record.update(json.loads(self._fernet.decrypt(stored["sealed"].encode())))
            except InvalidToken:
                return None
        return record.get("", record) if set(record) == {""} else record
