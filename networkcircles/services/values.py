"""The value checks, for the services that import them from here: they live in
networkcircles/values.py, where the importers can use them too."""

from networkcircles.values import checked_day as checked_day
from networkcircles.values import plain_text as plain_text
