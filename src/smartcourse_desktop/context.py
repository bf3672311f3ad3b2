"""The services one run of the app works with, built once from the paths and the policy."""

from __future__ import annotations

from dataclasses import dataclass, field

from smartcourse_desktop.courses.library import Library, default_roots
from smartcourse_desktop.courses.signing import Trust
from smartcourse_desktop.system.clock import Clock, SystemClock
from smartcourse_desktop.system.paths import Paths
from smartcourse_desktop.system.policy import Policy, load_machine_policy
from smartcourse_desktop.system.settings import Settings


@dataclass
class Context:
    paths: Paths
    policy: Policy
    settings: Settings
    library: Library
    clock: Clock = field(default_factory=SystemClock)
    notices: list[str] = field(default_factory=list)
    root_problems: list[str] = field(default_factory=list)

    @classmethod
    def create(cls, paths: Paths, clock: Clock | None = None) -> Context:
        policy = load_machine_policy(paths.machine, paths.portable_policy)
        library = Library(default_roots(paths, policy), Trust.from_policy(policy))
        notices = [*filter(None, [policy.problem, paths.notice]), *policy.warnings]
        return cls(paths, policy, Settings(paths.settings_file, policy), library, clock or SystemClock(), notices,
                   library.problems())
