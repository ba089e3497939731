# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["FileInputDetail"]

FileInputDetail: TypeAlias = Literal["auto", "low", "high"]
