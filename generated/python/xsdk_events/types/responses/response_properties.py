# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Optional

from ..._models import BaseModel
from .model_ids_responses import ModelIdsResponses
from .prompt import Prompt
from .response_text_param import ResponseTextParam
from .tool_choice_param import ToolChoiceParam
from .tools_array import ToolsArray

__all__ = ["ResponseProperties"]


class ResponseProperties(BaseModel):
    __wire_not_null__ = frozenset({"model", "text", "tools", "tool_choice"})

    previous_response_id: Optional[str] = None

    model: Optional[ModelIdsResponses] = None

    background: Optional[bool] = None

    max_tool_calls: Optional[int] = None

    text: Optional[ResponseTextParam] = None

    tools: Optional[ToolsArray] = None

    tool_choice: Optional[ToolChoiceParam] = None

    prompt: Optional[Prompt] = None
