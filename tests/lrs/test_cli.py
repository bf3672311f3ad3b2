"""`smartcourse sync` exit codes and `smartcourse export-progress --format xapi`, against Ralph."""

from __future__ import annotations

import json

import urllib3

from smartcourse_desktop.app import main
from smartcourse_desktop.courses.model import Lesson, LessonKind
from smartcourse_desktop.records.learning_record import attach_recorder
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.policy import Policy
from tests.lrs.conftest import write_credentials
from tests.lrs.ralph_lrs import PASSWORD, USER, RalphServer

READING = Lesson("r1", LessonKind.READING, "Open data", 300.0, reading="r1.md")


def record_some(paths, count: int = 3) -> list[str]:
    store = Store.open(paths.database)
    try:
        recorder = attach_recorder(store, Policy())
        made = [recorder.lesson_completed("org.example.course", READING, 60.0 * i, by_hand=False) for i in range(count)]
    finally:
        store.close()
    return made


def policy(paths, endpoint: str, password: str = PASSWORD) -> None:
    credentials = write_credentials(paths.data, password)
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    paths.policy_file.write_text(f'lrs_endpoint = "{endpoint}"\nlrs_credentials_file = "{credentials}"\n'
                                 "lrs_send_backlog = true\n")


def test_sync_without_an_lrs_says_so(capsys, paths):
    assert main(["sync"]) == 1
    assert "no learning record store is configured" in capsys.readouterr().err


def test_sync_exit_codes(capsys, paths, ralph: RalphServer):
    ids = record_some(paths)
    policy(paths, ralph.endpoint, "wrong")
    assert main(["sync"]) == 4
    assert "refused the credentials" in capsys.readouterr().err
    policy(paths, ralph.endpoint)
    ralph.stop()
    assert main(["sync"]) == 3
    assert "3 still queued" in capsys.readouterr().out
    ralph.start()
    assert main(["sync"]) == 0
    assert "sent 3 statements" in capsys.readouterr().out
    assert sorted(s["id"] for s in ralph.stored()) == sorted(ids)


def test_exported_statements_can_be_carried_to_an_lrs(capsys, paths, tmp_path, ralph: RalphServer):
    ids = record_some(paths)
    target = tmp_path / "statements.json"
    assert main(["export-progress", "--format", "xapi", "-o", str(target)]) == 0
    statements = json.loads(target.read_text(encoding="utf-8"))
    assert [s["id"] for s in statements] == ids
    headers = {**urllib3.make_headers(basic_auth=f"{USER}:{PASSWORD}"), "X-Experience-API-Version": "1.0.3",
               "Content-Type": "application/json"}
    response = urllib3.request("POST", ralph.endpoint + "/statements", body=target.read_bytes(), headers=headers)
    assert response.status == 200
    assert sorted(s["id"] for s in ralph.stored()) == sorted(ids)
