"""A stand-in for DexCare's retail web scheduling page, served by the emulator on loopback.

Same query parameters and checks as the real page (``brand`` required; a past or taken slot opens
a dialog offering other times). It asks for name, date of birth, phone and reason, keeps a draft in
the browser's storage (as web pages do, which is what the kiosk's privacy reset must wipe), books
the slot in the emulator and ends on ``/retail/confirmation``. Patient details never leave the
page: only the clinic and the time are posted.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kiosk.demo import seed
from kiosk.demo.emulator import ApiError, DexCareEmulator

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Book your walk-in visit", "scheduling": "Walk-in scheduling", "first": "First name",
        "last": "Last name", "dob": "Date of birth", "dobFormat": "MM/DD/YYYY", "phone": "Mobile phone", "reason": "Reason for your visit",
        "book": "Book this visit", "help": "Help", "privacy": "Privacy policy",
        "noBrand": "This page cannot be shown: the brand is missing.",
        "unknown": "We could not find this clinic or time.",
        "past": "This time has already passed. Please pick another time:",
        "taken": "Someone just booked this time. Please pick another time:",
        "missing": "Please fill in every field.", "failed": "Something went wrong. Please try again.",
        "booked": "You're booked!", "ref": "Your visit reference", "arrive": "Please arrive 10 minutes early.",
        "helpText": "Fill in your details and tap \u201cBook this visit\u201d. Staff at the front desk can help.",
    },
    "es": {
        "title": "Reserve su visita sin cita", "scheduling": "Visitas sin cita previa", "first": "Nombre",
        "last": "Apellido", "dob": "Fecha de nacimiento", "dobFormat": "DD/MM/AAAA",
        "phone": "Teléfono celular",
        "reason": "Motivo de su visita", "book": "Reservar esta visita", "help": "Ayuda",
        "privacy": "Política de privacidad",
        "noBrand": "No se puede mostrar esta página: falta la marca.",
        "unknown": "No encontramos esta clínica u horario.",
        "past": "Este horario ya pasó. Elija otro horario:",
        "taken": "Alguien acaba de reservar este horario. Elija otro horario:",
        "missing": "Complete todos los campos.", "failed": "Algo salió mal. Inténtelo de nuevo.",
        "booked": "¡Su visita está reservada!", "ref": "Referencia de su visita",
        "arrive": "Llegue 10 minutos antes, por favor.",
        "helpText": "Escriba sus datos y toque «Reservar esta visita». El personal de recepción puede ayudarle.",
    },
}  # fmt: skip


@dataclass(frozen=True)
class PageAnswer:
    status: int
    content_type: str
    body: bytes


def language(accept_language: str | None) -> str:
    """The first of en/es the browser asks for (the kiosk sends its UI language)."""
    for part in (accept_language or "").split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith("es"):
            return "es"
        if tag.startswith("en"):
            return "en"
    return "en"


def _json(status: int, data: Any) -> PageAnswer:
    return PageAnswer(status, "application/json", json.dumps(data).encode())


def _page(lang: str, title: str, body: str) -> PageAnswer:
    doc = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        '<style>body{font:24px/1.5 "DejaVu Sans",Arial,sans-serif;color:#1d2733;background:#f4f7fa;margin:0}'
        "main{max-width:900px;margin:60px auto;background:#fff;border-radius:12px;padding:40px;text-align:center}"
        ".ref{font-size:44px;font-weight:bold;letter-spacing:4px}</style></head>"
        f"<body><main>{body}</main></body></html>"
    )
    return PageAnswer(200, "text/html; charset=utf-8", doc.encode())


class RetailPage:
    def __init__(self, emulator: DexCareEmulator, template: str) -> None:
        self.emulator = emulator
        self.template = template

    def handle(
        self,
        method: str,
        path: str,
        query: Mapping[str, str],
        headers: Mapping[str, str],
        body: bytes,
    ) -> PageAnswer:
        lang = language({k.lower(): v for k, v in headers.items()}.get("accept-language"))
        t = STRINGS[lang]
        if path in ("/retail", "/retail/") and method == "GET":
            return self._form(lang, query)
        if path == "/retail/api/context" and method == "GET":
            return self._context(query)
        if path == "/retail/api/book" and method == "POST":
            return self._book(body)
        if path == "/retail/confirmation" and method == "GET":
            ref = html.escape(query.get("visit", "")[:8].upper())
            return _page(
                lang,
                t["booked"],
                f"<h1>{t['booked']}</h1><p>{t['ref']}</p><p class=ref id=ref>{ref}</p><p>{t['arrive']}</p>",
            )
        if path == "/retail/help" and method == "GET":
            return _page(
                lang, t["help"], f"<h1>{t['help']}</h1><p>{html.escape(t['helpText'])}</p>"
            )
        return PageAnswer(404, "text/plain", b"not found")

    def _form(self, lang: str, query: Mapping[str, str]) -> PageAnswer:
        t = STRINGS[lang]
        doc = self.template.replace("{{lang}}", lang)
        doc = doc.replace("{{brand}}", html.escape(query.get("brand") or seed.BRAND))
        doc = doc.replace("{{strings}}", json.dumps(t).replace("</", "<\\/"))
        for key, text in t.items():
            doc = doc.replace("{{t:" + key + "}}", html.escape(text))
        return PageAnswer(200, "text/html; charset=utf-8", doc.encode())

    def _alternatives(self, url_name: str, count: int = 4) -> list[str]:
        clinic = seed.clinic_by_url_name(url_name)
        if clinic is None:
            return []
        now = self.emulator.now()
        free = [s for s in self.emulator.retail_slots(clinic, clinic.visit_types[0].short_name)
                if s.starts_at > now and not seed.is_taken_by_others(s) and s.key not in self.emulator.booked_keys()]  # fmt: skip
        return [s.slot_date_time for s in free[:count]]

    def _context(self, query: Mapping[str, str]) -> PageAnswer:
        clinic = seed.clinic_by_url_name(query.get("departmentUrlName", ""))
        try:
            when = datetime.fromisoformat(query.get("timeSlot", ""))
        except ValueError:
            return _json(400, {"message": "timeSlot is not a date-time"})
        if clinic is None or when.tzinfo is None:
            return _json(404, {"message": "unknown clinic or time"})
        past = when <= self.emulator.now()
        available = not past and self.emulator.retail_slot_free(clinic.url_name, when)
        return _json(200, {"clinic": clinic.display_name, "past": past, "available": available,
                           "alternatives": self._alternatives(clinic.url_name) if past or not available else []})  # fmt: skip

    def _book(self, body: bytes) -> PageAnswer:
        try:
            data = json.loads(body)
            url_name, time_slot = str(data["departmentUrlName"]), str(data["timeSlot"])
        except (ValueError, KeyError, TypeError):
            return _json(400, {"message": "departmentUrlName and timeSlot are required"})
        try:
            visit = self.emulator.book_retail(url_name, time_slot)
        except ApiError as err:
            past = "past" in str(err.body.get("message", ""))
            return _json(
                err.status,
                {
                    "past": past,
                    "taken": err.status == 409,
                    "alternatives": self._alternatives(url_name),
                },
            )
        return _json(200, {"visitId": visit})
