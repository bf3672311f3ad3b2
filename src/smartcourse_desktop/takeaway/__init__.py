"""Take a module with you: phone-ready audio, an EPUB of the readings, a playlist and an index page.

`plan.py` decides what goes where (FAT-safe names, sizes), `export.py` writes it (temporary names,
progress, cancel), and the other modules each make one kind of file. Qt-free.
"""
