"""`python offline_child.py ARGS`: run smartcourse ARGS with an audit hook that notes every Internet socket.

Exits 99 (and names the events on stderr) if any AF_INET/AF_INET6 socket, connection or name lookup happened.
"""

from __future__ import annotations

import socket
import sys

INTERNET = (socket.AF_INET, socket.AF_INET6)
LOOKUPS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo"}
events: list[str] = []


def hook(event: str, args: tuple) -> None:
    if event == "socket.__new__" and args[1] in INTERNET:
        events.append(f"{event} family={args[1]!r}")
    elif event in ("socket.connect", "socket.sendto") and getattr(args[0], "family", None) in INTERNET:
        events.append(f"{event} {args[1]!r}")
    elif event in LOOKUPS:
        events.append(f"{event} {args!r}")


def main() -> int:
    sys.addaudithook(hook)
    if sys.argv[1:2] == ["--probe"]:  # shows the hook works: this must be reported
        socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
        code = 0
    else:
        from smartcourse_desktop.app import main as smartcourse

        code = smartcourse(sys.argv[1:])
    if events:
        print("network used: " + "; ".join(events[:10]), file=sys.stderr)
        return 99
    return code


if __name__ == "__main__":
    sys.exit(main())
