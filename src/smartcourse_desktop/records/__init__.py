"""The learner's record: the progress store, completion rules, notes, backups, exports, certificate."""
