# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..._models import BaseModel, tag_or_unknown
from .function_shell_call_output_exit_outcome_param import FunctionShellCallOutputExitOutcomeParam
from .function_shell_call_output_timeout_outcome_param import FunctionShellCallOutputTimeoutOutcomeParam

__all__ = ["FunctionShellCallOutputOutcomeParam", "FunctionShellCallOutputOutcomeParamUnknown"]

_FunctionShellCallOutputOutcomeParam_TAGS = frozenset({
    "timeout",
    "exit",
})


class FunctionShellCallOutputOutcomeParamUnknown(BaseModel):
    """The FunctionShellCallOutputOutcomeParam member for a `type` this version does not know; every field is kept as received."""

    type: str


FunctionShellCallOutputOutcomeParam: TypeAlias = Annotated[
    Union[
        Annotated[FunctionShellCallOutputTimeoutOutcomeParam, Tag("timeout")],
        Annotated[FunctionShellCallOutputExitOutcomeParam, Tag("exit")],
        Annotated[FunctionShellCallOutputOutcomeParamUnknown, Tag("FunctionShellCallOutputOutcomeParamUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _FunctionShellCallOutputOutcomeParam_TAGS, "FunctionShellCallOutputOutcomeParamUnknown")),
]
