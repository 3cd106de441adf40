"""The fields ``kcdesk event set`` knows: plain tables, cheap to import (the CLI lists them in --help)."""

from __future__ import annotations

#: The event's texts for the article (schema 1.4): stored, exported and set as they are.
EVENT_ARTICLE_TEXTS = (
    "headline",
    "edition_phrase",
    "title_en",
    "theme_en",
    "headline_en",
    "edition_phrase_en",
    "description_en",
)

#: The event's own text fields, settable as they are.
EVENT_TEXT_FIELDS = ("title", "slug", "theme", "tagline", "description", *EVENT_ARTICLE_TEXTS)
#: Field name → what it sets. "venue" is the venue's name.
VENUE_FIELDS = {
    "venue": "name",
    "venue_name": "name",
    "room": "room",
    "venue_room": "room",
    "address": "address",
}
VENUE_FIELDS["venue_address"] = "address"
ORGANISER_FIELDS = {
    "organiser": "name",
    "organiser_website": "website",
    "organiser_description": "description",
    "organiser_description_en": "description_en",
    "newsletter_line": "newsletter_line",
    "newsletter_line_en": "newsletter_line_en",
    "privacy_line": "privacy_line",
    "privacy_line_en": "privacy_line_en",
}
OTHER_FIELDS = (
    "date",
    "published_on",
    "start_time",
    "end_time",
    "capacity",
    "edition",
    "status",
    "series",
    "season",
    "next_event",
)
FIELDS: tuple[str, ...] = (*EVENT_TEXT_FIELDS, *OTHER_FIELDS, *VENUE_FIELDS, *ORGANISER_FIELDS)
