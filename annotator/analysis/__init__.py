"""Analyses of coded passages as plain functions returning plain tables (no database, no Qt)."""
