# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Dict, Optional

import pydantic
from pydantic import ConfigDict

__all__ = ["BaseModel"]


class BaseModel(pydantic.BaseModel):
    """Base of every generated model.

    Types are checked strictly (no string-to-number coercion); fields the schema does not know are
    kept in `model_extra` and written back out, so newer servers never lose data here.
    """

    model_config = ConfigDict(extra="allow", strict=True, populate_by_name=True)

    def to_dict(self) -> Dict[str, object]:
        """The wire form: wire names, only the fields that were set (absent stays absent), unknown fields kept."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)

    def to_json(self, *, indent: Optional[int] = None) -> str:
        """`to_dict()` as a JSON string."""
        return self.model_dump_json(by_alias=True, exclude_unset=True, indent=indent)
