"""English for probe15's texts: 逐级负责 across a rename (core/self_check.py), integrity checks."""

GLOSSARY = {
    "%1（曾用名%2）": "%1 (formerly %2)",
}
