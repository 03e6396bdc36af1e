"""Executors: run units of work on local processes (`local`) or a Ray cluster (`ray`).

The only package in prep/ that knows about processes, ranks and Ray."""
