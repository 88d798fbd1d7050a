"""The demo network's words in the languages the window speaks besides English.

services/demo.py writes its texts in English and passes each through `words(language)`: the
English demo is the texts as written; another language looks each one up here. People's,
companies' and associations' names stay as they are (they are international). A text with
{braces} keeps them: the demo fills them in after the lookup. Plain Python, no Qt: the window
and the command line pick the language (networkcircles/languages.py) and hand its code over.
"""

from collections.abc import Callable

GERMAN: dict[str, str] = {
    # roles
    "Engineer": "Ingenieurin",
    "Project manager": "Projektleiter",
    "Recruiter": "Personalvermittlerin",
    "Designer": "Designer",
    "Analyst": "Analystin",
    "Team lead": "Teamleiter",
    "Sales director": "Vertriebsleiterin",
    "Accountant": "Buchhalter",
    "Nurse": "Pflegefachkraft",
    "Teacher": "Lehrerin",
    "Data analyst": "Datenanalystin",
    # how you know them
    "Cousin": "Cousine",
    "Sister": "Schwester",
    "School friend": "Schulfreund",
    "Neighbour": "Nachbarin",
    "Uncle": "Onkel",
    "Friend from college": "Freundin aus dem Studium",
    "Former boss at {org}": "Frühere Chefin bei {org}",
    "Worked together at {org}": "Zusammen bei {org} gearbeitet",
    "Ex-colleague at {org}": "Ehemaliger Kollege bei {org}",
    "Met at the job club": "Im Bewerbungstreff kennengelernt",
    "Career fair last spring": "Jobmesse im letzten Frühjahr",
    "Networking breakfast": "Netzwerkfrühstück",
    "Member of the {assoc}": "Mitglied bei {assoc}",
    "Met at the {assoc} meeting": "Beim Treffen von {assoc} kennengelernt",
    "Hair stylist": "Friseurin",
    "Yoga instructor": "Yogalehrer",
    "Mail carrier": "Briefträgerin",
    "Barista": "Barista",
    "Dentist": "Zahnarzt",
    "Gym trainer": "Fitnesstrainerin",
    "Dog walker": "Hundesitter",
    "Imported from my phone": "Aus meinem Telefon übernommen",
    # tags
    "hiring": "stellt ein",
    "mentor": "Mentor",
    "referral": "Empfehlung",
    "tech": "Technik",
    "health": "Gesundheit",
    "finance": "Finanzen",
    # follow-ups and interactions
    "Ask about openings on their team": "Nach offenen Stellen im Team fragen",
    "Caught up about my search": "Über meine Suche auf den neuesten Stand gebracht",
    "Coffee": "Kaffee",
    "Sent my résumé": "Lebenslauf geschickt",
    "Asked for advice": "Um Rat gefragt",
    "Talked at the job club": "Im Bewerbungstreff gesprochen",
    "Will introduce me to a recruiter": "Stellt mich einer Personalvermittlerin vor",
    "Sends a list of openings": "Schickt eine Liste offener Stellen",
    # acquaintances, co-workers, references
    "Knows half the managers at {org}": "Kennt die halbe Führungsetage von {org}",
    "Her clients include two recruiters": "Unter ihren Kundinnen sind zwei Personalvermittlerinnen",
    "Coaches the local chamber of commerce": "Berät die örtliche Handelskammer",
    "Used to work in HR at {org}": "War früher in der Personalabteilung von {org}",
    "{start} to {end}": "{start} bis {end}",
    "Led the warehouse migration with me": "Hat mit mir die Lagerumstellung geleitet",
    "Project manager at Juniper Labs": "Projektleiter bei Juniper Labs",
    "Called the hiring manager": "Hat die einstellende Führungskraft angerufen",
    "Team lead at Fjord Analytics": "Teamleiter bei Fjord Analytics",
    # tips and the pitch
    "Free résumé review at the public library": (
        "Kostenloser Lebenslauf-Check in der Stadtbibliothek"
    ),
    "Salary comparison website": "Website für Gehaltsvergleiche",
    "Downtown career fair": "Jobmesse in der Innenstadt",
    "Convention centre": "Kongresszentrum",
    "Project manager, Programme coordinator": "Projektleiter, Programmkoordinator",
    "Logistics, Health care, Software": "Logistik, Gesundheitswesen, Software",
    "Within 30 minutes of downtown, or remote": (
        "Höchstens 30 Minuten von der Innenstadt, oder remote"
    ),
    "Keeps complex projects on schedule; calm with clients; budgets and vendors": (
        "Hält komplexe Projekte im Zeitplan; ruhig im Umgang mit Kunden; Budgets und Lieferanten"
    ),
    "I'm a project manager with ten years in logistics, looking for my next role leading "
    "delivery teams. If you hear of a company that needs someone to get projects in on time, "
    "I'd love an introduction.": (
        "Ich bin Projektleiter mit zehn Jahren Erfahrung in der Logistik und suche meine nächste "
        "Stelle als Leiter von Lieferteams. Wenn Sie von einer Firma hören, die jemanden braucht, "
        "der Projekte pünktlich abschließt, freue ich mich über eine Vorstellung."
    ),
    # associations
    "Chapter meetings on the second Wednesday; certification study group": (
        "Regionaltreffen am zweiten Mittwoch; Lerngruppe für die Zertifizierung"
    ),
    "Mentoring circle every other Thursday": "Mentoring-Runde jeden zweiten Donnerstag",
    "A friend says their meetups are small but friendly": (
        "Laut einer Freundin sind die Treffen klein, aber herzlich"
    ),
    # events
    "Job club": "Bewerbungstreff",
    "Public library, room 2": "Stadtbibliothek, Raum 2",
    "Bring ten copies of your résumé": "Zehn Exemplare des Lebenslaufs mitbringen",
    "Women in Tech mentoring circle": "Women in Tech: Mentoring-Runde",
    "PMI chapter meeting": "PMI-Regionaltreffen",
    "Hotel Central, ballroom B": "Hotel Central, Saal B",
    "Riverside café": "Café am Fluss",
    "Startup mixer": "Start-up-Treffen",
    "Tech hub": "Gründerzentrum",
    "Women in Tech webinar: negotiating offers": "Women in Tech Webinar: Angebote verhandeln",
    "Data Guild open meetup": "Offenes Treffen der Data Guild",
    "Public library, main hall": "Stadtbibliothek, großer Saal",
    "PMI breakfast talk": "PMI-Frühstücksvortrag",
    "Hotel Central": "Hotel Central",
    "Mentioned at the PMI chapter meeting": "Beim PMI-Regionaltreffen erwähnt",
}

LANGUAGES: dict[str, dict[str, str]] = {"de": GERMAN}
"""Each language the demo speaks besides English, by its code."""


class Words:
    """The demo's texts in one language: `words(text)` is `text` in that language (English:
    as written). A text the language lacks stays English and is remembered in `missing`."""

    def __init__(self, language: str = "en") -> None:
        self.table: dict[str, str] | None = LANGUAGES.get(language.split("_")[0].lower())
        self.missing: set[str] = set()

    def __call__(self, text: str) -> str:
        if self.table is None or not text:
            return text
        found = self.table.get(text)
        if found is None:
            self.missing.add(text)
            return text
        return found


Say = Callable[[str], str]
