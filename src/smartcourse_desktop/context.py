"""The services one run of the app works with, built once from the paths and the policy."""

from __future__ import annotations

from dataclasses import dataclass

from smartcourse_desktop.library import Library, default_roots
from smartcourse_desktop.paths import Paths
from smartcourse_desktop.policy import Policy, load_policy
from smartcourse_desktop.settings import Settings


@dataclass
class Context:
    paths: Paths
    policy: Policy
    settings: Settings
    library: Library

    @classmethod
    def create(cls, paths: Paths) -> "Context":
        policy = load_policy(paths.policy_file)
        return cls(paths, policy, Settings(paths.settings_file, policy), Library(default_roots(paths, policy)))
