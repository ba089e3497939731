# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Union
from typing_extensions import TypeAlias

from pydantic import ConfigDict

from ..._models import BaseModel
from .comparison_filter import ComparisonFilter

__all__ = ["CompoundFilter", "Filters"]

Filters: TypeAlias = Union[ComparisonFilter, "CompoundFilter"]


class CompoundFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: Literal["and", "or"]

    filters: List[Filters]
