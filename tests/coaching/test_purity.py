"""The shape rules of the domain: standard library only, no async, frozen value objects."""

import ast
import dataclasses
import importlib
import pkgutil
import sys
from pathlib import Path

import coaching

ROOT = Path(coaching.__file__).parent
MODULES = sorted(ROOT.rglob("*.py"))


def test_coaching_imports_only_the_standard_library() -> None:
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            for name in names:
                top = name.split(".")[0]
                assert top == "coaching" or top in sys.stdlib_module_names, (path.name, name)


def test_no_async_in_the_domain() -> None:
    for path in MODULES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        nodes = ast.walk(tree)
        assert not any(isinstance(node, ast.AsyncFunctionDef | ast.Await) for node in nodes)


def test_value_objects_are_frozen_with_slots() -> None:
    for info in pkgutil.walk_packages(coaching.__path__, "coaching."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and dataclasses.is_dataclass(value)
                and value.__module__ == info.name
            ):
                assert value.__dataclass_params__.frozen, value  # type: ignore[attr-defined]
                assert "__slots__" in vars(value), value


def test_no_grab_bag_modules_and_everything_stays_small() -> None:
    for path in MODULES:
        source = path.read_text(encoding="utf-8")
        assert path.stem not in {"utils", "helpers", "common"}
        assert len(source.splitlines()) <= 200, path.name
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                assert length <= 30, (path.name, node.name, length)


def test_axes_match_the_classifier_labels() -> None:
    from coaching.axes import Axis

    assert [axis.value for axis in Axis] == ["tone", "confidentiality", "authenticity"]
