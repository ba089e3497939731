# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Dict, Optional
from typing_extensions import TypeAlias

__all__ = ["Metadata"]

Metadata: TypeAlias = Optional[Dict[str, str]]
