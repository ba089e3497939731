# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional, Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..._models import BaseModel, tag_or_unknown
from .container_reference_resource import ContainerReferenceResource
from .function_shell_action import FunctionShellAction
from .function_shell_call_status import FunctionShellCallStatus
from .local_environment_resource import LocalEnvironmentResource
from .tool_call_caller import ToolCallCaller

__all__ = ["FunctionShellCall", "Environment", "EnvironmentUnknown"]

_Environment_TAGS = frozenset({
    "local",
    "container_reference",
})


class EnvironmentUnknown(BaseModel):
    """The Environment member for a `type` this version does not know; every field is kept as received."""

    type: str


Environment: TypeAlias = Annotated[
    Union[
        Annotated[LocalEnvironmentResource, Tag("local")],
        Annotated[ContainerReferenceResource, Tag("container_reference")],
        Annotated[EnvironmentUnknown, Tag("EnvironmentUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _Environment_TAGS, "EnvironmentUnknown")),
]


class FunctionShellCall(BaseModel):
    __wire_required__ = frozenset({"environment"})

    __wire_not_null__ = frozenset({"created_by"})

    type: Literal["shell_call"]

    id: str

    call_id: str

    caller: Optional[ToolCallCaller] = None

    action: FunctionShellAction

    status: FunctionShellCallStatus

    environment: Optional[Environment] = None

    created_by: Optional[str] = None
