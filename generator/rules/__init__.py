"""The spec rules: each with a stable id, a level, one line saying what it
asks, and an example of a spec that breaks it.

Validation (generator/validate.py) reports every problem under the id of the
rule it breaks, and the printed problem ends with that id (`[server-url]`),
so that a maintainer can look it up here, in `python -m generator rules` and
in spec/README.md, and a test can name the rule it proves.

A rule that validation checks is a small function of `SpecView`
(generator/rules/view.py), a typed view of the document that finds each part
once: the operations, v1 and v2, with their fields, parameters and bodies,
the client method each gives, the schemas each uses. The slow checks
(openapi-spec-validator, the JSON Schema meta-schema, examples against their
schemas) reach the rules through the view, their verdicts kept by
generator/validate.py. Reading the files checks the `load` rules; the two
`model` rules need the names the model gives types, and are checked there.

The rules are registered in the order of MODULES below, which is the
order `python -m generator rules` and spec/README.md list them in. This
package imports no validator: `python -m generator rules` reads it alone.
"""

from importlib import import_module

from generator.rules.registry import ERROR, RULES, WARNING, SpecRule
from generator.rules.view import Found, SpecView

# The modules that register the rules, in the order the rules are listed.
MODULES = ("document", "operations", "operations_v1", "fields", "operations_v2", "schemas", "webhooks", "doubts")
for _module in MODULES:
    import_module(f"{__name__}.{_module}")

__all__ = ["ERROR", "RULES", "WARNING", "Found", "SpecRule", "SpecView"]
