"""letterkit: draft coalition letters from a library of recurring asks."""

__version__ = "0.1.0"
