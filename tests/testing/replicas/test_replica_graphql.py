"""The replicas' GraphQL reader turns a query document into a small tree, worded by each upstream's dialect."""

from __future__ import annotations

import pytest

from harvester.testing.replicas.decidim import GRAPHQL_RUBY
from harvester.testing.replicas.graphql import (
    Dialect,
    Field,
    Fragment,
    GraphQLError,
    Spread,
    Variable,
    bind,
    parse,
)
from harvester.testing.replicas.tilavarauspalvelu import GRAPHENE


def test_fields_keep_alias_arguments_and_nested_selections() -> None:
    document = parse(
        '{ c: component(id: 12, tags: ["a", "b"]) { id name { translation(locale: "fi") } } }', Dialect()
    )
    [component] = document.selections
    assert component == Field(
        "component",
        "c",
        {"id": 12, "tags": ["a", "b"]},
        [
            Field("id", "id", {}, []),
            Field("name", "name", {}, [Field("translation", "translation", {"locale": "fi"}, [])]),
        ],
    )


def test_variables_stay_unbound_until_bind_and_their_defaults_are_kept() -> None:
    document = parse(
        "query Page($first: Int = 5, $after: String) { items(first: $first, after: $after) { id } }",
        Dialect(),
    )
    [items] = document.selections
    assert isinstance(items, Field) and items.args == {"first": Variable("first"), "after": Variable("after")}
    assert document.variable_defaults == {"first": 5}
    assert bind(items.args, {"after": "MQ"}) == {"first": None, "after": "MQ"}


def test_inline_fragments_spreads_and_named_fragments_are_read() -> None:
    document = parse(
        "{ node { ... on Budgets { id } ...Rest } } fragment Rest on Proposals { title }", Dialect()
    )
    [node] = document.selections
    assert isinstance(node, Field)
    assert node.selections == [Fragment("Budgets", [Field("id", "id", {}, [])]), Spread("Rest")]
    assert document.fragments == {"Rest": Fragment("Proposals", [Field("title", "title", {}, [])])}


def test_literals_are_read_as_python_values() -> None:
    [field] = parse(
        '{ f(a: -2, b: 1.5, c: true, d: null, e: ENUM, g: "x\\ny", h: {k: [1]}) }', Dialect()
    ).selections
    assert isinstance(field, Field)
    assert field.args == {"a": -2, "b": 1.5, "c": True, "d": None, "e": "ENUM", "g": "x\ny", "h": {"k": [1]}}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("{ a { b }", "Parse error on end of input (expected NAME)"),
        ("{ a & }", 'Parse error on "&" (error) at [1, 5]'),
        ('{ a(x: "open) }', "Parse error on unterminated string at [1, 8]"),
        ("{ a @skip(if: true) }", 'Parse error on "@" (@) at [1, 5]'),
        ("mutation { a }", "Only queries are replicated (the public API is read-only here)"),
        ("{ a } { b }", "Expected exactly one operation in the document"),
    ],
)
def test_graphql_ruby_wording_of_syntax_errors(query: str, message: str) -> None:
    with pytest.raises(GraphQLError) as error:
        parse(query, GRAPHQL_RUBY)
    assert (str(error.value), error.value.status) == (message, 200)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("{ a { b }", "Syntax Error: Expected a token, found <EOF>."),
        ("", "Syntax Error: Expected {, found <EOF>."),
        ("{ a(x: 1 }", "Syntax Error: Expected a token, found }."),
        ("{ a & }", "Syntax Error: Unexpected character '&'."),
        ("{ a { ... on T { b } } }", "Fragments and directives are not supported by this replica."),
        ("{ a @skip(if: true) }", "Fragments and directives are not supported by this replica."),
        ("{ x: a }", "Aliases are not supported by this replica."),
        (
            "{ a } fragment F on T { b }",
            "This replica answers one operation per request (fragments are not supported).",
        ),
        ("subscription { a }", "This replica answers queries only."),
    ],
)
def test_graphene_wording_of_syntax_errors_and_refusals(query: str, message: str) -> None:
    with pytest.raises(GraphQLError) as error:
        parse(query, GRAPHENE)
    assert (str(error.value), error.value.status) == (message, 400)
