__version__ = "0.1.0"  # keep in step with pyproject.toml (tests/unit/test_cli.py checks)
