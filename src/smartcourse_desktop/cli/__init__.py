"""The `smartcourse` command line."""
