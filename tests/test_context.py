"""The services of one run, built from real folders: the policy applies to settings and library."""

from __future__ import annotations

from smartcourse_desktop.context import Context
from smartcourse_desktop.courses.library import RootKind


def test_the_policy_locks_settings_and_adds_library_roots(paths, tmp_path):
    share = tmp_path / "share"
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    paths.policy_file.write_text(f'extra_roots = ["{share}"]\n[settings]\n"player.rate" = 1.25\n', encoding="utf-8")
    context = Context.create(paths)
    assert context.policy.problem is None, context.policy.problem
    assert context.settings.get("player.rate") == 1.25 and context.settings.is_locked("player.rate")
    assert [r.kind for r in context.library.roots] == [RootKind.USER, RootKind.SYSTEM, RootKind.EXTRA,
                                                       RootKind.BUNDLED]
    assert context.library.root_of_kind(RootKind.EXTRA).path == share
