"""The plain contact columns, named once: the readers and the services share one tuple."""

import subprocess
import sys

from networkcircles.interchange import records
from networkcircles.services import contacts
from networkcircles.store import contact_fields
from networkcircles.store.models import Contact


def test_readers_and_services_share_one_definition():
    assert records.SCALAR_FIELDS is contact_fields.IMPORTED_FIELDS
    assert contacts.SCALAR_FIELDS is contact_fields.SCALAR_FIELDS
    assert contacts.SCALAR_FIELDS[: len(records.SCALAR_FIELDS)] == records.SCALAR_FIELDS


def test_every_name_is_a_contact_column():
    columns = set(Contact._meta.fields)
    assert set(contact_fields.SCALAR_FIELDS) <= columns
    assert len(set(contact_fields.SCALAR_FIELDS)) == len(contact_fields.SCALAR_FIELDS)


def test_the_module_imports_nothing():
    """Both layers import it, the window among them before its first paint: it must not
    bring anything in (tests/ui/test_start_up.py checks the window as a whole)."""
    probe = (
        "import sys; before = set(sys.modules)\n"
        "import networkcircles.store.contact_fields\n"
        "print(sorted(set(sys.modules) - before))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = eval(done.stdout.strip())
    assert set(loaded) <= {
        "networkcircles",
        "networkcircles.store",
        "networkcircles.store.contact_fields",
    }, loaded
