"""Plausible French administrative prose, names and places, drawn from a vocabulary with a seeded
random generator. Python 3 standard library only. Every call takes the `random.Random` it draws from,
so that a seed gives the same campaign on every machine."""

import random

PRENOMS_F = ["Sophie", "Claire", "Nadia", "Hélène", "Isabelle", "Céline", "Laure", "Amélie", "Camille",
             "Élodie", "Fatima", "Juliette", "Manon", "Nathalie", "Pauline", "Sandrine", "Valérie", "Yasmine",
             "Agnès", "Béatrice", "Chloé", "Delphine", "Émilie", "Florence", "Géraldine", "Inès", "Karine",
             "Léa", "Margaux", "Noémie", "Océane", "Patricia", "Rachida", "Stéphanie", "Virginie", "Zoé"]
PRENOMS_M = ["Jean", "Marc", "Olivier", "Frédéric", "Pierre", "Antoine", "Bruno", "Christophe", "David",
             "Éric", "François", "Guillaume", "Hugo", "Jérôme", "Karim", "Laurent", "Mathieu", "Nicolas",
             "Philippe", "Raphaël", "Sébastien", "Thierry", "Vincent", "Yann", "Alain", "Benoît", "Cédric",
             "Damien", "Fabrice", "Gilles", "Hervé", "Julien", "Loïc", "Mehdi", "Patrick", "Rémi"]
NOMS = ["Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent", "Simon", "Michel",
        "Garcia", "Roux", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau",
        "Vincent", "Muller", "Lefèvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier",
        "Chevalier", "François", "Legrand", "Gauthier", "Perrin", "Robin", "Clément", "Morin", "Nicolas",
        "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie",
        "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière",
        "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard", "Roche", "Renard",
        "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger", "Fabre", "Aubert",
        "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe", "Bourgeois", "Pierre", "Benoît",
        "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume", "Lecomte", "Lopez", "Jean",
        "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier", "Sanchez", "Dupuis", "Moulin", "Louis",
        "Deschamps", "Huet", "Vasseur", "Perez", "Boucher", "Fleury", "Royer", "Klein", "Jacquet",
        "Adam", "Paris", "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Charles", "Renault", "Charpentier",
        "Ménard", "Maillard", "Baron", "Bertin", "Bailly", "Hervé", "Schneider", "Fernandez", "Le Gall",
        "Collet", "Léger", "Bouvier", "Julien", "Prévost", "Millet", "Perrot", "Daniel", "Le Roux",
        "Cousin", "Germain", "Breton", "Besson", "Langlois", "Rémy", "Le Goff", "Pelletier", "Lévêque",
        "Perrier", "Leblanc", "Barré", "Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Boulanger",
        "Jacob", "Monnier", "Michaud", "Rodriguez", "Guichard", "Gillet", "Étienne", "Grondin", "Poulain",
        "Tessier", "Chevallier", "Collin", "Chauvin", "Da Silva", "Bouchet", "Gay", "Lemaître", "Bénard",
        "Maréchal", "Humbert", "Reynaud", "Antoine", "Hoarau", "Perret", "Barthélemy", "Cordier", "Pichon",
        "Lejeune", "Gilbert", "Lamy", "Delaunay", "Pasquier", "Carlier", "Laporte"]
# Patrons of schools: writers, scientists, resistance fighters…
PATRONS = ["Jean Moulin", "Marie Curie", "Victor Hugo", "Jules Ferry", "Louise Michel", "Paul Langevin",
           "Simone Veil", "Gustave Eiffel", "Pierre Mendès France", "Lucie Aubrac", "Jean Jaurès",
           "Albert Camus", "Marcel Pagnol", "Camille Claudel", "Émile Zola", "George Sand", "Henri Matisse",
           "Antoine de Saint-Exupéry", "Olympe de Gouges", "Jacques Prévert", "Frédéric Mistral",
           "Auguste Renoir", "Paul Cézanne", "Louis Pasteur", "Léonard de Vinci", "Germaine Tillion",
           "Irène Joliot-Curie", "Alexandre Dumas", "Jean Monnet", "Gaston Bachelard", "Marguerite Yourcenar",
           "Pablo Picasso", "René Cassin", "Joseph Vallot", "Paul Valéry", "Charles de Gaulle",
           "Honoré de Balzac", "Jean Rostand", "Hélène Boucher", "Rosa Parks", "Nelson Mandela",
           "Jean-Baptiste Colbert", "Denis Diderot", "Blaise Pascal", "Arthur Rimbaud", "Claude Bernard",
           "Maurice Ravel", "Édith Piaf", "Joséphine Baker", "Aristide Briand", "Louis Armand",
           "Hippolyte Fontaine", "Geneviève de Gaulle-Anthonioz", "Raymond Poincaré", "Sonia Delaunay",
           "Le Corbusier", "Jules Verne", "Romain Rolland", "Pierre-Gilles de Gennes", "Françoise Dolto",
           "Gisèle Halimi", "Jean Zay", "Colette", "Antoine Lavoisier", "André Malraux", "Paul Éluard",
           "Gustave Courbet", "Eugène Delacroix", "Camille Pissarro", "Amiral de Grasse", "Vauban",
           "Les Palmiers", "Les Eucalyptus", "La Colline", "Le Rempart", "Beau Site", "Les Iscles",
           "La Floride", "Costebelle", "Les Coteaux", "La Méditerranée", "Les Arcades", "Le Parc des Loges"]
# (town, postal code, department prefix of the UAI)
VILLES = [("Nice", "06000", "006"), ("Cannes", "06400", "006"), ("Antibes", "06600", "006"),
          ("Grasse", "06130", "006"), ("Menton", "06500", "006"), ("Cagnes-sur-Mer", "06800", "006"),
          ("Vence", "06140", "006"), ("Carros", "06510", "006"), ("Valbonne", "06560", "006"),
          ("Toulon", "83000", "083"), ("Hyères", "83400", "083"), ("Fréjus", "83600", "083"),
          ("Draguignan", "83300", "083"), ("Brignoles", "83170", "083"), ("La Seyne-sur-Mer", "83500", "083"),
          ("Saint-Raphaël", "83700", "083"), ("La Garde", "83130", "083"), ("Sanary-sur-Mer", "83110", "083"),
          ("Saint-Maximin-la-Sainte-Baume", "83470", "083"), ("Le Luc", "83340", "083"),
          ("Marseille", "13001", "013"), ("Aix-en-Provence", "13100", "013"), ("Arles", "13200", "013"),
          ("Martigues", "13500", "013"), ("Aubagne", "13400", "013"), ("Istres", "13800", "013"),
          ("Salon-de-Provence", "13300", "013"), ("Vitrolles", "13127", "013"), ("La Ciotat", "13600", "013"),
          ("Gap", "05000", "005"), ("Briançon", "05100", "005"), ("Embrun", "05200", "005"),
          ("Digne-les-Bains", "04000", "004"), ("Manosque", "04100", "004"), ("Sisteron", "04200", "004"),
          ("Avignon", "84000", "084"), ("Carpentras", "84200", "084"), ("Orange", "84100", "084"),
          ("Cavaillon", "84300", "084"), ("Pertuis", "84120", "084"), ("Apt", "84400", "084")]
VOIES_RUE = ["boulevard", "avenue", "rue", "chemin", "allée", "route", "place", "quai", "impasse"]
NOMS_RUE = ["René Cassin", "de la République", "Jean Jaurès", "des Écoles", "du Général Leclerc",
            "Pasteur", "des Lycéens", "Victor Hugo", "de la Libération", "du 8 Mai 1945", "des Arts",
            "Émile Zola", "de la Gare", "des Platanes", "Frédéric Mistral", "du Stade", "des Oliviers",
            "de Provence", "Maréchal Juin", "du Lycée", "des Artisans", "de l'Industrie", "Gambetta"]

# A family of trades: the wording of the label and the specialities of its diplomas.
DOMAINES = [
    ("de l'hôtellerie et de la restauration", ["Cuisine", "Commercialisation et services en restauration",
        "Production et service en restaurations", "Management en hôtellerie-restauration", "Boulanger",
        "Pâtissier", "Employé traiteur", "Arts de la cuisine allégée"]),
    ("du tourisme et de l'accueil", ["Tourisme", "Accueil-réception", "Métiers de l'accueil",
        "Guide accompagnateur", "Animation et gestion de projets dans le secteur sportif"]),
    ("de l'automobile et de la mobilité", ["Maintenance des véhicules option voitures particulières",
        "Carrosserie", "Maintenance des véhicules option véhicules de transport routier",
        "Réparation des carrosseries", "Peinture en carrosserie", "Maintenance des véhicules"]),
    ("du bâtiment et des travaux publics", ["Maçon", "Technicien du bâtiment : organisation et réalisation du gros œuvre",
        "Travaux publics", "Menuisier fabricant", "Installateur en froid et conditionnement d'air",
        "Aménagement et finition du bâtiment", "Étude et réalisation d'agencement", "Couvreur"]),
    ("de l'énergie et de l'environnement", ["Métiers de l'électricité et de ses environnements connectés",
        "Installateur en chauffage, climatisation et énergies renouvelables", "Électrotechnique",
        "Fluides, énergies, domotique", "Gestion des pollutions et protection de l'environnement",
        "Maintenance des systèmes de production connectés"]),
    ("de la santé et du social", ["Accompagnement, soins et services à la personne",
        "Accompagnant éducatif petite enfance", "Services de proximité et vie locale",
        "Économie sociale et familiale", "Services et prestations des secteurs sanitaire et social",
        "Animation - enfance et personnes âgées"]),
    ("de la relation client et du commerce", ["Métiers du commerce et de la vente option A animation et gestion de l'espace commercial",
        "Équipier polyvalent du commerce", "Métiers de l'accueil", "Négociation et digitalisation de la relation client",
        "Management commercial opérationnel", "Conseil et commercialisation de solutions techniques"]),
    ("de la gestion et de l'administration", ["Assistance à la gestion des organisations et de leurs activités",
        "Gestion de la PME", "Support à l'action managériale", "Comptabilité et gestion",
        "Logistique", "Organisation de transport de marchandises"]),
    ("de la mer et du nautisme", ["Maintenance nautique", "Conduite et gestion des entreprises maritimes",
        "Électromécanicien de marine", "Réparation et entretien des embarcations de plaisance",
        "Cultures marines", "Polyvalent navigant pont/machine"]),
    ("de l'aéronautique et de l'industrie", ["Aéronautique option systèmes", "Aéronautique option avionique",
        "Technicien en réalisation de produits mécaniques", "Technicien en chaudronnerie industrielle",
        "Conception des processus de réalisation de produits", "Pilote de ligne de production"]),
    ("des arts appliqués et de l'artisanat d'art", ["Artisanat et métiers d'art option communication visuelle plurimédia",
        "Métiers de la mode - vêtements", "Ébéniste", "Tapissier d'ameublement en siège",
        "Photographie", "Design graphique", "Signalétique, enseigne et décor"]),
    ("de l'agriculture, du paysage et de l'agroalimentaire", ["Aménagements paysagers",
        "Bio-industries de transformation", "Conduite de productions horticoles", "Jardinier paysagiste",
        "Technicien conseil vente en alimentation", "Boucher", "Poissonnier écailler"]),
    ("du numérique et des réseaux", ["Cybersécurité, informatique et réseaux, électronique",
        "Services informatiques aux organisations", "Systèmes numériques option informatique et réseaux",
        "Systèmes numériques option électronique et communications", "Réseaux et télécommunications"]),
    ("de la sécurité et de la prévention", ["Métiers de la sécurité", "Agent de sécurité",
        "Management opérationnel de la sécurité", "Sécurité prévention", "Prévention et sécurité incendie"]),
]
# (diploma, level, expected length of its speciality list slice)
DIPLOMES = [("CAP", 3), ("Bac pro", 4), ("Bac pro", 4), ("BTS", 5), ("MC", 4), ("MC", 3), ("BP", 4),
            ("CS", 4), ("BMA", 4), ("TP", 5), ("FCIL", 4), ("Licence pro", 6), ("DN MADE", 6)]

SUJETS = ["L'équipe pédagogique", "Le lycée", "L'établissement", "Le conseil pédagogique",
          "La direction déléguée aux formations professionnelles et technologiques", "Chaque professeur principal",
          "Le pôle des métiers", "La cellule de veille", "Le comité de pilotage du label", "Le service de vie scolaire",
          "Le référent du label", "L'équipe de direction", "Le groupe de prévention du décrochage scolaire",
          "Le bureau des entreprises", "Le conseil de la vie lycéenne", "Le professeur coordonnateur",
          "L'unité de formation par apprentissage", "Le campus des métiers et des qualifications",
          "La commission des partenariats", "Le réseau des anciens élèves"]
VERBES = ["organise", "développe", "met en œuvre", "renforce", "accompagne", "structure", "coordonne",
          "évalue", "consolide", "formalise", "anime", "pilote", "étend", "diversifie", "valorise",
          "systématise", "expérimente", "généralise", "documente", "suit attentivement"]
OBJETS = ["les périodes de formation en milieu professionnel", "l'accueil des apprentis et des stagiaires adultes",
          "l'individualisation des parcours de formation", "la préparation aux épreuves certificatives",
          "les partenariats avec les entreprises du bassin d'emploi", "l'ouverture internationale des formations",
          "les actions culturelles conduites avec les structures du territoire", "la communication sur le label",
          "la prévention du décrochage scolaire", "la mixité des publics et des parcours",
          "l'accompagnement personnalisé des élèves allophones", "la professionnalisation des enseignements généraux",
          "l'orientation progressive des élèves de seconde professionnelle", "la modularisation des enseignements",
          "les passerelles entre le certificat d'aptitude professionnelle et le baccalauréat professionnel",
          "la validation des acquis de l'expérience des salariés", "la formation des tuteurs et des maîtres d'apprentissage",
          "la mutualisation des plateaux techniques", "le suivi de l'insertion professionnelle des diplômés",
          "la co-intervention entre professeurs d'enseignement général et professionnel",
          "l'égalité entre les filles et les garçons dans les filières industrielles",
          "la transition écologique des pratiques professionnelles", "l'usage pédagogique des outils numériques",
          "le chef-d'œuvre réalisé en classe de terminale", "les mobilités Erasmus+ des élèves et des personnels"]
COMPLEMENTS = ["en lien étroit avec les entreprises partenaires", "depuis la rentrée 2022",
               "avec le soutien de la région académique", "pour l'ensemble des sections de l'établissement",
               "dans le cadre du projet d'établissement 2024-2028", "en concertation avec les branches professionnelles",
               "au bénéfice des publics les plus fragiles", "selon un calendrier arrêté en conseil pédagogique",
               "grâce à une organisation hebdomadaire renouvelée", "avec les collèges et les centres d'information et d'orientation du secteur",
               "en s'appuyant sur des indicateurs partagés", "sans moyens supplémentaires",
               "conformément aux orientations nationales de la transformation de la voie professionnelle",
               "au plus près des besoins des employeurs locaux", "dans chacune des filières du lycée",
               "en associant systématiquement les familles", "avec l'appui du campus des métiers et des qualifications",
               "à partir d'un diagnostic partagé en début d'année"]
SUITES = ["ce qui favorise une insertion professionnelle durable des diplômés",
          "les résultats obtenus sont supérieurs aux moyennes académiques",
          "les effets sont mesurés chaque année par le conseil pédagogique",
          "les retours des tuteurs en entreprise sont très positifs",
          "cette démarche reste toutefois à étendre aux formations de niveau 5",
          "les élèves y gagnent en autonomie et en confiance",
          "plusieurs professionnels interviennent désormais dans les jurys",
          "la démarche a été présentée lors du séminaire académique des lycées des métiers",
          "le taux de poursuite d'études progresse régulièrement",
          "l'organisation retenue doit encore être stabilisée",
          "les apprentis et les élèves partagent les mêmes ateliers et les mêmes exigences",
          "un bilan intermédiaire sera présenté au conseil d'administration",
          "les indicateurs correspondants figurent dans le tableau de bord de l'établissement"]
DEBUTS = ["Par ailleurs, ", "En outre, ", "De plus, ", "Depuis trois ans, ", "Chaque année, ",
          "À la rentrée, ", "Au cours du dernier trimestre, ", "Dans ce cadre, ", "Parallèlement, ",
          "Afin d'amplifier cette dynamique, ", "Concrètement, ", "Enfin, ", ""]
PREUVES = ["Carte des formations 2025-2026", "Tableau de suivi des parcours 2021-2025", "Conventions de partenariat",
           "Compte rendu du conseil pédagogique", "Bilan du plan d'actions", "Projet d'établissement 2024-2028",
           "Livret d'accueil des apprentis", "Charte Erasmus+", "Programme des actions culturelles",
           "Enquête d'insertion des diplômés", "Tableau de bord du décrochage", "Plaquette de présentation du label"]
INDICATEURS = ["Taux de réussite aux examens", "Taux d'insertion à six mois", "Apprentis accueillis",
               "Poursuite d'études en BTS", "Mobilités d'élèves à l'étranger", "Taux d'abandon en première année",
               "Entreprises partenaires actives", "Adultes en formation continue", "Actions culturelles conduites",
               "Élèves ayant réalisé un stage à l'étranger", "Participation des familles aux réunions"]


def civilite_prenom(rng):
    if rng.random() < 0.5:
        return "Mme", rng.choice(PRENOMS_F)
    return "M.", rng.choice(PRENOMS_M)


def personne(rng):
    civ, prenom = civilite_prenom(rng)
    return {"civilite": civ, "prenom": prenom, "nom": rng.choice(NOMS)}


def phrase(rng):
    """One sentence, 15 to 45 words."""
    debut, sujet = rng.choice(DEBUTS), rng.choice(SUJETS)
    if debut:
        sujet = sujet[0].lower() + sujet[1:]
    s = debut + sujet
    s += f" {rng.choice(VERBES)} {rng.choice(OBJETS)} {rng.choice(COMPLEMENTS)}"
    r = rng.random()
    if r < 0.35:
        s += f" : {rng.choice(SUITES)}"
    elif r < 0.6:
        s += f" ; {rng.choice(SUITES)}"
    elif r < 0.8:
        n = rng.randint(8, 480)
        s += f", soit {n} élèves et apprentis concernés en {rng.choice(['2024', '2025'])}"
    return s + "."


def paragraphe(rng, lo=2, hi=5):
    return " ".join(phrase(rng) for _ in range(rng.randint(lo, hi)))


def texte(rng, paragraphs_lo=1, paragraphs_hi=3, lo=2, hi=5):
    """CommonMark text: paragraphs separated by blank lines."""
    return "\n\n".join(paragraphe(rng, lo, hi) for _ in range(rng.randint(paragraphs_lo, paragraphs_hi)))
