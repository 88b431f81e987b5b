"""The open-API strategy metric: how many external APIs the city has opened, per year.

register (apis.yaml) + catalogue_scan (HRI's API resources) → compute (per-year figures and the APIs behind
them) → snapshots (kept in the state store, differences reported) → chart (PNG and SVG).
"""
