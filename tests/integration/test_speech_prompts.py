"""Every prompt the kiosk can speak, rendered by the speech engine it speaks with on a kiosk
(espeak-ng, behind speech-dispatcher), in both languages: each comes out as audible speech of a
length that fits its words (Section 508 402: speech output for all displayed information).

The kiosk speaks what its screens show, so its prompts are every text in the translation files:
the English source and the Spanish translation of each, with sample values in the placeholders.
Each is rendered with ``espeak-ng -w`` in the voice the kiosk picks (en-us, es-419) and measured
with sox."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
VOICES = {"en": "en-us", "es": "es-419"}
SAMPLES = {"%1": "Ana", "%2": "Lopez", "%n": "3"}

pytestmark = pytest.mark.skipif(
    shutil.which("espeak-ng") is None or shutil.which("sox") is None,
    reason="needs espeak-ng and sox (packaging/dev test installs them)",
)


def prompts() -> dict[str, set[str]]:
    """Every distinct text, by language, with its placeholders filled."""
    out: dict[str, set[str]] = {"en": set(), "es": set()}

    def filled(text: str) -> str:
        for marker, value in SAMPLES.items():
            text = text.replace(marker, value)
        return text.strip()

    for message in ET.parse(ROOT / "resources/translations/kiosk_es.ts").getroot().iter("message"):
        out["en"].add(filled(message.findtext("source") or ""))
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        out["es"].update(filled(f) for f in forms)
    return {lang: {t for t in texts if re.search(r"\w", t)} for lang, texts in out.items()}


def render(text: str, voice: str, wav: Path) -> tuple[float, float, float]:
    """(seconds, RMS amplitude, maximum amplitude) of ``text`` spoken into ``wav``."""
    subprocess.run(
        ["espeak-ng", "-v", voice, "-w", str(wav), text], check=True, capture_output=True
    )
    stat = subprocess.run(
        ["sox", str(wav), "-n", "stat"], check=True, capture_output=True, text=True
    )
    figures = dict(re.findall(r"^(.+?):\s+(-?[\d.]+)$", stat.stderr, re.MULTILINE))
    return (float(figures["Length (seconds)"]), float(figures["RMS     amplitude"]),
            float(figures["Maximum amplitude"]))  # fmt: skip


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_prompt_is_spoken_audibly_and_whole(language: str, tmp_path: Path) -> None:
    texts = sorted(prompts()[language])
    assert len(texts) > 200, "the translation files hold every text the screens show"
    voice = VOICES[language]
    with ThreadPoolExecutor(max_workers=2) as pool:
        figures = list(pool.map(lambda it: render(it[1], voice, tmp_path / f"{it[0]}.wav"),
                                enumerate(texts)))  # fmt: skip
    bad = []
    for text, (seconds, rms, peak) in zip(texts, figures, strict=True):
        letters = len(re.sub(r"\W", "", text))
        # espeak-ng's default rate is about 14 letters a second; a symbol alone ("⌫") is a word
        plausible = 0.1 <= seconds <= 1.5 + 0.2 * letters and seconds >= 0.02 * letters
        if not (plausible and rms > 0.01 and peak > 0.1):
            bad.append((text, round(seconds, 2), round(rms, 3), round(peak, 3)))
    assert bad == [], f"silent, cut short or drawn out in {voice}: {bad[:10]}"
