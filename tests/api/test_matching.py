"""``/api/match``: the same objects as ``check --json``, for one name or a batch."""

from __future__ import annotations

from typing import Any

import pytest

CHECK_KEYS = {"query", "as_of", "snapshot", "matches", "namesakes", "coverage", "sources"}  # added after the first four
MATCH_KEYS = {"organization", "score", "matched_name", "explanation", "reasons", "shared_name", "group"}


@pytest.mark.parametrize("name", ["Amnesty International", "амнистия", "Международная амнистия"])
def test_amnesty_is_found_in_both_scripts(client: Any, name: str) -> None:
    body = client.get("/api/match", params={"q": name}).json()
    assert set(body) == CHECK_KEYS
    assert body["query"] == name
    top = body["matches"][0]
    assert set(top) == MATCH_KEYS
    assert "amnesty" in top["organization"]["id"]
    assert 0 < top["score"] <= 1 and top["explanation"]


def test_unrelated_name_has_no_match(client: Any) -> None:
    assert client.get("/api/match", params={"q": "Acme Widgets Manufacturing"}).json()["matches"] == []


def test_batch_answers_each_name_in_order(client: Any) -> None:
    body = client.post(
        "/api/match", json={"names": ["Bellingcat", "Acme Widgets Manufacturing"], "as_of": "2023-01-01"}
    ).json()
    assert body["as_of"] == "2023-01-01"
    assert [r["query"] for r in body["results"]] == ["Bellingcat", "Acme Widgets Manufacturing"]
    first = body["results"][0]["matches"][0]["organization"]
    assert first["designated"] is True
    assert body["results"][1]["matches"] == []


def test_batch_accepts_a_thousand_names(client: Any) -> None:
    body = client.post("/api/match", json={"names": ["Bellingcat"] * 1000, "limit": 1}).json()
    assert len(body["results"]) == 1000


def test_threshold_and_limit_bound_the_matches(client: Any) -> None:
    loose = client.get("/api/match", params={"q": "Open Society", "threshold": 0.3, "limit": 3}).json()["matches"]
    within = {m["matched_name"] for m in loose[:3]}
    # past the limit come only entries that share a name with a returned one, or its group's others
    assert loose and all((m["matched_name"] in within and m["shared_name"]) or _companion(m) for m in loose[3:])
    strict = client.get("/api/match", params={"q": "Open Society", "threshold": 0.8}).json()["matches"]
    ranked = [m for m in strict if not _companion(m)]
    assert ranked and all(m["score"] >= 0.8 for m in ranked)  # an empty answer would prove nothing
    assert len(ranked) < len(loose)  # the threshold cut the weaker candidates
    exact = client.get("/api/match", params={"q": "Bellingcat", "threshold": 1.0}).json()["matches"]
    assert exact and all(m["score"] >= 1.0 for m in exact)


def _companion(match: dict[str, Any]) -> bool:
    """A related entry returned with its group (its own score may be below the threshold)."""
    return any(r["code"] == "group" for r in match["reasons"])


def matcher_failing_on(monkeypatch: pytest.MonkeyPatch, registry: Any, word: str) -> None:
    """The registry's matcher raises on names holding ``word`` (as it once raised an IndexError for one odd name)."""
    real = registry.match

    def failing(name: str, **options: Any) -> Any:
        if word in name:
            raise IndexError("list index out of range")
        return real(name, **options)

    monkeypatch.setattr(registry, "match", failing)


def test_a_batch_goes_on_past_a_name_the_matcher_fails_on_and_says_it_was_not_screened(
    client: Any, loaded_registry: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    matcher_failing_on(monkeypatch, loaded_registry, "Сбойфонд")
    names = ["Bellingcat", "Фонд Сбойфонд", "Acme Widgets Manufacturing", "Meduza"]
    response = client.post("/api/match", json={"names": names})
    assert response.status_code == 200
    body = response.json()
    assert [r["query"] for r in body["results"]] == names
    assert [r["status"] for r in body["results"]] == ["ok", "failed", "ok", "ok"]
    failed = body["results"][1]
    assert failed["error"] == "not screened: IndexError: list index out of range" and failed["matches"] == []
    assert body["results"][0]["matches"] and body["results"][3]["matches"] and not body["results"][2]["matches"]
    assert body["results"][0]["error"] is None
    assert body["failed"] == [{"index": 1, "query": "Фонд Сбойфонд", "error": failed["error"]}]
    assert client.post("/api/match", json={"names": ["Bellingcat"]}).json()["failed"] == []
