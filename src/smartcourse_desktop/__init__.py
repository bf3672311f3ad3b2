"""SmartCourse Desktop: an offline course player."""

__version__ = "0.1.0"
APP_NAME = "SmartCourse"
APP_ID = "smartcourse"
