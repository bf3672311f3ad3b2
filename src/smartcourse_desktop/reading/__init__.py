"""Readings: Markdown to safe HTML, the render cache and the course-wide search index."""
