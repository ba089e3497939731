# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Any, Callable, Dict, FrozenSet, Optional

import pydantic
from pydantic import ConfigDict

__all__ = ["BaseModel", "tag_or_unknown"]


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


def tag_or_unknown(field: str, known: FrozenSet[str], unknown: str) -> Callable[[Any], Optional[str]]:
    """A union discriminator: the value of `field` when a member has it, `unknown` for any other string.

    Returning None (no string tag at all) makes pydantic report the missing discriminator.
    """

    def tag(value: Any) -> Optional[str]:
        found = value.get(field) if isinstance(value, dict) else getattr(value, field, None)
        if not isinstance(found, str):
            return None
        return found if found in known else unknown

    return tag
