# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional, Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..._models import BaseModel, tag_or_unknown
from .apply_patch_call_status import ApplyPatchCallStatus
from .apply_patch_create_file_operation import ApplyPatchCreateFileOperation
from .apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
from .apply_patch_update_file_operation import ApplyPatchUpdateFileOperation
from .tool_call_caller import ToolCallCaller

__all__ = ["ApplyPatchToolCall", "Operation", "OperationUnknown"]

_Operation_TAGS = frozenset({
    "create_file",
    "delete_file",
    "update_file",
})


class OperationUnknown(BaseModel):
    """The Operation member for a `type` this version does not know; every field is kept as received."""

    type: str


Operation: TypeAlias = Annotated[
    Union[
        Annotated[ApplyPatchCreateFileOperation, Tag("create_file")],
        Annotated[ApplyPatchDeleteFileOperation, Tag("delete_file")],
        Annotated[ApplyPatchUpdateFileOperation, Tag("update_file")],
        Annotated[OperationUnknown, Tag("OperationUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _Operation_TAGS, "OperationUnknown")),
]


class ApplyPatchToolCall(BaseModel):
    __wire_not_null__ = frozenset({"created_by"})

    type: Literal["apply_patch_call"]

    id: str

    call_id: str

    caller: Optional[ToolCallCaller] = None

    status: ApplyPatchCallStatus

    operation: Operation

    created_by: Optional[str] = None
