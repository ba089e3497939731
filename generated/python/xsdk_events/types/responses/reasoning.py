# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel
from .reasoning_effort import ReasoningEffort
from .reasoning_mode_enum import ReasoningModeEnum

__all__ = ["Reasoning"]


class Reasoning(BaseModel):
    __wire_not_null__ = frozenset({"mode"})

    mode: Optional[ReasoningModeEnum] = None

    effort: Optional[ReasoningEffort] = None

    summary: Optional[Literal["auto", "concise", "detailed"]] = None

    context: Optional[Literal["auto", "current_turn", "all_turns"]] = None

    generate_summary: Optional[Literal["auto", "concise", "detailed"]] = None
