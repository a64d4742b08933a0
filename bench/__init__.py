"""Benchmarks of the core: accuracy on labelled corpora, run with ``python -m bench.<name>``."""
