"""The ``kiosk`` command. Every subcommand answers ``--help``, exits 0 when fine and 2 for bad
input with a one-line reason per problem on stderr, and never shows a traceback."""

from __future__ import annotations

import argparse
import contextlib
import faulthandler
import getpass
import json
import logging
import os
import signal
import stat
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

import tomlkit
import tomlkit.exceptions

from kiosk import __version__
from kiosk.demo.scenarios import Scenario
from kiosk.domain import (
    DEFAULT_SCHEDULING_URL,
    InvalidInput,
    decode_slot_id,
    handoff_url,
    parse_booking,
)
from kiosk.journal import JournalError
from kiosk.launch import say_welcome_drawn
from kiosk.logs import configure_logging
from kiosk.settings import ConfigError, Settings, config_path, load_secrets, load_settings
from kiosk.staff import MIN_LENGTH, PinError, check_pin_rule, hash_pin
from kiosk.startup import has_display
from kiosk.web.policy import is_host, is_https_url

log = logging.getLogger("kiosk.cli")

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def _problems(err: InvalidInput) -> int:
    for problem in err.problems:
        print(str(problem), file=sys.stderr)  # noqa: T201 - the CLI's output
    return EXIT_USAGE


def _out(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))  # noqa: T201


# ----------------------------------------------------------------------------------- commands
def cmd_booking_check(args: argparse.Namespace) -> int:
    source = args.file
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"{source}: cannot read it ({type(exc).__name__})", file=sys.stderr)  # noqa: T201
        return EXIT_USAGE
    try:
        data = json.loads(text)
    except ValueError as exc:
        print(f"{source}: not valid JSON ({exc})", file=sys.stderr)  # noqa: T201
        return EXIT_USAGE
    except RecursionError:
        print(f"{source}: nested too deeply to be a booking", file=sys.stderr)  # noqa: T201
        return EXIT_USAGE
    try:
        booking = parse_booking(data)
    except InvalidInput as err:
        return _problems(err)
    _out(booking.to_wire(args.billing_date_format))
    return EXIT_OK


def cmd_slot_decode(args: argparse.Namespace) -> int:
    try:
        slot = decode_slot_id(args.slot_id)
    except InvalidInput as err:
        return _problems(err)
    _out(slot.to_json())
    return EXIT_OK


def cmd_handoff_url(args: argparse.Namespace) -> int:
    if args.aggregate and args.department:
        print("use --department or --aggregate, not both", file=sys.stderr)  # noqa: T201
        return EXIT_USAGE
    if args.aggregate and not args.search_context:
        print("--aggregate needs --search-context", file=sys.stderr)  # noqa: T201
        return EXIT_USAGE
    try:
        url = handoff_url(
            args.base,
            time_slot=args.time_slot,
            brand=args.brand,
            department_url_name=args.department,
            search_context=args.search_context if args.aggregate else None,
        )
    except InvalidInput as err:
        return _problems(err)
    print(url)  # noqa: T201
    return EXIT_OK


def cmd_config_check(args: argparse.Namespace) -> int:
    settings = load_settings(args.config)
    if args.secrets:
        # As `kiosk run` reads them: a missing or empty secret file is a ConfigError (exit 2). The
        # unit runs this as its ExecCondition, so a kiosk without secrets waits for IT instead of
        # restarting every two seconds; the values themselves are never printed.
        load_secrets(settings)
    if args.quiet:
        return EXIT_OK
    effective = settings.model_dump(mode="json")
    if effective["staff"]["pin_hash"]:
        # A short PIN's hash can be searched through offline: it stays in the file, never in
        # output that may be pasted into a ticket.
        effective["staff"]["pin_hash"] = "(set, not shown)"
    _out(effective)
    return EXIT_OK


def cmd_config_pull(args: argparse.Namespace) -> int:
    """Fetch the config (kiosk/configpull.py). 0 when a valid config is in place (new, unchanged
    or the last good copy), 1 when there is none: the unit's ExecCondition then waits, and the
    journal says why. Without a URL there is nothing to pull and nothing to say."""
    from kiosk import configpull  # noqa: PLC0415 - httpx and TOML checks only for this command

    env = os.environ
    url = args.url or env.get(configpull.URL_ENV, "")
    if not url:
        if not args.quiet:
            print(f"no URL given and {configpull.URL_ENV} is unset: nothing to pull")  # noqa: T201
        return EXIT_OK
    target = config_path(args.to)
    if target is None:
        raise ConfigError("where to keep the pulled config: --to FILE or $KIOSK_CONFIG")

    def given(value: str | None, var: str) -> Path | None:
        chosen = value or env.get(var, "")
        return Path(chosen) if chosen else None

    signing_key = given(args.signing_key, configpull.SIGNING_KEY_ENV)
    if signing_key is None and configpull.DEFAULT_SIGNING_KEY.is_file():
        signing_key = configpull.DEFAULT_SIGNING_KEY
    pulled = configpull.pull(
        url, target, client_cert=given(args.client_cert, configpull.CERT_ENV),
        client_key=given(args.client_key, configpull.KEY_ENV),
        ca=given(args.ca, configpull.CA_ENV), timeout=args.timeout, signing_key=signing_key,
    )  # fmt: skip
    configpull.record(pulled)
    if not args.quiet:
        print(f"{pulled.result}: {pulled.detail} ({target})")  # noqa: T201
    return EXIT_OK if pulled.have_good_copy else EXIT_FAIL


def cmd_config_sign(args: argparse.Namespace) -> int:
    """Sign a config for `kiosk config pull` (IT, on their own machine): FILE.sig beside it."""
    from kiosk import configpull  # noqa: PLC0415 - cryptography only for this command

    source, key_file = Path(args.file), Path(args.key)
    try:
        data = source.read_bytes()
        private = key_file.read_bytes()
    except OSError as exc:
        print(f"cannot read {exc.filename} ({type(exc).__name__})", file=sys.stderr)  # noqa: T201
        return EXIT_USAGE
    configpull.check_text(data.decode("utf-8", errors="strict"))  # never sign what run refuses
    out = (
        Path(args.out) if args.out else source.with_name(source.name + configpull.SIGNATURE_SUFFIX)
    )
    out.write_text(configpull.sign(data, private), encoding="ascii")
    if not args.quiet:
        print(f"signed: {out} (publish it beside the config, at its URL + .sig)")  # noqa: T201
    return EXIT_OK


def _read_pin(args: argparse.Namespace, min_length: int) -> str:
    if args.pin_stdin:
        return sys.stdin.readline().strip()
    first = getpass.getpass(f"New staff PIN ({min_length} to 8 digits): ")
    if getpass.getpass("The same PIN again: ") != first:
        raise PinError("the two PINs differ")
    return first


def cmd_staff_set_pin(args: argparse.Namespace) -> int:
    """Write a salted scrypt hash of a new staff PIN into the config file (never the PIN), by
    replacing the file whole: a power cut or a full disk leaves the old file, never half of one."""
    path = config_path(args.config)
    if path is None:
        print("name the config file: --config FILE or KIOSK_CONFIG", file=sys.stderr)  # noqa: T201
        return EXIT_USAGE
    min_length = load_settings(path).staff.pin_min_length if path.exists() else MIN_LENGTH
    try:
        pin = _read_pin(args, min_length)
        check_pin_rule(pin, min_length=min_length)
    except PinError as err:
        print(f"staff set-pin: {err}", file=sys.stderr)  # noqa: T201
        return EXIT_USAGE
    try:
        doc = (
            tomlkit.parse(path.read_text(encoding="utf-8")) if path.exists() else tomlkit.document()
        )
    except (OSError, tomlkit.exceptions.TOMLKitError) as exc:
        raise ConfigError(f"{path}: cannot read it ({type(exc).__name__})") from None
    section = doc.get("staff")
    if section is None:
        section = tomlkit.table()
        doc["staff"] = section
    section["pin_hash"] = hash_pin(pin, min_length=min_length)
    try:
        replace_file(path, tomlkit.dumps(doc))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write it ({type(exc).__name__}); unchanged") from None
    load_settings(path)  # the file must still be a valid config
    print(f"staff PIN set in {path}")  # noqa: T201
    return EXIT_OK


def replace_file(path: Path, text: str) -> None:
    """Write ``text`` to a new file beside ``path`` (its mode, owner and group kept), flush it to
    disk, then rename it over ``path``: readers see the old file or the new one, whole."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if path.exists():
            info = path.stat()
            os.chmod(tmp, stat.S_IMODE(info.st_mode))
            with contextlib.suppress(PermissionError):  # not root: the owner is us anyway
                os.chown(tmp, info.st_uid, info.st_gid)
        else:
            os.chmod(tmp, 0o640)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def cmd_demo_server(args: argparse.Namespace) -> int:
    from kiosk.demo.emulator import DexCareEmulator  # noqa: PLC0415 - not for the other commands
    from kiosk.demo.server import EmulatorHTTPServer  # noqa: PLC0415

    try:
        scenario = Scenario(args.scenario)
    except ValueError:
        names = ", ".join(s.value for s in Scenario)
        print(f"--scenario must be one of: {names}", file=sys.stderr)  # noqa: T201
        return EXIT_USAGE
    emulator = DexCareEmulator(scenario=scenario, latency=args.latency)
    try:
        server = EmulatorHTTPServer(emulator, args.host, args.port)
    except OSError as exc:
        print(f"cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)  # noqa: T201
        return EXIT_FAIL

    def stop(signum: int, _frame: Any) -> None:
        server.stopping.set()
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    print(server.base_url, flush=True)  # noqa: T201 - the one line callers wait for
    log.info("demo server ready (scenario %s)", scenario.value)
    try:
        server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return EXIT_OK


def _with_demo(settings: Settings, demo: bool) -> Settings:
    if not demo:
        return settings
    return settings.model_copy(update={"demo": settings.demo.model_copy(update={"enabled": True})})


def cmd_run(args: argparse.Namespace) -> int:
    settings = _with_demo(load_settings(args.config), args.demo)
    boot = getattr(args, "boot", None)
    if boot is not None:
        boot.clock.mark("settings")
        say_welcome_drawn(boot, settings.kiosk.id)  # unless said already, with the remembered id
    if not has_display():
        out = Path(args.tour_out)
        print(  # noqa: T201
            f"No display here (DISPLAY and WAYLAND_DISPLAY are unset), so the kiosk cannot open its window.\n"
            f"Walking it headless instead: screenshots of every screen go to {out.resolve()}/",
            file=sys.stderr,
            flush=True,
        )
        return _tour(settings, out, ["en", "es"], (1920, 1080))
    from kiosk.app import run  # noqa: PLC0415 - Qt loads only for the commands that show it

    if boot is not None:
        boot.clock.mark("kiosk imports")

    # A native crash (Qt, Chromium, a C extension) leaves the Python stack it happened under in
    # the journal: file, line and function names only, never a value.
    faulthandler.enable()
    return run(settings, windowed=args.windowed, config_path=config_path(args.config), boot=boot)


def _tour(settings: Settings, out: Path, languages: list[str], size: tuple[int, int]) -> int:
    from kiosk.qt.driver import DriverError  # noqa: PLC0415 - Qt loads only for the commands that show it
    from kiosk.tour import run_tour  # noqa: PLC0415

    try:
        shots = run_tour(settings, out, languages, size)
    except DriverError as err:
        print(f"tour failed: {err}", file=sys.stderr)  # noqa: T201 - names a screen, never PHI
        return EXIT_FAIL
    for shot in shots:
        print(shot)  # noqa: T201
    print(f"{len(shots)} screenshots in {out.resolve()}/", file=sys.stderr)  # noqa: T201
    return EXIT_OK


def _count(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be between {low} and {high}")
        return value

    return parse


def _host(text: str) -> str:
    if text != "localhost" and not is_host(text):
        raise argparse.ArgumentTypeError(f"not a host name or IP address: {text!r}")
    return text


def _https_url(text: str) -> str:
    if not is_https_url(text):
        raise argparse.ArgumentTypeError(f"not an https:// URL: {text!r}")
    return text


def _seconds(low: float, high: float) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
        if not low <= value <= high:  # NaN fails too
            raise argparse.ArgumentTypeError(f"must be between {low:g} and {high:g} seconds")
        return value

    return parse


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("must look like 1920x1080") from None
    if not (640 <= w <= 7680 and 480 <= h <= 4320):
        raise argparse.ArgumentTypeError("must be between 640x480 and 7680x4320")
    return w, h


def cmd_tour(args: argparse.Namespace) -> int:
    settings = load_settings(args.config)
    languages = ["en", "es"] if args.lang == "all" else [args.lang]
    return _tour(settings, Path(args.out), languages, args.size)


def cmd_bench(args: argparse.Namespace) -> int:
    from kiosk.bench import (  # noqa: PLC0415 - Qt loads only for the commands that show it
        measure_transitions,
        own_speech_dispatcher,
        report,
        run_bench,
        run_stalls,
    )

    logging.getLogger().setLevel(logging.WARNING)  # a line per request would be measured too
    if args.stalls:
        with own_speech_dispatcher():
            print(report(run_stalls(), as_json=args.json))  # noqa: T201
        return EXIT_OK
    if args.transitions:
        with own_speech_dispatcher():
            print(report(measure_transitions(args.transitions), as_json=args.json))  # noqa: T201
        return EXIT_OK
    print(report(run_bench(args.journeys, args.startup_runs), as_json=args.json))  # noqa: T201
    return EXIT_OK


# -------------------------------------------------------------------------------------- parser
def cmd_soak(args: argparse.Namespace) -> int:
    from kiosk.soak import report, run_soak  # noqa: PLC0415 - Qt loads only in the child

    if args.faults:
        from kiosk import soakfaults  # noqa: PLC0415

        faulty = soakfaults.run_fault_soak(
            args.sessions, out=(lambda _line: None) if args.json else print
        )
        print(soakfaults.report(faulty, as_json=args.json))  # noqa: T201
        return EXIT_OK if faulty.held else EXIT_FAIL
    progress = (lambda _line: None) if args.json else print
    result = run_soak(args.sessions, args.every, out=progress, only=args.only)
    print(report(result, as_json=args.json))  # noqa: T201
    return EXIT_OK if result.crashes == result.apologies == result.stuck == 0 else EXIT_FAIL


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kiosk", description="Clinic lobby booking kiosk (DexCare).")
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument("--log-json", action="store_true", help="log as JSON lines on stderr")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug detail")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    _add_app_commands(sub)
    _add_tools(sub)
    return parser


def _add_app_commands(sub: Any) -> None:
    p = sub.add_parser("run", help="run the kiosk (the default command)")
    p.add_argument(
        "--demo", action="store_true", help="training mode: the built-in DexCare emulator, offline"
    )
    p.add_argument("--config", metavar="FILE", help="TOML file (default: $KIOSK_CONFIG)")
    p.add_argument(
        "--windowed",
        action="store_true",
        help="a normal window instead of full screen (development)",
    )
    p.add_argument("--tour-out", default="tour", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser(
        "bench", help="measure start-up, hand-off speed and memory over many journeys"
    )
    p.add_argument("--journeys", type=_count(2, 100_000), default=50)
    p.add_argument("--startup-runs", type=_count(1, 1000), default=5)
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--stalls", action="store_true", help="only the event-loop stalls of the provider journey"
    )
    p.add_argument(
        "--transitions",
        type=_count(0, 10_000),
        default=0,
        metavar="ROUNDS",
        help="only tap -> next screen's first frame, for every transition of both journeys",
    )
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser(
        "soak", help="run many mixed patient sessions in a child kiosk and print what lasts"
    )
    p.add_argument("--sessions", type=_count(1, 10_000_000), default=2000)
    p.add_argument("--every", type=_count(1, 10_000_000), default=100,
                   help="print figures every N sessions")  # fmt: skip
    p.add_argument("--faults", action="store_true",
                   help="inject faults (DexCare's, the page's, the disk's, kills) and check that "
                   "no booking was lost, against the emulator's record")  # fmt: skip
    p.add_argument("--only", default="", metavar="KIND",
                   help="only the kinds of session whose name holds KIND (to find what grows)")  # fmt: skip
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_soak)

    p = sub.add_parser("tour", help="walk every screen headless in demo mode and save screenshots")
    p.add_argument("--out", default="tour", metavar="DIR")
    p.add_argument("--lang", choices=["en", "es", "all"], default="all")
    p.add_argument("--size", type=_size, default=(1920, 1080), metavar="WxH")
    p.add_argument("--config", metavar="FILE", help="TOML file (default: $KIOSK_CONFIG)")
    p.set_defaults(func=cmd_tour)


def _add_tools(sub: Any) -> None:
    p = sub.add_parser("demo-server", help="serve the offline DexCare emulator over HTTP")
    p.add_argument("--host", type=_host, default="127.0.0.1")
    p.add_argument("--port", type=_count(0, 65535), default=0, help="0 picks a free port (default)")
    p.add_argument(
        "--scenario",
        default="normal",
        help=", ".join(s.value for s in Scenario),
    )
    p.add_argument(
        "--latency",
        type=_seconds(0, 60),
        default=2.5,
        help="seconds of delay in the slow scenario",
    )
    p.set_defaults(func=cmd_demo_server)

    booking = sub.add_parser("booking", help="tools for providerbooking bodies")
    bsub = booking.add_subparsers(
        dest="booking_command", parser_class=_Parser, metavar="COMMAND", required=True
    )
    p = bsub.add_parser(
        "check", help="validate a providerbooking body; print it as the kiosk sends it"
    )
    p.add_argument("file", nargs="?", default="-", help="JSON file, or - for stdin (default)")
    p.add_argument(
        "--billing-date-format", choices=["YYYY-MM-DD", "MM-DD-YYYY"], default="YYYY-MM-DD"
    )
    p.set_defaults(func=cmd_booking_check)

    slot = sub.add_parser("slot", help="tools for slotIds")
    ssub = slot.add_subparsers(
        dest="slot_command", parser_class=_Parser, metavar="COMMAND", required=True
    )
    p = ssub.add_parser("decode", help="print a decoded slotId as JSON")
    p.add_argument("slot_id", metavar="SLOTID")
    p.set_defaults(func=cmd_slot_decode)

    p = sub.add_parser("handoff-url", help="print the DexCare retail hand-off URL for a slot")
    p.add_argument(
        "--time-slot", required=True, help="slotDateTime, e.g. 2021-04-24T15:40:00-07:00"
    )
    p.add_argument("--brand", required=True)
    p.add_argument("--department", metavar="URLNAME", help="the clinic's urlName")
    p.add_argument("--aggregate", action="store_true", help="Care Options variant")
    p.add_argument("--search-context", metavar="CTX")
    p.add_argument("--base", default=DEFAULT_SCHEDULING_URL, metavar="URL")
    p.set_defaults(func=cmd_handoff_url)

    staff = sub.add_parser("staff", help="staff access")
    ssub = staff.add_subparsers(
        dest="staff_command", parser_class=_Parser, metavar="COMMAND", required=True
    )
    p = ssub.add_parser("set-pin", help="set the staff PIN (stored as a salted scrypt hash)")
    p.add_argument("--config", metavar="FILE", help="TOML file (default: $KIOSK_CONFIG)")
    p.add_argument("--pin-stdin", action="store_true", help="read the PIN from one line of stdin")
    p.set_defaults(func=cmd_staff_set_pin)

    _add_config(sub)


def _add_config(sub: Any) -> None:
    config = sub.add_parser("config", help="tools for the config file")
    csub = config.add_subparsers(
        dest="config_command", parser_class=_Parser, metavar="COMMAND", required=True
    )
    p = csub.add_parser("check", help="validate a config file and print the effective settings")
    p.add_argument("--config", metavar="FILE", help="TOML file (default: $KIOSK_CONFIG)")
    p.add_argument(
        "--secrets", action="store_true", help="also read the secrets a live kiosk needs"
    )
    p.add_argument("--quiet", action="store_true", help="print nothing; the exit status tells")
    p.set_defaults(func=cmd_config_check)
    p = csub.add_parser(
        "pull", help="fetch the config over HTTPS, keeping the last good copy (run before start)"
    )
    p.add_argument("url", nargs="?", type=_https_url, metavar="URL",
                   help="https://... (default: $KIOSK_CONFIG_URL)")  # fmt: skip
    p.add_argument("--to", metavar="FILE", help="where the config is kept (default: $KIOSK_CONFIG)")
    p.add_argument("--client-cert", metavar="PEM", help="default: $KIOSK_CONFIG_CLIENT_CERT")
    p.add_argument("--client-key", metavar="PEM", help="default: $KIOSK_CONFIG_CLIENT_KEY")
    p.add_argument(
        "--ca", metavar="PEM", help="CAs to trust (default: $KIOSK_CONFIG_CA, else the system's)"
    )
    p.add_argument(
        "--signing-key", metavar="PEM",
        help="Ed25519 public key a config must be signed with to change DexCare's URLs, the web "
        "allow-list, demo mode or the staff PIN (default: $KIOSK_CONFIG_SIGNING_KEY, else "
        "/etc/clinic-kiosk/config-signing.pub if present)",
    )  # fmt: skip
    p.add_argument("--timeout", type=_seconds(1, 300), default=20.0, metavar="S",
                   help="the whole pull's deadline (default 20)")  # fmt: skip
    p.add_argument("--quiet", action="store_true", help="print nothing; the exit status tells")
    p.set_defaults(func=cmd_config_pull)

    p = csub.add_parser("sign", help="sign a config for `config pull` with an Ed25519 key")
    p.add_argument("file", metavar="FILE", help="the kiosk.toml to publish")
    p.add_argument("--key", required=True, metavar="PEM",
                   help="the private key (openssl genpkey -algorithm ed25519)")  # fmt: skip
    p.add_argument("--out", metavar="FILE", help="where the signature goes (default: FILE.sig)")
    p.add_argument("--quiet", action="store_true", help="print nothing; the exit status tells")
    p.set_defaults(func=cmd_config_sign)


def main(argv: Sequence[str] | None = None, *, boot: Any = None) -> int:
    """``boot``: the boot screen, when kiosk/launch.py drew Welcome before this module loaded."""
    parser = build_parser()
    args = parser.parse_args(argv)
    args.boot = boot
    configure_logging(json_lines=args.log_json, verbose=args.verbose)
    if args.command is None:  # plain `kiosk` is `kiosk run`
        rest = list(sys.argv[1:] if argv is None else argv)
        args = parser.parse_args([*rest, "run"])
        args.boot = boot
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except ConfigError as err:
        print(f"config error: {err}", file=sys.stderr)  # noqa: T201
        return EXIT_USAGE
    except JournalError as err:
        print(f"kiosk: {err}", file=sys.stderr)  # noqa: T201
        return EXIT_FAIL
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a command line never shows a traceback
        log.exception("unexpected error")
        print(f"kiosk: unexpected error ({type(exc).__name__}); see the log", file=sys.stderr)  # noqa: T201
        return EXIT_FAIL
