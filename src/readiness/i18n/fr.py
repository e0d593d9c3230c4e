"""Catalogue: French (français).

Type plain spaces before : ; ! ? and inside « »: they become narrow no-break
spaces when the catalogue is loaded (readiness.i18n.french_typography).
"""

MESSAGES: dict[str, str] = {
    "agency": "Service",
    "unit": "Unité",
    "country": "Pays",
    "period": "Période",
    "assessed_on": "Évalué le",
    "assessor": "Évaluateur",
    "checklist": "Référentiel",
    "version": "Version",
    "score": "Score",
    "rating": "Appréciation",
    "maturity": "Maturité",
    "area": "Domaine",
    "areas": "Domaines",
    "item": "Point",
    "items": "Points",
    "title": "Intitulé",
    "requirement": "Exigence",
    "guidance": "Conseils",
    "applicable": "Applicables",
    "na": "sans objet",
    "gaps": "Écarts",
    "gap": "Écart",
    "critical": "Critique",
    "critical_gaps": "Écarts critiques",
    "unevidenced": "Sans justificatif",
    "weight": "Poids",
    "weight_sum": "Somme des poids applicables",
    "target": "Cible",
    "level": "Niveau",
    "declared_level": "Niveau déclaré",
    "effective_level": "Niveau retenu",
    "priority": "Priorité",
    "flags": "Alertes",
    "action": "Action proposée",
    "owner": "Responsable",
    "due": "Échéance",
    "evidence": "Justificatifs",
    "notes": "Remarques",
    "justification": "Justification",
    "top_gaps": "Principaux écarts",
    "no_gaps": "Aucun écart : chaque point applicable atteint sa cible.",
    "not_applicable_items": "Sans objet",
    "arithmetic": "Calcul du score",
    "formula": (
        "score = 100 × Σ(poids × min(retenu, cible) / cible) / Σ poids, sur les points applicables"
    ),
    "counts_line": (
        "{items} points, {applicable} applicables, {na} sans objet ; somme des poids "
        "applicables {weights}"
    ),
    "report_written": "Rapport d'écarts écrit dans {path}",
    "more_gaps": "… et {n} autres écarts (voir le rapport d'écarts, ou utiliser --all-gaps)",
    "more_gaps_no_report": "… et {n} autres écarts (--all-gaps les affiche tous)",
    "below_threshold": "le score {score} est inférieur au seuil {threshold} fixé par --fail-under",
    "flag_unevidenced": "sans justificatif",
    "flag_stale_evidence": "justificatif ancien",
    "flag_unanswered": "sans réponse",
    "flag_overdue": "en retard",
    "flag_done_gap_open": "fait, écart ouvert",
    "flag_exception_expired": "dérogation expirée",
    "status": "Statut",
    "rating_capped_by": "Appréciation plafonnée par",
    "status_open": "ouverte",
    "status_in_progress": "en cours",
    "status_done": "faite",
    "status_dropped": "abandonnée",
    "valid": "valide",
    "yes": "oui",
    "no": "non",
    "invalid": "invalide",
    "latest": "la plus récente",
    "personal_data_notice": (
        "Données personnelles : les justificatifs et remarques ne contiennent que des "
        "références de documents (titre, date, numéro de dossier) et des chiffres agrégés, "
        "jamais de nom ni d'autre donnée personnelle concernant des enfants, des victimes, des "
        "mis en cause ou des agents."
    ),
    "evidence_required": "justificatif exigé",
    "na_allowed": "sans objet possible",
    "source": "Source",
    "valid_checklist": "référentiel valide",
    "valid_crosswalk": "table de correspondance valide",
    "assessment_rules": "Règles d'évaluation",
    "source_basis": "Fondement",
    "basis_report": "rapport",
    "basis_derived": "dérivé",
    "files_checked": "{n} fichiers vérifiés : valides {ok}, invalides {bad}",
    "summary": "Synthèse",
    "gap.report": "Rapport d'écarts",
    "gap.written_by": "{checklist} — produit par readiness {version} à partir de {file}",
    "gap.gaps_title": "Écarts par ordre de priorité",
    "gap.gaps_note": "Priorité = poids × écart × 2 pour un point critique. La plus haute d'abord.",
    "gap.items_title": "Tous les points",
    "gap.items_note": (
        "Auditeurs : en cas de désaccord avec le niveau déclaré, choisissez un niveau audité "
        "(vide = niveau déclaré accepté) et expliquez-le dans la note d'audit ; puis lancez « "
        "readiness compare » sur ce classeur."
    ),
    "rank": "Rang",
    "gap.item_score": "Score du point",
    "gap.audit_level": "Niveau audité",
    "audit_note": "Note d'audit",
    "gap.audit_prompt": (
        "Vide = le niveau déclaré est accepté. Choisissez un niveau dans la liste, ou tapez son "
        "numéro, sa clé ou n/a."
    ),
    "gap.weighted_scores": "Σ poids × score du point",
    "gap.computation": "Calcul",
    "gap.fingerprint": "Empreinte",
    "gap.chart_title": "Score par domaine",
    "gap.levels": "Niveaux",
    "gap.details": "Détails",
    "gap.more_gaps_sheet": "… et {n} autres écarts dans la feuille « {sheet} ».",
    "page_of": "Page {page} sur {pages}",
    "gap.label": "Libellé",
    "gap.description": "Description",
    "quest.sheet": "Réponses",
    "quest.heading": "Questionnaire d'auto-évaluation",
    "quest.subtitle": "{checklist} — référentiel {id} {version}, produit par readiness {readiness}",
    "quest.assessor_role": "Fonction de l'évaluateur",
    "quest.hint_required": "obligatoire",
    "quest.hint_optional": "facultatif",
    "quest.hint_country": "obligatoire : code ISO 3166-1 alpha-2, p. ex. FR, NO, GB",
    "quest.hint_period": (
        "obligatoire : AAAA, AAAA-Qn (trimestre), AAAA-Hn (semestre) ou AAAA-MM, p. ex. 2026-Q4"
    ),
    "quest.hint_date": "obligatoire : AAAA-MM-JJ",
    "quest.hint_checklist": "ne pas modifier : les réponses ci-dessous portent sur ce référentiel",
    "quest.how_level": (
        "Niveau : choisissez dans la liste, ou tapez un numéro ({levels}), une clé ({keys}) ou "
        "n/a. n/a seulement si le point le permet (colonne « {na_col} »), avec une "
        "justification."
    ),
    "quest.how_evidence": (
        "Preuves : un document par ligne ; pour le dater, ajoutez '{sep}AAAA-MM-JJ', p. ex. "
        "'Planning de la ligne d'écoute{sep}2026-03-01'. Dates : AAAA-MM-JJ."
    ),
    "quest.how_check": (
        "Remplissez les cellules jaunes, enregistrez en .xlsx, puis lancez : readiness validate "
        "FICHIER et readiness assess FICHIER"
    ),
    "quest.evidence_required": "Justificatif exigé",
    "quest.na_allowed": "Sans objet possible",
    "quest.exception_reason": "Dérogation : motif",
    "quest.exception_approved_by": "Dérogation : accordée par",
    "quest.exception_approved_on": "Dérogation : accordée le",
    "quest.exception_expires": "Dérogation : expire le",
    "quest.carried_over": "Reporté",
    "quest.status_prompt": (
        "Le statut de l'action qui comble l'écart : open (ouverte), in_progress (en cours), "
        "done (faite), dropped (abandonnée)."
    ),
    "quest.level_prompt": "Choisissez un niveau dans la liste, ou tapez son numéro, sa clé ou n/a.",
    "cons.heading": "Consolidation des évaluations",
    "cons.overview": "Vue d'ensemble",
    "cons.regions": "Régions",
    "cons.trend": "Évolution",
    "cons.inputs": "Fichiers reçus",
    "cons.accepted": "Retenus",
    "cons.superseded": "Remplacés",
    "cons.other_period": "Autre période",
    "cons.rules_subtitle": "Période de référence {period} ; règles de suivi : {rules}",
    "cons.superseded_by": "Remplacé par",
    "cons.reason": "Motif",
    "cons.warnings": "Avertissements",
    "cons.file": "Fichier",
    "cons.kind": "Type",
    "cons.reason_audited": "un rapport d'écarts audité du même service et de la même période",
    "cons.reason_older": "une évaluation plus récente du même service et de la même période",
    "cons.reason_identical": "fichier identique envoyé deux fois",
    "cons.reason_same_date": (
        "même date, contenu différent : le fichier dont le chemin vient en premier est retenu"
    ),
    "cons.yaml": "YAML",
    "cons.questionnaire": "questionnaire",
    "cons.gap_report": "rapport d'écarts",
    "cons.gap_report_audited": "rapport d'écarts audité",
    "cons.status_accepted": "retenu",
    "cons.status_superseded": "remplacé",
    "cons.status_other_period": "autre période",
    "cons.status_received": "reçu",
    "cons.status_missing": "manquant",
    "cons.status_unexpected": "inattendu",
    "cons.regions_heading": (
        "Par région : couverture, score moyen, appréciations et moyennes par domaine"
    ),
    "cons.regions_legend": (
        "Régions d'INTERPOL (la région donnée par la liste prévaut sur celle du pays) ; "
        "évaluations retenues de la période de référence."
    ),
    "cons.chart_ratings": "Appréciations par région",
    "cons.chart_areas": "Moyennes par domaine et région",
    "chart_trend": "Score moyen par période",
    "cons.coverage_heading": "Contributeurs attendus et reçus",
    "cons.coverage_legend": (
        "{received} contributeurs reçus sur {expected} attendus ({share}) ; {missing} "
        "manquants, {unexpected} hors liste."
    ),
    "cons.areas_heading": "Scores par domaine des évaluations retenues",
    "cons.areas_legend": (
        "Couleurs selon les seuils d'appréciation du référentiel ; moyenne, minimum et maximum "
        "au-dessus."
    ),
    "cons.areas_legend_anonymised": (
        "Moyenne des évaluations retenues de la période ; par région dans la feuille Régions."
    ),
    "mean": "Moyenne",
    "min": "Minimum",
    "max": "Maximum",
    "cons.items_heading": "Points sur l'ensemble des évaluations retenues",
    "cons.items_legend": (
        "À la cible : niveau retenu ≥ cible, parmi les évaluations où le point s'applique. "
        "Niveau moyen : moyenne des niveaux retenus sur ces mêmes évaluations."
    ),
    "cons.applicable_n": "Applicable dans",
    "at_target_n": "À la cible",
    "cons.at_target_share": "Part à la cible",
    "cons.mean_level": "Niveau moyen",
    "cons.na_n": "Sans objet",
    "gaps_n": "Avec écart",
    "cons.gaps_heading": "Écarts les plus fréquents parmi les évaluations retenues",
    "cons.gaps_legend": "Les plus fréquents d'abord, puis le plus grand écart cumulé.",
    "cons.share_of_applicable": "Part des applicables",
    "cons.mean_gap": "Écart moyen",
    "cons.trend_heading": "Score moyen par période, et score de chaque service par période",
    "cons.units_heading": "Services ayant plusieurs périodes",
    "cons.change": "Variation",
    "cons.no_trend": "Aucun service n'a d'évaluation retenue pour plusieurs périodes.",
    "cons.rejected_heading": "Fichiers rejetés et motifs",
    "cons.severity": "Gravité",
    "cons.location": "Emplacement",
    "cons.message": "Problème",
    "cons.field": "Champ",
    "cons.line_column": "ligne {line}, colonne {column}",
    "cons.no_rejected": "Aucun fichier rejeté.",
    "cmpwb.figure": "Indicateur",
    "changes": "Évolutions",
    "cmpwb.area_scores": "Scores par domaine",
    "cmpwb.all_items": "Tous les points des deux côtés (filtrer sur la colonne Évolution)",
    "agg.heading": "Consolidation",
    "agg.heading_anonymised": "Consolidation (anonymisée)",
    "agg.inputs": "Fichiers",
    "agg.reporting_period": "Période de référence",
    "agg.mean_score": "Score moyen",
    "agg.ratings": "Appréciations",
    "agg.follow_up": "Suivi",
    "agg.follow_up_rules": "Règles de suivi",
    "agg.built_in": "intégrées",
    "agg.custom_rules": "personnalisées",
    "agg.coverage": "Taux de couverture",
    "agg.regions": "Par région",
    "agg.area_means_by_region": "Moyennes par domaine et par région",
    "agg.rules_note": "(règles de suivi : {rules})",
    "agg.region": "Région",
    "agg.expected": "Attendus",
    "agg.received": "Reçus",
    "agg.submissions": "Dossiers reçus",
    "agg.common_gaps": "Écarts les plus fréquents",
    "agg.no_gaps": "Aucun écart dans les évaluations retenues.",
    "agg.class": "Classe",
    "agg.rule": "Règle",
    "agg.follow_up_list": "Suivi autre que « {default} »",
    "agg.missing": "Unités manquantes",
    "agg.unexpected": "Unités inattendues (absentes de la liste des unités attendues)",
    "agg.contact": "Contact",
    "agg.rejected": "Rejetés",
    "agg.rejected_hint": (
        "Chaque problème figure dans la feuille Rejetés du classeur et dans --format json."
    ),
    "agg.rejected_hint_json": "Chaque problème figure dans --format json.",
    "agg.no_accepted": "Aucune évaluation n'a été retenue pour cette période.",
    "agg.anonymised_note": (
        "Anonymisé pour publication : aucun nom de service, d'unité, de pays ni de fichier ; "
        "chiffres par région et d'ensemble seulement, dans un ordre fixe (pas de classement). "
        "Les régions de moins de {k} dossiers reçus sont regroupées dans « Autres régions »."
    ),
    "agg.merged_note": "Regroupées dans « Autres régions » : {regions}.",
    "agg.suppressed_group": (
        "« Autres régions » compte moins de {k} dossiers reçus : ses chiffres ne sont pas publiés."
    ),
    "agg.suppressed_all": (
        "Moins de {k} dossiers reçus sur cette période : aucun chiffre n'est publié."
    ),
    "agg.suppressed": "non publié",
    "agg.region_Africa": "Afrique",
    "agg.region_Americas": "Amériques",
    "agg.region_Asia and South Pacific": "Asie et Pacifique Sud",
    "agg.region_Europe": "Europe",
    "agg.region_Middle East and North Africa": "Moyen-Orient et Afrique du Nord",
    "agg.region_Unknown region": "Région inconnue",
    "agg.region_Other regions": "Autres régions",
    "agg.follow_up_enhanced": "renforcé",
    "agg.follow_up_regular": "régulier",
    "agg.follow_up_lowest band": "appréciation la plus basse",
    "agg.follow_up_critical item at 0": "point critique à 0",
    "agg.follow_up_3 or more overdue actions": "3 actions en retard ou plus",
    "agg.follow_up_default": "par défaut",
    "cmp.comparison": "Comparaison",
    "cmp.audit_comparison": "Niveaux déclarés et niveaux audités",
    "cmp.base": "Référence",
    "cmp.other": "Comparé",
    "cmp.declared": "Déclaré",
    "cmp.audit": "Audit",
    "cmp.delta": "Δ",
    "cmp.change": "Évolution",
    "cmp.audit_cell": "Cellule d'audit",
    "cmp.changed_items": "Points modifiés",
    "cmp.audited_items": "Points modifiés ou annotés par l'audit",
    "cmp.no_changes": "Aucun point n'a changé.",
    "cmp.no_item_moved_score_did": (
        "Aucun niveau, alerte ni action n'a changé ; le score a bougé par les poids ou les "
        "cibles du référentiel."
    ),
    "cmp.effective": "Retenu",
    "cmp.flag_changes": "Alertes",
    "cmp.action_status": "Statut de l'action",
    "cmp.level_rose": "niveau en hausse",
    "cmp.level_did_not_rise": "niveau sans hausse",
    "cmp.no_status": "aucun",
    "cmp.critical_legend": "! = critique",
    "cmp.change_same": "inchangé",
    "cmp.change_up": "en hausse",
    "cmp.change_down": "en baisse",
    "cmp.change_added": "ajouté",
    "cmp.change_removed": "retiré",
    "cmp.change_became_na": "devenu sans objet",
    "cmp.change_no_longer_na": "n'est plus sans objet",
    "cmp.change_not_comparable": "non comparable",
    "cmp.note_identical": (
        "les deux fichiers contiennent la même évaluation : aucun point ne change"
    ),
    "cmp.note_versions": (
        "les versions du référentiel diffèrent ({base} et {other}) : les points communs sont "
        "comparés, les autres sont indiqués comme ajoutés ou retirés"
    ),
    "cmp.note_versions_mapped": (
        "les versions du référentiel diffèrent ({base} et {other}) : les réponses en {older} "
        "sont reportées en {newer} par la table de correspondance et comparées point par point "
        "; les points sans équivalent sont non comparables ; chaque côté garde le score de sa "
        "propre version"
    ),
    "cmp.note_no_audit": (
        "aucun niveau d'audit n'est renseigné : chaque niveau déclaré est accepté tel quel"
    ),
    "cmp.note_audit_counts": "niveaux d'audit renseignés : {levels} ; notes d'audit : {notes}",
    "cmp.applicable_items": "Points applicables",
    "cmp.checklist_version": "Version du référentiel",
    "cmpcli.not_gap_report": (
        "{file} est un fichier {kind} ; avec un seul fichier, compare lit un rapport d'écarts "
        "écrit par « readiness assess » dont les colonnes d'audit ont été remplies. Pour "
        "comparer deux évaluations, donnez les deux : readiness compare BASE AUTRE"
    ),
    "cmpcli.audit_ignored": (
        "remarque : les colonnes d'audit de {file} ne sont pas utilisées pour comparer deux "
        "fichiers ; lancez « readiness compare {file} » seul pour comparer les niveaux déclarés "
        "à l'audit"
    ),
    "cmpcli.written": "Classeur de comparaison écrit dans {path}",
    "rating.rating_capped": "Appréciation plafonnée à « {band} » : {reasons}",
    "rating.cap_absent": "{item} (critique) est au niveau 0",
    "rating.cap_below_target": "{item} (critique) est au niveau {level}, sous sa cible {target}",
    "rating.score_alone": "le score seul donne « {band} »",
    "rating.without_exceptions": "{rating} ; {strict} sans {n} dérogation",
    "rating.without_exceptions_plural": "{rating} ; {strict} sans {n} dérogations",
    "rating.exceptions": "Dérogations",
    "rating.exception_line": (
        "{item} : accordée par {approved_by} le {approved_on}, expire le {expires} — {reason}"
    ),
    "rating.exception_expired_line": (
        "{item} : EXPIRÉE le {expires} (accordée par {approved_by}) ; sans effet"
    ),
    "rating.rating_reason": "Motif de l'appréciation",
    "migrate.migrated": (
        "Migré par readiness de la version {old} à la version {new} du référentiel. Les lignes "
        "commençant par REVIEW ou ANSWER demandent votre attention ; le reste est repris tel "
        "quel."
    ),
    "migrate.reworded": (
        "REVIEW : reformulé dans la version {new} (était {sources} en {old}) : vérifiez la "
        "réponse au regard de la nouvelle exigence."
    ),
    "migrate.merged": (
        "REVIEW : fusion dans la version {new} de {sources} : le plus bas de leurs niveaux est "
        "retenu, avec tous leurs justificatifs et remarques."
    ),
    "migrate.split": (
        "REVIEW : scindé dans la version {new} à partir de {sources} : c'est la réponse à "
        "{sources} ; vérifiez-la pour cette partie."
    ),
    "migrate.carried": "REVIEW : repris de {sources} à travers plusieurs versions.",
    "migrate.new": "ANSWER : nouveau dans la version {new}.",
    "migrate.again": (
        "ANSWER à nouveau : {reason} ; la réponse reprise de {sources} était : {answer}."
    ),
    "migrate.unanswered_source": "ANSWER : {sources} n'avait pas de réponse.",
    "migrate.reason_na": "sans objet n'est plus admis pour {item}",
    "migrate.reason_level": "le niveau {level} n'existe pas dans la version {version}",
    "migrate.retired": (
        "Réponses aux points retirés dans la version {new}, conservées pour mémoire (hors de "
        "cette auto-évaluation) :"
    ),
    "yaml.template_head": (
        "Auto-évaluation au regard de : {title}\nRéférentiel {id} {version}. Renseignez chaque "
        "« level: » ci-dessous, puis lancez :\n    readiness validate {file}\n    readiness "
        "assess {file}\nNiveaux : {levels}, ou n/a (sans objet : seulement si le point le "
        "permet, avec une justification).\nJustificatifs : une liste de textes, ou de {{ref: "
        "..., date: AAAA-MM-JJ}}."
    ),
    "yaml.export_head": "Auto-évaluation au regard de : {title} ({id} {version})",
    "yaml.weight": "poids {weight}",
    "yaml.target": "cible {target}",
    "yaml.critical": "critique",
    "yaml.evidence_hint": (
        "une ligne « - référence du document » par justificatif, sous cette ligne"
    ),
    "yaml.justification_hint": "seulement avec n/a : pourquoi le point ne s'applique pas à l'unité",
    "labelled": "{label} : {text}",
    "label_colon": "{label} :",
    "cons.written": "Classeur de consolidation écrit dans {path}",
    "carry.from": (
        "Reporté depuis {file} ({period}) vers {next} : chaque réponse, justificatif, "
        "responsable, échéance, remarque, statut d'action et dérogation tels quels. Revoyez-les, "
        "mettez à jour ce qui a changé, puis lancez : readiness validate {out}"
    ),
    "carry.audited": "Les niveaux reportés sont les niveaux audités.",
    "carry.stale_count": (
        "{n} justificatifs datés ont plus de {days} jours au {date} : marqués PÉRIMÉ "
        "ci-dessous ; renouvelez-les."
    ),
    "carry.stale_line": (
        "PÉRIMÉ : le justificatif « {ref} » du {date} a {age} jours (plus de {days})"
    ),
    "schema.title": "Auto-évaluation readiness : {title}",
    "schema.description": (
        "Les réponses d'une unité à un référentiel, schéma produit par "
        "`readiness checklist schema {id}` à partir des graphies que le "
        "validateur accepte."
    ),
    "schema.text": (
        "Un texte qui ne se réduit pas à des espaces (un nombre est lu tel qu'il est écrit)."
    ),
    "schema.optional_text": "Un texte, ou rien (des espaces seuls valent rien).",
    "schema.date": "Une date réelle, AAAA-MM-JJ, chiffres 0-9.",
    "schema.period": (
        "{shapes} ; en français aussi AAAA-Tn (trimestre) et AAAA-Sn "
        "(semestre), lus comme Qn et Hn."
    ),
    "schema.country": (
        "Code ISO 3166-1 alpha-2, en majuscules ou en minuscules (NO est la Norvège)."
    ),
    "schema.status": "Où en est l'action destinée à combler l'écart.",
    "schema.exception": (
        "Une dérogation approuvée (son échéance ne peut précéder son "
        "approbation : vérifié par readiness seulement)."
    ),
    "schema.evidence": (
        "Des textes, ou {ref: ..., date: AAAA-MM-JJ} ; un texte seul vaut une liste d'un élément."
    ),
    "schema.level": (
        "Un numéro de niveau, sa clé ou son libellé, en toute casse et toute "
        "langue ({names}), ou « N - libellé » comme l'affiche la liste "
        "déroulante du questionnaire"
    ),
    "schema.level_na": " ; ou sans objet ({words})",
    "gap.report_audited": "Rapport d'écarts audité",
    "gap.for_the_auditor": "Pour l'auditeur ou l'auditrice",
    "gap.auditor_hint": (
        "Renseignez votre nom, votre fonction et la date d'audit, vos niveaux audités et notes "
        "dans la feuille Points, puis lancez : readiness assess CE-FICHIER --audited"
    ),
    "gap.auditor_name": "Auditeur ou auditrice",
    "gap.auditor_role": "Fonction de l'auditeur",
    "gap.audit_date": "Date d'audit",
    "gap.audited_by": "Audité par",
    "gap.audited_result": "Résultat audité",
    "gap.audited_rule": (
        "niveaux audités là où l'audit en donne un, niveaux déclarés par le service ailleurs ; "
        "la déclaration reste intégrée pour référence"
    ),
    "gap.declared_fingerprint": "Empreinte de la déclaration du service",
    "audit.needs_gap_report": (
        "--audited lit un rapport d'écarts produit par « readiness assess » dont l'audit a "
        "rempli les colonnes d'audit ; ceci est un {kind}"
    ),
    "audit.missing_field": "le champ « {field} » est requis pour un résultat audité ; "
    "renseignez-le ici",
    "audit.bad_date": "« {value} » n'est pas une date ; écrivez la date d'audit en AAAA-MM-JJ",
    "audit.written": "Rapport d'écarts audité écrit dans {path}",
    # Validation of a self-assessment (reading/validation.py)
    "val.hint_spaces": " ; retirez les espaces autour : {value}",
    "val.hint_country_letters": " ; un code pays s'écrit en deux lettres",
    "val.hint_country": " ; vouliez-vous dire {code} ({name}) ?",
    "val.hint_uk": " ; le code du Royaume-Uni est GB",
    "val.hint_key": " ; vouliez-vous dire « {hint} » ?",
    "val.hint_item": " ; vouliez-vous dire {hint} ?",
    "val.top_level": "le premier niveau",
    "val.hint_comma": (
        " ; s'il fait partie d'un texte contenant une virgule, mettez le texte entre guillemets"
    ),
    "val.unknown_key": "clé inconnue « {key} » dans {where}{suggestion} (clés admises : {allowed})",
    "val.only_spaces": " (il ne contient que des espaces)",
    "val.required": "{field} est obligatoire{blank}",
    "val.not_text": "{field} doit être un texte, pas {kind}",
    "val.date_required": "{field} est obligatoire (AAAA-MM-JJ)",
    "val.date_spaces": "« {text} » a des espaces autour de la date ; écrivez {fixed}",
    "val.date_not_real": "{text} n'est pas une date réelle (vérifiez le jour et le mois)",
    "val.date_shape": "« {text} » n'est pas une date ; écrivez-la AAAA-MM-JJ, p. ex. 2026-11-20",
    "val.date_range": (
        "{day} est hors des dates admises par readiness ({first} à {last}) ; vérifiez l'année"
    ),
    "val.kind_bool": "vrai/faux (true/false)",
    "val.kind_mapping": "une table de clés",
    "val.kind_list": "une liste",
    "val.kind_number": "un nombre",
    "val.kind_text": "un texte",
    "val.level_spaces": "le niveau « {value} » est entouré d'espaces ; écrivez {fixed}",
    "val.level_mixed": (
        "le niveau « {text} » donne le numéro {number} mais le nom du niveau {named} ; écrivez "
        "un seul niveau : {number} ({names}) ou {named}"
    ),
    "val.level_after_number": (
        "niveau « {text} » : après {number}{separator} seul le nom du niveau {number} ({names}) "
        "est admis ; écrivez {number}"
    ),
    "val.not_mapping": (
        "une auto-évaluation est une table YAML qui commence par « checklist: » ; lancez « "
        "readiness init » pour obtenir un modèle"
    ),
    "val.checklist_exact": "checklist : écrivez l'identifiant exactement, {id}",
    "val.checklist_other": (
        "ce fichier répond au référentiel « {answered} », mais il est vérifié au regard de « "
        "{used} » (utilisez --checklist)"
    ),
    "val.version_differs": (
        "checklist_version {version} diffère de la version du référentiel, {checklist}"
    ),
    "val.future": "assessed_on {date} est dans le futur",
    "val.assessor_mapping": "assessor est une table avec name et role",
    "val.period_required": "period est obligatoire (p. ex. 2026-Q4)",
    "val.period_spaces": "la période « {text} » est entourée d'espaces ; écrivez {fixed}",
    "val.period_shape": (
        "la période « {text} » n'est pas de la forme {shapes} (ou AAAA-Tn et AAAA-Sn), p. ex. "
        "2026-Q4"
    ),
    "val.agency_required": "agency est obligatoire (name et country)",
    "val.agency_mapping": "agency est une table avec name, unit et country",
    "val.country_required": "agency.country est obligatoire",
    "val.country_bad": (
        "« {text} » n'est pas un code pays ISO 3166-1 alpha-2 (deux lettres, p. ex. FR, NO, "
        "GB){hint}"
    ),
    "val.responses_required": "responses est obligatoire : une entrée par point du référentiel",
    "val.responses_mapping": (
        "responses est une table qui associe à chaque identifiant de point sa réponse (p. ex. "
        "HELP-01:)"
    ),
    "val.not_an_item": "« {item} » n'est pas un point du référentiel {id}{suggestion}",
    "val.no_response_scored": "{item} n'a pas de réponse : compté au niveau 0 (sans réponse)",
    "val.and_more": " et {n} autres",
    "val.no_response_one": (
        "1 point n'a pas de réponse : {items}{more} (répondez-y, ou utilisez --allow-incomplete "
        "pour le compter à 0)"
    ),
    "val.no_response_many": (
        "{n} points n'ont pas de réponse : {items}{more} (répondez-y, ou utilisez "
        "--allow-incomplete pour les compter à 0)"
    ),
    "val.response_mapping": "la réponse à {item} est une table qui contient au moins « level: »",
    "val.no_level_scored": "{item} n'a pas de niveau : compté au niveau 0 (sans réponse)",
    "val.no_level": "{item} n'a pas de niveau ; indiquez l'un de {choices}",
    "val.na_not_allowed": (
        "{item} ne peut pas être sans objet (n/a) : il s'applique à toutes les unités ; "
        "indiquez l'un de {choices}"
    ),
    "val.na_justification": (
        "n/a (sans objet) exige une « justification: » expliquant pourquoi {item} ne s'applique pas"
    ),
    "val.status_bad": "le statut « {text} » ne fait pas partie de {statuses}{suggestion}",
    "val.exception_mapping": (
        "exception est une table avec reason, approved_by, approved_on et expires"
    ),
    "val.exception_dates": (
        "la dérogation expire ({expires}) avant d'avoir été accordée ({approved})"
    ),
    "val.exception_useless": (
        "{item} atteint sa cible : la dérogation n'a rien à couvrir ; supprimez-la"
    ),
    "val.evidence_list": "evidence est une liste de textes, ou de {{ref: ..., date: AAAA-MM-JJ}}",
    "val.evidence_later": "justificatif daté du {date}, postérieur à assessed_on {assessed}",
    "val.evidence_empty": (
        "ce justificatif est vide (que des espaces) ; indiquez le document ou supprimez-le"
    ),
    "val.evidence_entry": (
        "chaque justificatif est un texte, ou une table {{ref: ..., date: AAAA-MM-JJ}}"
    ),
    # Digits other than 0-9 (core/formats.py)
    "val.digits_date": (
        "la date « {text} » est écrite avec d'autres chiffres que 0-9 ; seuls 0-9 sont admis "
        "(écrivez {fixed})"
    ),
    "val.digits_level": (
        "le niveau « {text} » est écrit avec d'autres chiffres que 0-9 ; seuls 0-9 sont admis "
        "(écrivez {fixed})"
    ),
    "val.digits_period": (
        "la période « {text} » est écrite avec d'autres chiffres que 0-9 ; seuls 0-9 sont admis "
        "(écrivez {fixed})"
    ),
    # Reading YAML (reading/yaml_loading.py)
    "yaml.what_file": "le fichier",
    "yaml.what_checklist": "le référentiel",
    "yaml.what_rules_file": "le fichier de règles",
    "yaml.what_roster": "la liste des unités attendues",
    "yaml.number_long": (
        "un nombre de {n} caractères dépasse les {limit} admis ; mettez-le entre guillemets si "
        "c'est un texte"
    ),
    "yaml.number_infinite": (
        "« {text} » n'est pas un nombre fini (ni NaN ni l'infini ne sont admis) ; mettez-le "
        "entre guillemets si c'est un texte"
    ),
    "yaml.not_utf8": (
        "le fichier n'est pas du texte UTF-8 (octet {byte}) ; enregistrez-le en UTF-8 et réessayez"
    ),
    "yaml.too_big": "{what} fait {n} octets ; {limit} au plus sont admis",
    "yaml.utf16": "le fichier est du texte UTF-16 ; enregistrez-le en UTF-8 et réessayez",
    "yaml.binary": "{what} contient des données binaires, pas du texte YAML",
    "yaml.quote_open": (
        "le guillemet {quote} ouvert ici n'est jamais fermé ; terminez le texte par {quote} sur "
        "la même ligne"
    ),
    "yaml.colon_in_text": (
        "un « : » dans un texte qui n'est pas entre guillemets ; mettez tout le texte entre "
        'guillemets, p. ex. name: "Brigade: unité en ligne"'
    ),
    "yaml.dash_after_empty": (
        "une ligne « - » sous une clé à laquelle une liste vide (« [] ») a déjà été donnée ; "
        "supprimez le « [] » et gardez les lignes « - » sous la clé"
    ),
    "yaml.too_deep": "les données sont imbriquées sur plus de {limit} niveaux",
    "yaml.tab": (
        "{problem} (une tabulation : YAML s'indente avec des espaces, jamais des tabulations)"
    ),
    "yaml.syntax": "erreur de syntaxe YAML : {problem}",
    "yaml.bad_character": "le fichier contient un caractère que YAML n'admet pas ({reason})",
    "yaml.too_many": "le fichier compte plus de {limit} éléments YAML",
    "yaml.two_documents": (
        "le fichier contient plus d'un document YAML (un second « --- ») ; mettez une seule "
        "auto-évaluation par fichier"
    ),
    "yaml.alias": "les alias (*{anchor}) ne sont pas admis ; écrivez la valeur en entier",
    "yaml.anchor": "les ancres (&{anchor}) ne sont pas admises ; écrivez chaque valeur en entier",
    "yaml.tag": "la balise YAML {tag} n'est pas admise",
    "yaml.text_long": "un texte de {n} caractères dépasse les {limit} admis",
    "yaml.collection_key": "une liste ou une table ne peut pas servir de clé",
    "yaml.duplicate_key": (
        "clé « {key} » en double : d'abord ligne {first}, puis ligne {again} ; n'en gardez qu'une"
    ),
    "version.latest_note": (
        "pas de checklist_version : vérifié au regard de la version la plus "
        "récente de {spec}, {latest} (écrivez checklist_version: pour en "
        "choisir une)"
    ),
    "version.unknown": (
        "le référentiel {id} n'a pas de version {version} ; versions connues : {known}"
    ),
    # output and input files (cli, output_files, file_reading)
    "out.over_input": (
        "{out} : refus d'écrire par-dessus le fichier d'entrée ; choisissez un autre nom"
    ),
    "out.no_folder": "{out} : le dossier {folder} n'existe pas",
    "out.not_folder": "{out} : {folder} n'est pas un dossier",
    "out.is_folder": "{out} : est un dossier ; indiquez un nom de fichier",
    "out.not_regular": (
        "{out} : n'est pas un fichier ordinaire (un périphérique ou un tube ?) ; "
        "indiquez un nom de fichier"
    ),
    "out.not_writable": "{out} : le dossier {folder} n'est pas accessible en écriture",
    "out.exists": "{out} : existe déjà ; utilisez --force pour le remplacer",
    "out.cannot_write": "{out} : écriture impossible : {reason}",
    "read.no_such_file": "fichier introuvable",
    "agg.no_files": "aucun fichier trouvé dans {paths}",
    "top_gaps_heading": "{title} ({n} ; ! = {critical})",
    "foreign.xls": (
        "le fichier est un classeur Excel 97-2003 (.xls), que readiness ne lit "
        "pas ; ouvrez-le et enregistrez-le comme classeur Excel (.xlsx), ou "
        "reportez les réponses dans le modèle que produit « readiness init »"
    ),
    "foreign.ole2": (
        "le fichier est un fichier Excel 97-2003 (.xls) ou Word (.doc) ; "
        "ouvrez-le et enregistrez-le comme classeur Excel (.xlsx), ou reportez "
        "les réponses dans le modèle que produit « readiness init »"
    ),
    "foreign.ods": (
        "le fichier est un tableur OpenDocument (.ods), que readiness ne lit "
        "pas ; dans LibreOffice, Fichier > Enregistrer sous > Excel 2007-365 "
        "(.xlsx)"
    ),
    "foreign.csv": (
        "le fichier est un tableau CSV, qui ne peut pas contenir une auto-"
        "évaluation ; utilisez le modèle YAML ou le questionnaire que produit «"
        " readiness init »"
    ),
    "foreign.doc": (
        "le fichier est un document Word, pas une auto-évaluation ; reportez "
        "les réponses dans le modèle que produit « readiness init »"
    ),
    "foreign.pdf": (
        "le fichier est un document PDF, pas une auto-évaluation ; demandez le "
        "fichier .yaml ou .xlsx dont il est issu"
    ),
    "foreign.json": (
        "le fichier est un fichier JSON, pas une auto-évaluation (un résultat "
        "affiché avec --format json n'est pas relu) ; utilisez le modèle YAML "
        "ou le questionnaire que produit « readiness init »"
    ),
    "agg.inputs_line": "{inputs} : {accepted}, {superseded}, {other_period}, {rejected}",
    "agg.count_received.one": "{n} reçu",
    "agg.count_received.other": "{n} reçus",
    "agg.count_accepted.one": "{n} retenu",
    "agg.count_accepted.other": "{n} retenus",
    "agg.count_superseded.one": "{n} remplacé",
    "agg.count_superseded.other": "{n} remplacés",
    "agg.count_other_period.other": "{n} d'une autre période",
    "agg.count_rejected.one": "{n} rejeté",
    "agg.count_rejected.other": "{n} rejetés",
    "agg.coverage_line.one": "{received} sur {expected} unité attendue ({share})",
    "agg.coverage_line.other": "{received} sur {expected} unités attendues ({share})",
    "agg.period_absent": (
        "Aucune évaluation n'a été retenue pour {period} ; les évaluations retenues portent sur "
        "{periods}{more}."
    ),
    "agg.periods_more.one": " et {n} autre",
    "agg.periods_more.other": " et {n} autres",
    # Lecture des classeurs (reading/workbook_safety.py, reading/workbook_input.py)
    "yaml.what_workbook": "le classeur",
    "wb.save_as_xlsx": (
        "ouvrez-le dans Excel ou LibreOffice et enregistrez-le comme classeur Excel (.xlsx)"
    ),
    "wb.damaged_archive": (
        "le classeur est endommagé ou incomplet (téléchargement ou copie interrompus ?) : ce "
        "n'est pas une archive .xlsx lisible ; {fix}"
    ),
    "wb.too_many_parts": "l'archive du classeur compte {n} parties ; {limit} au plus sont admises",
    "wb.unpacks_too_big": (
        "une fois décompressé, le classeur ferait {n} octets ; {limit} au plus sont admis "
        "(bombe de décompression ?)"
    ),
    "wb.compressed_too_much": (
        "le taux de compression de la partie {part} du classeur est de {ratio} ; le maximum admis "
        "est {limit} (bombe de décompression ?)"
    ),
    "wb.encrypted": "l'archive du classeur est chiffrée ; enregistrez-la sans mot de passe",
    "wb.compression_method": (
        "l'archive du classeur utilise une méthode de compression qu'Excel n'emploie jamais ; {fix}"
    ),
    "wb.strict_xml": (
        "le classeur est enregistré au format Open XML strict, que readiness ne lit pas ; dans "
        "Excel, enregistrez-le comme « Classeur Excel (.xlsx) » (et non « Feuille de calcul "
        "Open XML stricte »)"
    ),
    "wb.too_many_tags": (
        "le classeur contient plus de {limit} balises XML ; c'est bien plus que n'importe "
        "quelle auto-évaluation"
    ),
    "wb.damaged_part": (
        "le classeur est endommagé (une partie ne peut pas être décompressée) ; {fix}"
    ),
    "wb.file_is": "ce fichier est {what} ; {fix}",
    "wb.kind_xlsb": "un classeur binaire Excel (.xlsb), que readiness ne lit pas",
    "wb.kind_ods": "un fichier OpenDocument (.ods), pas un classeur Excel",
    "wb.kind_docx": "un document Word, pas un classeur Excel",
    "wb.kind_pptx": "une présentation PowerPoint, pas un classeur Excel",
    "wb.kind_zip": "une archive zip, mais pas un classeur Excel",
    "wb.no_defusedxml": (
        "refus de lire un classeur sans protection contre les bombes XML : installez "
        "defusedxml et ne définissez pas OPENPYXL_DEFUSEDXML=False"
    ),
    "wb.xml_entities": (
        "le classeur contient des déclarations d'entités XML, qu'Excel n'écrit jamais ; il a "
        "été refusé par mesure de sécurité"
    ),
    "wb.not_spreadsheet": (
        "le classeur est endommagé ou n'a pas été produit par un tableur ; {fix}"
    ),
    "wb.too_nested": "le classeur est trop volumineux ou trop profondément imbriqué pour être lu",
    "wb.cannot_read_kind": "impossible de lire le classeur ({kind}) ; {fix}",
    "wb.not_ours": (
        "ce classeur n'a pas été produit par readiness (il n'a pas de feuille masquée "
        "« {sheet} ») ; répondez dans un questionnaire produit par « readiness init --format "
        "xlsx », ou fournissez un rapport d'écarts produit par « readiness assess »"
    ),
    "wb.comparison_workbook": (
        "c'est un classeur de comparaison produit par « readiness compare » : il ne contient "
        "aucune auto-évaluation ; fournissez les fichiers YAML ou les rapports d'écarts comparés"
    ),
    "wb.consolidation_workbook": (
        "c'est le classeur de consolidation produit par « readiness aggregate » : il ne "
        "contient aucune auto-évaluation ; fournissez les fichiers YAML, questionnaires ou "
        "rapports d'écarts des services"
    ),
    "wb.other_kind": (
        "il s'agit d'un classeur readiness de type « {kind} » : seul un questionnaire ou un "
        "rapport d'écarts contient une auto-évaluation"
    ),
    "wb.no_kind": (
        "ce classeur n'est pas une auto-évaluation readiness : seul un questionnaire ou un "
        "rapport d'écarts contient une auto-évaluation"
    ),
    "wb.newer_format": (
        "ce classeur a été produit par une version plus récente de readiness (format de "
        "classeur {format}) ; mettez readiness à jour pour le lire"
    ),
    "wb.rows_not_read": "seules les {n} premières lignes de cette feuille ont été lues",
    "wb.formula_without_value": (
        "formule sans valeur enregistrée : ouvrez le fichier dans Excel et enregistrez-le, ou "
        "saisissez directement la valeur"
    ),
    "wb.lost_named_cell": (
        "le classeur a perdu {what} (la cellule nommée {name}) ; une ligne, une colonne ou "
        "une feuille a-t-elle été supprimée ? Repartez d'un classeur produit par readiness"
    ),
    "wb.what_cell": "la cellule « {label} »",
    "wb.what_column": "la colonne « {label} »",
    "wb.what_items_column": "la colonne « {label} » de la feuille {sheet}",
    "wb.columns_not_aligned": "les colonnes de réponse ne sont plus sur une même ligne d'en-tête",
    "wb.continuation_lost": (
        "ce texte se poursuit dans la feuille masquée « {sheet} », qui ne le contient plus ; "
        "saisissez de nouveau le texte sans sa dernière ligne"
    ),
    "wb.row_without_id": (
        "cette ligne contient des réponses mais pas d'identifiant de point ; remettez "
        "l'identifiant (p. ex. {example})"
    ),
    "wb.answered_twice": (
        "{item} a deux réponses : ici et à la ligne {row} ; gardez une seule ligne par point"
    ),
    "wb.text_too_long": "le texte dépasse {limit} caractères",
    "wb.embedded_missing": "les données intégrées au rapport d'écarts sont absentes ({key})",
    "wb.embedded_damaged": "les données intégrées au rapport d'écarts sont endommagées ({key})",
    "wb.embedded_too_many": (
        "les données intégrées au rapport d'écarts ({key}) comptent plus de {limit} éléments ; "
        "c'est bien plus que n'importe quelle auto-évaluation"
    ),
    "wb.embedded_checklist": "référentiel intégré : {problem}",
    "wb.edited_assessment": (
        "les données intégrées ont été modifiées : l'auto-évaluation enregistrée dans ce "
        "rapport d'écarts ne correspond plus à son empreinte, le rapport n'est donc pas fiable ; "
        "produisez-le de nouveau avec « readiness assess » à partir de l'auto-évaluation du "
        "service"
    ),
    "wb.edited_checklist": (
        "les données intégrées ont été modifiées : le référentiel enregistré dans ce rapport "
        "d'écarts ne correspond plus à son empreinte, le rapport n'est donc pas fiable ; "
        "produisez-le de nouveau avec « readiness assess » à partir de l'auto-évaluation du "
        "service"
    ),
    "wb.edited_declaration": (
        "les données intégrées ont été modifiées : la déclaration du service enregistrée dans "
        "ce rapport d'écarts audité ne correspond plus à son empreinte, le rapport n'est donc "
        "pas fiable"
    ),
    "wb.audit_record_damaged": "la fiche d'audit du rapport d'écarts est endommagée",
    "wb.not_under_chosen": (
        "réponse non admise par le référentiel {id} {version} utilisé : {problem}"
    ),
    "wb.declared_level_edited": (
        "le niveau déclaré de {item} a été modifié dans cette feuille, de {stored} à {shown} ; "
        "c'est le niveau enregistré lors de la production du rapport ({stored}) qui est retenu. "
        "Un auditeur inscrit un niveau différent dans la colonne « {audit_column} »"
    ),
    "wb.blank": "vide",
    "wb.blank_unanswered": "vide (sans réponse)",
    "wb.other_checklist": (
        "ce rapport d'écarts répond au référentiel « {answered} », mais il est vérifié au "
        "regard de « {used} » (utilisez --checklist)"
    ),
    "wb.embedded_checklist_differs": (
        "ce rapport d'écarts a été évalué avec le référentiel {id} {version} qui y est intégré, "
        "différent de {spec} ({chosen}) ; c'est le référentiel intégré qui est retenu"
    ),
    "wb.audit_level_bad": (
        "le niveau audité {shown} ne fait pas partie de {choices} ; laissez la cellule vide "
        "pour retenir le niveau déclaré"
    ),
    # Report d'une période sur la suivante (reading/carry_source.py)
    "carry.retired_not_carried": " ; réponses aux points retirés non reportées : {items}",
    # --help (cli/help_text.py): commands, options, metavars; the command line's own texts
    "help.cmd.readiness": (
        "Évaluer l'état de préparation d'une unité au regard du rapport 2020 d'INTERPOL sur "
        "le COVID-19 et l'exploitation et les abus sexuels des enfants en ligne : valider, "
        "noter, comparer et consolider des auto-évaluations, et produire des rapports "
        "d'écarts Excel."
    ),
    "help.opt.readiness.lang": (
        "Langue des sorties et des classeurs (par défaut : READINESS_LANG, LC_ALL/LANG, en)."
    ),
    "help.opt.readiness.checklist": (
        "Identifiant d'un référentiel intégré ou chemin d'un référentiel personnalisé (YAML)."
    ),
    "help.opt.version": "Afficher la version et quitter.",
    "help.opt.lang": "Langue des sorties (en, fr, es, ar).",
    "help.opt.checklist": (
        "Identifiant d'un référentiel intégré ou chemin d'un référentiel personnalisé."
    ),
    "help.opt.marking": (
        "Mention de protection imprimée dans l'en-tête de chaque feuille et sur la première "
        "page du classeur (par exemple « Diffusion Restreinte »)."
    ),
    "help.opt.force": "Remplacer le fichier de sortie s'il existe.",
    "help.opt.allow_incomplete": (
        "Accepter les réponses manquantes (notées au niveau 0, avec l'alerte « sans réponse »)."
    ),
    "help.opt.fmt": (
        "table : une synthèse pour le terminal ; json : le résultat complet sous forme de "
        "données ; markdown : un compte rendu à coller dans un document."
    ),
    "help.opt.check_fmt": (
        "text : une ligne par problème, FICHIER:LIGNE:COL: gravité: message ; json : une "
        "liste donnant, pour chaque fichier, file, valid et problems."
    ),
    "help.cmd.init": (
        "Écrire un modèle d'auto-évaluation à remplir, ou celui de la période suivante à "
        "partir d'une évaluation précédente."
    ),
    "help.opt.init.output": "Fichier à écrire (par défaut : self-assessment.yaml ou .xlsx).",
    "help.opt.init.fmt": (
        "Un fichier YAML ou un questionnaire Excel (par défaut : selon l'extension de -o, "
        "sinon yaml)."
    ),
    "help.opt.init.agency": "Nom du service à préremplir.",
    "help.opt.init.country": "Code pays ISO 3166-1 alpha-2, p. ex. FR.",
    "help.opt.init.period": (
        "AAAA, AAAA-Tn, AAAA-Sn ou AAAA-MM (aussi AAAA-Qn, AAAA-Hn ; par défaut : le "
        "trimestre en cours)."
    ),
    "help.opt.init.previous": (
        "Partir d'une évaluation précédente (YAML, questionnaire ou rapport d'écarts) : "
        "chaque réponse est reportée sur la période suivante."
    ),
    "help.cmd.validate": (
        "Contrôler des fichiers d'évaluation (YAML ou classeurs) et signaler chaque problème."
    ),
    "help.cmd.assess": (
        "Valider et noter une évaluation, afficher la synthèse, écrire le rapport d'écarts."
    ),
    "help.opt.assess.output": (
        "Classeur du rapport d'écarts (par défaut : <nom de l'entrée>-gap-report.xlsx, dans "
        "le dossier courant)."
    ),
    "help.opt.assess.no_excel": "Ne pas écrire le classeur du rapport d'écarts.",
    "help.opt.assess.all_gaps": (
        "Lister tous les écarts dans le tableau, pas seulement les principaux."
    ),
    "help.opt.assess.fail_under": (
        "Terminer avec le code 4 si le score (tel qu'affiché) est inférieur à SCORE."
    ),
    "help.opt.assess.audited": (
        "Noter l'audit d'un rapport d'écarts (niveaux d'audit là où ils sont renseignés, "
        "niveaux déclarés ailleurs) et écrire le rapport d'écarts audité (par défaut : "
        "<nom>-audited.xlsx)."
    ),
    "help.cmd.compare": (
        "Comparer deux évaluations (YAML, questionnaire ou rapport d'écarts) point par "
        "point.\n\nAvec un seul rapport d'écarts dont les colonnes d'audit ont été remplies, "
        "comparer les niveaux déclarés par l'unité aux niveaux retenus par l'audit (un "
        "niveau d'audit laissé vide valide le niveau déclaré), avec le score recalculé sur "
        "les niveaux d'audit."
    ),
    "help.opt.compare.output": "Écrire aussi la comparaison dans un classeur Excel.",
    "help.cmd.aggregate": (
        "Noter chaque évaluation de CHEMINS (fichiers, et dossiers parcourus récursivement) et "
        "écrire le classeur de consolidation.\n\nChaque fichier est classé retenu, remplacé (une "
        "date assessed_on plus récente pour le même pays, service, unité et période), autre "
        "période (retenu, mais hors de la période de référence) ou rejeté (avec ses problèmes et "
        "la marche à suivre). Code de sortie 3 si des fichiers ont été rejetés, 1 si aucun n'a pu "
        "être utilisé."
    ),
    "help.opt.aggregate.output": (
        "Classeur de consolidation à écrire (par défaut : readiness-consolidated.xlsx, dans "
        "le dossier courant)."
    ),
    "help.opt.aggregate.no_excel": "Ne pas écrire le classeur de consolidation.",
    "help.opt.aggregate.jobs": (
        "Nombre de processus (par défaut : le nombre de processeurs). Les résultats n'en "
        "dépendent pas."
    ),
    "help.opt.aggregate.period": (
        "Période de référence à consolider (AAAA, AAAA-Sn, AAAA-Tn, AAAA-MM ; aussi AAAA-Hn, "
        "AAAA-Qn). Par défaut : la période la plus récente parmi les évaluations retenues."
    ),
    "help.opt.aggregate.roster_file": (
        "Qui doit transmettre une évaluation (CSV, YAML ou xlsx : pays, service, unité "
        "facultative, région, contact) : taux de couverture, unités manquantes et unités "
        "inattendues."
    ),
    "help.opt.aggregate.rules_file": (
        "Règles de suivi sous forme de données (YAML). Par défaut : suivi renforcé pour "
        "l'appréciation la plus basse, pour un point critique à 0 ou pour 3 actions en retard ou "
        "plus ; sinon suivi régulier."
    ),
    "help.opt.aggregate.anonymise": (
        "Publier sans noms : chiffres par région et d'ensemble seulement, aucun nom de "
        "service, d'unité, de pays ni de fichier, aucun classement."
    ),
    "help.opt.aggregate.min_group": (
        "Avec --anonymise : une région de moins de K évaluations (5 par défaut) est "
        "regroupée dans « Autres régions » (ou masquée)."
    ),
    "help.opt.aggregate.allow_incomplete": (
        "Accepter les évaluations comportant des points sans réponse (notés au niveau 0, avec "
        "l'alerte « sans réponse »)."
    ),
    "help.opt.aggregate.checklist_version": (
        "Version du référentiel de la consolidation (par défaut : la plus récente parmi les "
        "fichiers). Chaque évaluation garde le score de sa propre version ; pour les "
        "statistiques par point, les réponses plus anciennes sont reportées sur celle-ci par "
        "les tables de correspondance."
    ),
    "help.cmd.convert": (
        "Convertir un questionnaire (ou un rapport d'écarts) en YAML, ou un YAML en "
        "questionnaire.\n\nLe type de sortie suit l'extension de SORTIE. Rien n'est perdu : "
        "la conversion inverse redonne la même évaluation (même empreinte). Les points sans "
        "réponse restent sans réponse."
    ),
    "help.opt.convert.output": (
        "SORTIE.yaml pour une auto-évaluation YAML, SORTIE.xlsx pour un questionnaire Excel."
    ),
    "help.opt.convert.force": "Remplacer SORTIE s'il existe.",
    "help.cmd.migrate": (
        "Reporter une évaluation (YAML, questionnaire ou rapport d'écarts) sur une version plus "
        "récente du référentiel.\n\nLes points inchangés gardent leur réponse ; les points "
        "reformulés, fusionnés ou scindés sont marqués REVIEW ; les nouveaux points sont laissés à "
        "remplir (ANSWER), avec leur exigence et leurs conseils ; les réponses aux points retirés "
        "sont conservées en commentaire. La sortie est une auto-évaluation YAML."
    ),
    "help.opt.migrate.to_version": (
        "Version sur laquelle reporter les réponses (par défaut : la plus récente)."
    ),
    "help.opt.migrate.output": (
        "Le YAML à écrire (par défaut : le nom de FICHIER suivi de la nouvelle version, à "
        "côté de lui)."
    ),
    "help.cmd.checklist": (
        "Lister, afficher et contrôler les référentiels ; afficher le schéma JSON d'une évaluation."
    ),
    "help.cmd.checklist.list": (
        "Les référentiels intégrés et toutes leurs versions publiées (la plus récente est "
        "indiquée)."
    ),
    "help.cmd.checklist.show": (
        "Un référentiel : chaque point avec son exigence, ses conseils, l'action proposée et "
        "sa source.\n\nID désigne la version la plus récente d'un référentiel intégré, "
        "ID@1.0.0 une version donnée ; ou indiquez le chemin d'un référentiel personnalisé "
        "(ou --checklist, mais pas les deux)."
    ),
    "help.opt.checklist.show.fmt": (
        "Du texte pour le terminal, le référentiel sous forme de données JSON, ou du Markdown."
    ),
    "help.cmd.checklist.check": (
        "Contrôler un fichier de référentiel, même personnalisé, ou une table de correspondance "
        "entre deux versions (chaque ancien point couvert une fois, chaque cible existante, chaque "
        "nouveau point listé)."
    ),
    "help.cmd.checklist.schema": (
        "Afficher le schéma JSON d'une évaluation pour ce référentiel (pour les éditeurs de texte)."
    ),
    "meta.options_bracketed": "[OPTIONS]",
    "meta.command_args": "COMMANDE [ARGUMENTS]...",
    "meta.base": "BASE",
    "meta.other": "AUTRE",
    "meta.diff_xlsx": "COMPARAISON.xlsx",
    "meta.file": "FICHIER",
    "meta.files": "FICHIERS",
    "meta.id_path": "ID|CHEMIN",
    "meta.id_version_path": "ID[@VERSION]|CHEMIN",
    "meta.in": "ENTRÉE",
    "meta.out": "SORTIE",
    "meta.k": "K",
    "meta.n": "N",
    "meta.p": "P",
    "meta.paths": "CHEMINS",
    "meta.previous": "PRÉCÉDENTE",
    "meta.score": "SCORE",
    "meta.text": "TEXTE",
    "meta.version": "VERSION",
    "cli.interrupted": "readiness : interrompu",
    "cli.note": "remarque : {text}",
    "cli.init_suffix": (
        "« {output} » doit se terminer par .yaml, .yml (un fichier YAML) ou .xlsx (un "
        "questionnaire)"
    ),
    "cli.format_contradicts": (
        "--format {fmt} contredit le nom de fichier « {output} » (un fichier {kind}) : n'en "
        "indiquez qu'un ou mettez-les en accord"
    ),
    "cli.score_range": "{value} n'est pas un nombre entre 0 et 100",
    "cli.gap_report_suffix": (
        "« {output} » : le rapport d'écarts est un classeur Excel ; donnez un nom se "
        "terminant par .xlsx"
    ),
    "cli.min_group_alone": "--min-group ne s'applique qu'avec --anonymise ; ajoutez --anonymise",
    "cli.checklist_version_builtin": (
        "--checklist-version choisit une version d'un référentiel intégré ; indiquez plutôt "
        "ID@VERSION ou un fichier avec --checklist"
    ),
    "cli.checklist_twice": (
        "indiquez le référentiel soit en argument, soit avec --checklist, pas les deux"
    ),
    "cli.convert_suffix": (
        "SORTIE doit se terminer par .yaml ou .yml (YAML) ou par .xlsx (questionnaire Excel)"
    ),
    "cli.migrate_suffix": (
        "la sortie est une auto-évaluation YAML : SORTIE doit se terminer par .yaml ou .yml"
    ),
    "cli.id": "Identifiant",
    "cli.internal_error": (
        "readiness : erreur interne ({what}) : il s'agit d'une anomalie de readiness, pas d'un "
        "problème dans vos fichiers ; {where}"
    ),
    "cli.internal_saved": (
        "le détail est enregistré dans {path} ; merci de joindre ce fichier à votre rapport "
        "d'anomalie"
    ),
    "cli.internal_not_saved": (
        "le détail n'a pas pu être enregistré ; relancez avec READINESS_DEBUG=1 pour le voir"
    ),
    "cmp.different_checklists": (
        "référentiels différents : {base} répond à « {base_id} », {other} répond à « "
        "{other_id} » ; seules des évaluations du même référentiel peuvent être comparées"
    ),
    "cli.heading": "{heading} :",
    "cmp.audit_not_item": (
        "audit de « {item} », qui n'est pas un point du référentiel {id} {version}"
    ),
    "cmp.audit_na_refused": (
        "le niveau d'audit « sans objet » n'est pas admis pour {item} : le référentiel impose ce"
        " point à toutes les unités ; indiquez un niveau"
    ),
    "agg.version_not_carried": (
        "ce fichier répond à la version {own} du référentiel, qui ne peut pas être reportée sur la"
        " version {version} de cette consolidation (les réponses ne se reportent que vers une"
        " version plus récente ; choisissez la version avec --checklist-version)"
    ),
    "cmp.not_valid": "{file} : évaluation non valide",
    "val.level_choices": "{numbers} ou {names}",
    "val.level_bad": "le niveau {shown} ne fait pas partie de {choices}{suggestion}",
    # Lecture d'un fichier d'entrée (reading/file_reading.py, reading/inputs.py)
    "read.kind_folder": "un dossier, pas un fichier",
    "read.kind_fifo": "un tube nommé (FIFO), pas un fichier ordinaire",
    "read.kind_device": "un périphérique, pas un fichier ordinaire",
    "read.kind_socket": "un socket, pas un fichier ordinaire",
    "read.kind_other": "autre chose qu'un fichier ordinaire",
    "read.not_regular": "ce chemin désigne {kind} ; attendu : {what}",
    "read.cannot_read": "impossible de lire {what} : {reason}",
    "read.named_xlsx_not_zip": (
        "le fichier porte le nom d'un classeur Excel mais n'en est pas un (un fichier .xlsx est "
        "une archive zip) ; enregistrez-le depuis Excel au format .xlsx"
    ),
    "read.named_yaml_is_zip": (
        "le fichier porte l'extension .yaml mais c'est une archive zip (un classeur Excel ?) ; "
        "renommez-le en .xlsx"
    ),
    "yaml.p.no_colon": (
        "le « : » attendu après une clé manque (une ligne de texte au milieu d'une table, ou une "
        "clé sans son « : »)"
    ),
    "yaml.p.cannot_start": (
        "le caractère {char} ne peut pas commencer une valeur ; mettez le texte entre guillemets"
    ),
    "yaml.p.expected_key": (
        "une clé était attendue ici ; vérifiez l'indentation de cette ligne par rapport aux lignes "
        "précédentes"
    ),
    "yaml.p.expected_dash": (
        "un élément de liste (« - ») était attendu ici ; vérifiez l'indentation de cette ligne par "
        "rapport aux lignes précédentes"
    ),
    "yaml.p.block_end": (
        "l'indentation de cette ligne ne correspond pas à celle des lignes précédentes"
    ),
    "yaml.p.flow_sequence": "une liste entre [ ] n'est pas fermée : « , » ou « ] » était attendu",
    "yaml.p.end_of_file": "le fichier se termine avant que ce qui est ouvert ici soit fermé",
    "yaml.p.colon_here": "un « : » n'est pas admis ici ; mettez le texte entre guillemets",
    "yaml.p.anchor_name": "un nom (lettres ou chiffres) était attendu après « & » ou « * »",
    "yaml.p.directive": "directive inconnue (ligne commençant par « % »)",
    "yaml.p.document_start": "un nouveau document (« --- ») était attendu ici",
    "yaml.p.yaml_version": "la ligne %YAML demande une version autre que 1.x",
    "yaml.p.escape": (
        "séquence d'échappement inconnue après « \\ » dans un texte entre guillemets doubles ; "
        "écrivez « \\\\ » pour une barre oblique inverse, ou utilisez des guillemets simples"
    ),
    "yaml.p.no_value": "une valeur était attendue ici",
    "yaml.p.block_scalar": (
        "après « | » ou « > », seuls « + », « - », un chiffre d'indentation et un commentaire "
        "peuvent suivre sur la même ligne"
    ),
    "yaml.p.tag_end": "une étiquette « !<...> » n'est pas fermée par « > »",
    "yaml.p.tab_indent": "l'indentation de cette ligne contient une tabulation",
    "yaml.p.flow_mapping": "une table entre {{ }} n'est pas fermée : « , » ou « }} » était attendu",
    "chk.not_mapping": "un référentiel est une table YAML (id: ..., areas: ...)",
    "chk.version_semver": "version doit être un numéro de version sémantique, p. ex. 1.0.0",
    "chk.text_missing_lang": "le texte n'a pas de version « {lang} »",
    "chk.lang_not_listed": "« {lang} » ne figure pas dans languages ({languages})",
    "chk.level_values": (
        "les valeurs des niveaux doivent aller de 0 à N, sans trou ni doublon ; trouvé : {values}"
    ),
    "chk.level_key_twice": "la clé de niveau « {key} » est employée deux fois",
    "chk.na_reserved": "« {key} » est réservé (il signifie « sans objet »)",
    "chk.target_above_top": "target_level {target} dépasse le niveau le plus élevé, {top}",
    "chk.item_target_above_top": "la cible {target} dépasse le niveau le plus élevé, {top}",
    "chk.bands_order": (
        "les tranches d'appréciation vont du min_score le plus haut au plus bas, chacune en "
        "dessous de la précédente"
    ),
    "chk.last_band_zero": "la dernière tranche d'appréciation doit avoir min_score 0",
    "chk.band_twice": "la tranche d'appréciation « {key} » est employée deux fois",
    "chk.area_id_twice": "l'identifiant de domaine « {id} » est déjà employé à la ligne {line}",
    "chk.item_id_twice": "l'identifiant de point « {id} » est déjà employé à la ligne {line}",
    "chk.item_id_prefix": (
        "l'identifiant de point « {id} » doit commencer par celui de son domaine, « {area}- »"
    ),
    "chk.no_checklist": (
        "pas de référentiel « {spec} » : ce n'est ni un fichier ni un identifiant intégré ({known})"
    ),
    "chk.in_checklist": "référentiel {where} : {problem}",
    "chk.schema_unknown_key": "clé inconnue « {key} » ; clés admises ici : {allowed}",
    "chk.schema_required": "{field} est obligatoire",
    "chk.schema_type": "attendu : {expected} ; trouvé : {found}",
    "chk.schema_text": "attendu : un texte, ou une table code de langue → texte",
    "chk.schema_pattern": "{value} ne correspond pas au motif {pattern}",
    "cw.not_mapping": "une table de correspondance est une table YAML (from, to, items, new)",
    "cw.unknown_key": "clé inconnue « {key} » (clés admises : {allowed})",
    "cw.required": "« {key} » est obligatoire",
    "cw.items_mapping": (
        "items associe à chaque identifiant de point de l'ancienne version {{relation, to}}"
    ),
    "cw.new_list": "new est une liste d'identifiants de points de la nouvelle version",
    "cw.entry_mapping": "{item} : indiquez {{relation: ..., to: [...]}}",
    "cw.relation": "{item} : relation doit être l'une de ces valeurs : {relations}",
    "cw.to_list": "{item} : to est une liste d'identifiants de points",
    "cw.split_targets": "{item} : split demande au moins deux cibles",
    "cw.no_target": "{item} : {relation} ne prend aucune cible",
    "cw.one_target": "{item} : {relation} prend exactement une cible",
    "cw.target_twice": "{item} : une cible figure deux fois",
    "cw.not_in_version": "{item} n'est pas un point de la version {version}",
    "cw.target_not_in_version": "{item} : {target} n'est pas un point de la version {version}",
    "cw.missing": (
        "chaque point de la version {version} doit avoir une correspondance ; manquent : {items}"
    ),
    "cw.several_into_one": (
        "{target} est la cible de {items} : plusieurs points réunis en un, c'est « merged », et "
        "chacun d'eux doit l'indiquer"
    ),
    "cw.merged_alone": (
        "{item} est fusionné dans {target}, mais rien d'autre ne l'est : indiquez tous les points "
        "fusionnés dans {target}, ou écrivez same/reworded"
    ),
    "cw.new_but_mapped": (
        "{item} figure comme nouveau, mais des points de l'ancienne version y correspondent"
    ),
    "cw.listed_twice": "{item} figure deux fois",
    "cw.unlisted": (
        "les points de la version {version} auxquels rien ne correspond doivent figurer sous new : "
        "{items}"
    ),
    "cw.version_problem": "version {version} de {id} : {problem}",
    "cw.other_checklist": "{file} est le référentiel {id}, pas {expected}",
    "cw.in_file": "{file} : {problem}",
    "cw.not_published": (
        "le référentiel {id} {version} n'est pas une version intégrée publiée : seuls les "
        "référentiels intégrés ont des tables de correspondance"
    ),
    "cw.already": "l'auto-évaluation répond déjà à la version {version}",
    "cw.only_newer": (
        "l'auto-évaluation répond à la version {version} ; migrate ne passe qu'à une version plus "
        "récente (versions connues : {known})"
    ),
    "cw.no_chain": (
        "aucune table de correspondance ne mène de la version {old} à la version {new} de {id}"
    ),
    "roster.cannot_read": "impossible de lire la liste des unités attendues : {reason}",
    "roster.not_regular": "la liste des unités attendues n'est pas un fichier ordinaire",
    "roster.too_big": "la liste des unités attendues dépasse {limit} octets",
    "roster.format": (
        "la liste des unités attendues est un fichier .csv, .yaml, .yml ou .xlsx avec les colonnes "
        "country (ou pays), agency (ou service) et, au choix, unit, region, contact"
    ),
    "roster.too_many_rows": (
        "la liste des unités attendues compte {n} lignes ; {limit} au plus sont admises"
    ),
    "roster.not_text": "« {column} » doit être un texte",
    "roster.too_long": "« {column} » dépasse {limit} caractères",
    "roster.empty_value": "« {column} » est vide",
    "roster.bad_country": (
        "le pays {value} n'est pas un code ISO 3166-1 alpha-2 (deux lettres, p. ex. FR)"
    ),
    "roster.twice": (
        "le même pays, le même service et la même unité figurent deux fois ; la ligne n'est "
        "comptée qu'une fois"
    ),
    "roster.header_lacks": (
        "la ligne d'en-tête n'a pas {missing} ; les colonnes sont country (ou pays), agency (ou "
        "service) et, au choix, unit, region, contact"
    ),
    "roster.not_utf8": (
        "la liste des unités attendues n'est pas un texte UTF-8 ; enregistrez-la en UTF-8"
    ),
    "roster.csv_error": "le fichier CSV ne peut pas être lu : {reason}",
    "roster.empty": "la liste des unités attendues est vide",
    "roster.yaml_shape": (
        "une liste des unités attendues en YAML est une liste de lignes (country, agency, unit, "
        "region, contact), ou une table dont la clé « roster » contient cette liste"
    ),
    "roster.row_mapping": "une ligne de la liste des unités attendues est une table",
    "roster.unknown_key": "clé inconnue « {key} » ; une ligne a les clés {columns}",
    "roster.first_sheet_empty": "la première feuille de la liste des unités attendues est vide",
    "rules.cannot_read": "impossible de lire le fichier de règles : {reason}",
    "rules.not_regular": "le fichier de règles n'est pas un fichier ordinaire",
    "rules.too_big": "le fichier de règles dépasse {limit} octets",
    "rules.not_mapping": (
        "un fichier de règles est une table avec « rules » (une liste) et « default » (une classe)"
    ),
    "rules.unknown_key": "clé inconnue « {key} » : un fichier de règles a « rules » et « default »",
    "rules.default": (
        "« default » doit nommer la classe d'une évaluation à laquelle aucune règle ne s'applique "
        "(p. ex. regular)"
    ),
    "rules.rules_list": "« rules » doit être une liste de règles",
    "rules.too_many": "{n} règles ; {limit} au plus sont admises",
    "rules.rule_mapping": "une règle est une table avec « name », « class » et « when »",
    "rules.rule_unknown_key": (
        "clé inconnue « {key} » : une règle a « name », « class » et « when »"
    ),
    "rules.name_needed": "une règle doit avoir un « name » (texte)",
    "rules.name_twice": "le nom de règle « {name} » est employé deux fois (règle {rule})",
    "rules.class_needed": "une règle doit avoir une « class » (texte)",
    "rules.when_mapping": (
        "« when » doit être une table de conditions, toutes requises : {conditions}"
    ),
    "rules.unknown_condition": (
        "condition inconnue « {condition} » ; les conditions sont {conditions}"
    ),
    "rules.area_needed": "« gaps_in_area » demande « area », l'un de ces domaines : {areas}",
    "rules.rating_bands": (
        "« rating » prend les clés des tranches d'appréciation du référentiel {id} ({keys}), une "
        "liste de ces clés, ou « {last} » pour la tranche la plus basse ; pas {value}"
    ),
    "rules.comparisons": (
        "« {condition} » prend une table de comparaisons ({comparisons}), p. ex. {{at_least: 3}}"
    ),
    "rules.unknown_comparison": "comparaison inconnue « {op} » ; utilisez {comparisons}",
    "rules.number": "« {op} » prend un nombre",
    "rules.number_range": "« {op} » prend un nombre compris entre -1e9 et 1e9",
    "agg.more_rows.one": "… et {n} autre",
    "agg.more_rows.other": "… et {n} autres",
    "agg.more_problems.one": "(+{n} autre)",
    "agg.more_problems.other": "(+{n} autres)",
    "cons.periods_left_out.one": "{n} période comptant moins de {k} évaluations est écartée.",
    "cons.periods_left_out.other": "{n} périodes comptant moins de {k} évaluations sont écartées.",
    "cons.earlier_periods.one": (
        "{n} période antérieure ne figure pas en colonne ; la variation porte sur toutes les "
        "périodes."
    ),
    "cons.earlier_periods.other": (
        "{n} périodes antérieures ne figurent pas en colonnes ; la variation porte sur toutes les "
        "périodes."
    ),
    "rules.whole_number": "« {op} » porte sur un décompte : il prend un nombre entier",
    "migrate.summary": "{file} : version {old} -> {new} : {review}, {answer} ; écrit dans {out}",
    "audit.line": "Audité par {auditor}{role} le {date} : {levels}, {notes}",
    "carry.through_crosswalk": (
        "reporté de {id} {old} vers {new} par la table de correspondance : {review}, "
        "{answer}{retired}"
    ),
    "carry.not_carried.other": (
        "réponses portant sur des points que le référentiel {id} {version} ne contient plus, "
        "non reportées : {n} ({items})"
    ),
    "carry.new_items.other": (
        "points nouveaux dans {id} {version} qui demandent une réponse : {n} ({items})"
    ),
    "cmp.of_items.one": "{n} point sur {total}",
    "cmp.of_items.other": "{n} points sur {total}",
    "count.to_review.one": "{n} point à revoir",
    "count.to_review.other": "{n} points à revoir",
    "count.to_answer.other": "{n} à renseigner",
    "count.audit_levels.one": "{n} niveau audité",
    "count.audit_levels.other": "{n} niveaux audités",
    "count.audit_notes.one": "{n} note d'audit",
    "count.audit_notes.other": "{n} notes d'audit",
    "cmp.counted_same.one": "{n} inchangé",
    "cmp.counted_same.other": "{n} inchangés",
    "cmp.counted_up.one": "{n} en hausse",
    "cmp.counted_up.other": "{n} en hausse",
    "cmp.counted_down.one": "{n} en baisse",
    "cmp.counted_down.other": "{n} en baisse",
    "cmp.counted_added.one": "{n} ajouté",
    "cmp.counted_added.other": "{n} ajoutés",
    "cmp.counted_removed.one": "{n} retiré",
    "cmp.counted_removed.other": "{n} retirés",
    "cmp.counted_became_na.one": "{n} devenu sans objet",
    "cmp.counted_became_na.other": "{n} devenus sans objet",
    "cmp.counted_no_longer_na.one": "{n} n'est plus sans objet",
    "cmp.counted_no_longer_na.other": "{n} ne sont plus sans objet",
    "cmp.counted_not_comparable.one": "{n} non comparable",
    "cmp.counted_not_comparable.other": "{n} non comparables",
    "chk.translation": "Version en {language} : {date}",
    "lang_name.en": "anglais",
    "lang_name.fr": "français",
    "lang_name.es": "espagnol",
    "lang_name.ar": "arabe",
    "agg.not_an_assessment": (
        "ce fichier n'est pas une évaluation (les évaluations sont des fichiers .yaml, .yml, "
        ".xlsx ou .xlsm) : demandez à l'unité son auto-évaluation YAML ou son questionnaire "
        "rempli, ou retirez ce fichier du dossier"
    ),
    "agg.not_opened": "{kind} ; il n'a pas été ouvert",
    "agg.cannot_list": "impossible de lire ce dossier : {reason}",
    "agg.no_such_path": "fichier ou dossier introuvable",
    "agg.internal_error": (
        "erreur interne à la lecture de ce fichier ({what}) : un défaut de readiness, non un "
        "problème du fichier ; {where}"
    ),
    "agg.other_checklist": (
        "ce fichier répond au référentiel « {answered} », mais cette consolidation utilise « "
        "{used} » (choisissez le référentiel avec --checklist)"
    ),
    "agg.items_differ": (
        "ce fichier répond à la version {own} du référentiel « {id} », dont les points "
        "diffèrent de ceux de la version {version} utilisée pour cette consolidation"
    ),
    "severity.error": "erreur",
    "severity.warning": "avertissement",
    "period_shapes": "AAAA, AAAA-Qn (n de 1 à 4), AAAA-Hn (n de 1 à 2), AAAA-MM",
}

# click's own texts (usage errors, headings), keyed by click's English (cli/help_text.py).
CLICK: dict[str, str] = {
    "Usage:": "Utilisation :",
    "Options": "Options",
    "Commands": "Commandes",
    "Positional arguments": "Arguments",
    "Missing command.": "Commande manquante.",
    "Got unexpected extra argument ({args})": "Argument en trop ({args})",
    "Got unexpected extra arguments ({args})": "Arguments en trop ({args})",
    "default: {default}": "par défaut : {default}",
    "required": "obligatoire",
    "Did you mean {possibility}?": "Vouliez-vous dire {possibility} ?",
    "(Did you mean one of: {possibilities}?)": (
        "(Vouliez-vous dire l'une de ces options : {possibilities} ?)"
    ),
    "Missing argument": "Argument manquant",
    "Missing option": "Option manquante",
    "Missing parameter": "Paramètre manquant",
    "Invalid value for {param_hint}: {message}": "Valeur non valide pour {param_hint} : {message}",
    "Invalid value: {message}": "Valeur non valide : {message}",
    "Error: {message}": "Erreur : {message}",
    "Try '{command} {option}' for help.": "Pour l'aide, lancez « {command} {option} ».",
    "No such option {name!r}.": "Option inconnue : {name!r}.",
    "No such command {name!r}.": "Commande inconnue : {name!r}.",
    "{value!r} is not {choice}.": "{value!r} n'est pas {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} n'est pas l'une des valeurs {choices}.",
    "{value} is not in the range {range}.": "{value} n'est pas dans l'intervalle {range}.",
    "{value!r} is not a valid {number_type}.": (
        "{value!r} n'est pas un nombre valide ({number_type})."
    ),
    "Option {name!r} does not take a value.": "L'option {name!r} ne prend pas de valeur.",
    "Option {name!r} requires an argument.": "L'option {name!r} demande une valeur.",
    "Option {name!r} requires {nargs} arguments.": "L'option {name!r} demande {nargs} valeurs.",
    "Show the version and exit.": "Afficher la version et quitter.",
    "Show this message and exit.": "Afficher ce message et quitter.",
}
