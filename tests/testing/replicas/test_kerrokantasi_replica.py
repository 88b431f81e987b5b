"""The Kerrokantasi replica speaks the API as source-apis.md §2 describes it, quirks included."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests

from harvester.testing.replicas.kerrokantasi import KerrokantasiReplica
from harvester.testing.replicas.kerrokantasi_data import DELETED_NOTICE, generate, hetu
from harvester.testing.replicas.registry import REPLICAS


@pytest.fixture(scope="module")
def replica() -> Iterator[KerrokantasiReplica]:
    with KerrokantasiReplica.generated(seed=3, records=300) as server:
        yield server


def get(replica: KerrokantasiReplica, path: str, **params: Any) -> Any:
    response = requests.get(f"{replica.url}{path}", params=params, timeout=5)
    response.raise_for_status()
    return response.json()


def test_lists_are_paged_by_50_by_default_with_absolute_next_links(replica: KerrokantasiReplica) -> None:
    page = get(replica, "/comment/")
    assert set(page) == {"count", "next", "previous", "results"}
    assert len(page["results"]) == 50 and page["count"] == len(replica.comment_ids)
    assert page["next"].startswith(f"{replica.url}/comment/?") and "offset=50" in page["next"]
    assert page["previous"] is None


def test_following_next_links_serves_every_comment_once(replica: KerrokantasiReplica) -> None:
    url: str | None = f"{replica.url}/comment/?limit=70&ordering=created_at"
    ids: list[int] = []
    while url:
        page = requests.get(url, timeout=5).json()
        ids += [comment["id"] for comment in page["results"]]
        url = page["next"]
    assert len(ids) == len(set(ids)) and set(ids) == replica.comment_ids


def test_the_nested_comments_endpoint_is_unpaged_without_limit(replica: KerrokantasiReplica) -> None:
    hearing_id = next(iter(sorted(replica.hearing_ids)))
    section = get(replica, f"/hearing/{hearing_id}/")["sections"][0]["id"]
    unpaged = get(replica, f"/hearing/{hearing_id}/sections/{section}/comments/")
    paged = get(replica, f"/hearing/{hearing_id}/sections/{section}/comments/", limit=1)
    assert isinstance(unpaged, list)
    assert isinstance(paged, dict) and paged["count"] == len(unpaged) and len(paged["results"]) <= 1


def test_translated_fields_hold_only_the_languages_that_have_a_value(replica: KerrokantasiReplica) -> None:
    hearings = get(replica, "/hearing/", limit=500)["results"]
    titles = [hearing["title"] for hearing in hearings]
    assert all(title.get("fi") for title in titles)
    assert any("en" not in title for title in titles)
    assert all(None not in title.values() and "" not in title.values() for title in titles)


def test_a_hearing_without_a_main_section_has_an_empty_string_abstract(replica: KerrokantasiReplica) -> None:
    hearings = get(replica, "/hearing/", limit=500)["results"]
    assert "" in [hearing["abstract"] for hearing in hearings]
    assert any(isinstance(hearing["abstract"], dict) for hearing in hearings)


def test_the_hearing_list_leaves_out_sections_and_contact_persons_the_detail_has(
    replica: KerrokantasiReplica,
) -> None:
    listed = get(replica, "/hearing/")["results"][0]
    detail = get(replica, f"/hearing/{listed['slug']}/")
    assert "sections" not in listed and "contact_persons" not in listed
    assert detail["id"] == listed["id"] and detail["contact_persons"][0]["email"]


def test_author_names_are_nulled_only_on_the_unfiltered_root_list(replica: KerrokantasiReplica) -> None:
    unfiltered = get(replica, "/comment/", limit=500)["results"]
    hearing = unfiltered[0]["hearing"]
    filtered = get(replica, "/comment/", hearing=hearing, limit=500)["results"]
    assert all(comment["author_name"] is None for comment in unfiltered)
    assert all(comment["author_name"] for comment in filtered)


def test_unpublished_and_future_hearings_and_their_comments_are_not_served() -> None:
    data = generate(400, 5)
    with KerrokantasiReplica(data.hearings, data.comments) as server:
        served = {hearing["id"] for hearing in get(server, "/hearing/", limit=500)["results"]}
        hidden = {h["id"] for h in data.hearings} - served
        comments = get(server, "/comment/", limit=1000)["results"]
        assert hidden and served == server.hearing_ids
        assert not {comment["hearing"] for comment in comments} & hidden
        assert requests.get(f"{server.url}/hearing/{sorted(hidden)[0]}/", timeout=5).status_code == 404


def test_created_at_gt_filters_and_a_bad_value_is_a_400(replica: KerrokantasiReplica) -> None:
    everything = get(replica, "/comment/", limit=1000, ordering="created_at")["results"]
    middle = everything[len(everything) // 2]["created_at"]
    later = get(replica, "/comment/", limit=1000, created_at__gt=middle)["results"]
    assert {c["id"] for c in later} == {c["id"] for c in everything if c["created_at"] > middle}
    bad = requests.get(f"{replica.url}/comment/", params={"created_at__gt": "yesterday"}, timeout=5)
    assert bad.status_code == 400 and "created_at__gt" in bad.json()


def test_edits_votes_and_deletions_do_not_move_created_at() -> None:
    with KerrokantasiReplica.generated(seed=6, records=60) as server:
        comment_id = min(server.comment_ids)
        before = server.comment(comment_id)["created_at"]
        server.edit_comment(comment_id, "Muokattu.")
        server.vote(comment_id, 3)
        server.delete_comment(comment_id, by="moderator")
        served = next(c for c in get(server, "/comment/", limit=500)["results"] if c["id"] == comment_id)
        assert server.comment(comment_id)["created_at"] == before
        assert served["deleted"] and served["deleted_by_type"] == "moderator"
        assert served["content"] == DELETED_NOTICE and served["geojson"] is None and served["edited"]


def test_added_comments_are_created_now_and_removed_ones_are_gone() -> None:
    with KerrokantasiReplica.generated(seed=7, records=60) as server:
        new = server.add_comment(content="Uusi kommentti.")
        gone = min(server.comment_ids)
        server.remove_comment(gone)
        assert new in server.comment_ids and gone not in server.comment_ids
        assert datetime.now(UTC) - server.comment(new)["created_at"] < timedelta(minutes=1)


def test_datetimes_are_rendered_in_helsinki_time(replica: KerrokantasiReplica) -> None:
    comment = get(replica, "/comment/")["results"][0]
    assert comment["created_at"].endswith(("+02:00", "+03:00"))


def test_generated_hetus_are_valid_including_the_2023_separators() -> None:
    import random

    rng = random.Random(1)
    codes = [hetu(rng) for _ in range(200)]
    for code in codes:
        digits = int(code[:6] + code[7:10])
        assert code[10] == "0123456789ABCDEFHJKLMNPRSTUVWXY"[digits % 31]
    assert {code[6] for code in codes} - {"-", "A"}


def test_fault_500_and_429_come_from_the_replica_base(replica: KerrokantasiReplica) -> None:
    replica.set_faults(1.0, kinds=("429",), retry_after=(1,))
    try:
        response = requests.get(f"{replica.url}/hearing/", timeout=5)
    finally:
        replica.set_faults(0.0)
    assert response.status_code == 429 and response.headers["Retry-After"] == "1"


def test_the_registry_builds_a_kerrokantasi_replica_from_seed_and_record_count() -> None:
    server = REPLICAS["kerrokantasi"](seed=1, records=50)
    assert isinstance(server, KerrokantasiReplica)
    with server:
        assert len(server.comment_ids) <= 50 and server.hearing_ids
