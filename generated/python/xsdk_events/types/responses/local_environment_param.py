# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional
from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .local_skill_param import LocalSkillParam

__all__ = ["LocalEnvironmentParam"]


class LocalEnvironmentParam(BaseModel):
    __wire_not_null__ = frozenset({"skills"})

    type: Literal["local"]

    skills: Optional[Annotated[List[LocalSkillParam], FieldInfo(max_length=200)]] = None
