"""Where things live and what the machine allows: paths, policy, settings, logging, files, errors."""
