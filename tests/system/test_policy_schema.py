"""The start-up validator and jsonschema agree on the policy schema, case by case."""

from __future__ import annotations

import datetime
import itertools
from typing import Any

import pytest

from smartcourse_desktop.system.policy_schema import (
    SUPPORTED_KEYWORDS,
    check_with_jsonschema,
    known_keys,
    problems,
    schema,
)

SAMPLES: list[Any] = [
    True, False, 0, 1, -1, 0.5, 1.5, 0.0, 1.0, "", " ", "x", "en", "sv_SE", "pt-BR", "english", "/srv/courses",
    "https://lrs.example.org/x", "http://10.0.0.1", "ftp://lrs.example.org", "https://", "https:// x",
    [], ["a"], [""], ["  "], [1], ["a", 2], [True], {}, {"a": "b"}, {"a": ""}, {"a": 1}, {"a": True},
    {"a": [1]}, {"a": {"b": 1}}, datetime.date(2024, 1, 1), datetime.datetime(2024, 1, 1, 12, 0),
]


def walk_keywords(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = set(node)
        for key, value in node.items():
            if key == "properties":
                found |= set().union(*(walk_keywords(v) for v in value.values()))
            elif isinstance(value, dict):
                found |= walk_keywords(value)
        return found
    return set()


def test_schema_uses_only_keywords_the_small_validator_knows():
    assert walk_keywords(schema()) <= SUPPORTED_KEYWORDS


def cases() -> list[dict[str, Any]]:
    single = [{key: value} for key in known_keys() for value in SAMPLES]
    unknown = [{"trusted_key": ["k"]}, {"lrs_endpont": "https://x"}, {"Allow_Import": True}, {"": 1}]
    pairs = [{a: True, b: "x"} for a, b in itertools.combinations(known_keys(), 2)]
    return [{}, *single, *unknown, *pairs]


@pytest.mark.parametrize("data", cases(), ids=repr)
def test_small_validator_agrees_with_jsonschema(data):
    assert bool(problems(data)) == bool(check_with_jsonschema(data))


def test_unknown_key_is_named_with_a_suggestion():
    assert problems({"trusted_key": ["k"]}) == ["unknown key 'trusted_key' (did you mean 'trusted_keys'?)"]
    assert check_with_jsonschema({"trusted_key": ["k"]}) == problems({"trusted_key": ["k"]})


def test_every_problem_is_reported_once():
    data = {"allow_import": "no", "lrs_endpont": "x", "extra_roots": ["", 3]}
    assert len(problems(data)) == len(check_with_jsonschema(data)) == 4
