"""The Textual user interface. Talks to services only, never to the database."""
