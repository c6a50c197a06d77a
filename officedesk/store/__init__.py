"""Persistence with peewee."""
