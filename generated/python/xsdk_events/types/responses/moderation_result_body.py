# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Dict, List, Literal

from ..._models import BaseModel
from .moderation_input_type import ModerationInputType

__all__ = ["ModerationResultBody"]


class ModerationResultBody(BaseModel):
    type: Literal["moderation_result"]

    model: str

    flagged: bool

    categories: Dict[str, bool]

    category_scores: Dict[str, float]

    category_applied_input_types: Dict[str, List[ModerationInputType]]
