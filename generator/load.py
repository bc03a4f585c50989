"""Stage 1: read the spec's YAML files into one tree, resolving relative $refs.

Every mapping and sequence of the tree remembers the file and line it came
from (also per key), so that every later stage can point at the line to edit.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from generator.errors import Location, SpecError, SpecProblem


class SpecDict(dict[str, Any]):
    """A YAML mapping with the place of the mapping and of each of its keys."""

    location: Location
    key_locations: dict[str, Location]
    # Last segment of the $ref this mapping was reached through (a schema name).
    ref_name: str | None = None

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


# libyaml's parser when PyYAML was built with it: ten times faster, same nodes.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _JsonCompatibleLoader(_BaseLoader):  # type: ignore[valid-type, misc]
    """SafeLoader that keeps dates as text: the spec is JSON-shaped."""


_JsonCompatibleLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


# Keys beside a $ref that describe rather than constrain.
_ANNOTATIONS = {"description", "summary", "title", "examples", "example", "default", "deprecated", "$comment"}


def display_path(path: Path) -> Path:
    """The path as a person in the working directory would type it."""
    try:
        return Path(os.path.relpath(path))
    except ValueError:  # another drive on Windows
        return path


class _FileReader:
    """Parses one YAML file into SpecDict/SpecList nodes."""

    def __init__(self, path: Path, problems: list[SpecProblem]) -> None:
        self.path = path
        self.shown = display_path(path)
        self.problems = problems

    def read(self) -> Any:
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            self.problems.append(SpecProblem(Location(self.shown, 1), f"cannot read file: {error}"))
            return None
        loader = _JsonCompatibleLoader(text)
        try:
            root = loader.get_single_node()
            if root is None:
                self.problems.append(SpecProblem(Location(self.shown, 1), "file is empty"))
                return None
            converted: dict[int, Any] = {}
            return self._convert(root, loader, converted)
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            line = mark.line + 1 if mark else 1
            self.problems.append(SpecProblem(Location(self.shown, line), f"invalid YAML: {error.problem}"))
            return None
        finally:
            loader.dispose()

    def _at(self, node: yaml.Node) -> Location:
        return Location(self.shown, node.start_mark.line + 1)

    def _convert(self, node: yaml.Node, loader: Any, done: dict[int, Any]) -> Any:
        if id(node) in done:  # a YAML alias: share the converted value
            return done[id(node)]
        if isinstance(node, yaml.MappingNode):
            mapping = SpecDict()
            mapping.location = self._at(node)
            mapping.key_locations = {}
            done[id(node)] = mapping
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    self.problems.append(SpecProblem(self._at(key_node), "mapping keys must be plain text"))
                    continue
                # Keys stay text as written: response codes such as 200 are strings in OpenAPI.
                key = key_node.value
                if key == "<<" and key_node.tag == "tag:yaml.org,2002:merge":
                    self.problems.append(SpecProblem(self._at(key_node), "YAML merge keys (<<) are not supported"))
                    continue
                if key in mapping:
                    first = mapping.key_locations[key]
                    self.problems.append(
                        SpecProblem(self._at(key_node), f"duplicate key '{key}' (first at line {first.line})")
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
        value = loader.construct_object(node, deep=True)
        done[id(node)] = value
        return value


class _Resolver:
    """Replaces every {$ref: ...} with the node it points to, across files."""

    def __init__(self, problems: list[SpecProblem]) -> None:
        self.problems = problems
        self.files: dict[Path, Any] = {}
        self.resolved: set[int] = set()
        self.in_progress: set[int] = set()

    def file(self, path: Path) -> Any:
        if path not in self.files:
            self.files[path] = _FileReader(path, self.problems).read()
        return self.files[path]

    def resolve(self, node: Any, path: Path) -> Any:
        if isinstance(node, SpecDict) and "$ref" in node:
            return self._follow(node, path)
        if not isinstance(node, (SpecDict, SpecList)) or id(node) in self.resolved:
            return node
        if id(node) in self.in_progress:
            self.problems.append(SpecProblem(node.location, "circular $ref: this node contains itself"))
            return node
        self.in_progress.add(id(node))
        if isinstance(node, SpecDict):
            for key, value in node.items():
                node[key] = self.resolve(value, path)
        else:
            for index, value in enumerate(node):
                node[index] = self.resolve(value, path)
        self.in_progress.discard(id(node))
        self.resolved.add(id(node))
        return node

    def _follow(self, ref_node: SpecDict, path: Path) -> Any:
        ref = ref_node["$ref"]
        where = ref_node.where("$ref")
        if not isinstance(ref, str):
            self.problems.append(SpecProblem(where, "$ref must be a string"))
            return ref_node
        file_part, _, pointer = ref.partition("#")
        target_path = (path.parent / unquote(file_part)).resolve() if file_part else path
        if file_part and not target_path.is_file():
            self.problems.append(SpecProblem(where, f"$ref '{ref}': file {display_path(target_path)} does not exist"))
            return ref_node
        target = self.file(target_path)
        if target is None:
            return ref_node
        name = None
        for raw in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
            name = unquote(raw).replace("~1", "/").replace("~0", "~")
            if isinstance(target, SpecDict) and name in target:
                target = target[name]
            elif isinstance(target, SpecList) and name.isdigit() and int(name) < len(target):
                target = target[int(name)]
            else:
                self.problems.append(
                    SpecProblem(where, f"$ref '{ref}': nothing at '{name}' in {display_path(target_path)}")
                )
                return ref_node
        if isinstance(target, SpecDict) and id(target) in self.in_progress:
            self.problems.append(SpecProblem(where, f"circular $ref '{ref}'"))
            return ref_node
        self.in_progress.add(id(ref_node))
        target = self.resolve(target, target_path)
        self.in_progress.discard(id(ref_node))
        siblings = {key: value for key, value in ref_node.items() if key != "$ref"}
        if not siblings:
            if isinstance(target, SpecDict) and target.ref_name is None:
                target.ref_name = name
            return target
        if not isinstance(target, SpecDict):
            self.problems.append(SpecProblem(where, f"$ref '{ref}' has sibling keys but does not point at a mapping"))
            return ref_node
        # Annotations beside a $ref (a more specific description, an example)
        # take the place of the target's. A constraint may only be added: OpenAPI
        # tools apply both the target's and the sibling's, and so must we.
        for key in siblings:
            if key in target and key not in _ANNOTATIONS and not key.startswith("x-"):
                self.problems.append(
                    SpecProblem(ref_node.where(key), f"'{key}' beside $ref '{ref}' would change the target's '{key}'")
                )
        merged = SpecDict(target)
        merged.location = ref_node.location
        merged.key_locations = {**target.key_locations, **ref_node.key_locations}
        for key, value in siblings.items():
            merged[key] = self.resolve(value, path)
        return merged


def load_spec(root: Path) -> SpecDict:
    """The whole spec as one tree with every $ref resolved, or SpecError."""
    problems: list[SpecProblem] = []
    resolver = _Resolver(problems)
    root = root.resolve()
    if not root.is_file():
        raise SpecError([SpecProblem(None, f"spec file {display_path(root)} does not exist")])
    document = resolver.file(root)
    if document is not None:
        document = resolver.resolve(document, root)
    if problems:
        raise SpecError(problems)
    if not isinstance(document, SpecDict):
        raise SpecError([SpecProblem(Location(display_path(root), 1), "the root must be a mapping")])
    return document
