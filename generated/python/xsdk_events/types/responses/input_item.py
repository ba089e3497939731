# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Union
from typing_extensions import TypeAlias

from .compaction_trigger_item_param import CompactionTriggerItemParam
from .easy_input_message import EasyInputMessage
from .item import Item
from .item_reference_param import ItemReferenceParam
from .program_item_param import ProgramItemParam
from .program_output_item_param import ProgramOutputItemParam

__all__ = ["InputItem"]

InputItem: TypeAlias = Union[EasyInputMessage, Item, CompactionTriggerItemParam, ItemReferenceParam, ProgramItemParam, ProgramOutputItemParam]
