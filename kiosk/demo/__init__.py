"""The offline DexCare emulator: seed data, in-process transport, loopback HTTP server."""
