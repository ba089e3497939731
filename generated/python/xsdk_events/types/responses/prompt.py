# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Optional

from ..._models import BaseModel
from .response_prompt_variables import ResponsePromptVariables

__all__ = ["Prompt"]


class Prompt(BaseModel):
    id: str

    version: Optional[str] = None

    variables: Optional[ResponsePromptVariables] = None
