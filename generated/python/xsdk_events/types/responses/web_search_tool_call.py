# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..._models import BaseModel, tag_or_unknown
from .web_search_action_find import WebSearchActionFind
from .web_search_action_open_page import WebSearchActionOpenPage
from .web_search_action_search import WebSearchActionSearch

__all__ = ["WebSearchToolCall", "Action", "ActionUnknown"]

_Action_TAGS = frozenset({
    "search",
    "open_page",
    "find_in_page",
})


class ActionUnknown(BaseModel):
    """The Action member for a `type` this version does not know; every field is kept as received."""

    type: str


Action: TypeAlias = Annotated[
    Union[
        Annotated[WebSearchActionSearch, Tag("search")],
        Annotated[WebSearchActionOpenPage, Tag("open_page")],
        Annotated[WebSearchActionFind, Tag("find_in_page")],
        Annotated[ActionUnknown, Tag("ActionUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _Action_TAGS, "ActionUnknown")),
]


class WebSearchToolCall(BaseModel):
    id: str

    type: Literal["web_search_call"]

    status: Literal["in_progress", "searching", "completed", "failed"]

    action: Action
