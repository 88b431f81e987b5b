"""Our own exceptions: each message is written for the data steward or operator who has to act on it."""

from __future__ import annotations

import logging
import re

# user:password@ (or a lone user@) in the authority of a URL: `scheme://` then no '/', '?', '#' or space
_URL_CREDENTIALS = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/?#@\s]+@")


def without_credentials(text: str) -> str:
    """`text` with credentials written into any URL in it (`http://user:pw@host`) replaced by `***`, so that
    no message, run report, runs-table entry or log line repeats them."""
    return _URL_CREDENTIALS.sub(r"\1***@", text)


_SECRETS: set[str] = set()


def register_secret(value: str) -> None:
    """Mask `value` (a webhook URL's token path, say) in every log line from now on: urllib3 logs the path
    of each request it sends at debug level (`harvester -v`). Values under 8 characters are not masked."""
    if len(value) >= 8 and value not in _SECRETS:
        _SECRETS.add(value)
        connection_log = logging.getLogger("urllib3.connectionpool")
        if not any(isinstance(f, RedactingFilter) for f in connection_log.filters):
            connection_log.addFilter(RedactingFilter())


def redacted(text: str) -> str:
    """`text` without URL credentials and without any registered secret."""
    text = without_credentials(text)
    for secret in _SECRETS:
        text = text.replace(secret, "***")
    return text


class RedactingFilter(logging.Filter):
    """A logging filter that rewrites a record's message through `redacted` (installed on the CLI's log
    handler and on urllib3's connection log)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redacted(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


class HarvesterError(Exception):
    """Base of every error the harvester reports without a traceback. Its message never holds credentials
    written into a URL (they are masked here, once, for every subclass)."""

    exit_code = 1

    def __init__(self, *args: object) -> None:
        super().__init__(*(without_credentials(a) if isinstance(a, str) else a for a in args))


class ConfigError(HarvesterError):
    """A configuration or job file is wrong; names the file, the key and the reason."""

    exit_code = 2

    def __init__(self, file: str, key: str, reason: str) -> None:
        self.file, self.key, self.reason = file, key, without_credentials(reason)
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
        self.record, self.field, self.reason = record, field, without_credentials(reason)
        super().__init__(f"record {record}: field {field!r}: {self.reason}")


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


class InputError(HarvesterError):
    """A file given to a steward command (`validate`, `pii`) cannot be read within its limits: too long a
    line or field, too many columns, not UTF-8, binary. Names the file, the line and the limit's option."""

    exit_code = 1
