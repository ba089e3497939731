# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional, Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .input_item import InputItem
from .metadata import Metadata
from .model_ids_responses import ModelIdsResponses
from .moderation import Moderation
from .output_item import OutputItem
from .prompt import Prompt
from .prompt_cache_options import PromptCacheOptions
from .reasoning import Reasoning
from .response_conversation import ResponseConversation
from .response_error import ResponseError
from .response_text_param import ResponseTextParam
from .response_usage import ResponseUsage
from .service_tier_responses import ServiceTierResponses
from .tool_choice_param import ToolChoiceParam
from .tools_array import ToolsArray

__all__ = ["Response", "IncompleteDetails", "Instructions"]


class IncompleteDetails(BaseModel):
    __wire_not_null__ = frozenset({"reason"})

    reason: Optional[Literal["max_output_tokens", "content_filter"]] = None


Instructions: TypeAlias = Union[str, List[InputItem]]


class Response(BaseModel):
    __wire_required__ = frozenset({"metadata", "temperature", "top_p", "error", "incomplete_details", "instructions"})

    __wire_not_null__ = frozenset({"user", "text", "status", "usage", "prompt_cache_options"})

    metadata: Optional[Metadata] = None

    top_logprobs: Optional[Annotated[int, FieldInfo(ge=0, le=20)]] = None

    temperature: Optional[Annotated[float, FieldInfo(ge=0, le=2)]] = None

    top_p: Optional[Annotated[float, FieldInfo(ge=0, le=1)]] = None

    user: Optional[str] = None

    safety_identifier: Optional[Annotated[str, FieldInfo(max_length=64)]] = None

    prompt_cache_key: Optional[str] = None

    prompt_cache_retention: Optional[Literal["in_memory", "24h"]] = None

    previous_response_id: Optional[str] = None

    model: ModelIdsResponses

    background: Optional[bool] = None

    max_tool_calls: Optional[int] = None

    text: Optional[ResponseTextParam] = None

    tools: ToolsArray

    tool_choice: ToolChoiceParam

    prompt: Optional[Prompt] = None

    service_tier: Optional[ServiceTierResponses] = None

    truncation: Optional[Literal["auto", "disabled"]] = None

    id: str

    object: Literal["response"]

    status: Optional[Literal["completed", "failed", "in_progress", "cancelled", "queued", "incomplete"]] = None

    created_at: float

    completed_at: Optional[float] = None

    error: Optional[ResponseError] = None

    incomplete_details: Optional[IncompleteDetails] = None

    output: List[OutputItem]

    reasoning: Optional[Reasoning] = None

    instructions: Optional[Instructions] = None

    output_text: Optional[str] = None

    usage: Optional[ResponseUsage] = None

    prompt_cache_options: Optional[PromptCacheOptions] = None

    moderation: Optional[Moderation] = None

    parallel_tool_calls: bool

    conversation: Optional[ResponseConversation] = None

    max_output_tokens: Optional[int] = None
