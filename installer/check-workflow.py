#!/usr/bin/env python3
"""Checks .github/workflows/installers.yml as far as a machine without GitHub can: it parses as
YAML, every job step runs or uses something, and every path of this repository it names exists.
Build outputs (target/...) are listed so a -Pinstaller build can be compared by eye.
Run from the project folder: python3 installer/check-workflow.py"""
import os
import re
import sys

import yaml

WORKFLOW = ".github/workflows/installers.yml"

with open(WORKFLOW, encoding="utf-8") as f:
    text = f.read()
workflow = yaml.safe_load(text)
problems = []
for name, job in workflow["jobs"].items():
    if "runs-on" not in job:
        problems.append(f"job {name} says nowhere to run")
    for step in job["steps"]:
        if "run" not in step and "uses" not in step:
            problems.append(f"job {name}: a step neither runs nor uses anything: {step}")
# repository paths, with / or \ between their parts
named = {p.rstrip(".").replace("\\", "/")
         for p in re.findall(r"(?<![\w$/\\.-])((?:src|installer|assets)[/\\][\w./\\-]+)", text)}
for path in sorted(named):
    if not os.path.exists(path):
        problems.append(f"named but missing: {path}")
    else:
        print(f"exists: {path}")
for path in sorted({p.replace("\\", "/") for p in re.findall(r"target[/\\][\w./\\*-]+", text)}):
    print(f"built by the workflow: {path}")
if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
print(f"{WORKFLOW}: {len(workflow['jobs'])} jobs, parsed, every repository path it names exists")
