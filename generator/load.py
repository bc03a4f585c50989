"""Stage 1: read the spec's YAML files into one tree, resolving relative $refs.

Every mapping and sequence of the tree remembers the file and line it came
from (also per key), so that every later stage can point at the line to edit.
The loader refuses what would make later stages misbehave: nesting deeper
than `MAX_DEPTH`, YAML aliases of collections (they multiply the input),
numbers that are not finite, and text that no generated file can hold.
A broken `$ref` is reported and replaced by an empty mapping, so that the
other stages can still report their own problems in the same run. A `$ref`
back into a named component that a value can leave (an optional property, an
array's items) is a recursive schema: it becomes a marker node (see
`SpecDict.recursion`); any other cycle has no finite value and is refused.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote

import yaml

from generator.errors import Location, Problems, display_path, spec_name

# Levels of nesting allowed in one file and in the resolved tree: the real spec
# needs about 20; Python's recursion limit would be the only other bound.
MAX_DEPTH = 64
MAX_RESOLVED_DEPTH = 128
# Values in the tree with every $ref expanded, as the validators walk it: the real spec has about
# 50,000; a few lines of $refs that each use the next twice would otherwise expand beyond any bound.
MAX_EXPANDED_SIZE = 2_000_000
# Characters no generated file may carry: C0 and C1 controls other than tab and
# newline, lone surrogates, and the byte-order mark inside text.
_FORBIDDEN_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufeff]")


class SpecDict(dict[str, Any]):
    """A YAML mapping with the place of the mapping and of each of its keys."""

    location: Location
    key_locations: dict[str, Location]
    # The component name of a schema defined at `#/components/schemas/<name>`
    # or at the top level of a module file (`components/team.yaml#/<name>`).
    ref_name: str | None = None
    # Where that component is defined (file and JSON pointer): two components
    # may share a name only by mistake.
    ref_key: str | None = None
    # Stands in for the target of a $ref that could not be resolved.
    broken: bool = False
    # For a $ref with sibling keys (a description in place): the target itself.
    origin: SpecDict | None = None
    # For a $ref back into the component it is inside (a recursive schema): that
    # component. The node itself holds only the component's type and annotations, so
    # the tree stays a tree: a walker unaware of recursion sees an open object and ends.
    recursion: SpecDict | None = None

    def where(self, key: str | None = None) -> Location:
        if key is not None and key in self.key_locations:
            return self.key_locations[key]
        return self.location


class SpecList(list[Any]):
    """A YAML sequence with the place of the sequence and of each item."""

    location: Location
    item_locations: list[Location]

    def where(self, index: int | None = None) -> Location:
        if index is not None and 0 <= index < len(self.item_locations):
            return self.item_locations[index]
        return self.location


def spec_dict(location: Location, items: dict[str, Any] | None = None) -> SpecDict:
    """A SpecDict made by the generator itself, placed at `location`."""
    mapping = SpecDict(items or {})
    mapping.location = location
    mapping.key_locations = {}
    return mapping


# libyaml's parser when PyYAML was built with it: ten times faster, same nodes.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _JsonCompatibleLoader(_BaseLoader):  # type: ignore[valid-type, misc]
    """SafeLoader that keeps dates as text: the spec is JSON-shaped."""


_JsonCompatibleLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


# Extensions whose value is a reference (text in the form of a $ref) to a schema.
REFERENCE_EXTENSIONS = frozenset({"x-attach-schema"})
# Keys beside a $ref that describe rather than constrain.
_ANNOTATIONS = {"description", "summary", "title", "examples", "example", "default", "deprecated", "$comment"}
# What a recursion marker copies from its component: enough for a walker unaware of recursion.
_MARKER_KEYS = ("type", "description", "title", "examples")
# Keywords whose value is a schema, or a list or mapping of schemas: the way a schema holds another.
_SUBSCHEMA_KEYS = frozenset(
    {
        "items",
        "contains",
        "additionalProperties",
        "unevaluatedProperties",
        "unevaluatedItems",
        "propertyNames",
        "not",
        "if",
        "then",
        "else",
        "contentSchema",
        *REFERENCE_EXTENSIONS,
    }
)
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "dependentSchemas", "$defs"})
# Places in a schema that a value may leave out (`then` and `else` hold only for some values): a
# recursion through one of them ends.
_OPTIONAL_PLACES = frozenset(
    {"items", "prefixItems", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "then", "else"}
)


def text_problem(text: str) -> str | None:
    """Why `text` cannot be carried into generated files, if it cannot."""
    bad = _FORBIDDEN_TEXT.search(text)
    if bad is None:
        return None
    return f"text contains the character U+{ord(bad.group()):04X}, which no generated file can carry"


class _FileReader:
    """Parses one YAML file into SpecDict/SpecList nodes."""

    def __init__(self, path: Path, name: PurePosixPath, problems: Problems) -> None:
        self.path = path
        self.name = name
        self.problems = problems
        # One Location a line, shared by the nodes and keys on it: a third fewer objects to keep and read back.
        self.lines: dict[int, Location] = {}

    def read(self) -> Any:
        try:
            text = self.path.read_bytes().decode("utf-8")
        except OSError as error:
            self.problems.error(Location(self.name, 1), f"cannot read file: {error.strerror or error}", "file-readable")
            return None
        except UnicodeDecodeError as error:
            self.problems.error(
                Location(self.name, 1),
                f"file is not UTF-8 text: {error.reason} at byte {error.start}",
                "file-readable",
            )
            return None
        if text.startswith("\ufeff"):
            self.problems.error(
                Location(self.name, 1),
                "file starts with a byte-order mark; save it as UTF-8 without one",
                "file-readable",
            )
            return None
        if not text.strip():
            self.problems.error(Location(self.name, 1), "file is empty", "file-readable")
            return None
        try:
            if not self._shallow_enough(text):
                return None
            loader = _JsonCompatibleLoader(text)
            try:
                root = loader.get_single_node()
                if root is None:
                    self.problems.error(Location(self.name, 1), "file is empty", "file-readable")
                    return None
                return self._convert(root, loader, {})
            finally:
                loader.dispose()
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            line = mark.line + 1 if mark else 1
            self.problems.error(Location(self.name, line), f"invalid YAML: {error.problem}", "yaml-valid")
        except yaml.reader.ReaderError as error:  # a character YAML does not allow, at an offset
            # libyaml counts the offset in bytes of UTF-8, PyYAML's own reader in characters.
            offset = max(error.position, 0)
            if _BaseLoader is yaml.SafeLoader:
                line = text.count("\n", 0, offset) + 1
            else:
                line = text.encode("utf-8").count(b"\n", 0, offset) + 1
            self.problems.error(Location(self.name, line), f"invalid YAML: {str(error).splitlines()[0]}", "yaml-valid")
        except yaml.YAMLError as error:
            self.problems.error(Location(self.name, 1), f"invalid YAML: {error}", "yaml-valid")
        return None

    def _shallow_enough(self, text: str) -> bool:
        """False (with a problem) when the file nests deeper than MAX_DEPTH.

        Checked on the event stream, which libyaml produces without recursion,
        before composing nodes, which it does recursively (and crashes on very
        deep input).
        """
        depth = 0
        collections: set[str] = set()  # anchors of mappings and lists
        aliased: set[int] = set()  # lines that use one of them
        for event in yaml.parse(text, Loader=_JsonCompatibleLoader):
            line = event.start_mark.line + 1 if event.start_mark else 1
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    self.problems.error(
                        Location(self.name, line), f"nested more than {MAX_DEPTH} levels deep", "yaml-json-shaped"
                    )
                    return False
                if event.anchor is not None:
                    collections.add(event.anchor)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            elif isinstance(event, yaml.AliasEvent) and event.anchor in collections and line not in aliased:
                # Each use would be walked again, and a few of them nested
                # multiply the input beyond any bound: refused where it is used.
                aliased.add(line)
                self.problems.error(
                    Location(self.name, line),
                    "YAML aliases of mappings and lists are not supported; use $ref",
                    "yaml-json-shaped",
                )
        return not aliased

    def _at(self, node: yaml.Node) -> Location:
        line = node.start_mark.line + 1
        location = self.lines.get(line)
        if location is None:
            location = self.lines[line] = Location(self.name, line)
        return location

    def _convert(self, node: yaml.Node, loader: Any, done: dict[int, Any]) -> Any:
        if id(node) in done:
            if isinstance(node, yaml.CollectionNode):
                # An alias of a mapping or list: each use would be walked again,
                # and a few of them nested multiply the input beyond any bound.
                self.problems.error(
                    self._at(node), "YAML aliases of mappings and lists are not supported; use $ref", "yaml-json-shaped"
                )
            return done[id(node)]
        if isinstance(node, yaml.MappingNode):
            mapping = spec_dict(self._at(node))
            done[id(node)] = mapping
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    self.problems.error(self._at(key_node), "mapping keys must be plain text", "yaml-json-shaped")
                    continue
                # Keys stay text as written: response codes such as 200 are strings in OpenAPI.
                key = key_node.value
                if key == "<<" and key_node.tag == "tag:yaml.org,2002:merge":
                    self.problems.error(
                        self._at(key_node), "YAML merge keys (<<) are not supported", "yaml-json-shaped"
                    )
                    continue
                if (problem := text_problem(key)) is not None:
                    self.problems.error(self._at(key_node), f"key {key!r}: {problem}", "text-carried")
                    continue
                if key in mapping:
                    first = mapping.key_locations[key]
                    self.problems.error(
                        self._at(key_node), f"duplicate key '{key}' (first at line {first.line})", "yaml-json-shaped"
                    )
                    continue
                mapping.key_locations[key] = self._at(key_node)
                mapping[key] = self._convert(value_node, loader, done)
            return mapping
        if isinstance(node, yaml.SequenceNode):
            sequence = SpecList()
            sequence.location = self._at(node)
            sequence.item_locations = [self._at(item) for item in node.value]
            done[id(node)] = sequence
            sequence.extend(self._convert(item, loader, done) for item in node.value)
            return sequence
        try:
            value = loader.construct_object(node, deep=True)
        except (ValueError, OverflowError) as error:  # e.g. an integer too long to convert
            self.problems.error(self._at(node), f"cannot read value: {error}", "yaml-json-shaped")
            value = None
        if isinstance(value, float) and not math.isfinite(value):
            self.problems.error(
                self._at(node), f"{node.value} is not a finite number, which JSON cannot carry", "yaml-json-shaped"
            )
        elif isinstance(value, str) and (problem := text_problem(value)) is not None:
            self.problems.error(self._at(node), problem, "text-carried")
        elif isinstance(value, bytes):
            self.problems.error(self._at(node), "binary values (!!binary) are not supported", "yaml-json-shaped")
        elif not isinstance(value, (str, int, float, bool, type(None))):  # an explicit tag, such as !!timestamp
            self.problems.error(
                self._at(node), f"{node.tag} values are not supported: JSON has no such type", "yaml-json-shaped"
            )
            value = None
        done[id(node)] = value
        return value


# How the loader reads one file (its path, and its name as Locations hold it): its tree, with its
# problems added to the Problems given. The pipeline may wrap it (a memo by the file's content);
# the loader knows only this signature.
ParseFile = Callable[[Path, PurePosixPath, Problems], Any]


def parse_file(path: Path, name: PurePosixPath, problems: Problems) -> Any:
    """The tree of one YAML file (None when it cannot be read), every node placed at its line of `name`."""
    return _FileReader(path, name, problems).read()


class _Resolver:
    """Replaces every {$ref: ...} with the node it points to, across files."""

    def __init__(self, root: Path, spec: Path, problems: Problems, parse: ParseFile) -> None:
        self.spec = spec  # the root file as given: files are named from it (spec_name)
        self.top = root.parent
        self.problems = problems
        self.parse = parse
        self.targets: dict[tuple[Path, str], tuple[Path, bool]] = {}
        self.files: dict[Path, Any] = {}
        self.resolved: set[int] = set()
        self.in_progress: set[int] = set()
        # The containers being resolved, outermost first, each with the key or index being resolved.
        self.trail: list[tuple[SpecDict | SpecList, Any]] = []

    def file(self, path: Path) -> Any:
        if path not in self.files:
            self.files[path] = self.parse(path, spec_name(path, self.spec), self.problems)
        return self.files[path]

    def resolve(self, node: Any, path: Path) -> Any:
        if isinstance(node, SpecDict) and "$ref" in node:
            return self._follow(node, path)
        if not isinstance(node, (SpecDict, SpecList)) or id(node) in self.resolved:
            return node
        if id(node) in self.in_progress:
            self.problems.error(node.location, "circular $ref: this node contains itself", "ref-not-circular")
            return node
        self.in_progress.add(id(node))
        # Text and numbers hold nothing to resolve: only mappings and lists are walked into.
        if isinstance(node, SpecDict):
            for key, value in node.items():
                if key in REFERENCE_EXTENSIONS and isinstance(value, str):
                    # A reference held as text, so that tools which bundle the
                    # spec leave it alone; followed here like any $ref.
                    value = spec_dict(node.where(key), {"$ref": value})
                    value.key_locations = {"$ref": node.where(key)}
                elif not isinstance(value, (SpecDict, SpecList)):
                    continue
                self.trail.append((node, key))
                node[key] = self.resolve(value, path)
                self.trail.pop()
        else:
            for index, value in enumerate(node):
                if isinstance(value, (SpecDict, SpecList)):
                    self.trail.append((node, index))
                    node[index] = self.resolve(value, path)
                    self.trail.pop()
        self.in_progress.discard(id(node))
        self.resolved.add(id(node))
        return node

    def _target(self, path: Path, file_part: str) -> tuple[Path, bool]:
        """The file a $ref from `path` names, and whether it is a file (asked once per folder and text)."""
        key = (path.parent, file_part)
        if key not in self.targets:
            target = (path.parent / unquote(file_part)).resolve()
            self.targets[key] = (target, target.is_file())
        return self.targets[key]

    def _broken(self, ref_node: SpecDict, message: str, rule: str = "ref-resolves") -> SpecDict:
        self.problems.error(ref_node.where("$ref"), message, rule)
        stand_in = spec_dict(ref_node.location)
        stand_in.broken = True
        return stand_in

    def _follow(self, ref_node: SpecDict, path: Path) -> Any:
        ref = ref_node["$ref"]
        if not isinstance(ref, str):
            return self._broken(ref_node, "$ref must be a string")
        file_part, _, pointer = ref.partition("#")
        if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", file_part):
            return self._broken(ref_node, f"$ref '{ref}': only relative file references are supported")
        target_path, exists = self._target(path, file_part) if file_part else (path, True)
        if file_part and not target_path.is_relative_to(self.top):
            return self._broken(ref_node, f"$ref '{ref}' points outside the spec's folder")
        if file_part and not exists:
            return self._broken(ref_node, f"$ref '{ref}': file {spec_name(target_path, self.spec)} does not exist")
        target = self.file(target_path)
        if target is None:
            return self._broken(ref_node, f"$ref '{ref}': file {spec_name(target_path, self.spec)} could not be read")
        segments = [unquote(raw).replace("~1", "/").replace("~0", "~") for raw in pointer.strip("/").split("/")]
        keyed = False  # whether the last segment is a key of a mapping: a name, not an index
        for name in segments if pointer.strip("/") else []:
            keyed = isinstance(target, SpecDict)
            if isinstance(target, SpecDict) and name in target:
                target = target[name]
            elif isinstance(target, SpecList) and name.isdigit() and int(name) < len(target):
                target = target[int(name)]
            else:
                return self._broken(
                    ref_node, f"$ref '{ref}': nothing at '{name}' in {spec_name(target_path, self.spec)}"
                )
        if isinstance(target, SpecDict) and "$ref" not in target and _names_component(segments, target_path):
            target.ref_name = segments[-1]  # the same for every $ref to it: names never depend on order
            target.ref_key = f"{target_path}#/{'/'.join(segments)}"
        if isinstance(target, (SpecDict, SpecList)) and id(target) in self.in_progress:
            if isinstance(target, SpecDict) and keyed and self._can_end(target):
                if target.ref_name is None:
                    # A recursive schema refers to itself by name: the key it is defined under.
                    target.ref_name = segments[-1]
                    target.ref_key = f"{target_path}#/{'/'.join(segments)}"
                return self._recursion(ref_node, target, path)
            return self._broken(
                ref_node,
                f"circular $ref '{ref}': no value could end (a recursive schema is a named component"
                " that refers to itself through an optional property or an array's items)",
                "ref-not-circular",
            )
        self.in_progress.add(id(ref_node))
        target = self.resolve(target, target_path)
        self.in_progress.discard(id(ref_node))
        siblings = {key: value for key, value in ref_node.items() if key != "$ref"}
        if not siblings:
            return target
        if not isinstance(target, SpecDict):
            return self._broken(ref_node, f"$ref '{ref}' has sibling keys but does not point at a mapping")
        self._check_siblings(ref_node, target)
        merged = spec_dict(ref_node.location, dict(target))
        merged.key_locations = {**target.key_locations, **ref_node.key_locations}
        merged.ref_name, merged.ref_key = target.ref_name, target.ref_key  # the same type, described in place
        merged.origin = target.origin or target
        for key, value in siblings.items():
            merged[key] = self.resolve(value, path)
        return merged

    def _check_siblings(self, ref_node: SpecDict, target: SpecDict) -> None:
        """Annotations beside a $ref (a more specific description, an example) take the place of the
        target's. A constraint may only be added: OpenAPI tools apply both the target's and the sibling's,
        and so must we."""
        for key in ref_node:
            if key != "$ref" and key in target and key not in _ANNOTATIONS and not key.startswith("x-"):
                self.problems.error(
                    ref_node.where(key),
                    f"'{key}' beside $ref '{ref_node['$ref']}' would change the target's '{key}'",
                    "ref-siblings",
                )

    def _can_end(self, target: SpecDict) -> bool:
        """Whether a $ref back into `target` (a schema under a key of a mapping), now being resolved, is
        a recursion that a finite value can end: the way from `target` to the $ref goes from schema to
        schema and passes an optional place (a property its schema does not require, an array's items,
        a map's values, one of several members of a oneOf or anyOf, a `then`). An alias of itself
        (`Loop: {$ref: '#/Loop'}`), or an object that requires itself, never ends."""
        if "$ref" in target:
            return False
        starts = [index for index, (container, _) in enumerate(self.trail) if container is target]
        if not starts:
            return False
        way = self.trail[starts[-1] :]
        optional = False
        for (outer, outer_key), (container, key) in zip([(None, None), *way], way, strict=False):
            if isinstance(outer, SpecDict) and outer_key in _SCHEMA_MAPS:  # `key` names a property
                required = outer.get("required") if outer_key == "properties" else None
                optional = optional or not isinstance(required, list) or key not in required
            elif isinstance(outer, SpecDict) and outer_key in _SCHEMA_LISTS:  # `key` is an index
                optional = optional or outer_key == "prefixItems" or len(container) > 1
            elif isinstance(container, SpecDict) and key in _SUBSCHEMA_KEYS | _SCHEMA_LISTS | _SCHEMA_MAPS:
                optional = optional or key in _OPTIONAL_PLACES
            else:
                return False  # not a way from schema to schema (a $ref into the middle of a file)
        return optional

    def _recursion(self, ref_node: SpecDict, target: SpecDict, path: Path) -> SpecDict:
        """The marker that stands for `target` where it recurs (see SpecDict.recursion)."""
        self._check_siblings(ref_node, target)
        marker = spec_dict(ref_node.location, {key: target[key] for key in _MARKER_KEYS if key in target})
        marker.key_locations = {key: target.where(key) for key in marker}
        for key, value in ref_node.items():
            if key != "$ref":
                marker[key] = self.resolve(value, path)
                marker.key_locations[key] = ref_node.where(key)
        marker.ref_name, marker.ref_key = target.ref_name, target.ref_key
        marker.recursion = target
        return marker


def _names_component(segments: list[str], path: Path) -> bool:
    """Whether a $ref target at `segments` is a named component (see SpecDict.ref_name)."""
    return (len(segments) == 3 and segments[:2] == ["components", "schemas"]) or (
        len(segments) == 1 and path.parent.name == "components"
    )


@dataclass(frozen=True)
class _Extent:
    depth: int  # levels of nesting, shared nodes counted once
    deepest: Location | None
    size: int  # values in the tree with every $ref expanded in place, as the validators walk it
    # The smallest mapping or list whose expansion exceeds MAX_EXPANDED_SIZE, if any.
    too_large: Location | None


def _extent(document: Any) -> _Extent:
    """How deep and how large the resolved tree is (each shared node measured once).

    A node that contains itself (ref-not-circular reports it) is measured without the way back into itself.
    """
    # By node: depth, deepest, size and too_large, as in _Extent (tuples: tens of thousands of nodes).
    done: dict[int, tuple[int, Location | None, int, Location | None]] = {}
    entered: set[int] = set()
    # A node, and None the first time it is met; then the mappings and lists in it, measured before it.
    stack: list[tuple[Any, list[Any] | None]] = [(document, None)]
    while stack:
        node, containers = stack.pop()
        if containers is None:
            if id(node) in done or id(node) in entered:
                continue
            entered.add(id(node))
            members = node.values() if isinstance(node, SpecDict) else node
            containers = [member for member in members if isinstance(member, (SpecDict, SpecList))]
            stack.append((node, containers))
            stack.extend((member, None) for member in containers if id(member) not in done)
            continue
        depth, deepest, size, too_large = 1, node.location, 1 + len(node) - len(containers), None
        for member in containers:
            inner = done.get(id(member))
            if inner is None:
                continue  # a way back into a node that contains it
            if inner[0] + 1 > depth:
                depth, deepest = inner[0] + 1, inner[1]
            size += inner[2]
            too_large = too_large or inner[3]
        if too_large is None and size > MAX_EXPANDED_SIZE:
            too_large = node.location
        done[id(node)] = (depth, deepest, size, too_large)
    return _Extent(*done.get(id(document), (0, None, 0, None)))


@dataclass(frozen=True)
class LoadedSpec:
    document: SpecDict | None  # None when the root itself could not be read
    files: tuple[Path, ...]  # every file read, the root first


def read_spec(root: Path, problems: Problems, parse: ParseFile = parse_file) -> LoadedSpec:
    """The whole spec as one tree with every $ref resolved; problems go to `problems`.

    Each file is read with `parse` (by default `parse_file`).
    """
    given, root = root, root.resolve()
    if not root.is_file():
        problems.error(None, f"spec file {display_path(root)} does not exist", "file-readable")
        return LoadedSpec(None, ())
    resolver = _Resolver(root, given, problems, parse)
    document = resolver.file(root)
    if document is not None:
        document = resolver.resolve(document, root)
    if document is not None and not isinstance(document, SpecDict):
        problems.error(Location(spec_name(root, given), 1), "the root must be a mapping", "root-mapping")
        document = None
    if document is not None:
        extent = _extent(document)
        if extent.depth > MAX_RESOLVED_DEPTH:
            problems.error(
                extent.deepest,
                f"with its $refs resolved, the spec nests more than {MAX_RESOLVED_DEPTH} levels deep",
                "spec-size",
            )
            document = None
        elif extent.too_large is not None:
            problems.error(
                extent.too_large,
                f"with its $refs resolved, this expands to more than {MAX_EXPANDED_SIZE:,} values "
                "(schemas that each use the next several times?)",
                "spec-size",
            )
            document = None
    files = tuple(resolver.files)
    reached = set(files)
    for path in sorted(path for path in root.parent.rglob("*.y*ml") if path.suffix in (".yaml", ".yml")):
        if path.resolve() not in reached:
            problems.warn(
                Location(spec_name(path, given), 1), f"no $ref from {root.name} reaches this file", "file-reached"
            )
    return LoadedSpec(document, files)


def load_spec(root: Path) -> SpecDict:
    """The whole spec as one tree with every $ref resolved, or SpecError."""
    problems = Problems()
    loaded = read_spec(root, problems)
    problems.raise_errors()
    assert loaded.document is not None
    return loaded.document
