"""Our own exceptions: each message is written for the data steward or operator who has to act on it."""

from __future__ import annotations


class HarvesterError(Exception):
    """Base of every error the harvester reports without a traceback."""

    exit_code = 1


class ConfigError(HarvesterError):
    """A configuration or job file is wrong; names the file, the key and the reason."""

    exit_code = 2

    def __init__(self, file: str, key: str, reason: str) -> None:
        self.file, self.key, self.reason = file, key, reason
        super().__init__(f"{file}: {key}: {reason}")


class JobLockedError(HarvesterError):
    """Another process holds the job's lock; the run did not start."""

    exit_code = 3


class SourceError(HarvesterError):
    """The source system could not be read (network, HTTP status, malformed payload)."""

    exit_code = 4


class RecordError(HarvesterError):
    """One record could not be normalised; it is quarantined and the run goes on."""

    def __init__(self, record: str, field: str, reason: str) -> None:
        self.record, self.field, self.reason = record, field, reason
        super().__init__(f"record {record}: field {field!r}: {reason}")


class ValidationFailedError(HarvesterError):
    """Rows failed schema validation and the job is set to fail rather than quarantine."""

    exit_code = 5


class PublishError(HarvesterError):
    """The target refused or failed to publish; nothing was committed, the next run redoes it."""

    exit_code = 6


class RemovalThresholdError(HarvesterError):
    """The run would remove more rows than the job allows; refused unless forced."""

    exit_code = 8


class KAnonymityError(HarvesterError):
    """The published table would be less k-anonymous than the job requires; refused."""

    exit_code = 9


class StoppedError(HarvesterError):
    """A stop was requested (SIGTERM/SIGINT) before the run could commit; nothing was committed."""

    exit_code = 130


class PolicyError(HarvesterError):
    """A field policy is malformed or unsafe."""

    exit_code = 2


class StateError(HarvesterError):
    """The state store cannot be opened or is inconsistent."""

    exit_code = 7
