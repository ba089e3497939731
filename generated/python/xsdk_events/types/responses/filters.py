# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Union
from typing_extensions import TypeAlias

from .comparison_filter import ComparisonFilter
from .compound_filter import CompoundFilter

__all__ = ["Filters"]

Filters: TypeAlias = Union[ComparisonFilter, CompoundFilter]
