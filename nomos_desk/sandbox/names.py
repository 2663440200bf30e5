"""German name, address, bank and supplier data for the sandbox generator.

Hand-picked so the demo looks like a German back office: umlauts and ß in
names and streets, real cities with their zip ranges, real-sounding suppliers.
Emails use the reserved `.example` TLD so generated addresses never reach a
real mailbox.
"""

from __future__ import annotations

import re
import unicodedata

FIRST_NAMES_F = (
    "Anna", "Maria", "Ursula", "Monika", "Petra", "Sabine", "Claudia", "Susanne", "Andrea",
    "Birgit", "Karin", "Renate", "Gabriele", "Heike", "Stefanie", "Julia", "Katharina", "Laura",
    "Lea", "Lena", "Hannah", "Sophie", "Marie", "Emilia", "Mia", "Charlotte", "Greta", "Jördis",
    "Käthe", "Bärbel", "Jutta", "Dörte", "Ilse", "Ingrid", "Sönke", "Franziska", "Nicole",
    "Melanie", "Christina", "Sandra", "Jessica", "Vanessa", "Lisa", "Sarah", "Johanna", "Clara",
    "Frieda", "Martha", "Helga", "Elke", "Gülay", "Ayşe", "Zoë", "Annegret", "Hildegard",
)
FIRST_NAMES_M = (
    "Thomas", "Michael", "Andreas", "Stefan", "Peter", "Klaus", "Jürgen", "Wolfgang", "Frank",
    "Uwe", "Bernd", "Dieter", "Günter", "Hans", "Jörg", "Matthias", "Markus", "Christian",
    "Alexander", "Sebastian", "Tobias", "Daniel", "Jan", "Lukas", "Leon", "Paul", "Felix",
    "Jonas", "Maximilian", "Niklas", "Finn", "Ben", "Elias", "Noah", "Moritz", "Björn", "Sören",
    "Jens", "Holger", "Ralf", "Rüdiger", "Horst", "Helmut", "Karl-Heinz", "Hans-Jürgen",
    "Mehmet", "Murat", "Karsten", "Lutz", "Detlef", "Gerd", "Volker", "Torsten", "Florian",
)
LAST_NAMES = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt",
    "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler",
    "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang",
    "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller",
    "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke",
    "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Martin", "Schumacher",
    "Krämer", "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt",
    "Haas", "Schreiber", "Graf", "Schulte", "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl",
    "Engel", "Horn", "Busch", "Bergmann", "Thomas", "Voigt", "Sauer", "Arnold", "Wolff",
    "Pfeiffer", "Strauß", "Blöchl", "Öztürk", "Yılmaz", "Kowalski", "Nowak", "Rößler", "Döring",
    "Bräuer", "Lüdtke", "Hübner", "Kröger", "Janßen", "Thießen", "Petersen", "Hansen", "Jansen",
)
COMPANY_TRADES = (
    "Bäckerei", "Metallbau", "Elektrotechnik", "Zimmerei", "Gärtnerei", "Autohaus",
    "Physiotherapie", "Steuerberatung", "Malerbetrieb", "Tischlerei", "Landhandel",
    "Immobilienverwaltung", "Softwareentwicklung", "Gastronomie", "Brauerei", "Kälte- und Klimatechnik",
    "Fahrradwerkstatt", "Druckerei", "Hausverwaltung", "Zahnarztpraxis",
)
COMPANY_FORMS = ("GmbH", "GmbH", "GmbH", "UG (haftungsbeschränkt)", "KG", "GmbH & Co. KG", "e.K.")

STREETS = (
    "Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Dorfstraße", "Bergstraße",
    "Lindenstraße", "Kirchstraße", "Waldstraße", "Ringstraße", "Birkenweg", "Am Sportplatz",
    "Goethestraße", "Schillerstraße", "Mozartstraße", "Friedrich-Ebert-Straße", "Kastanienallee",
    "Mühlenweg", "Rosenstraße", "Wiesenweg", "Im Winkel", "Eichendorffstraße", "Am Mühlbach",
    "Tulpenweg", "Feldstraße", "Buchenweg", "Marktplatz", "Parkstraße", "Jahnstraße",
    "Beethovenstraße", "Königsallee", "Uhlandstraße", "Heinestraße", "Sonnenstraße",
    "Ahornweg", "An der Weißen Mühle", "Große Straße", "Schloßstraße", "Kieler Straße",
    "Torstraße", "Fröbelstraße", "Käthe-Kollwitz-Straße", "Weserstraße", "Rheinuferstraße",
    "Am Fließ", "Lessingstraße", "Hölderlinweg", "Grüner Weg", "Ostring", "Steinweg",
)

# (city, first zip, last zip, weight ~ population share, 6-digit grid operator number)
CITIES = (
    ("Berlin", 10115, 14199, 36, "100001"), ("Hamburg", 20095, 22769, 18, "200002"),
    ("München", 80331, 81929, 15, "800003"), ("Köln", 50667, 51149, 11, "500004"),
    ("Frankfurt am Main", 60306, 60599, 8, "600005"), ("Stuttgart", 70173, 70629, 6, "700006"),
    ("Düsseldorf", 40210, 40629, 6, "400007"), ("Leipzig", 4103, 4357, 6, "040008"),
    ("Dortmund", 44135, 44388, 6, "440009"), ("Essen", 45127, 45359, 6, "450010"),
    ("Bremen", 28195, 28779, 6, "280011"), ("Dresden", 1067, 1328, 6, "010012"),
    ("Hannover", 30159, 30669, 5, "300013"), ("Nürnberg", 90402, 90491, 5, "900014"),
    ("Duisburg", 47051, 47279, 5, "470015"), ("Bochum", 44787, 44894, 4, "440016"),
    ("Wuppertal", 42103, 42399, 4, "420017"), ("Bielefeld", 33602, 33739, 3, "330018"),
    ("Bonn", 53111, 53229, 3, "530019"), ("Münster", 48143, 48167, 3, "480020"),
    ("Mannheim", 68159, 68309, 3, "680021"), ("Karlsruhe", 76131, 76229, 3, "760022"),
    ("Augsburg", 86150, 86199, 3, "860023"), ("Wiesbaden", 65183, 65207, 3, "650024"),
    ("Mönchengladbach", 41061, 41239, 3, "410025"), ("Aachen", 52062, 52080, 2, "520026"),
    ("Braunschweig", 38100, 38126, 2, "380027"), ("Kiel", 24103, 24159, 2, "240028"),
    ("Chemnitz", 9111, 9247, 2, "090029"), ("Halle (Saale)", 6108, 6132, 2, "060030"),
    ("Magdeburg", 39104, 39130, 2, "390031"), ("Freiburg im Breisgau", 79098, 79117, 2, "790032"),
    ("Mainz", 55116, 55131, 2, "550033"), ("Lübeck", 23552, 23570, 2, "230034"),
    ("Erfurt", 99084, 99099, 2, "990035"), ("Rostock", 18055, 18147, 2, "180036"),
    ("Kassel", 34117, 34134, 2, "340037"), ("Potsdam", 14467, 14482, 2, "140038"),
    ("Regensburg", 93047, 93059, 1, "930039"), ("Würzburg", 97070, 97084, 1, "970040"),
    ("Heidelberg", 69115, 69126, 1, "690041"), ("Ulm", 89073, 89081, 1, "890042"),
    ("Göttingen", 37073, 37085, 1, "370043"), ("Jena", 7743, 7751, 1, "070044"),
    ("Saarbrücken", 66111, 66133, 1, "660045"), ("Oldenburg", 26121, 26135, 1, "260046"),
    ("Osnabrück", 49074, 49090, 1, "490047"), ("Lüneburg", 21335, 21339, 1, "210048"),
    ("Bamberg", 96047, 96052, 1, "960049"), ("Passau", 94032, 94036, 1, "940050"),
    ("Konstanz", 78462, 78467, 1, "780051"), ("Flensburg", 24937, 24944, 1, "240052"),
    ("Weimar", 99423, 99428, 1, "990053"), ("Schwerin", 19053, 19063, 1, "190054"),
    ("Görlitz", 2826, 2828, 1, "020055"), ("Cottbus", 3042, 3055, 1, "030056"),
)
HOLIDAY_TOWNS = (
    ("Sylt", 25980, 25980, 1, "250057"), ("Garmisch-Partenkirchen", 82467, 82467, 1, "820058"),
    ("Ostseebad Binz", 18609, 18609, 1, "180059"), ("Berchtesgaden", 83471, 83471, 1, "830060"),
    ("Norderney", 26548, 26548, 1, "260061"), ("Oberstdorf", 87561, 87561, 1, "870062"),
    ("Timmendorfer Strand", 23669, 23669, 1, "230063"), ("Winterberg", 59955, 59955, 1, "590064"),
    ("Heringsdorf", 17424, 17424, 1, "170065"), ("Füssen", 87629, 87629, 1, "870066"),
)

# Real German bank codes (Bankleitzahlen); account numbers are generated.
BANK_CODES = (
    "10010010", "37040044", "50010517", "70150000", "12030000", "20050550", "43060967",
    "10070000", "60050101", "76050101", "86055592", "30050110", "25050180", "44050199",
    "36050105", "50050201", "66050101", "82054052",
)

SUPPLIERS = (
    "Stadtwerke München GmbH", "Vattenfall Europe Sales GmbH", "E.ON Energie Deutschland GmbH",
    "EnBW Energie Baden-Württemberg AG", "RheinEnergie AG", "Mainova AG",
    "Stadtwerke Leipzig GmbH", "SachsenEnergie AG", "EWE VERTRIEB GmbH", "enercity AG",
    "N-ERGIE Aktiengesellschaft", "Stadtwerke Düsseldorf AG", "MVV Energie AG", "Yello Strom GmbH",
    "eprimo GmbH", "E wie Einfach GmbH", "LichtBlick SE", "NATURSTROM AG", "Polarstern GmbH",
    "Stadtwerke Karlsruhe GmbH", "Stadtwerke Kiel AG", "swb Vertrieb Bremen GmbH",
    "Hamburg Energie GmbH", "GASAG AG", "Dortmunder Energie- und Wasserversorgung GmbH",
    "Stadtwerke Bielefeld GmbH", "Stadtwerke Münster GmbH", "Stadtwerke Augsburg Energie GmbH",
    "Energieversorgung Mittelrhein AG", "Mainzer Stadtwerke AG", "ENTEGA Plus GmbH",
    "Süwag Vertrieb AG & Co. KG", "Pfalzwerke AG", "Lechwerke AG", "Thüga Energie GmbH",
    "SWE Energie GmbH", "envia Mitteldeutsche Energie AG", "WEMAG AG", "Stadtwerke Rostock AG",
    "TEAG Thüringer Energie AG", "Grünwelt Energie GmbH", "Octopus Energy Germany GmbH",
    "Tibber Deutschland GmbH", "Stadtwerke Bochum GmbH",
)

PERSON_MAIL_DOMAINS = ("gmx.example", "web.example", "t-online.example", "posteo.example",
                       "mailbox.example", "gmail.example", "outlook.example")
STAFF_CREATORS = ("vertrieb@brand.example", "m.keller@brand.example", "s.oezdemir@brand.example",
                  "partner-portal@brand.example", "j.wendt@brand.example")

_TRANSLIT = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue",
             "ı": "i", "ş": "s"}


def ascii_slug(text: str, sep: str = ".") -> str:
    """Lowercase ASCII for emails and hostnames: umlauts transliterated, accents stripped."""
    text = "".join(_TRANSLIT.get(c, c) for c in text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-zA-Z0-9]+", sep, text.lower()).strip(sep)
    return text
