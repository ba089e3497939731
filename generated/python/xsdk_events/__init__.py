# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from . import types

__version__ = "0.1.0"
