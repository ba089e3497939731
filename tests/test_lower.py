"""Stage 3: lowering OpenAPI / JSON Schema constructs to the IR."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import ir
from generator.errors import SchemaError
from generator.load import Workspace
from generator.lower import lower

from helpers import openapi, write_schema


def lowered(tmp_path: Path, schemas: str) -> ir.Model:
    return lower(Workspace.open(write_schema(tmp_path, {"openapi.yaml": openapi(schemas)})), "openapi.yaml")


def test_project_model_shape(model: ir.Model) -> None:
    event = model.get("ResponseImageGenCallGeneratingEvent")
    assert isinstance(event, ir.ObjectDecl) and event.area == "responses"
    assert [f.wire_name for f in event.fields] == ["type", "item_id", "output_index", "sequence_number"]
    assert event.field("output_index").type == ir.Primitive("integer")
    assert event.vendor_name("openrouter") == "OpenResponsesImageGenCallGenerating"
    kind = model.get("ResponseImageGenCallGeneratingEvent.type")
    assert isinstance(kind, ir.EnumDecl) and kind.values == ("response.image_generation_call.generating",)
    union = model.get("ResponseStreamEvent")
    assert isinstance(union, ir.UnionDecl) and union.discriminator == "type"
    assert "ResponseImageGenCallGeneratingEvent" in [m.target for m in union.members]
    assert len(union.members) == 58  # OpenAI's whole Responses stream
    request = model.get("CreateImageRequest")
    assert isinstance(request, ir.ObjectDecl) and request.stream_flag == "stream"
    assert request.field("model").type == ir.OpenEnum("ImageModel") and request.field("model").nullable
    size = request.field("size")
    assert size.nullable and not size.required and size.type == ir.Ref("CreateImageRequest.size")
    assert model.get("ImagesResponse").examples  # examples are carried for round-trip tests


def test_inline_declarations_follow_their_owner(model: ir.Model) -> None:
    ids = [d.id for d in model.decls]
    owner = ids.index("ImagesResponse")
    assert ids[owner + 1:owner + 8] == [
        "ImagesResponse.background", "ImagesResponse.output_format", "ImagesResponse.size",
        "ImagesResponse.quality", "ImagesResponse.usage", "ImagesResponse.usage.input_tokens_details",
        "ImagesResponse.usage.output_tokens_details"]


def test_nullability_spellings(tmp_path: Path) -> None:
    m = lowered(tmp_path, """
        A:
          type: object
          properties:
            list31: {type: [integer, "null"]}
            legacy30: {type: integer, nullable: true}
            any_of: {anyOf: [{type: string}, {type: "null"}]}
            plain: {type: string}
        """)
    a = m.get("A")
    assert isinstance(a, ir.ObjectDecl)
    assert [(f.wire_name, f.nullable, f.type) for f in a.fields] == [
        ("list31", True, ir.Primitive("integer")), ("legacy30", True, ir.Primitive("integer")),
        ("any_of", True, ir.Primitive("string")), ("plain", False, ir.Primitive("string"))]


def test_all_of_merges_properties_and_required(tmp_path: Path) -> None:
    m = lowered(tmp_path, """
        Base:
          type: object
          required: [id]
          properties: {id: {type: string}}
        Child:
          allOf:
            - $ref: "#/components/schemas/Base"
            - type: object
              required: [n]
              properties: {n: {type: number}}
        """)
    child = m.get("Child")
    assert isinstance(child, ir.ObjectDecl)
    assert [(f.wire_name, f.required) for f in child.fields] == [("id", True), ("n", True)]


def test_arrays_maps_and_any(tmp_path: Path) -> None:
    m = lowered(tmp_path, """
        A:
          type: object
          properties:
            tags: {type: array, items: {type: string}}
            meta: {type: object, additionalProperties: {type: integer}}
            free: {}
        """)
    a = m.get("A")
    assert isinstance(a, ir.ObjectDecl)
    assert [f.type for f in a.fields] == [ir.ArrayOf(ir.Primitive("string")), ir.MapOf(ir.Primitive("integer")),
                                          ir.AnyValue()]


def test_inline_discriminated_union_with_inline_and_component_members(tmp_path: Path) -> None:
    m = lowered(tmp_path, """
        Text: {type: object, required: [type], properties: {type: {const: text}, text: {type: string}}}
        Message:
          type: object
          properties:
            content:
              type: array
              items:
                oneOf:
                  - $ref: "#/components/schemas/Text"
                  - type: object
                    required: [type]
                    properties: {type: {const: refusal}, refusal: {type: string}}
                discriminator: {propertyName: type}
        """)
    union = m.get("Message.content")
    assert isinstance(union, ir.UnionDecl)
    assert [(u.value, u.target) for u in union.members] == [("text", "Text"), ("refusal", "Message.content.refusal")]
    message = m.get("Message")
    assert isinstance(message, ir.ObjectDecl)
    assert message.field("content").type == ir.ArrayOf(ir.Ref("Message.content"))
    ids = [d.id for d in m.decls]
    assert ids.index("Message") < ids.index("Message.content") < ids.index("Message.content.refusal")


def test_discriminator_is_inferred_from_required_type_consts(tmp_path: Path) -> None:
    m = lowered(tmp_path, """
        A: {type: object, required: [type], properties: {type: {type: string, enum: [a]}}}
        B: {type: object, required: [type], properties: {type: {const: b}}}
        AB:
          anyOf: [{$ref: "#/components/schemas/A"}, {$ref: "#/components/schemas/B"}]
        """)
    union = m.get("AB")
    assert isinstance(union, ir.UnionDecl) and union.discriminator == "type"
    assert [u.value for u in union.members] == ["a", "b"]


def test_discriminated_in_name_only_becomes_an_any_of(tmp_path: Path) -> None:
    # OpenAI's filters (several tag values per member) and input items (an optional tag, a member that
    # is a union itself) name a discriminator that cannot choose a member alone
    m = lowered(tmp_path, """
        Compare: {type: object, required: [type], properties: {type: {enum: [eq, ne]}}}
        Compound: {type: object, required: [type], properties: {type: {enum: [and, or]}}}
        Filter:
          oneOf: [{$ref: "#/components/schemas/Compare"}, {$ref: "#/components/schemas/Compound"}]
          discriminator: {propertyName: type}
        Easy: {type: object, properties: {type: {const: message}}}
        Input:
          oneOf: [{$ref: "#/components/schemas/Easy"}, {$ref: "#/components/schemas/Filter"}]
          discriminator: {propertyName: type}
        """)
    assert isinstance(m.get("Filter"), ir.AnyOfDecl)
    assert isinstance(m.get("Input"), ir.AnyOfDecl)


def test_untagged_alternatives_become_an_any_of(tmp_path: Path) -> None:
    m = lowered(tmp_path, """
        Tool: {type: object, properties: {type: {const: tool}}}
        Choice:
          anyOf:
            - type: string
              enum: [none, auto]
            - $ref: "#/components/schemas/Tool"
            - type: "null"
        Filter:
          type: object
          properties:
            value:
              anyOf: [{type: string}, {type: number}, {type: array, items: {type: string}}]
        """)
    choice = m.get("Choice.value")  # `Choice` itself is a nullable alias of it
    assert isinstance(choice, ir.AnyOfDecl)
    assert choice.alternatives == (ir.Ref("Choice.value.variant1"), ir.Ref("Tool"))
    assert isinstance(m.get("Choice.value.variant1"), ir.EnumDecl)
    filter_ = m.get("Filter")
    assert isinstance(filter_, ir.ObjectDecl)
    value = m.get("Filter.value")
    assert isinstance(value, ir.AnyOfDecl) and filter_.field("value").type == ir.Ref("Filter.value")
    assert value.alternatives == (ir.Primitive("string"), ir.Primitive("number"), ir.ArrayOf(ir.Primitive("string")))


@pytest.mark.parametrize("schemas, message", [
    ("A:\n  type: object\n  required: [x]\n  properties: {y: {type: string}}\n",
     "`required` names 'x', which is not a property"),
    ("A:\n  type: string\n  enum: [a, b, a]\n", "enum lists a value twice"),
    ("U:\n  oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]\n"
     "  discriminator: {propertyName: type}\n"
     "A: {type: object, required: [type], properties: {type: {const: x}}}\n"
     "B: {type: object, required: [type], properties: {type: {const: x}}}\n",
     "discriminator value 'x' is used by both A and B"),
    ("U:\n  oneOf: [{$ref: '#/components/schemas/A'}]\n  discriminator: {propertyName: type}\n"
     "A: {type: object, properties: {kind: {const: x}}}\n",
     "union member #/components/schemas/A needs a required property 'type' with one const value"),
    ("U:\n  oneOf:\n    - {type: object, properties: {kind: {const: a}}}\n  discriminator: {propertyName: type}\n",
     "inline union member needs a required property 'type' with one const value"),
])
def test_lowering_errors(tmp_path: Path, schemas: str, message: str) -> None:
    with pytest.raises(SchemaError) as info:
        lowered(tmp_path, schemas)
    assert message in info.value.message
    assert info.value.origin is not None and info.value.origin.file == "openapi.yaml"
    assert info.value.origin.line > 1 and info.value.origin.pointer.startswith("/components/schemas/")
    assert info.value.hint or "unsupported" in message or "twice" in message


def test_every_inline_declaration_follows_its_parent(tmp_path: Path) -> None:
    m = lowered(tmp_path, """
        Filter:
          type: object
          properties:
            value:
              anyOf:
                - type: string
                - type: array
                  items:
                    anyOf: [{type: string, enum: [a, b]}, {type: object, properties: {x: {type: string}}}]
        """)
    position = {d.id: i for i, d in enumerate(m.decls)}
    for decl in m.decls:
        if decl.owner is not None:
            assert position[".".join(decl.path[:-1])] < position[decl.id], decl.id


def test_array_and_map_components_name_their_items(tmp_path: Path) -> None:
    m = lowered(tmp_path, """
        A: {type: object, required: [type], properties: {type: {const: a}}}
        B: {type: object, required: [type], properties: {type: {const: b}}}
        Tools:
          type: array
          items: {oneOf: [{$ref: "#/components/schemas/A"}, {$ref: "#/components/schemas/B"}]}
        Attributes:
          type: object
          additionalProperties: {oneOf: [{type: string}, {type: number}]}
        """)
    tools, attributes = m.get("Tools"), m.get("Attributes")
    assert isinstance(tools, ir.AliasDecl) and tools.target == ir.ArrayOf(ir.Ref("Tools.item"))
    assert isinstance(m.get("Tools.item"), ir.UnionDecl)
    assert isinstance(attributes, ir.AliasDecl) and attributes.target == ir.MapOf(ir.Ref("Attributes.value"))
    assert isinstance(m.get("Attributes.value"), ir.AnyOfDecl)


def test_string_or_object_is_not_an_open_enum_and_null_survives_on_components(tmp_path: Path) -> None:
    m = lowered(tmp_path, """
        Tool: {type: object, properties: {name: {type: string}}}
        Choice:
          anyOf: [{type: string}, {$ref: "#/components/schemas/Tool"}, {type: "null"}]
        """)
    choice = m.get("Choice")
    assert isinstance(choice, ir.AliasDecl) and choice.nullable and choice.target == ir.Ref("Choice.value")
    value = m.get("Choice.value")
    assert isinstance(value, ir.AnyOfDecl) and value.alternatives == (ir.Primitive("string"), ir.Ref("Tool"))


def test_a_ref_to_a_component_that_admits_null_is_nullable(tmp_path: Path) -> None:
    m = lowered(tmp_path, """
        Error:
          anyOf:
            - type: object
              properties: {code: {type: string}}
            - type: "null"
        Response:
          type: object
          required: [error]
          properties:
            error: {$ref: "#/components/schemas/Error"}
        """)
    response = m.get("Response")
    assert isinstance(response, ir.ObjectDecl)
    error = response.field("error")
    assert error.required and error.nullable and error.type == ir.Ref("Error")
    assert isinstance(m.get("Error"), ir.ObjectDecl)


def test_bounds_inside_a_nullable_any_of_are_kept(tmp_path: Path) -> None:
    m = lowered(tmp_path, """
        Response:
          type: object
          properties:
            top_logprobs:
              anyOf: [{type: integer, minimum: 0, maximum: 20}, {type: "null"}]
            safety_identifier: {type: string, maxLength: 64}
        """)
    response = m.get("Response")
    assert isinstance(response, ir.ObjectDecl)
    assert response.field("top_logprobs").constraints == ir.Constraints(minimum=0, maximum=20)
    assert response.field("top_logprobs").nullable
    assert response.field("safety_identifier").constraints == ir.Constraints(max_length=64)
