# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional, Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Field as FieldInfo, Tag

from ..._models import BaseModel, tag_or_unknown
from .function_call_item_status import FunctionCallItemStatus
from .input_file_content_param import InputFileContentParam
from .input_image_content_param_auto_param import InputImageContentParamAutoParam
from .input_text_content_param import InputTextContentParam
from .tool_call_caller_param import ToolCallCallerParam

__all__ = ["FunctionCallOutputItemParam", "OutputVariant2", "Output", "OutputVariant2Unknown"]

_OutputVariant2_TAGS = frozenset({
    "input_text",
    "input_image",
    "input_file",
})


class OutputVariant2Unknown(BaseModel):
    """The OutputVariant2 member for a `type` this version does not know; every field is kept as received."""

    type: str


OutputVariant2: TypeAlias = Annotated[
    Union[
        Annotated[InputTextContentParam, Tag("input_text")],
        Annotated[InputImageContentParamAutoParam, Tag("input_image")],
        Annotated[InputFileContentParam, Tag("input_file")],
        Annotated[OutputVariant2Unknown, Tag("OutputVariant2Unknown")],
    ],
    Discriminator(tag_or_unknown("type", _OutputVariant2_TAGS, "OutputVariant2Unknown")),
]

Output: TypeAlias = Union[str, List[OutputVariant2]]


class FunctionCallOutputItemParam(BaseModel):
    id: Optional[str] = None

    call_id: Optional[Annotated[str, FieldInfo(min_length=1, max_length=64)]] = None

    type: Literal["function_call_output"]

    output: Output

    name: Optional[Annotated[str, FieldInfo(min_length=1, max_length=128)]] = None

    namespace: Optional[Annotated[str, FieldInfo(min_length=1, max_length=64, pattern="^[a-zA-Z0-9_\\-]+$")]] = None

    caller: Optional[ToolCallCallerParam] = None

    status: Optional[FunctionCallItemStatus] = None
