# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Dict, Optional, Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Field as FieldInfo

__all__ = ["VectorStoreFileAttributes", "Value"]

Value: TypeAlias = Union[str, float, bool]

VectorStoreFileAttributes: TypeAlias = Optional[Annotated[Dict[Annotated[str, FieldInfo(max_length=64)], Value], FieldInfo(max_length=16)]]
