# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from functools import lru_cache
from typing import Annotated, Any, Callable, Dict, FrozenSet, List, Optional, Type, Union, get_args, get_origin

import pydantic
from pydantic import ConfigDict
from pydantic_core import InitErrorDetails, PydanticCustomError, ValidationError

__all__ = ["BaseModel", "tag_or_unknown"]


class BaseModel(pydantic.BaseModel):
    """Base of every generated model.

    Types are checked strictly (no string-to-number coercion); fields the schema does not know are
    kept in `model_extra` and written back out, so newer servers never lose data here.
    """

    model_config = ConfigDict(extra="allow", strict=True, populate_by_name=True)

    @pydantic.model_validator(mode="wrap")
    @classmethod
    def _as_the_schema_says(cls, data: Any, handler: Callable[[Any], Any]) -> Any:
        if isinstance(data, dict):
            # `__wire_required__`: wire names typed `Optional[...] = None`, as OpenAI's SDK types a
            # nullable field, that the schema still requires
            missing = [key for key in sorted(getattr(cls, "__wire_required__", ())) if key not in data]
            # `__wire_not_null__`: optional fields typed `Optional[...] = None` (absent is fine) that
            # the schema does not let be null
            nulls = [key for key in sorted(getattr(cls, "__wire_not_null__", ())) if key in data and data[key] is None]
            if missing or nulls:
                details = [InitErrorDetails(type="missing", loc=(key,), input=data) for key in missing]
                details += [InitErrorDetails(type=_NOT_NULL, loc=(key,), input=None) for key in nulls]
                raise ValidationError.from_exception_data(cls.__name__, details)
            # JSON Schema counts 2.0 as an integer; strict mode would refuse it. 2.5 is still refused.
            fields = _integer_fields(cls)
            if any(isinstance(data.get(key), (float, list)) for key in fields):
                data = {key: _integral(value) if key in fields else value for key, value in data.items()}
        return handler(data)

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
        if isinstance(value, dict):
            found = value.get(field)
        else:  # a model: its attribute for that wire name
            found = getattr(value, _attribute(value.__class__, field), None)
        if not isinstance(found, str):
            return None
        return found if found in known else unknown

    return tag


@lru_cache(maxsize=None)
def _attribute(cls: Type[Any], wire: str) -> str:
    """The attribute of a model holding the field whose wire name is `wire` (`class_` for "class")."""
    fields: Dict[str, Any] = getattr(cls, "model_fields", {})
    return next((name for name, info in fields.items() if info.alias == wire), wire)


_NOT_NULL = PydanticCustomError("not_null", "Input should not be null: the field may be absent, but not null")


@lru_cache(maxsize=None)
def _integer_fields(cls: Type[pydantic.BaseModel]) -> FrozenSet[str]:
    """Wire names of the fields typed int, Optional[int] or List[int]."""
    names = set()
    for name, info in cls.model_fields.items():
        annotation = info.annotation
        if get_origin(annotation) is Union:
            annotation = next((a for a in get_args(annotation) if a is not type(None)), None)
        if get_origin(annotation) is Annotated:  # a bounded int: Annotated[int, FieldInfo(ge=…)]
            annotation = get_args(annotation)[0]
        if get_origin(annotation) in (list, List):
            annotation = get_args(annotation)[0]
        if annotation is int:
            names.add(info.alias or name)
    return frozenset(names)


def _integral(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_integral(item) for item in value]
    return value
