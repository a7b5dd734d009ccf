"""The composition root: the one place that builds settings, secrets, transport and client and
hands them down. Module state elsewhere is loggers and constants only."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import signal
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import platformdirs
import qasync
from pydantic import SecretStr
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from PySide6.QtWebEngineQuick import QtWebEngineQuick

from kiosk import __version__
from kiosk.demo import seed
from kiosk.demo.emulator import DEMO_API_KEY, DEMO_TOKEN, DexCareEmulator
from kiosk.demo.scenarios import Scenario
from kiosk.demo.server import EmulatorHTTPServer
from kiosk.demo.transport import EmulatorTransport
from kiosk.dexcare import (
    ClientConfig,
    ClientCredentialsToken,
    DexCareClient,
    RetryPolicy,
    StaticToken,
)
from kiosk.dexcare.auth import TokenProvider
from kiosk.flow.booking import BookAppointment
from kiosk.flow.idle import IdlePolicy
from kiosk.flow.journey import NO_PATIENT, Screen
from kiosk.flow.provider import BodyStyle, PaymentOptions
from kiosk.flow.upkeep import RestartPolicy
from kiosk.journal import Journal
from kiosk.logs import set_log_context
from kiosk.memory import TRIM_DELAY_MS, release_free_memory
from kiosk.metrics import KioskMetrics
from kiosk.paths import UI
from kiosk.qt import crash
from kiosk.qt.booking import BookingViewModel
from kiosk.qt.boot import Boot, application
from kiosk.qt.clipboard import keep_clipboard_empty
from kiosk.qt.firstframe import FirstFrame
from kiosk.qt.form import FormViewModel
from kiosk.qt.headset import Headset, platform_devices
from kiosk.qt.i18n import Languages
from kiosk.qt.idle import IdleWatcher
from kiosk.qt.keypad import Keypad
from kiosk.qt.keys import KeyGuard
from kiosk.qt.letterboard import LetterBoard
from kiosk.qt.messages import route_qt_messages
from kiosk.qt.metrics import MetricsWriter
from kiosk.qt.payers import PayerList
from kiosk.qt.providers import ProvidersViewModel
from kiosk.qt.qmlnet import fence_engine
from kiosk.qt.session import SessionViewModel
from kiosk.qt.speech import Speech
from kiosk.qt.staff import StaffPanel
from kiosk.qt.supervisor import Supervisor
from kiosk.qt.tasks import install_loop_handler
from kiosk.qt.upkeep import Upkeep
from kiosk.qt.walkin import WalkInViewModel
from kiosk.settings import Settings, load_secrets, read_secret_file, take_secret_environment
from kiosk.staff import KioskState
from kiosk.startup import StartClock, WelcomeLook, prepare_gui_environment, save_look
from kiosk.systemd import Notifier, write_pid_file
from kiosk.tls import system_trust
from kiosk.web.network import DEMO_HOSTS, fence_switches
from kiosk.web.policy import AllowList
from kiosk.web.session import WebSession

log = logging.getLogger("kiosk.app")

DEMO_API_BASE = "https://api.demo.invalid"
DEMO_BOOKING_BASE = "https://ecvapi.demo.invalid"


@dataclass
class DexCareWiring:
    http: httpx.AsyncClient
    client: DexCareClient
    emulator: DexCareEmulator | None

    async def aclose(self) -> None:
        await self.http.aclose()


def user_agent(settings: Settings) -> str:
    return f"ClinicKiosk/{__version__} (kiosk {settings.kiosk.id})"


def client_config(
    settings: Settings, api_key: SecretStr, *, api: str, booking: str
) -> ClientConfig:
    r, t = settings.retry, settings.timeouts
    return ClientConfig(
        api_base_url=api,
        booking_base_url=booking,
        api_key=api_key,
        domain=settings.dexcare.domain,
        product=settings.dexcare.product,
        user_agent=user_agent(settings),
        connect_timeout=t.connect,
        read_timeout=t.read,
        booking_read_timeout=t.booking_read,
        read_deadline=t.read_total,
        patient_deadline=t.patient_total,
        booking_deadline=t.booking_total,
        billing_date_format=settings.kiosk.billing_date_format,
        send_as_the_sdk=settings.dexcare.send_as_the_sdk,
        retry=RetryPolicy(
            attempts=r.attempts, initial=r.initial, max_wait=r.max_wait, jitter=r.jitter
        ),
    )


def build_dexcare(
    settings: Settings,
    *,
    emulator: DexCareEmulator | None = None,
    secret_env: Mapping[str, str] | None = None,
) -> DexCareWiring:
    """One shared AsyncClient and the DexCare client over it. In demo mode (or when an emulator is
    passed) the emulator is the transport: the same client code runs, nothing leaves the machine.
    ``secret_env``: the secrets ``kiosk run`` took out of the environment (else it is read)."""
    if emulator is None and settings.demo.enabled:
        emulator = DexCareEmulator(scenario=settings.demo.scenario, latency=settings.demo.latency)
    tokens: TokenProvider
    if emulator is not None:
        http = httpx.AsyncClient(transport=EmulatorTransport(emulator))
        config = client_config(
            settings, SecretStr(DEMO_API_KEY), api=DEMO_API_BASE, booking=DEMO_BOOKING_BASE
        )
        tokens = StaticToken(lambda: SecretStr(DEMO_TOKEN))
    else:
        secrets = load_secrets(settings, environ=secret_env)
        http = httpx.AsyncClient(
            verify=system_trust(),  # the OS's store, where IT puts the health system's own CA
            limits=httpx.Limits(max_connections=8, keepalive_expiry=30),
            follow_redirects=False,
        )
        config = client_config(
            settings,
            secrets.api_key,
            api=settings.dexcare.api_base_url,
            booking=settings.dexcare.booking_base_url,
        )
        if settings.auth.mode == "client_credentials":
            assert settings.auth.token_url
            assert settings.auth.client_id
            assert secrets.client_secret
            tokens = ClientCredentialsToken(
                http,
                token_url=settings.auth.token_url,
                client_id=settings.auth.client_id,
                client_secret=secrets.client_secret,
                scope=settings.auth.scope,
            )
        else:
            token_file = settings.auth.token_file
            static = secrets.access_token
            assert static is not None
            if token_file is not None:
                tokens = StaticToken(lambda: read_secret_file(token_file))
            else:
                tokens = StaticToken(lambda: static)
    return DexCareWiring(http, DexCareClient(http, config, tokens), emulator)


def data_dir(settings: Settings) -> Path:
    return settings.kiosk.data_dir or platformdirs.user_state_path("clinic-kiosk")


def journal_path(settings: Settings, *, training: bool) -> Path:
    """The booking journal's file. Training attempts go to their own file: they are not bookings."""
    return data_dir(settings) / ("journal-training.sqlite3" if training else "journal.sqlite3")


# ===================================================================================== the app


def open_journal(settings: Settings, *, training: bool) -> Journal:
    """The booking journal, pruned to its retention; attempts left in flight by a stop are
    reported for the front desk."""
    journal = Journal(
        journal_path(settings, training=training), kiosk_id=settings.kiosk.id,
        training=training, keep_days=settings.kiosk.journal_days,
    )  # fmt: skip
    if journal.pruned:
        log.info("pruned %d journal row(s) older than %d days",
                 journal.pruned, settings.kiosk.journal_days)  # fmt: skip
    if journal.recovered:
        log.warning(
            "%d booking attempt(s) were in flight when the kiosk stopped: outcome unknown, "
            "check them with the front desk", journal.recovered,
        )  # fmt: skip
    return journal


def kiosk_zone(settings: Settings, *, training: bool) -> ZoneInfo | None:
    name = settings.kiosk.timezone or (seed.KIOSK_ZONE if training else None)
    return ZoneInfo(name) if name else None


def fence_hosts(settings: Settings) -> list[str]:
    """The hosts the web view may reach at all (kiosk/web/network.py), known before Chromium
    starts: the scheduling host and the extras; in demo mode the loopback stand-in page."""
    allowed = AllowList.of_extras(settings.dexcare.scheduling_url, settings.web.extra_hosts)
    hosts = {origin.host for origin in allowed.origins}
    if settings.demo.enabled:
        hosts.update(DEMO_HOSTS)
    return sorted(hosts)


def prepare_qt_environment(*, headless: bool = False, web_hosts: Iterable[str]) -> None:
    """Environment Qt reads at start-up: set before QGuiApplication exists. ``web_hosts`` are the
    only hosts the web view's network may reach (``fence_hosts``)."""
    prepare_gui_environment(headless=headless)
    prepare_web_environment(web_hosts)


def prepare_web_environment(web_hosts: Iterable[str]) -> None:
    """What Chromium reads when the web view's first profile is made (after the application may
    exist: the boot screen is drawn before the settings are read, kiosk/startup.py)."""
    if (
        hasattr(os, "geteuid")
        and os.geteuid() == 0
        and not os.environ.get("QTWEBENGINE_DISABLE_SANDBOX")
    ):
        # Chromium refuses to run as root with its sandbox on. Fine for development and CI; a
        # deployed kiosk runs as an unprivileged user and keeps the sandbox (packaging/).
        log.warning(
            "running as root: the web page's sandbox is off; deploy as an unprivileged user"
        )
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    # The renderer's V8 heap is capped: kiosks run for days (field notes, memory growth).
    if "--js-flags" not in flags:
        flags = f"{flags} --js-flags=--max-old-space-size=256".strip()
    if "--proxy-server" not in flags and "--proxy-pac-url" not in flags:
        flags = " ".join([flags, *fence_switches(web_hosts)]).strip()
    else:
        # A site's proxy already given to Chromium (QTWEBENGINE_CHROMIUM_FLAGS): the network-level
        # fence (kiosk/web/network.py) would replace it, so it is left out, and said so; the page's
        # own fence (the request interceptor, the navigation policy) still holds.
        log.warning(
            "a proxy is already set in QTWEBENGINE_CHROMIUM_FLAGS: the web view's network fence "
            "(its dead proxy and bypass list) is not added; only the request interceptor fences "
            "the page", extra={"event": "web.fence_skipped"},
        )  # fmt: skip
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = flags


class KioskApp:
    """Everything one running kiosk is made of, built in one place and torn down in order."""

    def __init__(self, settings: Settings, *, emulator: DexCareEmulator | None = None,  # noqa: PLR0915 - the composition root, one part per statement
                 clock: Callable[[], datetime] | None = None,
                 config_path: Path | None = None,
                 secret_env: Mapping[str, str] | None = None,
                 started: StartClock | None = None) -> None:  # fmt: skip
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication), "create the QGuiApplication first"
        self.settings = settings
        # The start's phases (kiosk/startup.py), for the log line once Welcome is drawn.
        self.started = started or StartClock(began=time.perf_counter())
        set_log_context(kiosk_id=settings.kiosk.id)
        self.wiring = build_dexcare(settings, emulator=emulator, secret_env=secret_env)
        self.emulator = self.wiring.emulator
        # The kiosk's zone, worked out once for every part that reads a clock (provider searches,
        # the staff panel's "today" and times, opening hours, the daily restart): the config's,
        # else a training kiosk stands beside the demo clinics; None only for a live kiosk
        # without one (the machine's own zone).
        self.zone = kiosk_zone(settings, training=self.emulator is not None)
        self.demo_server: EmulatorHTTPServer | None = None
        scheduling_url = settings.dexcare.scheduling_url
        if self.emulator is not None:
            # The stand-in retail page, on loopback only: nothing leaves the machine.
            self.demo_server = EmulatorHTTPServer(self.emulator, "127.0.0.1", 0)
            self.demo_server.start_in_background()
            scheduling_url = f"{self.demo_server.base_url}/retail"
        self.started.mark("client")
        allow = AllowList.of_extras(scheduling_url, settings.web.extra_hosts)
        self.web = WebSession(
            allow, re.compile(settings.web.completion_pattern), user_agent=user_agent(settings),
            renderer_memory_mb=settings.web.renderer_memory_mb,
        )  # fmt: skip
        idle = settings.idle
        self.idle = IdleWatcher(
            IdlePolicy(idle.default, idle.warning, idle.extensions, dict(idle.screens))
        )
        self.languages = Languages(app, list(settings.kiosk.languages))
        keep_clipboard_empty(app)
        training = self.emulator is not None
        self.journal = open_journal(settings, training=training)
        self.state = KioskState(
            data_dir(settings) / ("state-training.json" if training else "state.json")
        )
        clock = clock or (lambda: datetime.now(UTC))
        self.session = SessionViewModel(
            idle=self.idle,
            languages=self.languages,
            brand=settings.dexcare.brand,
            help_location={str(k): v for k, v in settings.kiosk.location.items()},
            training=training,
            clock=clock,
            ending_seconds=idle.screens.get("done", 20),
            out_of_service=lambda: self.state.out_of_service,
            assist_idle_factor=settings.staff.assist_idle_factor,
        )
        payment = PaymentOptions(
            payers=tuple(settings.kiosk.insurance_payers.items()), coupons=settings.kiosk.coupons
        )
        # The web page is the first part the reset tears down (view, page, profile).
        self.walk_in = WalkInViewModel(
            self.session,
            client=self.wiring.client,
            web=self.web,
            journal=self.journal,
            brand=settings.dexcare.brand,
            scheduling_url=scheduling_url,
            clinics_offered=list(settings.kiosk.departments),
        )
        self.providers = ProvidersViewModel(
            self.session,
            client=self.wiring.client,
            providers_offered=list(settings.kiosk.providers),
            visit_type_names={str(k): dict(v) for k, v in settings.kiosk.visit_type_names.items()},
            visit_type_descriptions={
                str(k): dict(v) for k, v in settings.kiosk.visit_type_descriptions.items()
            },
            kiosk_zone=self.zone.key if self.zone else None,
        )
        self.form = FormViewModel(
            self.session, payment=payment, genders=tuple(settings.kiosk.genders)
        )
        self.booking = BookingViewModel(
            self.session,
            providers=self.providers,
            form=self.form,
            book=BookAppointment(
                self.wiring.client,
                self.journal,
                self.session.now,
                style=BodyStyle(
                    as_the_sdk=settings.dexcare.send_as_the_sdk,
                    typed_payer_type=settings.dexcare.typed_payer_type,
                ),
            ),
            payment=payment,
        )
        emu = self.emulator
        self.staff = StaffPanel(
            session=self.session,
            walk_in=self.walk_in,
            providers=self.providers,
            languages=self.languages,
            client=self.wiring.client,
            journal=self.journal,
            state=self.state,
            pin_hash=settings.staff.pin_hash,
            training=training,
            zone=self.zone,
            config_path=config_path,
            data_dir=data_dir(settings),
            brand=settings.dexcare.brand,
            scenarios=[s.value for s in Scenario] if emu else None,
            set_scenario=emu.set_scenario if emu else None,
            current_scenario=(lambda: emu.scenario.value) if emu else None,
            reset_demo=emu.reset if emu else None,
            supervised=(notifier := Notifier()).enabled,  # under systemd, "exit" is a restart
        )

        self.speech = Speech(
            self.session, engine=settings.speech.engine, volume=settings.speech.volume
        )
        self.headset: Headset | None = None
        self.letter_board = LetterBoard(self.session, self.speech)
        self.payers = self._payer_list(settings, payment)
        self.started.mark("view-models")
        self.engine = QQmlApplicationEngine()
        fence_engine(self.engine)  # the UI's own engine fetches nothing from the network
        # Each view-model reaches QML as a required property of the window, and each screen
        # gets only those it uses (ui/Main.qml).
        self.engine.setInitialProperties({
            "session": self.session, "walkIn": self.walk_in, "providers": self.providers,
            "form": self.form, "booking": self.booking, "staff": self.staff, "web": self.web,
            "speech": self.speech, "letterBoard": self.letter_board,
        })  # fmt: skip
        self.engine.load(QUrl.fromLocalFile(str(UI / "Main.qml")))
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise RuntimeError("the QML user interface did not load; see the log")
        self.window: QQuickWindow = roots[0]
        self.started.mark("QML")
        # What Welcome does not need waits until it is drawn (kiosk/qt/firstframe.py).
        self.first_frame = FirstFrame(
            self.window, lambda: self.session.current_screen in NO_PATIENT, self.window
        )
        # qsTr bindings outside the screen loader (overlays, banner) follow a language switch too.
        self.session.languageChanged.connect(self.engine.retranslate)
        self.idle.watch(self.window)
        self._trim = self._trim_between_patients()
        # No way out by keyboard: Alt+F4, Ctrl+Q, Ctrl+W, F11 and Escape do nothing.
        self.keys = KeyGuard(self.window)
        self.window.installEventFilter(self.keys)
        # A keyboard or a USB keypad does everything a finger does (kiosk/qt/keypad.py).
        self.letter_board.attach(self.window)
        self.keypad = Keypad(self.window, self.session, self.speech, self.letter_board)
        self.window.installEventFilter(self.keypad)
        # systemd: ready once Welcome is drawn, then watchdog beats from this (the GUI) thread.
        self.supervisor = Supervisor(notifier, self.session, training=self.emulator is not None)
        self.first_frame.then("start figures", self._log_start)
        self.first_frame.then("systemd ready", self.supervisor.drawn)
        # A fresh process daily and above a memory ceiling, when nobody is there; only where
        # systemd starts it again (kiosk/qt/upkeep.py).
        self.upkeep = (
            Upkeep(
                RestartPolicy.from_text(
                    settings.kiosk.restart_at,
                    settings.kiosk.restart_above_mib,
                    settings.kiosk.restart_quiet_minutes,
                ),
                self.session,
                self.idle,
                zone=self.zone,
                parent=self.window,
            )
            if notifier.enabled
            else None
        )
        self.metrics = self._metrics(settings, config_path, training=training)
        if self.metrics is not None:
            self.first_frame.then("metrics ready", self.metrics.drawn)
        self.first_frame.then("payers fetch", self.payers.start)
        self.first_frame.then("speech engine", self.speech.prepare)
        if self.state.out_of_service:
            self.session.reset_session("out of service since before the restart")
        # The first patient's web profile is built now. (Building it just after the first frame
        # saved a few ms but hung inside Qt's profile constructor once the accessibility tree had
        # been walked first: see the closing note of issue 3.)
        self.web.prepare()
        if settings.speech.headset:
            # Qt Multimedia costs ~40 ms to load: after Welcome is up, long before anyone could
            # plug a headset in.
            self.first_frame.then("headset watcher", self._watch_headsets)
        self._restore_hook = crash.install(self.session.apologize)
        install_loop_handler(asyncio.get_event_loop(), self.session.apologize)
        log.info(
            "kiosk %s ready (%s)",
            settings.kiosk.id,
            "training" if self.emulator else "live",
            extra={"event": "kiosk.ready"},
        )

    def _log_start(self) -> None:
        assert self.first_frame.drawn_at is not None
        self.started.mark("first frame", self.first_frame.drawn_at)
        phases = self.started.phases()
        welcome = self.started.marks.get("welcome drawn")
        log.info(
            "kiosk started: Welcome drawn after %s ms, the kiosk's own first frame after %.0f ms "
            "(%s)", "?" if welcome is None else f"{welcome:.0f}", self.started.marks["first frame"],
            ", ".join(f"{name} {ms:.0f}" for name, ms in phases.items()),
            extra={"event": "kiosk.started"},
        )  # fmt: skip
        save_look(self.welcome_look())

    def welcome_look(self) -> WelcomeLook:
        """What Welcome shows of the config, for the next start's boot screen (kiosk/startup.py)."""
        return WelcomeLook(
            brand=self.settings.dexcare.brand,  # what session.brand shows
            language=self.languages.available[0],
            languages=tuple(self.languages.available),
            help_location=self.session.where(),  # on Welcome: in its first language
            training=self.emulator is not None,
            kiosk_id=self.settings.kiosk.id,
        )

    def _watch_headsets(self) -> None:
        self.headset = Headset(self.speech, platform_devices(), self.speech)

    # ------------------------------------------------ what tools outside the UI ask (tour, bench)
    def _payer_list(self, settings: Settings, configured: PaymentOptions) -> PayerList:
        """Insurers: DexCare's list for the tenant when it keeps one (a training kiosk: the demo
        tenant's), else the configured one; both screens that show them follow it."""

        def offer(payers: tuple[tuple[str, str], ...]) -> None:
            now = PaymentOptions(payers=payers, coupons=settings.kiosk.coupons)
            self.form.set_payment(now)
            self.booking.set_payment(now)

        tenant = settings.dexcare.payer_tenant or (seed.BRAND if self.emulator else None)
        payers = PayerList(self.wiring.client, tenant, configured.payers, offer, self.session)
        return payers

    def _metrics(
        self, settings: Settings, config_path: Path | None, *, training: bool
    ) -> MetricsWriter | None:
        """The Prometheus textfile (kiosk/metrics.py), when the config names one."""
        m = settings.metrics
        if m.textfile is None:
            return None
        brand = settings.dexcare.brand
        writer = MetricsWriter(
            KioskMetrics(
                kiosk_id=settings.kiosk.id,
                site=settings.kiosk.site,
                version=__version__,
                training=training,
                config=config_path,
            ),
            m.textfile,
            session=self.session,
            idle=self.idle,
            client=self.wiring.client,
            journal=self.journal,
            web=self.web,
            out_of_service=lambda: self.state.out_of_service,
            opening_hours={str(k): v for k, v in settings.kiosk.opening_hours.items()},
            zone=self.zone,
            probe=lambda: self.wiring.client.departments(brand),
            interval_s=m.interval,
            probe_every_s=m.probe_minutes * 60,
        )
        # Someone guessing the staff PIN: IT's alert need not wait for the timer.
        self.staff.pin_pad.lockedOut.connect(writer.metrics.pin_lockouts.inc)
        self.staff.pin_pad.lockedOut.connect(writer.write)
        return writer

    def _trim_between_patients(self) -> QTimer:
        """What the last patient's screens and page freed goes back to the system
        (kiosk/memory.py), once Welcome is drawn and nobody is waiting. (The QML engine's own
        garbage collection is left to the engine: forced here between patients, two soaks of the
        mixed sessions ended in a segmentation fault, at sessions 30 and 212; 3,800 sessions
        without it have had none.)"""
        timer = QTimer(self.window)
        timer.setSingleShot(True)
        timer.setInterval(TRIM_DELAY_MS)
        timer.timeout.connect(release_free_memory)
        self.session.sessionReset.connect(timer.start)
        return timer

    @property
    def current_screen(self) -> Screen:
        return self.session.current_screen

    @property
    def busy(self) -> bool:
        return bool(self.session.busy)

    def reset_session(self, reason: str) -> None:
        self.session.reset_session(reason)

    def show(self, *, windowed: bool) -> None:
        if windowed:
            self.window.show()
        else:
            self.window.setFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
            self.window.showFullScreen()

    async def aclose(self) -> None:
        """Tear down in order: the web view, then its page, then its profile (waited for: a
        profile deleted under a live page crashes Chromium), then the UI, then the network."""
        self._restore_hook()
        self.supervisor.stopping()
        if self.metrics is not None:
            self.metrics.timer.stop()  # the heartbeat stops with the kiosk: stale, as it should
        await self.payers.aclose()
        self.staff.close()
        self.speech.close()
        self.web.close()
        self.session.reset_session("shutdown")
        for _ in range(100):  # at most ~5 s
            if self.web.torn_down:
                break
            await asyncio.sleep(0.05)
        else:
            log.error("the web view did not go away in time; shutting down anyway")
        await asyncio.sleep(0.05)  # let the profile's deleteLater run
        self.engine.deleteLater()
        self.languages.close()
        await asyncio.sleep(0.05)
        await self.wiring.aclose()
        self.journal.close()
        if self.demo_server is not None:
            self.demo_server.stop()  # waits at most one poll interval (0.2 s) for its thread


def run(
    settings: Settings, *, windowed: bool, config_path: Path | None = None, boot: Boot | None = None
) -> int:
    """``kiosk run``: the kiosk on the Qt event loop, asyncio driven by qasync. ``boot`` is the
    boot screen (kiosk/qt/boot.py) when Welcome is drawn already, and the application with it."""
    # Before anything starts a process (Chromium, speech-dispatcher): they inherit the environment.
    secret_env = take_secret_environment()
    if boot is None:
        prepare_gui_environment()
        QtWebEngineQuick.initialize()
    prepare_web_environment(fence_hosts(settings))
    app = application()
    route_qt_messages()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    stopping: list[asyncio.Future[None]] = []
    running: list[KioskApp] = []

    async def shutdown() -> None:
        try:
            if running:
                await running[0].aclose()
        finally:
            loop.stop()

    def stop(*_: object) -> None:
        # SIGTERM from systemd, or Ctrl+C: tear down in order (web, network), then leave the loop.
        if not stopping:
            log.info("kiosk stopping", extra={"event": "kiosk.stopping"})
            stopping.append(asyncio.ensure_future(shutdown()))

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    wake = QTimer()  # Python runs signal handlers only when it gets control: give it some
    wake.timeout.connect(lambda: None)
    wake.start(250)
    started = boot.clock if boot is not None else None
    running.append(
        KioskApp(settings, config_path=config_path, secret_env=secret_env, started=started)
    )
    running[0].staff.exitRequested.connect(stop)  # staff only: "Exit to desktop"
    if running[0].upkeep is not None:
        running[0].upkeep.restartRequested.connect(stop)  # systemd starts a fresh one
    running[0].show(windowed=windowed)
    if boot is not None:
        boot.hand_over(running[0].window)  # the boot screen goes once the kiosk's is drawn
    pid_file = write_pid_file()
    try:
        with loop:
            loop.run_forever()
    finally:
        if pid_file is not None:
            pid_file.unlink(missing_ok=True)
    log.info("kiosk stopped")
    return 0
