# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..._models import BaseModel, tag_or_unknown
from .apply_patch_create_file_operation_param import ApplyPatchCreateFileOperationParam
from .apply_patch_delete_file_operation_param import ApplyPatchDeleteFileOperationParam
from .apply_patch_update_file_operation_param import ApplyPatchUpdateFileOperationParam

__all__ = ["ApplyPatchOperationParam", "ApplyPatchOperationParamUnknown"]

_ApplyPatchOperationParam_TAGS = frozenset({
    "create_file",
    "delete_file",
    "update_file",
})


class ApplyPatchOperationParamUnknown(BaseModel):
    """The ApplyPatchOperationParam member for a `type` this version does not know; every field is kept as received."""

    type: str


ApplyPatchOperationParam: TypeAlias = Annotated[
    Union[
        Annotated[ApplyPatchCreateFileOperationParam, Tag("create_file")],
        Annotated[ApplyPatchDeleteFileOperationParam, Tag("delete_file")],
        Annotated[ApplyPatchUpdateFileOperationParam, Tag("update_file")],
        Annotated[ApplyPatchOperationParamUnknown, Tag("ApplyPatchOperationParamUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _ApplyPatchOperationParam_TAGS, "ApplyPatchOperationParamUnknown")),
]
