"""Reproducible generator for the bundled sample course (see docs/course-generator.md)."""
