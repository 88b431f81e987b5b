"""A reader for the GraphQL query documents that clients send to the GraphQL replicas.

Both GraphQL replicas (Decidim on graphql-ruby, tilavarauspalvelu on graphene) read a query into the same
small tree: a `Document` of `Field`s (name, alias, arguments, nested selections), inline `Fragment`s and
fragment `Spread`s, with argument values that may hold unbound `Variable`s (`bind` fills them in). The two
upstreams differ in how they word a syntax error and in what they refuse outright, so each replica hands the
reader a `Dialect` that says both; the error messages are part of what the harvester's source adapters see.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple


class GraphQLError(Exception):
    """A request the replica refuses; `status` is the HTTP status its upstream sends the `errors` array with."""

    def __init__(self, message: str, status: int = 200) -> None:
        super().__init__(message)
        self.status = status


class Token(NamedTuple):
    """One lexical token; `kind` is NAME, STRING, NUMBER or the punctuator itself, `text` as written."""

    kind: str
    value: Any
    text: str
    line: int
    column: int


class Dialect:
    """How one upstream words syntax errors, and which parts of the language it refuses.

    With `only_one_operation` set, a document is a single operation and what follows it is refused with that
    message; `no_fragments` and `no_aliases` refuse `...`/`@` and `alias:` where a field is expected. Left
    None, fragments, aliases and several definitions are read.
    """

    #: the HTTP status a syntax error or refusal is answered with
    status = 200
    only_queries = "Only queries are supported"
    one_operation = "Expected exactly one operation in the document"
    only_one_operation: str | None = None
    no_fragments: str | None = None
    no_aliases: str | None = None

    def unexpected_character(self, char: str, line: int, column: int) -> str:
        return f"Unexpected character {char!r} at [{line}, {column}]"

    def unterminated_string(self, line: int, column: int) -> str:
        return f"Unterminated string at [{line}, {column}]"

    def invalid_number(self, literal: str, line: int, column: int) -> str:
        return f"Invalid number {literal!r} at [{line}, {column}]"

    def unexpected_token(self, token: Token | None, kind: str, value: str | None) -> str:
        """`token` None is the end of the input; `kind`/`value` what the reader expected there."""
        found = "end of input" if token is None else repr(token.text)
        return f"Expected {value or kind}, found {found}"


@dataclass(frozen=True)
class Variable:
    """A `$name` in an argument value, bound to the request's variables at execution."""

    name: str


@dataclass
class Field:
    name: str
    alias: str
    args: dict[str, Any]
    selections: list[Selection]


@dataclass
class Fragment:
    """An inline fragment (`... on Type { }`, `type_condition` None without `on`) or a named one's body."""

    type_condition: str | None
    selections: list[Selection]


@dataclass
class Spread:
    """`...Name`: a use of a named fragment."""

    name: str


Selection = Field | Fragment | Spread


@dataclass
class Document:
    """The one operation's selections, the named fragments, and the defaults of its variables."""

    selections: list[Selection]
    fragments: dict[str, Fragment] = field(default_factory=dict)
    variable_defaults: dict[str, Any] = field(default_factory=dict)


def parse(text: str, dialect: Dialect) -> Document:
    """Read a query document; a syntax error or refused construct raises GraphQLError worded by `dialect`."""
    return _Parser(text, dialect).document()


def bind(value: Any, variables: dict[str, Any]) -> Any:
    """`value` with every Variable replaced by its value in `variables` (None when not given)."""
    if isinstance(value, Variable):
        return variables.get(value.name)
    if isinstance(value, list):
        return [bind(item, variables) for item in value]
    if isinstance(value, dict):
        return {key: bind(item, variables) for key, item in value.items()}
    return value


_PUNCTUATORS = set("{}()[]:!$=@,")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}


def _tokenise(text: str, dialect: Dialect) -> list[Token]:
    tokens: list[Token] = []
    i, line, line_start = 0, 1, 0
    while i < len(text):
        char = text[i]
        column = i - line_start + 1
        if char == "\n":
            line, line_start = line + 1, i + 1
            i += 1
        elif char in " \t\r,\ufeff":
            i += 1
        elif char == "#":
            while i < len(text) and text[i] != "\n":
                i += 1
        elif text.startswith("...", i):
            tokens.append(Token("...", "...", "...", line, column))
            i += 3
        elif char in _PUNCTUATORS:
            tokens.append(Token(char, char, char, line, column))
            i += 1
        elif char == '"':
            j, out = i + 1, []
            while j < len(text) and text[j] != '"':
                if text[j] == "\\" and j + 1 < len(text):
                    escaped = text[j + 1]
                    if escaped == "u":
                        out.append(chr(int(text[j + 2 : j + 6], 16)))
                        j += 6
                        continue
                    out.append(_ESCAPES.get(escaped, escaped))
                    j += 2
                    continue
                out.append(text[j])
                j += 1
            if j >= len(text):
                raise GraphQLError(dialect.unterminated_string(line, column), dialect.status)
            tokens.append(Token("STRING", "".join(out), text[i : j + 1], line, column))
            i = j + 1
        elif char.isdigit() or char == "-":
            j = i + 1
            while j < len(text) and (text[j].isdigit() or text[j] in ".eE+-"):
                j += 1
            literal = text[i:j]
            try:
                value: Any = int(literal)
            except ValueError:
                try:
                    value = float(literal)
                except ValueError:
                    raise GraphQLError(
                        dialect.invalid_number(literal, line, column), dialect.status
                    ) from None
            tokens.append(Token("NUMBER", value, literal, line, column))
            i = j
        elif char.isalpha() or char == "_":
            j = i + 1
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            tokens.append(Token("NAME", text[i:j], text[i:j], line, column))
            i = j
        else:
            raise GraphQLError(dialect.unexpected_character(char, line, column), dialect.status)
    return tokens


class _Parser:
    def __init__(self, text: str, dialect: Dialect) -> None:
        self.dialect = dialect
        self.tokens = _tokenise(text, dialect)
        self.position = 0

    def refuse(self, message: str) -> GraphQLError:
        return GraphQLError(message, self.dialect.status)

    def at_end(self) -> bool:
        return self.position >= len(self.tokens)

    def peek(self, kind: str, value: Any = None) -> bool:
        if self.at_end():
            return False
        token = self.tokens[self.position]
        return token.kind == kind and (value is None or token.value == value)

    def take(self, kind: str, value: Any = None) -> Any:
        if not self.peek(kind, value):
            found = None if self.at_end() else self.tokens[self.position]
            raise self.refuse(self.dialect.unexpected_token(found, kind, value))
        token = self.tokens[self.position]
        self.position += 1
        return token.value

    def document(self) -> Document:
        document = Document([])
        if self.dialect.only_one_operation is not None:
            document.selections = self.operation(document)
            if not self.at_end():
                raise self.refuse(self.dialect.only_one_operation)
            return document
        operations = 0
        while not self.at_end():
            if self.peek("NAME", "fragment"):
                self.take("NAME")
                name = self.take("NAME")
                self.take("NAME", "on")
                document.fragments[name] = Fragment(self.take("NAME"), self.selection_set())
                continue
            document.selections = self.operation(document)
            operations += 1
        if operations != 1:
            raise self.refuse(self.dialect.one_operation)
        return document

    def operation(self, document: Document) -> list[Selection]:
        if self.peek("NAME", "query"):
            self.take("NAME")
            if self.peek("NAME"):
                self.take("NAME")
            if self.peek("("):
                document.variable_defaults.update(self.variable_definitions())
        elif self.peek("NAME", "mutation") or self.peek("NAME", "subscription"):
            raise self.refuse(self.dialect.only_queries)
        return self.selection_set()

    def variable_definitions(self) -> dict[str, Any]:
        defaults: dict[str, Any] = {}
        self.take("(")
        while not self.peek(")"):
            self.take("$")
            name = self.take("NAME")
            self.take(":")
            self.type_reference()
            if self.peek("="):
                self.take("=")
                defaults[name] = self.value()
        self.take(")")
        return defaults

    def type_reference(self) -> None:
        if self.peek("["):
            self.take("[")
            self.type_reference()
            self.take("]")
        else:
            self.take("NAME")
        if self.peek("!"):
            self.take("!")

    def selection_set(self) -> list[Selection]:
        self.take("{")
        selections: list[Selection] = []
        while not self.peek("}"):
            if self.dialect.no_fragments is not None and (self.peek("...") or self.peek("@")):
                raise self.refuse(self.dialect.no_fragments)
            if self.peek("..."):
                selections.append(self.fragment())
                continue
            name = alias = self.take("NAME")
            if self.peek(":"):
                if self.dialect.no_aliases is not None:
                    raise self.refuse(self.dialect.no_aliases)
                self.take(":")
                name = self.take("NAME")
            args: dict[str, Any] = {}
            if self.peek("("):
                self.take("(")
                while not self.peek(")"):
                    key = self.take("NAME")
                    self.take(":")
                    args[key] = self.value()
                self.take(")")
            children = self.selection_set() if self.peek("{") else []
            selections.append(Field(name, alias, args, children))
        self.take("}")
        return selections

    def fragment(self) -> Fragment | Spread:
        self.take("...")
        if self.peek("NAME", "on"):
            self.take("NAME")
            condition = self.take("NAME")
            return Fragment(condition, self.selection_set())
        if self.peek("{"):
            return Fragment(None, self.selection_set())
        return Spread(self.take("NAME"))

    def value(self) -> Any:
        if self.peek("$"):
            self.take("$")
            return Variable(self.take("NAME"))
        if self.peek("STRING") or self.peek("NUMBER"):
            token = self.tokens[self.position]
            self.position += 1
            return token.value
        if self.peek("["):
            self.take("[")
            items = []
            while not self.peek("]"):
                items.append(self.value())
            self.take("]")
            return items
        if self.peek("{"):
            self.take("{")
            mapping = {}
            while not self.peek("}"):
                key = self.take("NAME")
                self.take(":")
                mapping[key] = self.value()
            self.take("}")
            return mapping
        word = self.take("NAME")
        return {"true": True, "false": False, "null": None}.get(word, word)
