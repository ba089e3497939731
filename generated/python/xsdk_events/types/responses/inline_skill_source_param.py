# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal
from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["InlineSkillSourceParam"]


class InlineSkillSourceParam(BaseModel):
    type: Literal["base64"]

    media_type: Literal["application/zip"]

    data: Annotated[str, FieldInfo(min_length=1, max_length=70254592)]
