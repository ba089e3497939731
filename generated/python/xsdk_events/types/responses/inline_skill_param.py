# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel
from .inline_skill_source_param import InlineSkillSourceParam

__all__ = ["InlineSkillParam"]


class InlineSkillParam(BaseModel):
    type: Literal["inline"]

    name: str

    description: str

    source: InlineSkillSourceParam
