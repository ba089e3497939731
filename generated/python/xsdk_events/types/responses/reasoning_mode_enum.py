# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Union
from typing_extensions import TypeAlias

__all__ = ["ReasoningModeEnum"]

ReasoningModeEnum: TypeAlias = Union[str, Literal["standard", "pro"]]
