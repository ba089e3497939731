# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Union
from typing_extensions import TypeAlias

from pydantic import ConfigDict

from ..._models import BaseModel

__all__ = ["ComparisonFilter", "ValueVariant4", "Value"]

ValueVariant4: TypeAlias = Union[str, float]

Value: TypeAlias = Union[str, float, bool, List[ValueVariant4]]


class ComparisonFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: Literal["eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"]

    key: str

    value: Value
