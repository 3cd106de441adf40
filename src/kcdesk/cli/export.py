"""`kcdesk export` and `kcdesk templates`: reports of an event through Jinja templates."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kcdesk.cli.common import saved_id, services


def cmd_export(args: argparse.Namespace) -> int:
    svc = services(args, readonly=True)
    event = svc.events.resolve(args.event)
    if svc.exports.is_publication(args.template) and not args.allow_names:
        svc.authoring.check_naming_consent(saved_id(event))  # refused before anything is written
    path = svc.exports.export(saved_id(event), args.template, Path(args.output), lang=args.lang)
    print(f"Exported {args.template} of {event.slug} to {path}")
    return 0


def cmd_templates(args: argparse.Namespace) -> int:
    from kcdesk.export import templates
    from kcdesk.export.environment import user_dir

    found = templates()
    if args.json:
        import json

        json.dump(
            [
                {
                    "name": t.name,
                    "formats": list(t.formats),
                    "builtin": t.builtin,
                    "overridden": t.overridden,
                    "description": t.description,
                    "files": list(t.files),
                }
                for t in found
            ],
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
        return 0
    for t in found:
        origin = "built-in" if t.builtin else "user"
        if t.overridden:
            origin += ", changed by " + ", ".join(t.files)
        print(f"{t.name:14} {', '.join(t.formats):16} {origin:10}  {t.description}")
    print(f"\nUser templates folder: {user_dir()}")
    return 0


def register(sub, add, common) -> None:
    p = add("export", cmd_export, "export an event through a template (format from the file extension)")
    p.add_argument("--event", required=True, metavar="EVENT", help="event id or slug")
    p.add_argument(
        "--template", required=True, metavar="NAME", help="template name; 'kcdesk templates' lists them"
    )
    p.add_argument(
        "--lang", choices=("nl", "en"), default="nl", help="language of the document (default: nl)"
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="the file to write (.md .html .docx .pdf .csv .ics)",
    )
    p.add_argument(
        "--allow-names",
        action="store_true",
        help="write the article or newsletter even if a note names someone who did not consent to be named",
    )

    p = add("templates", cmd_templates, "list the built-in and user templates with their formats")
    p.add_argument("--json", action="store_true")
