#!/usr/bin/env python3
"""Checks .github/workflows/installers.yml as far as a machine without GitHub can: it parses as
YAML, every job step runs or uses something, every path of this repository it names exists (the
Maven wrapper it runs too, executable in git for Ubuntu), and so does every option file the
installer profile hands jpackage on each system the workflow builds on. Build outputs
(target/...) are listed so a -Pinstaller build can be compared by eye.
Run from the project folder: python3 installer/check-workflow.py"""
import os
import re
import subprocess
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
# the Maven wrapper the steps run (./mvnw on Ubuntu, ./mvnw.cmd on Windows) and what it reads
if re.search(r"\./mvnw\s", text):
    named |= {"mvnw", ".mvn/wrapper/maven-wrapper.properties"}
    mode = subprocess.run(["git", "ls-files", "-s", "mvnw"], capture_output=True, text=True).stdout.split()
    if mode and mode[0] != "100755":
        problems.append("mvnw is not executable in git: ./mvnw fails on Ubuntu")
if "mvnw.cmd" in text:
    named |= {"mvnw.cmd", ".mvn/wrapper/maven-wrapper.properties"}
# the option files "-Pinstaller" gives jpackage, for each system a job runs on
with open("pom.xml", encoding="utf-8") as f:
    pom = f.read()
systems = {"linux": "deb"} if "ubuntu" in text else {}
if "windows-latest" in text:
    systems["windows"] = "msi"
for os_name, kind in systems.items():
    for option in re.findall(r"@(installer/[\w.${}/-]+)", pom) + re.findall(r"<descriptor>([^<]+)</descriptor>", pom):
        named.add(option.replace("${jpackage.os}", os_name).replace("${jpackage.type}", kind))
# and what those option files name in turn (icons, resource folders)
for option in [n for n in named if n.endswith(".options") and os.path.exists(n)]:
    with open(option, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0]
            named |= {m.rstrip("/") for m in re.findall(r"(?<![\w/.-])((?:installer|assets)/[\w./-]+)", line)}
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
