"""A server's card read from memory by the vCard reader (no temporary file, no second
unfolding): the standard fields, and networkcircles' own properties even when folded."""

from networkcircles.sync import cards


def test_own_properties_are_read_by_the_vcard_reader_folded_or_not():
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u1\r\nFN:Dana Reyes\r\n"
        "EMAIL;TYPE=work:dana@example.org\r\n"
        "X-NETWORKCIRCLES-CIRCLE:pe\r\n ers\r\n"
        "X-NETWORKCIRCLES-RELIABILITY:has_useful_contacts=yes can_convey=no passes_go\r\n"
        " ssip=unknown\r\n"
        "X-NETWORKCIRCLES-HOW-KNOWN:Met at the fair\\, Lyon\r\nEND:VCARD\r\n"
    )
    fields = cards.read_cards({"/book/dana.vcf": text})["/book/dana.vcf"]
    assert isinstance(fields, dict)
    assert fields["emails"] == (("dana@example.org", "work"),)
    assert (fields["circle"], fields["how_known"]) == ("peers", "Met at the fair, Lyon")
    assert cards.reliability_answers(str(fields["reliability"])) == {
        "has_useful_contacts": True,
        "can_convey": False,
        "passes_gossip": None,
    }


def test_properties_another_program_dropped_are_no_opinion_not_empty():
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nEND:VCARD\r\n"
    fields = cards.read_cards({"g.vcf": text})["g.vcf"]
    assert isinstance(fields, dict)
    assert (fields["circle"], fields["reliability"], fields["how_known"]) == (None, None, None)


def test_a_card_with_a_value_we_cannot_keep_is_skipped_whole_and_a_broken_one_refused():
    bad_email = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bad\r\nEMAIL:not an address\r\nEND:VCARD\r\n"
    cut_off = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut\r\n"
    found = cards.read_cards({"bad.vcf": bad_email, "cut.vcf": cut_off})
    assert "not an address" in str(found["bad.vcf"])
    assert "cut off" in str(found["cut.vcf"])
