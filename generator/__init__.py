"""xsdk: one OpenAPI 3.1 schema, bindings in Python, TypeScript and Go."""

__version__ = "0.1.0"
