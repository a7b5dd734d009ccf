"""Settings: a TOML file (``--config`` or ``KIOSK_CONFIG``) plus ``KIOSK_*`` environment overrides
(nested with ``__``, e.g. ``KIOSK_DEXCARE__BRAND``), validated by pydantic-settings.

Secrets never live in the file: it names secret *files* (``api_key_file``, ``token_file``,
``client_secret_file``) or the environment holds them (``KIOSK_API_KEY``, ``KIOSK_ACCESS_TOKEN``,
``KIOSK_CLIENT_SECRET``). A bad config raises :class:`ConfigError` naming the file and the field.
"""

from __future__ import annotations

import logging
import os
import re
import stat
import tomllib
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from kiosk.demo.scenarios import Scenario
from kiosk.domain.codes import BillingDateFormat, npi_is_valid
from kiosk.domain.errors import from_validation_error
from kiosk.domain.handoff import DEFAULT_SCHEDULING_URL, check_base_url
from kiosk.staff import MIN_LENGTH, is_pin_hash
from kiosk.web.policy import AllowList

log = logging.getLogger("kiosk.settings")

CONFIG_ENV = "KIOSK_CONFIG"
Language = Literal["en", "es"]
GenderWord = Literal["female", "male", "nonbinary", "other", "unknown"]
GENDER_WORDS: tuple[GenderWord, ...] = ("female", "male", "nonbinary", "other", "unknown")
LANGUAGES: tuple[Language, ...] = ("en", "es")
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_HOURS = re.compile(r"^(\d\d):(\d\d)-(\d\d):(\d\d)$")


def hours_span(text: str) -> tuple[int, int]:
    """``"08:00-18:00"`` as minutes after midnight, (480, 1080); ``24:00`` ends a day."""
    m = _HOURS.match(text)
    if not m:
        raise ValueError(f"opening hours look like 08:00-18:00, not {text!r}")
    h1, m1, h2, m2 = (int(g) for g in m.groups())
    start, end = h1 * 60 + m1, h2 * 60 + m2
    if h1 > 23 or m1 > 59 or m2 > 59 or end > 24 * 60 or end <= start:
        raise ValueError(f"opening hours must open before they close, within a day: {text!r}")
    return start, end


def _checked_hours(text: str) -> str:
    hours_span(text)
    return text


OpeningHours = Annotated[str, AfterValidator(_checked_hours)]


def _default_payers() -> dict[str, str]:
    """Payer id -> name, shown in the insurance list (ids as the health system's DexCare tenant
    knows them; these are the demo tenant's)."""
    return {
        "aetna": "Aetna", "bcbsorma": "Blue Cross Blue Shield", "cigna": "Cigna",
        "humana": "Humana", "kaiser": "Kaiser Permanente", "medicaid": "Medicaid",
        "medicare": "Medicare", "molina": "Molina Healthcare", "pmaor": "Premera Blue Cross",
        "regence": "Regence", "tricare": "TRICARE", "uhc": "UnitedHealthcare",
    }  # fmt: skip


def _default_visit_type_descriptions() -> dict[Language, dict[str, str]]:
    """Visit-type descriptions per language, by DexCare shortName (DexCare's are English only:
    without one here, a Spanish screen shows the name alone)."""
    return {
        "es": {
            "NewPatient": "Primera consulta con este profesional de salud",
            "FollowUp": "Revisión de un problema que ya se está tratando",
            "Physical": "Revisión anual", "SickVisit": "Síntomas de una enfermedad nueva",
            "WellChild": "Revisión para niños",
        }
    }  # fmt: skip


def _default_visit_type_names() -> dict[Language, dict[str, str]]:
    """Visit-type names per language, by DexCare shortName. DexCare sends one (English) name; a
    Spanish-speaking patient should not meet it mid-journey."""
    return {
        "es": {
            "NewPatient": "Consulta de paciente nuevo", "FollowUp": "Consulta de seguimiento",
            "Physical": "Examen físico anual", "SickVisit": "Consulta por enfermedad",
            "WellChild": "Control del niño sano",
        }
    }  # fmt: skip


def _default_location() -> dict[Language, str]:
    return {"en": "the front desk", "es": "la recepción"}


SECRET_KEYS = {
    "api_key",
    "apikey",
    "token",
    "access_token",
    "client_secret",
    "secret",
    "password",
    "pin",
}


class ConfigError(Exception):
    """One clear, printable reason the configuration cannot be used."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _no_secrets(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for key in data:
                if str(key).lower() in SECRET_KEYS:
                    raise ValueError(
                        f'"{key}" is a secret and does not belong in the config file: '
                        "name a file with *_file or set the KIOSK_* environment variable"
                    )
        return data


def _https_url(value: str) -> str:
    problems = check_base_url(value)
    if problems:
        raise ValueError(problems[0].message)
    return value.rstrip("/")


class DexCareSettings(_Section):
    api_base_url: str = "https://api.care.dexcarehealth.com"
    booking_base_url: str = "https://ecvapi.care.dexcarehealth.com"
    scheduling_url: str = DEFAULT_SCHEDULING_URL
    brand: str = Field("Evergreen", min_length=1, max_length=100)
    domain: str = Field("evergreen", min_length=1, max_length=200)
    product: str = Field("clinic-kiosk", min_length=1, max_length=100)
    api_key_file: Path | None = None
    # What DexCare's own iOS SDK sends and the booking guide does not mention: providerFlowPayment,
    # the payer id again as insurancePayorId with its name, email and ssn ("" when not given) in
    # find-or-create. On by default, as the SDK; off for a tenant whose DexCare refuses them.
    send_as_the_sdk: bool = True
    # The tenant whose insurer list DexCare keeps (GET .../api/v2/brand/{tenant}/insuranceissuers,
    # as the SDK asks it); unset: kiosk.insurance_payers only. The configured list stays the
    # fallback when DexCare's does not come.
    payer_tenant: str | None = Field(None, min_length=1, max_length=100)
    # insuranceType for a payer the patient typed in: the SDK only ever sends "manual".
    typed_payer_type: Literal["manual", "other"] = "manual"

    _urls = field_validator("api_base_url", "booking_base_url", "scheduling_url")(_https_url)


class AuthSettings(_Section):
    mode: Literal["static", "client_credentials"] = "static"
    token_file: Path | None = None
    token_url: str | None = None
    client_id: str | None = None
    client_secret_file: Path | None = None
    scope: str | None = None

    @model_validator(mode="after")
    def _complete(self) -> AuthSettings:
        if self.mode == "client_credentials" and not (self.token_url and self.client_id):
            raise ValueError("client_credentials needs token_url and client_id")
        if self.token_url:
            _https_url(self.token_url)
        return self


class TimeoutSettings(_Section):
    """Seconds. ``connect`` and the ``*read`` ones bound one step of one request; the ``*_total``
    ones bound a whole call, token, connection, every read and every retry together: a server that
    trickles its answer cannot hold a patient past them. A booking past its total is an unknown
    outcome (never resent)."""

    connect: float = Field(5.0, gt=0, le=60)
    read: float = Field(15.0, gt=0, le=120)
    booking_read: float = Field(45.0, gt=0, le=300)
    read_total: float = Field(40.0, gt=0, le=300)  # a clinic list, times, a provider
    patient_total: float = Field(30.0, gt=0, le=300)  # finding or creating the patient's record
    booking_total: float = Field(60.0, gt=0, le=600)  # the booking POST


class RetrySettings(_Section):
    attempts: int = Field(3, ge=1, le=10)
    initial: float = Field(0.5, ge=0, le=10)
    max_wait: float = Field(4.0, ge=0, le=60)
    jitter: float = Field(0.5, ge=0, le=10)


class IdleSettings(_Section):
    """Seconds of no input before the idle warning; the warning itself counts down ``warning``."""

    default: int = Field(90, ge=30, le=1800)
    warning: int = Field(30, ge=20, le=120)
    extensions: int = Field(10, ge=10, le=100)
    screens: dict[str, int] = Field(
        default_factory=lambda: {"handoff": 240, "done": 20, "confirmed": 30, "staff": 60}
    )

    @field_validator("screens")
    @classmethod
    def _sane(cls, value: dict[str, int]) -> dict[str, int]:
        for screen, seconds in value.items():
            if not 10 <= seconds <= 1800:
                raise ValueError(f"{screen}: must be between 10 and 1800 seconds")
        return value


class KioskSettings(_Section):
    id: str = Field("kiosk-1", pattern=r"^[A-Za-z0-9._-]{1,40}$")
    # The site (clinic, building) it stands in: a label on its metrics, so a fleet groups by it.
    site: str = Field("", pattern=r"^[A-Za-z0-9._-]{0,60}$")
    # When the clinic is open, in the kiosk's zone, per weekday ("08:00-18:00"); a day not listed
    # is closed. Empty: always open. Only the metrics use it: out of service while open alerts.
    opening_hours: dict[Weekday, OpeningHours] = Field(default_factory=dict)
    # Where patients are sent for help, in each language ("please ask at ...").
    location: dict[Language, str] = Field(default_factory=_default_location)
    departments: list[str] = Field(
        default_factory=list
    )  # retail urlNames; empty = all of the brand
    providers: list[str] = Field(default_factory=list)  # NPIs; empty = all
    languages: list[Language] = Field(default_factory=lambda: list(LANGUAGES), min_length=1)
    billing_date_format: BillingDateFormat = "YYYY-MM-DD"
    # The zone this kiosk stands in (its clinic's), IANA name. DexCare's provider departments carry
    # none, so provider searches count "today" in it; required when they do not.
    timezone: str | None = None
    data_dir: Path | None = None  # the booking journal; default: the user's XDG state directory
    journal_days: int = Field(90, ge=1, le=3650)  # rows older than this are pruned at start
    # A fresh process once a day (README, "Soak"): at this local time, or at the first quiet
    # moment after it (Welcome, nobody touching it for 5 minutes), the kiosk ends itself and
    # systemd starts it again, in about 3 s. "" never. Only under systemd.
    restart_at: str = "03:30"
    # Also at the next quiet moment once the kiosk's resident memory passes this, in MiB (it
    # starts near 300 and grows about 0.3 per 100 patients); 0 never. Not in its first hour.
    restart_above_mib: int = Field(1024, ge=0, le=65536)
    # How long nobody may have touched the screen before either restart: a busy lobby may want
    # less than the default 5 minutes (checked once a minute).
    restart_quiet_minutes: int = Field(5, ge=1, le=120)
    insurance_payers: dict[str, str] = Field(default_factory=_default_payers)
    # The genders offered, in DexCare's words: not every EHR takes all five the booking guide
    # lists (DexCare's own SDK knows four, without nonbinary). Order as shown.
    genders: list[GenderWord] = Field(default_factory=lambda: list(GENDER_WORDS), min_length=1)
    coupons: bool = False  # offer "coupon or service key" at the payment step
    visit_type_names: dict[Language, dict[str, str]] = Field(
        default_factory=_default_visit_type_names
    )
    visit_type_descriptions: dict[Language, dict[str, str]] = Field(
        default_factory=_default_visit_type_descriptions
    )

    @model_validator(mode="after")
    def _location_in_every_language(self) -> KioskSettings:
        missing = [lang for lang in self.languages if not self.location.get(lang, "").strip()]
        if missing:
            raise ValueError(
                f"location needs a text for every language (missing: {', '.join(missing)})"
            )
        return self

    @field_validator("restart_at")
    @classmethod
    def _clock_time(cls, value: str) -> str:
        if value and not re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9]", value):
            raise ValueError(f'not a time of day as HH:MM: {value!r} (e.g. "03:30"; "" for never)')
        return value

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"not a time zone name: {value} (e.g. America/Los_Angeles)") from None
        return value

    @field_validator("providers")
    @classmethod
    def _npis(cls, value: list[str]) -> list[str]:
        bad = [v for v in value if not npi_is_valid(v)]
        if bad:
            raise ValueError(f"not a valid NPI: {bad[0]}")
        return value


class MetricsSettings(_Section):
    """Prometheus metrics, through node_exporter's textfile collector (README, "Operating a
    fleet"): the file is rewritten every ``interval`` seconds from the GUI thread, so a hung kiosk
    stops refreshing it and its heartbeat goes stale."""

    textfile: Path | None = None  # e.g. /var/lib/clinic-kiosk-metrics/clinic_kiosk.prom; None: off
    interval: float = Field(15.0, ge=0.2, le=300)
    # How often an idle kiosk asks DexCare whether it answers (the clinic list), so "DexCare
    # unreachable" is known before a patient finds out; 0: only patients' own requests.
    probe_minutes: float = Field(5.0, ge=0, le=1440)

    @field_validator("textfile")
    @classmethod
    def _prom(cls, value: Path | None) -> Path | None:
        if value is not None and value.suffix != ".prom":
            raise ValueError("node_exporter reads only files ending in .prom")
        return value


class SpeechSettings(_Section):
    """Speech output (kiosk/qt/speech.py): Qt TextToSpeech's engine and the volume every patient
    starts at (the privacy reset puts it back)."""

    engine: Literal["speechd", "mock"] = "speechd"  # mock: tests and training only
    volume: float = Field(0.7, ge=0.1, le=1.0)
    # A headset plugged in starts private listening (kiosk/qt/headset.py; needs PulseAudio or
    # PipeWire in the session to be reported).
    headset: bool = True


class WebSettings(_Section):
    """The retail hand-off's fence: the scheduling host is always allowed; add e.g. an identity
    provider here. The completion pattern (a regex on the URL) means "the visit is booked"."""

    extra_hosts: list[str] = Field(default_factory=list)
    completion_pattern: str = r"/retail/(confirmation|booked)\b"
    # The page's renderer over this resident size is killed (sorry, and a fresh start): V8's heap
    # is capped, but ArrayBuffers, images and the DOM are not.
    renderer_memory_mb: int = Field(1024, ge=128, le=16384)

    @field_validator("extra_hosts")
    @classmethod
    def _hosts(cls, value: list[str]) -> list[str]:
        for host in value:  # the same check the fence makes when the kiosk starts
            AllowList.of_extras(DEFAULT_SCHEDULING_URL, [host])
        return value

    @field_validator("completion_pattern")
    @classmethod
    def _regex(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from None
        return value


class StaffSettings(_Section):
    """Staff access. ``pin_hash`` is written by ``kiosk staff set-pin`` (salted scrypt; the PIN
    itself is never stored). Without one, the staff panel is closed in live mode."""

    pin_hash: str | None = None
    # The shortest PIN `kiosk staff set-pin` accepts (ASCII digits, no obvious pattern; 8 at most).
    pin_min_length: int = Field(MIN_LENGTH, ge=4, le=8)
    assist_idle_factor: int = Field(3, ge=1, le=10)  # idle timeouts x this while staff assist

    @field_validator("pin_hash")
    @classmethod
    def _hash(cls, value: str | None) -> str | None:
        if value is not None and not is_pin_hash(value):
            raise ValueError(
                "not a PIN hash, or one whose scrypt parameters are out of bounds: "
                "set it with `kiosk staff set-pin`"
            )
        return value


class DemoSettings(_Section):
    enabled: bool = False
    scenario: str = "normal"

    @field_validator("scenario")
    @classmethod
    def _scenario(cls, value: str) -> str:
        names = [s.value for s in Scenario]
        if value not in names:
            raise ValueError(
                f"not a scenario of the emulator: {value!r} (one of {', '.join(names)})"
            )
        return value

    latency: float = Field(2.5, ge=0, le=60)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="KIOSK_", env_nested_delimiter="__", extra="forbid", frozen=True
    )

    dexcare: DexCareSettings = DexCareSettings()
    auth: AuthSettings = AuthSettings()
    timeouts: TimeoutSettings = TimeoutSettings()
    retry: RetrySettings = RetrySettings()
    idle: IdleSettings = IdleSettings()
    kiosk: KioskSettings = KioskSettings()
    web: WebSettings = WebSettings()
    staff: StaffSettings = StaffSettings()
    demo: DemoSettings = DemoSettings()
    metrics: MetricsSettings = MetricsSettings()
    speech: SpeechSettings = SpeechSettings()

    @model_validator(mode="after")
    def _no_mock_speech_live(self) -> Settings:
        if self.speech.engine == "mock" and not self.demo.enabled:
            raise ValueError('speech.engine = "mock" says nothing aloud: tests and training only')
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The file's values come in as init values; the environment overrides them.
        return (env_settings, init_settings)


def config_path(
    path: Path | str | None = None, *, environ: dict[str, str] | None = None
) -> Path | None:
    """The config file in use (``path``, else ``$KIOSK_CONFIG``), or None for the defaults."""
    env = os.environ if environ is None else environ
    return Path(path) if path else (Path(env[CONFIG_ENV]) if env.get(CONFIG_ENV) else None)


def load_settings(
    path: Path | str | None = None, *, environ: dict[str, str] | None = None
) -> Settings:
    """Read the config (``path``, else ``$KIOSK_CONFIG``, else built-in defaults)."""
    chosen = config_path(path, environ=environ)
    data: dict[str, Any] = {}
    where = str(chosen) if chosen else "the environment"
    if chosen is not None:
        try:
            data = tomllib.loads(chosen.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{chosen}: no such config file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{chosen}: cannot read it ({type(exc).__name__})") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{chosen}: not valid TOML ({exc})") from None
    try:
        return Settings(**data)
    except ValidationError as err:
        first = from_validation_error(err)[0]
        raise ConfigError(f"{where}: {first.path or 'config'}: {first.message}") from None


# ------------------------------------------------------------------------------------ secrets
@dataclass(frozen=True)
class Secrets:
    api_key: SecretStr
    access_token: SecretStr | None
    client_secret: SecretStr | None


def read_secret_file(path: Path) -> SecretStr:
    try:
        info = path.stat()
        text = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the secret file ({type(exc).__name__})") from None
    if not text:
        raise ConfigError(f"{path}: the secret file is empty")
    # The package's layout is 0640 root:kiosk: the kiosk's group may read, nobody else anything.
    if info.st_mode & (stat.S_IRWXO | stat.S_IWGRP | stat.S_IXGRP):
        log.warning("secret file %s is open to other users; chmod 640 (or 600) it", path)
    return SecretStr(text)


def _secret(env: Mapping[str, str], var: str, file: Path | None) -> SecretStr | None:
    if file is not None:
        return read_secret_file(file)
    value = env.get(var, "").strip()
    return SecretStr(value) if value else None


# The secrets the environment may hold (a unit's EnvironmentFile=, a shell when trying it out).
SECRET_VARIABLES = ("KIOSK_API_KEY", "KIOSK_ACCESS_TOKEN", "KIOSK_CLIENT_SECRET")


def take_secret_environment(environ: MutableMapping[str, str] | None = None) -> dict[str, str]:
    """The secrets given by environment, removed from it: every child process (Chromium's
    zygote and renderers, speech-dispatcher) inherits the environment, and ``/proc/PID/environ``
    shows it. ``kiosk run`` calls this before Qt starts anything."""
    env = os.environ if environ is None else environ
    return {name: env.pop(name) for name in SECRET_VARIABLES if name in env}


def load_secrets(settings: Settings, *, environ: Mapping[str, str] | None = None) -> Secrets:
    """The live deployment's secrets; a missing one is a ConfigError naming where to put it."""
    env = os.environ if environ is None else environ
    api_key = _secret(env, "KIOSK_API_KEY", settings.dexcare.api_key_file)
    if api_key is None:
        raise ConfigError("no DexCare API key: set dexcare.api_key_file or KIOSK_API_KEY")
    token = _secret(env, "KIOSK_ACCESS_TOKEN", settings.auth.token_file)
    client_secret = _secret(env, "KIOSK_CLIENT_SECRET", settings.auth.client_secret_file)
    if settings.auth.mode == "static" and token is None:
        raise ConfigError("no access token: set auth.token_file or KIOSK_ACCESS_TOKEN")
    if settings.auth.mode == "client_credentials" and client_secret is None:
        raise ConfigError("no client secret: set auth.client_secret_file or KIOSK_CLIENT_SECRET")
    return Secrets(api_key, token, client_secret)
