# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Dict, Optional, Union
from typing_extensions import TypeAlias

__all__ = ["VectorStoreFileAttributes", "Value"]

Value: TypeAlias = Union[str, float, bool]

VectorStoreFileAttributes: TypeAlias = Optional[Dict[str, Value]]
