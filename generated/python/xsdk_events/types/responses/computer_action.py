# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..._models import BaseModel, tag_or_unknown
from .click_param import ClickParam
from .double_click_action import DoubleClickAction
from .drag_param import DragParam
from .key_press_action import KeyPressAction
from .move_param import MoveParam
from .screenshot_param import ScreenshotParam
from .scroll_param import ScrollParam
from .type_param import TypeParam
from .wait_param import WaitParam

__all__ = ["ComputerAction", "ComputerActionUnknown"]

_ComputerAction_TAGS = frozenset({
    "click",
    "double_click",
    "drag",
    "keypress",
    "move",
    "screenshot",
    "scroll",
    "type",
    "wait",
})


class ComputerActionUnknown(BaseModel):
    """The ComputerAction member for a `type` this version does not know; every field is kept as received."""

    type: str


ComputerAction: TypeAlias = Annotated[
    Union[
        Annotated[ClickParam, Tag("click")],
        Annotated[DoubleClickAction, Tag("double_click")],
        Annotated[DragParam, Tag("drag")],
        Annotated[KeyPressAction, Tag("keypress")],
        Annotated[MoveParam, Tag("move")],
        Annotated[ScreenshotParam, Tag("screenshot")],
        Annotated[ScrollParam, Tag("scroll")],
        Annotated[TypeParam, Tag("type")],
        Annotated[WaitParam, Tag("wait")],
        Annotated[ComputerActionUnknown, Tag("ComputerActionUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _ComputerAction_TAGS, "ComputerActionUnknown")),
]
