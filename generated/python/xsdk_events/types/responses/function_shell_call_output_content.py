# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Optional, Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..._models import BaseModel, tag_or_unknown
from .function_shell_call_output_exit_outcome import FunctionShellCallOutputExitOutcome
from .function_shell_call_output_timeout_outcome import FunctionShellCallOutputTimeoutOutcome

__all__ = ["FunctionShellCallOutputContent", "Outcome", "OutcomeUnknown"]

_Outcome_TAGS = frozenset({
    "timeout",
    "exit",
})


class OutcomeUnknown(BaseModel):
    """The Outcome member for a `type` this version does not know; every field is kept as received."""

    type: str


Outcome: TypeAlias = Annotated[
    Union[
        Annotated[FunctionShellCallOutputTimeoutOutcome, Tag("timeout")],
        Annotated[FunctionShellCallOutputExitOutcome, Tag("exit")],
        Annotated[OutcomeUnknown, Tag("OutcomeUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _Outcome_TAGS, "OutcomeUnknown")),
]


class FunctionShellCallOutputContent(BaseModel):
    __wire_not_null__ = frozenset({"created_by"})

    stdout: str

    stderr: str

    outcome: Outcome

    created_by: Optional[str] = None
