"""`smartcourse policy check [FILE]`: IT validates a policy before deploying it."""

from __future__ import annotations

import os
from pathlib import Path

from smartcourse_desktop.app import main

EXAMPLE = Path(__file__).resolve().parents[2] / "packaging" / "policy.example.toml"


def check(capsys, *argv: str) -> tuple[int, list[str]]:
    code = main(["policy", "check", *argv])
    return code, capsys.readouterr().out.splitlines()


def test_example_passes(capsys):
    assert check(capsys, str(EXAMPLE)) == (0, [f"{EXAMPLE}: OK"])


def test_one_line_per_problem_and_a_suggestion(capsys, tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text('trusted_key = ["k"]\nallow_import = "no"\nlrs_endpoint = "ftp://x"\n', encoding="utf-8")
    code, lines = check(capsys, str(policy))
    assert code == 1 and len(lines) == 3
    assert f"{policy}: unknown key 'trusted_key' (did you mean 'trusted_keys'?)" in lines
    assert any(line.startswith(f"{policy}: allow_import:") for line in lines)
    assert any(line.startswith(f"{policy}: lrs_endpoint:") for line in lines)


def test_syntax_error_and_fifo(capsys, tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text("allow_import = [\n", encoding="utf-8")
    code, lines = check(capsys, str(broken))
    assert code == 1 and len(lines) == 1 and "not valid TOML" in lines[0]
    os.mkfifo(tmp_path / "fifo")
    code, lines = check(capsys, str(tmp_path / "fifo"))
    assert code == 1 and "not a regular file" in lines[0]


def test_default_is_this_computers_policy(capsys, paths):
    code, lines = check(capsys)
    assert code == 0 and lines == [f"{paths.policy_file}: no policy file; the defaults apply"]
    paths.policy_file.parent.mkdir(parents=True)
    paths.policy_file.write_text("allow_import = false\n", encoding="utf-8")
    paths.policy_file.chmod(0o666)
    code, lines = check(capsys)
    assert code == 1 and "writable by users other than root (-rw-rw-rw-)" in lines[0]


def test_doctor_names_an_unreachable_share(capsys, paths):
    share = paths.data.parent / "not-mounted"
    paths.policy_file.parent.mkdir(parents=True)
    paths.policy_file.write_text(f'extra_roots = ["{share}"]\n', encoding="utf-8")
    main(["doctor"])
    out, err = capsys.readouterr()
    assert f"library root {share}: not reachable" in out.splitlines()
    assert f"smartcourse: warning: library root {share}: not reachable" in err
