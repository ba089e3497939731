# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional
from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["SkillReferenceParam"]


class SkillReferenceParam(BaseModel):
    __wire_not_null__ = frozenset({"version"})

    type: Literal["skill_reference"]

    skill_id: Annotated[str, FieldInfo(min_length=1, max_length=64)]

    version: Optional[str] = None
