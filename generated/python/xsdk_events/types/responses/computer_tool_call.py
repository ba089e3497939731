# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .computer_action import ComputerAction
from .computer_action_list import ComputerActionList
from .computer_call_safety_check_param import ComputerCallSafetyCheckParam

__all__ = ["ComputerToolCall"]


class ComputerToolCall(BaseModel):
    __wire_not_null__ = frozenset({"action", "actions"})

    type: Literal["computer_call"]

    id: str

    call_id: str

    action: Optional[ComputerAction] = None

    actions: Optional[ComputerActionList] = None

    pending_safety_checks: List[ComputerCallSafetyCheckParam]

    status: Literal["in_progress", "completed", "incomplete"]
