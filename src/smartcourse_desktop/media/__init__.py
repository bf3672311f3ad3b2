"""Media without Qt: loading libVLC, probing and checking lectures, captions."""
