"""Course packages: the format, validation, safe import, packing, signing and the library."""
