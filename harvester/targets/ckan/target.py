"""Publishes a job's dataset to CKAN (hri.fi): metadata, the CSV and datapackage.json, and DataStore rows.

Idempotent by construction: every run reads the dataset (`package_show`), compares it with what it should
be, and writes only the difference — a patch of the changed fields, an upload only when a file's hash
changed, DataStore writes only for changed rows. A run with nothing to do makes no write call, and a run
that failed halfway is completed by the next one (resources are found by name, never created twice).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import requests

from harvester.core.config import CkanSettings
from harvester.core.errors import ConfigError, PublishError
from harvester.targets.base import ChangeSet, DatasetVersion, PublishResult, Target
from harvester.targets.ckan.api import CkanApi
from harvester.targets.ckan.datastore import CHANGES, DataStorePlan, DataStoreSync
from harvester.targets.ckan.files import FileBody, csv_body, datapackage_body, file_body
from harvester.targets.ckan.profiles import (
    CSV_RESOURCE,
    DATAPACKAGE_RESOURCE,
    MetadataProfile,
    profile_named,
)

log = logging.getLogger(__name__)

DATAPACKAGE = "datapackage.json"
FORMATS = {CSV_RESOURCE: ("CSV", "text/csv"), DATAPACKAGE_RESOURCE: ("JSON", "application/json")}


@dataclass
class ResourcePlan:
    """One resource file: what CKAN has (None: not yet) and what to write."""

    kind: str
    body: FileBody
    current: Mapping[str, Any] | None
    fields: dict[str, Any]
    changed_fields: dict[str, Any] = field(default_factory=dict)
    upload: bool = False

    @property
    def writes(self) -> bool:
        return self.upload or bool(self.changed_fields)

    def describe(self) -> str:
        name = self.body.filename
        if self.current is None:
            return (
                f"create resource {name!r} and upload {self.body.size} bytes (sha256 {self.body.sha256[:12]})"
            )
        parts = []
        if self.upload:
            parts.append(f"upload {self.body.size} bytes (sha256 {self.body.sha256[:12]})")
        if self.changed_fields:
            parts.append("update fields " + ", ".join(sorted(self.changed_fields)))
        return f"resource {name!r}: " + ("; ".join(parts) if parts else "unchanged")


def _find_resource(package: Mapping[str, Any] | None, filename: str) -> Mapping[str, Any] | None:
    """A resource of the package by name, or by an uploaded file's name (the url ends /download/NAME)."""
    if not package:
        return None
    resources = package.get("resources") or []
    for resource in resources:
        if resource.get("name") == filename:
            return resource
    for resource in resources:
        if resource.get("url_type") == "upload" and str(resource.get("url", "")).endswith("/" + filename):
            return resource
    return None


def _form_value(value: Any) -> str:
    """A multipart upload carries only strings: dicts and lists travel as JSON text (hri.fi accepts it)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


class CkanTarget(Target):
    """One CKAN dataset per job, named after the job, in an organisation that already exists."""

    name: ClassVar[str] = "ckan"

    def __init__(
        self,
        settings: CkanSettings,
        *,
        jobs_dir: Path | None = None,
        session: requests.Session | None = None,
        upsert_batch: int | None = None,
    ) -> None:
        self.settings = settings
        self.profile: MetadataProfile = profile_named(settings.profile)
        self.jobs_dir = jobs_dir
        self.api = CkanApi(
            settings.url,
            settings.token(),
            timeout=settings.timeout,
            token_env=settings.token_env,
            session=session,
        )
        self.upsert_batch = upsert_batch

    @classmethod
    def from_config(cls, config: Any) -> CkanTarget:
        return cls(config.ckan, jobs_dir=getattr(config, "jobs_dir", None))

    # -- checks -------------------------------------------------------------------------------------

    def check_metadata(self, dataset: DatasetVersion) -> None:
        """Refuse, before any call, metadata the portal would refuse; names the job, the field and why."""
        problems = self.profile.problems(dataset.metadata)
        if not problems:
            return
        where = str(self.jobs_dir / f"{dataset.name}.yaml") if self.jobs_dir else f"job {dataset.name}"
        key = ", ".join(f"dataset.{name}" for name, _ in problems)
        reasons = "; ".join(f"dataset.{name} {reason}" for name, reason in problems)
        raise ConfigError(
            where,
            key,
            f"job {dataset.name!r} cannot be published with CKAN profile {self.profile.name!r}: {reasons}",
        )

    # -- publish ------------------------------------------------------------------------------------

    def publish(self, dataset: DatasetVersion, changes: ChangeSet, *, dry_run: bool = False) -> PublishResult:
        self.check_metadata(dataset)
        name = dataset.name
        current = self._current(name)
        csv_name = f"{name}.csv"
        csv_current = _find_resource(current, csv_name)
        sync = DataStoreSync(
            self.api,
            dataset,
            progress=self.progress,
            **({"upsert_batch": self.upsert_batch} if self.upsert_batch else {}),
        )
        datastore = sync.plan(csv_current, csv_name, changes)
        datastore_done = not dry_run and datastore.mode == CHANGES
        if datastore_done:
            assert csv_current is not None
            bodies = sync.apply_changes_while(
                datastore, csv_current["id"], changes, lambda: self._bodies(dataset)
            )
        else:
            bodies = self._bodies(dataset)
        try:
            return self._publish(
                dataset, current, bodies, sync, datastore, dry_run=dry_run, datastore_done=datastore_done
            )
        finally:
            for body in bodies.values():
                body.close()

    def _current(self, name: str) -> Mapping[str, Any] | None:
        """The dataset as CKAN has it, or None (then its organisation must exist)."""
        current = self.api.call("package_show", name, {"id": name}, missing_ok=True)
        if current is None:
            self._require_organisation(name)
        elif current.get("state") == "deleted":
            raise PublishError(
                f"dataset {name!r} exists in CKAN at {self.settings.url} but is deleted; a sysadmin must "
                "purge it (or restore it with state=active) before it can be published again"
            )
        return current

    def _bodies(self, dataset: DatasetVersion) -> dict[str, FileBody]:
        csv_name = f"{dataset.name}.csv"
        extra = dataset.extra_files
        csv = (
            file_body(csv_name, extra[csv_name])
            if csv_name in extra
            else csv_body(csv_name, dataset.csv_lines())
        )
        if DATAPACKAGE in extra:
            package = file_body(DATAPACKAGE, extra[DATAPACKAGE])
        else:
            package = datapackage_body(dataset, csv)
        return {CSV_RESOURCE: csv, DATAPACKAGE_RESOURCE: package}

    def _publish(
        self,
        dataset: DatasetVersion,
        current: Mapping[str, Any] | None,
        bodies: dict[str, FileBody],
        sync: DataStoreSync,
        datastore: DataStorePlan,
        *,
        dry_run: bool,
        datastore_done: bool,
    ) -> PublishResult:
        name = dataset.name
        resources = [
            self._plan_resource(kind, bodies[kind], current, dataset)
            for kind in (CSV_RESOURCE, DATAPACKAGE_RESOURCE)
        ]
        csv_plan = resources[0]
        metadata = dict(dataset.metadata)
        if current is not None and not (csv_plan.upload or datastore.writes):
            # date_updated says when the data last changed: a run that changes no data leaves it alone.
            metadata.pop("date_updated", None)
        wanted = self.profile.dataset_fields(metadata)
        patch = self.profile.changed_fields(current, wanted) if current is not None else dict(wanted)
        if current is not None and self._organisation_of(current) != self.settings.organization:
            patch["owner_org"] = self.settings.organization

        actions = self._describe(name, current, patch, resources, datastore)
        writes = current is None or bool(patch) or any(r.writes for r in resources) or datastore.writes
        if dry_run or not writes:
            return PublishResult(changed=False, actions=actions)

        if current is None:
            log.info("creating CKAN dataset %s", name)
            current = self.api.call(
                "package_create", name, {**wanted, "name": name, "owner_org": self.settings.organization}
            )
        elif patch:
            log.info("patching CKAN dataset %s: %s", name, ", ".join(sorted(patch)))
            current = self.api.call("package_patch", name, {**patch, "id": current["id"]})
        csv_resource = None
        for plan in resources:
            written = self._apply_resource(plan, current["id"], name)
            if plan.kind == CSV_RESOURCE:
                csv_resource = written
        assert csv_resource is not None
        if not datastore_done:
            sync.load(datastore, csv_resource["id"])
        return PublishResult(changed=True, actions=actions)

    def _organisation_of(self, package: Mapping[str, Any]) -> str | None:
        """The dataset's organisation as config names it (CKAN shows a name, and the id in owner_org)."""
        organisation = package.get("organization") or {}
        if self.settings.organization in (organisation.get("name"), organisation.get("id")):
            return self.settings.organization
        return organisation.get("name") or package.get("owner_org")

    def _require_organisation(self, dataset_name: str) -> None:
        organisation = self.settings.organization
        found = self.api.call("organization_show", dataset_name, {"id": organisation}, missing_ok=True)
        if found is None:
            raise PublishError(
                f"dataset {dataset_name!r}: organisation {organisation!r} does not exist in CKAN at "
                f"{self.settings.url}; the harvester never creates organisations — ask a CKAN sysadmin "
                "to create it, or set ckan.organization to an existing one"
            )

    def _plan_resource(
        self, kind: str, body: FileBody, package: Mapping[str, Any] | None, dataset: DatasetVersion
    ) -> ResourcePlan:
        fmt, mimetype = FORMATS[kind]
        fields = {
            **self.profile.resource_fields(kind, body.filename, dataset.metadata),
            "format": fmt,
            "mimetype": mimetype,
        }
        current = _find_resource(package, body.filename)
        plan = ResourcePlan(kind, body, current, fields)
        if current is None:
            plan.upload = True
        else:
            plan.upload = current.get("hash") not in (body.sha256, body.sha1)
            plan.changed_fields = self.profile.changed_fields(current, fields)
        return plan

    def _apply_resource(self, plan: ResourcePlan, package_id: str, dataset_name: str) -> Mapping[str, Any]:
        if not plan.writes:
            assert plan.current is not None
            return plan.current
        upload = {"upload": (plan.body.filename, plan.body.open())} if plan.upload else None
        data: dict[str, Any] = dict(plan.fields if plan.current is None else plan.changed_fields)
        if plan.upload:
            data["hash"] = plan.body.sha256
            data = {key: _form_value(value) for key, value in data.items()}
        if plan.current is None:
            log.info("creating CKAN resource %s in %s", plan.body.filename, dataset_name)
            return self.api.call("resource_create", dataset_name, {**data, "package_id": package_id}, upload)
        log.info("updating CKAN resource %s in %s", plan.body.filename, dataset_name)
        return self.api.call("resource_patch", dataset_name, {**data, "id": plan.current["id"]}, upload)

    def _describe(
        self,
        name: str,
        current: Mapping[str, Any] | None,
        patch: Mapping[str, Any],
        resources: list[ResourcePlan],
        datastore: DataStorePlan,
    ) -> list[str]:
        actions = []
        if current is None:
            actions.append(
                f"create dataset {name!r} in organisation {self.settings.organization!r} "
                f"with fields {', '.join(sorted(patch))}"
            )
        elif patch:
            actions.append(f"patch dataset {name!r}: {', '.join(sorted(patch))}")
        else:
            actions.append(f"dataset {name!r}: metadata unchanged")
        actions.extend(plan.describe() for plan in resources)
        actions.append(datastore.describe())
        return actions

    def close(self) -> None:
        self.api.close()
