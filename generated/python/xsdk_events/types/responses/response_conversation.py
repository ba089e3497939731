# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from ..._models import BaseModel

__all__ = ["ResponseConversation"]


class ResponseConversation(BaseModel):
    id: str
