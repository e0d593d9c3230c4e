"""Catalogue: Spanish (español): neutral international Spanish as INTERPOL and the UN write it."""

MESSAGES: dict[str, str] = {
    "agency": "Organismo",
    "unit": "Unidad",
    "country": "País",
    "period": "Período",
    "assessed_on": "Evaluado el",
    "assessor": "Evaluador(a)",
    "checklist": "Lista de verificación",
    "version": "Versión",
    "score": "Puntuación",
    "rating": "Calificación",
    "maturity": "Madurez",
    "area": "Ámbito",
    "areas": "Ámbitos",
    "item": "Elemento",
    "items": "Elementos",
    "title": "Título",
    "requirement": "Requisito",
    "guidance": "Orientaciones",
    "applicable": "Aplicables",
    "na": "no aplicable",
    "gaps": "Brechas",
    "gap": "Brecha",
    "critical": "Crítico",
    "critical_gaps": "Brechas críticas",
    "unevidenced": "Sin evidencias",
    "weight": "Ponderación",
    "weight_sum": "Suma de las ponderaciones aplicables",
    "target": "Nivel objetivo",
    "level": "Nivel",
    "declared_level": "Nivel declarado",
    "effective_level": "Nivel efectivo",
    "priority": "Prioridad",
    "flags": "Alertas",
    "action": "Acción propuesta",
    "owner": "Responsable",
    "due": "Fecha límite",
    "evidence": "Evidencias",
    "notes": "Observaciones",
    "justification": "Justificación",
    "top_gaps": "Principales brechas",
    "no_gaps": "Sin brechas: todos los elementos aplicables alcanzan su nivel objetivo.",
    "not_applicable_items": "No aplicables",
    "arithmetic": "Cálculo de la puntuación",
    "formula": (
        "puntuación = 100 × Σ(ponderación × mín(efectivo, objetivo) / objetivo) / Σ "
        "ponderación, sobre los elementos aplicables"
    ),
    "counts_line": (
        "{items} elementos, {applicable} aplicables, {na} no aplicables; suma de las "
        "ponderaciones aplicables: {weights}"
    ),
    "report_written": "Informe de brechas guardado en {path}",
    "more_gaps": "… y {n} brechas más (véase el informe de brechas, o use --all-gaps)",
    "more_gaps_no_report": "… y {n} brechas más (--all-gaps las muestra todas)",
    "below_threshold": (
        "la puntuación {score} es inferior al umbral {threshold} fijado con --fail-under"
    ),
    "flag_unevidenced": "sin evidencias",
    "flag_stale_evidence": "evidencias antiguas",
    "flag_unanswered": "sin respuesta",
    "flag_overdue": "plazo vencido",
    "flag_done_gap_open": "hecha, brecha abierta",
    "flag_exception_expired": "excepción vencida",
    "status": "Estado",
    "rating_capped_by": "Calificación limitada por",
    "status_open": "abierta",
    "status_in_progress": "en curso",
    "status_done": "hecha",
    "status_dropped": "abandonada",
    "valid": "válido",
    "yes": "sí",
    "no": "no",
    "invalid": "no válido",
    "latest": "la más reciente",
    "personal_data_notice": (
        "Datos personales: las evidencias y observaciones solo contienen referencias de "
        "documentos (título, fecha, número de expediente) y cifras agregadas, nunca nombres ni "
        "otros datos personales de niños, niñas y adolescentes, víctimas, sospechosos o "
        "personal."
    ),
    "evidence_required": "evidencias exigidas",
    "na_allowed": "admite no aplicable",
    "source": "Fuente",
    "valid_checklist": "lista de verificación válida",
    "valid_crosswalk": "tabla de correspondencias válida",
    "assessment_rules": "Reglas de evaluación",
    "source_basis": "Fundamento",
    "basis_report": "informe",
    "basis_derived": "derivado",
    "files_checked": "Archivos verificados: {n}; válidos: {ok}; no válidos: {bad}",
    "summary": "Resumen",
    "gap.report": "Informe de brechas",
    "gap.written_by": "{checklist} — generado por readiness {version} a partir de {file}",
    "gap.gaps_title": "Brechas por orden de prioridad",
    "gap.gaps_note": (
        "Prioridad = ponderación × brecha, × 2 para un elemento crítico. La más alta primero."
    ),
    "gap.items_title": "Todos los elementos",
    "gap.items_note": (
        "Auditores: si no está de acuerdo con el nivel declarado, elija un nivel auditado "
        "(vacío = se acepta el nivel declarado) y explíquelo en la nota de auditoría; después "
        "ejecute «readiness compare» sobre este libro."
    ),
    "rank": "Orden",
    "gap.item_score": "Puntuación del elemento",
    "gap.audit_level": "Nivel auditado",
    "audit_note": "Nota de auditoría",
    "gap.audit_prompt": (
        "Vacío = se acepta el nivel declarado. Elija un nivel de la lista o escriba su número, "
        "su clave o n/a."
    ),
    "gap.weighted_scores": "Σ ponderación × puntuación del elemento",
    "gap.computation": "Cálculo",
    "gap.fingerprint": "Huella digital",
    "gap.chart_title": "Puntuación por ámbito",
    "gap.levels": "Niveles",
    "gap.details": "Detalles",
    "gap.more_gaps_sheet": "… y {n} brechas más en la hoja «{sheet}».",
    "page_of": "Página {page} de {pages}",
    "gap.label": "Denominación",
    "gap.description": "Descripción",
    "quest.sheet": "Respuestas",
    "quest.heading": "Cuestionario de autoevaluación",
    "quest.subtitle": (
        "{checklist} — lista de verificación {id} {version}, generado por readiness {readiness}"
    ),
    "quest.assessor_role": "Cargo del evaluador o la evaluadora",
    "quest.hint_required": "obligatorio",
    "quest.hint_optional": "opcional",
    "quest.hint_country": "obligatorio: código ISO 3166-1 alfa-2, p. ej. ES, MX, CO",
    "quest.hint_period": (
        "obligatorio: AAAA, AAAA-Qn (trimestre), AAAA-Hn (semestre) o AAAA-MM, p. ej. 2026-Q4"
    ),
    "quest.hint_date": "obligatorio: AAAA-MM-DD",
    "quest.hint_checklist": (
        "no modificar: las respuestas siguientes corresponden a esta lista de verificación"
    ),
    "quest.how_level": (
        "Nivel: elija en la lista o escriba un número ({levels}), una clave ({keys}) o n/a. n/a "
        "(no aplicable) solo si el elemento lo permite (columna «{na_col}»), con una "
        "justificación."
    ),
    "quest.how_evidence": (
        "Evidencias: un documento por línea; para fecharlo, añada «{sep}AAAA-MM-DD», p. ej. "
        "«Calendario de guardias de la línea de ayuda a la infancia{sep}2026-03-01». "
        "Fechas: AAAA-MM-DD."
    ),
    "quest.how_check": (
        "Rellene las celdas amarillas, guarde en .xlsx y ejecute: readiness validate ARCHIVO y "
        "readiness assess ARCHIVO"
    ),
    "quest.evidence_required": "Evidencias exigidas",
    "quest.na_allowed": "Admite no aplicable",
    "quest.exception_reason": "Excepción: motivo",
    "quest.exception_approved_by": "Excepción: aprobada por",
    "quest.exception_approved_on": "Excepción: aprobada el",
    "quest.exception_expires": "Excepción: vence el",
    "quest.carried_over": "Trasladado",
    "quest.status_prompt": (
        "Estado de la acción que cierra la brecha: open (abierta), in_progress (en curso), done "
        "(hecha), dropped (abandonada)."
    ),
    "quest.level_prompt": "Elija un nivel de la lista o escriba su número, su clave o n/a.",
    "cons.heading": "Consolidación de las autoevaluaciones",
    "cons.overview": "Visión general",
    "cons.regions": "Regiones",
    "cons.trend": "Evolución",
    "cons.inputs": "Archivos recibidos",
    "cons.accepted": "Aceptados",
    "cons.superseded": "Sustituidos",
    "cons.other_period": "Otro período",
    "cons.rules_subtitle": "Período de referencia {period}; reglas de seguimiento: {rules}",
    "cons.superseded_by": "Sustituido por",
    "cons.reason": "Motivo",
    "cons.warnings": "Advertencias",
    "cons.file": "Archivo",
    "cons.kind": "Tipo",
    "cons.reason_audited": "un informe de brechas auditado de la misma unidad y el mismo período",
    "cons.reason_older": "una evaluación más reciente de la misma unidad y el mismo período",
    "cons.reason_identical": "archivo idéntico enviado dos veces",
    "cons.reason_same_date": (
        "misma fecha, contenido distinto: se conserva el archivo cuya ruta va primero en orden "
        "alfabético"
    ),
    "cons.yaml": "YAML",
    "cons.questionnaire": "cuestionario",
    "cons.gap_report": "informe de brechas",
    "cons.gap_report_audited": "informe de brechas auditado",
    "cons.status_accepted": "aceptado",
    "cons.status_superseded": "sustituido",
    "cons.status_other_period": "otro período",
    "cons.status_received": "recibido",
    "cons.status_missing": "pendiente",
    "cons.status_unexpected": "no previsto",
    "cons.regions_heading": (
        "Por región: cobertura, puntuación media, calificaciones y medias por ámbito"
    ),
    "cons.regions_legend": (
        "Regiones de INTERPOL (la región indicada en la lista de unidades previstas prevalece "
        "sobre la del país); envíos aceptados del período de referencia."
    ),
    "cons.chart_ratings": "Calificaciones por región",
    "cons.chart_areas": "Medias por ámbito y región",
    "chart_trend": "Puntuación media por período",
    "cons.coverage_heading": "Unidades previstas y envíos recibidos",
    "cons.coverage_legend": (
        "Recibidos: {received} de {expected} previstos ({share}); pendientes: {missing}; fuera "
        "de la lista: {unexpected}."
    ),
    "cons.areas_heading": "Puntuaciones por ámbito de los envíos aceptados",
    "cons.areas_legend": (
        "Los colores siguen los umbrales de calificación de la lista de verificación; media, "
        "mínimo y máximo arriba."
    ),
    "cons.areas_legend_anonymised": (
        "Media de los envíos aceptados del período de referencia; por región en la hoja Regiones."
    ),
    "mean": "Media",
    "min": "Mínimo",
    "max": "Máximo",
    "cons.items_heading": "Elementos en el conjunto de los envíos aceptados",
    "cons.items_legend": (
        "En el objetivo: nivel efectivo ≥ nivel objetivo, entre los envíos en los que el "
        "elemento es aplicable. Nivel medio: media de los niveles efectivos en esos mismos "
        "envíos."
    ),
    "cons.applicable_n": "Aplicable en",
    "at_target_n": "En el objetivo",
    "cons.at_target_share": "Proporción en el objetivo",
    "cons.mean_level": "Nivel medio",
    "cons.na_n": "No aplicable",
    "gaps_n": "Con brecha",
    "cons.gaps_heading": "Brechas más frecuentes en los envíos aceptados",
    "cons.gaps_legend": "Primero las más frecuentes; después, la mayor brecha acumulada.",
    "cons.share_of_applicable": "Proporción de los aplicables",
    "cons.mean_gap": "Brecha media",
    "cons.trend_heading": "Puntuación media por período y puntuación de cada unidad por período",
    "cons.units_heading": "Unidades con varios períodos",
    "cons.change": "Variación",
    "cons.no_trend": "Ninguna unidad tiene envíos aceptados de varios períodos.",
    "cons.rejected_heading": "Archivos rechazados y motivos",
    "cons.severity": "Gravedad",
    "cons.location": "Ubicación",
    "cons.message": "Problema",
    "cons.field": "Campo",
    "cons.line_column": "línea {line}, columna {column}",
    "cons.no_rejected": "No se rechazó ningún archivo.",
    "cmpwb.figure": "Indicador",
    "changes": "Cambios",
    "cmpwb.area_scores": "Puntuaciones por ámbito",
    "cmpwb.all_items": "Todos los elementos de ambas partes (filtre por la columna Cambio)",
    "agg.heading": "Consolidación",
    "agg.heading_anonymised": "Consolidación (anonimizada)",
    "agg.inputs": "Archivos",
    "agg.reporting_period": "Período de referencia",
    "agg.mean_score": "Puntuación media",
    "agg.ratings": "Calificaciones",
    "agg.follow_up": "Seguimiento",
    "agg.follow_up_rules": "Reglas de seguimiento",
    "agg.built_in": "integradas",
    "agg.custom_rules": "personalizadas",
    "agg.coverage": "Cobertura",
    "agg.regions": "Por región",
    "agg.area_means_by_region": "Medias por ámbito y región",
    "agg.rules_note": "(reglas de seguimiento: {rules})",
    "agg.region": "Región",
    "agg.expected": "Previstos",
    "agg.received": "Recibidos",
    "agg.submissions": "Envíos",
    "agg.common_gaps": "Brechas más frecuentes",
    "agg.no_gaps": "Ningún envío aceptado presenta brechas.",
    "agg.class": "Clase",
    "agg.rule": "Regla",
    "agg.follow_up_list": "Seguimiento distinto de «{default}»",
    "agg.missing": "Envíos pendientes",
    "agg.unexpected": "Envíos no previstos (fuera de la lista)",
    "agg.contact": "Contacto",
    "agg.rejected": "Rechazados",
    "agg.rejected_hint": (
        "Todos los problemas figuran en la hoja Rechazados del libro y en --format json."
    ),
    "agg.rejected_hint_json": "Todos los problemas figuran en --format json.",
    "agg.no_accepted": "No se aceptó ningún envío para este período.",
    "agg.anonymised_note": (
        "Anonimizado para su publicación: sin nombres de organismos, unidades, países ni "
        "archivos; solo cifras por región y globales, en un orden fijo (sin clasificación). Las "
        "regiones con menos de {k} envíos se agrupan en «Otras regiones»."
    ),
    "agg.merged_note": "Agrupadas en «Otras regiones»: {regions}.",
    "agg.suppressed_group": (
        "«Otras regiones» tiene menos de {k} envíos: sus cifras no se publican."
    ),
    "agg.suppressed_all": "Menos de {k} envíos en este período: no se publica ninguna cifra.",
    "agg.suppressed": "no publicado",
    "agg.region_Africa": "África",
    "agg.region_Americas": "Las Américas",
    "agg.region_Asia and South Pacific": "Asia y Pacífico Sur",
    "agg.region_Europe": "Europa",
    "agg.region_Middle East and North Africa": "Oriente Medio y Norte de África",
    "agg.region_Unknown region": "Región desconocida",
    "agg.region_Other regions": "Otras regiones",
    "agg.follow_up_enhanced": "intensificado",
    "agg.follow_up_regular": "regular",
    "agg.follow_up_lowest band": "calificación más baja",
    "agg.follow_up_critical item at 0": "elemento crítico en 0",
    "agg.follow_up_3 or more overdue actions": "3 o más acciones con plazo vencido",
    "agg.follow_up_default": "por defecto",
    "cmp.comparison": "Comparación",
    "cmp.audit_comparison": "Niveles declarados frente a la auditoría",
    "cmp.base": "Referencia",
    "cmp.other": "Comparado",
    "cmp.declared": "Declarado",
    "cmp.audit": "Auditoría",
    "cmp.delta": "Δ",
    "cmp.change": "Cambio",
    "cmp.audit_cell": "Celda de auditoría",
    "cmp.changed_items": "Elementos modificados",
    "cmp.audited_items": "Elementos modificados o anotados por la auditoría",
    "cmp.no_changes": "Ningún elemento ha cambiado.",
    "cmp.no_item_moved_score_did": (
        "No cambió el nivel, las alertas ni la acción de ningún elemento; la puntuación varió "
        "por las ponderaciones o los niveles objetivo de la lista de verificación."
    ),
    "cmp.effective": "Efectivo",
    "cmp.flag_changes": "Alertas",
    "cmp.action_status": "Estado de la acción",
    "cmp.level_rose": "nivel al alza",
    "cmp.level_did_not_rise": "nivel sin aumento",
    "cmp.no_status": "ninguno",
    "cmp.critical_legend": "! = crítico",
    "cmp.change_same": "sin cambios",
    "cmp.change_up": "al alza",
    "cmp.change_down": "a la baja",
    "cmp.change_added": "añadido",
    "cmp.change_removed": "suprimido",
    "cmp.change_became_na": "pasa a no aplicable",
    "cmp.change_no_longer_na": "deja de ser no aplicable",
    "cmp.change_not_comparable": "no comparable",
    "cmp.note_identical": "los dos archivos contienen la misma evaluación: ningún elemento cambia",
    "cmp.note_versions": (
        "las versiones de la lista de verificación difieren ({base} y {other}): se comparan los "
        "elementos comunes; los demás figuran como añadidos o suprimidos"
    ),
    "cmp.note_versions_mapped": (
        "las versiones de la lista de verificación difieren ({base} y {other}): las respuestas "
        "de la {older} se trasladan a la {newer} mediante la tabla de correspondencias y se "
        "comparan elemento por elemento; los elementos sin equivalente no son comparables; cada"
        " lado conserva la puntuación de su propia versión"
    ),
    "cmp.note_no_audit": (
        "no se ha indicado ningún nivel auditado: se acepta cada nivel declarado tal cual"
    ),
    "cmp.note_audit_counts": "niveles auditados indicados: {levels}; notas de auditoría: {notes}",
    "cmp.applicable_items": "Elementos aplicables",
    "cmp.checklist_version": "Versión de la lista de verificación",
    "cmpcli.not_gap_report": (
        "{file} es un archivo {kind}; con un solo archivo, compare lee un informe de brechas "
        "generado por «readiness assess» cuyas columnas de auditoría se hayan rellenado. Para "
        "comparar dos evaluaciones, indique ambas: readiness compare REFERENCIA OTRA"
    ),
    "cmpcli.audit_ignored": (
        "nota: las columnas de auditoría de {file} no se utilizan al comparar dos archivos; "
        "ejecute «readiness compare {file}» solo para comparar sus niveles declarados con la "
        "auditoría"
    ),
    "cmpcli.written": "Libro de comparación guardado en {path}",
    "rating.rating_capped": "Calificación limitada a «{band}»: {reasons}",
    "rating.cap_absent": "{item} (crítico) está en el nivel 0",
    "rating.cap_below_target": (
        "{item} (crítico) está en el nivel {level}, por debajo de su nivel objetivo {target}"
    ),
    "rating.score_alone": "la puntuación por sí sola da «{band}»",
    "rating.without_exceptions": "{rating}; {strict} sin {n} excepción",
    "rating.without_exceptions_plural": "{rating}; {strict} sin {n} excepciones",
    "rating.exceptions": "Excepciones",
    "rating.exception_line": (
        "{item}: aprobada por {approved_by} el {approved_on}, vence el {expires} — {reason}"
    ),
    "rating.exception_expired_line": (
        "{item}: VENCIDA el {expires} (aprobada por {approved_by}); sin efecto"
    ),
    "rating.rating_reason": "Motivo de la calificación",
    "migrate.migrated": (
        "Migrado por readiness de la versión {old} a la versión {new} de la lista de "
        "verificación. Las líneas que empiezan por REVIEW o ANSWER requieren su atención; el "
        "resto se ha trasladado sin cambios."
    ),
    "migrate.reworded": (
        "REVIEW: redactado de nuevo en la versión {new} (era {sources} en la {old}): compruebe "
        "la respuesta a la luz del nuevo requisito."
    ),
    "migrate.merged": (
        "REVIEW: fusionado en la versión {new} a partir de {sources}: se conserva el más bajo "
        "de sus niveles, con todas sus evidencias y observaciones."
    ),
    "migrate.split": (
        "REVIEW: dividido en la versión {new} a partir de {sources}: esta es la respuesta a "
        "{sources}; compruébela para esta parte."
    ),
    "migrate.carried": "REVIEW: trasladado de {sources} a través de varias versiones.",
    "migrate.new": "ANSWER: nuevo en la versión {new}.",
    "migrate.again": (
        "ANSWER de nuevo: {reason}; la respuesta trasladada de {sources} era: {answer}."
    ),
    "migrate.unanswered_source": "ANSWER: {sources} no tenía respuesta.",
    "migrate.reason_na": "no aplicable ya no se admite para {item}",
    "migrate.reason_level": "el nivel {level} no existe en la versión {version}",
    "migrate.retired": (
        "Respuestas a elementos suprimidos en la versión {new}, conservadas para que conste (no "
        "forman parte de esta autoevaluación):"
    ),
    "yaml.template_head": (
        "Autoevaluación conforme a: {title}\nLista de verificación {id} {version}. Rellene cada "
        "«level:» de abajo y ejecute:\n    readiness validate {file}\n    readiness assess "
        "{file}\nNiveles: {levels}, o n/a (no aplicable: solo si el elemento lo permite, con "
        "una justificación).\nEvidencias: una lista de textos, o de {{ref: ..., date: "
        "AAAA-MM-DD}}."
    ),
    "yaml.export_head": "Autoevaluación conforme a: {title} ({id} {version})",
    "yaml.weight": "ponderación {weight}",
    "yaml.target": "nivel objetivo {target}",
    "yaml.critical": "crítico",
    "yaml.evidence_hint": (
        "una línea «- referencia del documento» por evidencia, debajo de esta línea"
    ),
    "yaml.justification_hint": "solo con n/a: por qué el elemento no se aplica a la unidad",
    "labelled": "{label}: {text}",
    "label_colon": "{label}:",
    "cons.written": "Libro de consolidación guardado en {path}",
    "carry.from": (
        "Trasladado desde {file} ({period}) a {next}: cada respuesta, evidencia, responsable, "
        "fecha límite, nota, estado de la acción y excepción tal como estaban. Revíselos, "
        "actualice lo que haya cambiado y ejecute: readiness validate {out}"
    ),
    "carry.audited": "Los niveles trasladados son los auditados.",
    "carry.stale_count": (
        "Evidencias fechadas con más de {days} días al {date}: {n}; marcadas «Evidencia "
        "ANTIGUA» más abajo; renuévelas."
    ),
    "carry.stale_line": (
        "Evidencia ANTIGUA: «{ref}», del {date}, tiene {age} días (más de {days})"
    ),
    "schema.title": "Autoevaluación readiness: {title}",
    "schema.description": (
        "Las respuestas de una unidad a una lista de verificación, esquema "
        "generado por `readiness checklist schema {id}` a partir de las grafías"
        " que acepta el validador."
    ),
    "schema.text": (
        "Un texto que no consista solo en espacios (un número se lee tal como está escrito)."
    ),
    "schema.optional_text": "Un texto, o nada (solo espacios equivale a nada).",
    "schema.date": "Una fecha real, AAAA-MM-DD, dígitos 0-9.",
    "schema.period": (
        "{shapes}; en francés también AAAA-Tn (trimestre) y AAAA-Sn (semestre),"
        " leídos como Qn y Hn."
    ),
    "schema.country": "Código ISO 3166-1 alfa-2, en mayúsculas o minúsculas (NO es Noruega).",
    "schema.status": "Situación de la acción para cerrar la brecha.",
    "schema.exception": (
        "Una excepción aprobada (su vencimiento no puede ser anterior a su "
        "aprobación: lo comprueba solo readiness)."
    ),
    "schema.evidence": (
        "Textos, o {ref: ..., date: AAAA-MM-DD}; un texto solo equivale a una lista de uno."
    ),
    "schema.level": (
        "Un número de nivel, su clave o su etiqueta en cualquier mayúscula o "
        "minúscula e idioma ({names}), o «N - nombre» como lo muestra la lista "
        "desplegable del cuestionario"
    ),
    "schema.level_na": "; o n/a ({words})",
    "gap.report_audited": "Informe de brechas auditado",
    "gap.for_the_auditor": "Para el auditor o la auditora",
    "gap.auditor_hint": (
        "Indique su nombre, cargo y la fecha de auditoría, y sus niveles auditados y notas en "
        "la hoja Elementos; después ejecute: readiness assess ESTE-ARCHIVO --audited"
    ),
    "gap.auditor_name": "Auditor(a)",
    "gap.auditor_role": "Cargo del auditor o la auditora",
    "gap.audit_date": "Fecha de auditoría",
    "gap.audited_by": "Auditado por",
    "gap.audited_result": "Resultado auditado",
    "gap.audited_rule": (
        "niveles auditados donde la auditoría dio uno, niveles declarados por la unidad en los "
        "demás; la declaración queda incorporada como referencia"
    ),
    "gap.declared_fingerprint": "Huella de la declaración de la unidad",
    "audit.needs_gap_report": (
        "--audited lee un informe de brechas generado por «readiness assess» cuyas columnas de "
        "auditoría se han rellenado; este es un {kind}"
    ),
    "audit.missing_field": "el campo «{field}» es obligatorio para un resultado auditado; "
    "rellénelo aquí",
    "audit.bad_date": "«{value}» no es una fecha; escriba la fecha de auditoría como AAAA-MM-DD",
    "audit.written": "Informe de brechas auditado guardado en {path}",
    # Validation of a self-assessment (reading/validation.py)
    "val.hint_spaces": "; quite los espacios que lo rodean: {value}",
    "val.hint_country_letters": "; un código de país tiene dos letras",
    "val.hint_country": "; ¿quiso decir {code} ({name})?",
    "val.hint_uk": "; el código del Reino Unido es GB",
    "val.hint_key": "; ¿quiso decir «{hint}»?",
    "val.hint_item": "; ¿quiso decir {hint}?",
    "val.top_level": "el nivel superior",
    "val.hint_comma": (
        "; si forma parte de un texto que contiene una coma, ponga el texto entre comillas"
    ),
    "val.unknown_key": (
        "clave desconocida «{key}» en {where}{suggestion} (claves admitidas: {allowed})"
    ),
    "val.only_spaces": " (solo contiene espacios)",
    "val.required": "{field} es obligatorio{blank}",
    "val.not_text": "{field} debe ser un texto, no {kind}",
    "val.date_required": "{field} es obligatorio (AAAA-MM-DD)",
    "val.date_spaces": "«{text}» tiene espacios alrededor de la fecha; escriba {fixed}",
    "val.date_not_real": "{text} no es una fecha real (compruebe el día y el mes)",
    "val.date_shape": "«{text}» no es una fecha; escríbala AAAA-MM-DD, p. ej. 2026-11-20",
    "val.date_range": (
        "{day} está fuera de las fechas que readiness admite ({first} a {last}); compruebe el año"
    ),
    "val.kind_bool": "verdadero/falso (true/false)",
    "val.kind_mapping": "un mapa de claves",
    "val.kind_list": "una lista",
    "val.kind_number": "un número",
    "val.kind_text": "un texto",
    "val.level_spaces": "el nivel «{value}» tiene espacios alrededor; escriba {fixed}",
    "val.level_mixed": (
        "el nivel «{text}» da el número {number} pero el nombre del nivel {named}; escriba un "
        "solo nivel: {number} ({names}) o {named}"
    ),
    "val.level_after_number": (
        "nivel «{text}»: después de {number}{separator} solo se admite el nombre del nivel "
        "{number} ({names}); escriba {number}"
    ),
    "val.not_mapping": (
        "una autoevaluación es un mapa YAML que empieza por «checklist:»; ejecute «readiness "
        "init» para obtener una plantilla"
    ),
    "val.checklist_exact": "checklist: escriba el identificador exactamente, {id}",
    "val.checklist_other": (
        "este archivo responde a la lista de verificación «{answered}», pero se está "
        "verificando con «{used}» (use --checklist)"
    ),
    "val.version_differs": (
        "checklist_version {version} difiere de la versión de la lista de verificación, {checklist}"
    ),
    "val.future": "assessed_on {date} es una fecha futura",
    "val.assessor_mapping": "assessor es un mapa con name y role",
    "val.period_required": "period es obligatorio (p. ej. 2026-Q4)",
    "val.period_spaces": "el período «{text}» tiene espacios alrededor; escriba {fixed}",
    "val.period_shape": (
        "el período «{text}» no tiene la forma {shapes} (en francés también AAAA-Tn y AAAA-Sn), "
        "p. ej. 2026-Q4"
    ),
    "val.agency_required": "agency es obligatorio (name y country)",
    "val.agency_mapping": "agency es un mapa con name, unit y country",
    "val.country_required": "agency.country es obligatorio",
    "val.country_bad": (
        "«{text}» no es un código de país ISO 3166-1 alfa-2 (dos letras, p. ej. ES, MX, CO){hint}"
    ),
    "val.responses_required": (
        "responses es obligatorio: una entrada por elemento de la lista de verificación"
    ),
    "val.responses_mapping": (
        "responses es un mapa de identificador de elemento a respuesta (p. ej. HELP-01:)"
    ),
    "val.not_an_item": "«{item}» no es un elemento de la lista de verificación {id}{suggestion}",
    "val.no_response_scored": "{item} no tiene respuesta: se puntúa como nivel 0 (sin respuesta)",
    "val.and_more": " y {n} más",
    "val.no_response_one": (
        "1 elemento no tiene respuesta: {items}{more} (respóndalo, o use --allow-incomplete "
        "para puntuarlo como 0)"
    ),
    "val.no_response_many": (
        "{n} elementos no tienen respuesta: {items}{more} (respóndalos, o use "
        "--allow-incomplete para puntuarlos como 0)"
    ),
    "val.response_mapping": "la respuesta a {item} es un mapa con al menos «level:»",
    "val.no_level_scored": "{item} no tiene nivel: se puntúa como nivel 0 (sin respuesta)",
    "val.no_level": "{item} no tiene nivel; indique uno de {choices}",
    "val.na_not_allowed": (
        "{item} no admite n/a (no aplicable): se aplica a todas las unidades; indique uno de "
        "{choices}"
    ),
    "val.na_justification": (
        "n/a (no aplicable) requiere una «justification:» que explique por qué {item} no se aplica"
    ),
    "val.status_bad": "el estado «{text}» no es uno de {statuses}{suggestion}",
    "val.exception_mapping": "exception es un mapa con reason, approved_by, approved_on y expires",
    "val.exception_dates": (
        "la excepción vence ({expires}) antes de haber sido aprobada ({approved})"
    ),
    "val.exception_useless": (
        "{item} alcanza su nivel objetivo: la excepción no tiene nada que cubrir; elimínela"
    ),
    "val.evidence_list": "evidence es una lista de textos, o de {{ref: ..., date: AAAA-MM-DD}}",
    "val.evidence_later": "evidencia fechada el {date}, posterior a assessed_on {assessed}",
    "val.evidence_empty": (
        "esta evidencia está vacía (solo espacios); indique el documento o elimínela"
    ),
    "val.evidence_entry": "cada evidencia es un texto, o un mapa {{ref: ..., date: AAAA-MM-DD}}",
    # Digits other than 0-9 (core/formats.py)
    "val.digits_date": (
        "la fecha «{text}» está escrita con cifras distintas de 0-9; solo se admiten 0-9 "
        "(escriba {fixed})"
    ),
    "val.digits_level": (
        "el nivel «{text}» está escrito con cifras distintas de 0-9; solo se admiten 0-9 "
        "(escriba {fixed})"
    ),
    "val.digits_period": (
        "el período «{text}» está escrito con cifras distintas de 0-9; solo se admiten 0-9 "
        "(escriba {fixed})"
    ),
    # Reading YAML (reading/yaml_loading.py)
    "yaml.what_file": "el archivo",
    "yaml.what_checklist": "la lista de verificación",
    "yaml.what_rules_file": "el archivo de reglas",
    "yaml.what_roster": "la lista de unidades previstas",
    "yaml.number_long": (
        "un número de {n} caracteres supera los {limit} admitidos; póngalo entre comillas si es "
        "un texto"
    ),
    "yaml.number_infinite": (
        "«{text}» no es un número finito (no se admiten NaN ni el infinito); póngalo entre "
        "comillas si es un texto"
    ),
    "yaml.not_utf8": (
        "el archivo no es texto UTF-8 (byte {byte}); guárdelo en UTF-8 y vuelva a intentarlo"
    ),
    "yaml.too_big": "{what} ocupa {n} bytes; se admiten como máximo {limit}",
    "yaml.utf16": "el archivo es texto UTF-16; guárdelo en UTF-8 y vuelva a intentarlo",
    "yaml.binary": "{what} contiene datos binarios, no texto YAML",
    "yaml.quote_open": (
        "la comilla {quote} abierta aquí no se cierra nunca; termine el texto con {quote} en la "
        "misma línea"
    ),
    "yaml.colon_in_text": (
        "un «: » dentro de un texto que no está entre comillas; ponga todo el texto entre "
        'comillas, p. ej. name: "Brigada: unidad en línea"'
    ),
    "yaml.dash_after_empty": (
        "una línea «- » debajo de una clave a la que ya se dio una lista vacía («[]»); quite el "
        "«[]» y conserve las líneas «- » debajo de la clave"
    ),
    "yaml.too_deep": "los datos están anidados en más de {limit} niveles",
    "yaml.tab": "{problem} (un tabulador: YAML se sangra con espacios, nunca con tabuladores)",
    "yaml.syntax": "error de sintaxis YAML: {problem}",
    "yaml.bad_character": "el archivo contiene un carácter que YAML no admite ({reason})",
    "yaml.too_many": "el archivo tiene más de {limit} elementos YAML",
    "yaml.two_documents": (
        "el archivo contiene más de un documento YAML (un segundo «---»); ponga una sola "
        "autoevaluación en cada archivo"
    ),
    "yaml.alias": "no se admiten alias (*{anchor}); escriba el valor completo",
    "yaml.anchor": "no se admiten anclas (&{anchor}); escriba cada valor completo",
    "yaml.tag": "no se admite la etiqueta YAML {tag}",
    "yaml.text_long": "un texto de {n} caracteres supera los {limit} admitidos",
    "yaml.collection_key": "una lista o un mapa no puede usarse como clave",
    "yaml.duplicate_key": (
        "clave «{key}» duplicada: primero en la línea {first}, de nuevo en la línea {again}; "
        "conserve una"
    ),
    "version.latest_note": (
        "sin checklist_version: se verifica con la versión más reciente de "
        "{spec}, {latest} (escriba checklist_version: para elegir una)"
    ),
    "version.unknown": (
        "la lista de verificación {id} no tiene la versión {version}; versiones conocidas: {known}"
    ),
    # output and input files (cli, output_files, file_reading)
    "out.over_input": "{out}: no se escribe sobre el archivo de entrada; elija otro nombre",
    "out.no_folder": "{out}: la carpeta {folder} no existe",
    "out.not_folder": "{out}: {folder} no es una carpeta",
    "out.is_folder": "{out}: es una carpeta; indique un nombre de archivo",
    "out.not_regular": (
        "{out}: no es un archivo normal (¿un dispositivo o una tubería?); "
        "indique un nombre de archivo"
    ),
    "out.not_writable": "{out}: no se puede escribir en la carpeta {folder}",
    "out.exists": "{out}: ya existe; use --force para reemplazarlo",
    "out.cannot_write": "{out}: no se puede escribir: {reason}",
    "read.no_such_file": "el archivo no existe",
    "agg.no_files": "no se encontró ningún archivo en {paths}",
    "top_gaps_heading": "{title} ({n}; ! = {critical})",
    "foreign.xls": (
        "el archivo es un libro de Excel 97-2003 (.xls), que readiness no lee; "
        "ábralo y guárdelo como libro de Excel (.xlsx), o copie las respuestas "
        "en la plantilla que genera «readiness init»"
    ),
    "foreign.ole2": (
        "el archivo es un archivo de Excel 97-2003 (.xls) o de Word (.doc); "
        "ábralo y guárdelo como libro de Excel (.xlsx), o copie las respuestas "
        "en la plantilla que genera «readiness init»"
    ),
    "foreign.ods": (
        "el archivo es una hoja de cálculo OpenDocument (.ods), que readiness "
        "no lee; en LibreOffice, Archivo > Guardar como > Excel 2007-365 "
        "(.xlsx)"
    ),
    "foreign.csv": (
        "el archivo es una tabla CSV, que no puede contener una autoevaluación;"
        " use la plantilla YAML o el cuestionario que genera «readiness init»"
    ),
    "foreign.doc": (
        "el archivo es un documento de Word, no una autoevaluación; copie las "
        "respuestas en la plantilla que genera «readiness init»"
    ),
    "foreign.pdf": (
        "el archivo es un documento PDF, no una autoevaluación; pida el archivo"
        " .yaml o .xlsx del que procede"
    ),
    "foreign.json": (
        "el archivo es un archivo JSON, no una autoevaluación (un resultado "
        "mostrado con --format json no se vuelve a leer); use la plantilla YAML"
        " o el cuestionario que genera «readiness init»"
    ),
    "agg.inputs_line": "{inputs}: {accepted}, {superseded}, {other_period}, {rejected}",
    "agg.count_received.one": "{n} recibido",
    "agg.count_received.other": "{n} recibidos",
    "agg.count_accepted.one": "{n} aceptado",
    "agg.count_accepted.other": "{n} aceptados",
    "agg.count_superseded.one": "{n} sustituido",
    "agg.count_superseded.other": "{n} sustituidos",
    "agg.count_other_period.other": "{n} de otro período",
    "agg.count_rejected.one": "{n} rechazado",
    "agg.count_rejected.other": "{n} rechazados",
    "agg.coverage_line.one": "{received} de {expected} unidad prevista ({share})",
    "agg.coverage_line.other": "{received} de {expected} unidades previstas ({share})",
    "agg.period_absent": (
        "No se aceptó ningún envío para {period}; los envíos aceptados corresponden a "
        "{periods}{more}."
    ),
    "agg.periods_more.other": " y {n} más",
    # Lectura de libros (reading/workbook_safety.py, reading/workbook_input.py)
    "yaml.what_workbook": "el libro",
    "wb.save_as_xlsx": "ábralo en Excel o LibreOffice y guárdelo como libro de Excel (.xlsx)",
    "wb.damaged_archive": (
        "el libro está dañado o incompleto (¿descarga o copia interrumpida?): no es un archivo "
        ".xlsx legible; {fix}"
    ),
    "wb.too_many_parts": (
        "el archivo comprimido del libro tiene {n} partes; se admiten como máximo {limit}"
    ),
    "wb.unpacks_too_big": (
        "una vez descomprimido, el libro ocuparía {n} bytes; se admiten como máximo {limit} "
        "(¿bomba de descompresión?)"
    ),
    "wb.compressed_too_much": (
        "la parte {part} del libro está comprimida {ratio} veces; se admiten como máximo "
        "{limit} (¿bomba de descompresión?)"
    ),
    "wb.encrypted": "el archivo comprimido del libro está cifrado; guárdelo sin contraseña",
    "wb.compression_method": (
        "el archivo comprimido del libro usa un método de compresión que Excel nunca emplea; {fix}"
    ),
    "wb.strict_xml": (
        "el libro está guardado en formato Open XML estricto, que readiness no lee; en Excel, "
        "guárdelo como «Libro de Excel (.xlsx)» (no como «Hoja de cálculo Open XML estricta»)"
    ),
    "wb.too_many_tags": (
        "el libro contiene más de {limit} etiquetas XML; es mucho más grande que cualquier "
        "autoevaluación"
    ),
    "wb.damaged_part": "el libro está dañado (una parte no se puede descomprimir); {fix}",
    "wb.file_is": "este archivo es {what}; {fix}",
    "wb.kind_xlsb": "un libro binario de Excel (.xlsb), que readiness no lee",
    "wb.kind_ods": "un archivo OpenDocument (.ods), no un libro de Excel",
    "wb.kind_docx": "un documento de Word, no un libro de Excel",
    "wb.kind_pptx": "una presentación de PowerPoint, no un libro de Excel",
    "wb.kind_zip": "un archivo zip, pero no un libro de Excel",
    "wb.no_defusedxml": (
        "no se lee ningún libro sin protección contra bombas XML: instale defusedxml y no "
        "defina OPENPYXL_DEFUSEDXML=False"
    ),
    "wb.xml_entities": (
        "el libro contiene declaraciones de entidades XML, que Excel nunca escribe; se ha "
        "rechazado por seguridad"
    ),
    "wb.not_spreadsheet": (
        "el libro está dañado o no lo ha generado un programa de hojas de cálculo; {fix}"
    ),
    "wb.too_nested": "el libro es demasiado grande o está demasiado anidado para leerlo",
    "wb.cannot_read_kind": "no se puede leer el libro ({kind}); {fix}",
    "wb.not_ours": (
        "este libro no lo ha generado readiness (no tiene la hoja oculta «{sheet}»); responda "
        "en un cuestionario generado con «readiness init --format xlsx» o aporte un informe de "
        "brechas generado con «readiness assess»"
    ),
    "wb.comparison_workbook": (
        "este es un libro de comparación generado con «readiness compare»: no contiene "
        "ninguna autoevaluación; aporte los archivos YAML o los informes de brechas comparados"
    ),
    "wb.consolidation_workbook": (
        "este es el libro de consolidación generado con «readiness aggregate»: no contiene "
        "ninguna autoevaluación; aporte los archivos YAML, cuestionarios o informes de brechas "
        "de las unidades"
    ),
    "wb.other_kind": (
        "se trata de un libro de readiness de tipo «{kind}»: solo un cuestionario o un informe de "
        "brechas contiene una autoevaluación"
    ),
    "wb.no_kind": (
        "este libro no es una autoevaluación de readiness: solo un cuestionario o un informe "
        "de brechas contiene una autoevaluación"
    ),
    "wb.newer_format": (
        "este libro lo ha generado una versión más reciente de readiness (formato de libro "
        "{format}); actualice readiness para leerlo"
    ),
    "wb.rows_not_read": "solo se han leído las primeras {n} filas de esta hoja",
    "wb.formula_without_value": (
        "fórmula sin valor guardado: abra el archivo en Excel y guárdelo, o escriba "
        "directamente el valor"
    ),
    "wb.lost_named_cell": (
        "el libro ha perdido {what} (la celda con nombre {name}); ¿se ha eliminado una fila, "
        "una columna o una hoja? Vuelva a empezar desde un libro generado por readiness"
    ),
    "wb.what_cell": "la celda «{label}»",
    "wb.what_column": "la columna «{label}»",
    "wb.what_items_column": "la columna «{label}» de la hoja {sheet}",
    "wb.columns_not_aligned": (
        "las columnas de respuesta ya no están en una misma fila de encabezado"
    ),
    "wb.continuation_lost": (
        "este texto continúa en la hoja oculta «{sheet}», que ya no lo contiene; vuelva a "
        "escribir el texto sin su última línea"
    ),
    "wb.row_without_id": (
        "esta fila tiene respuestas pero ningún identificador de elemento; vuelva a poner el "
        "identificador (p. ej., {example})"
    ),
    "wb.answered_twice": (
        "{item} tiene dos respuestas: aquí y en la fila {row}; deje una sola fila por elemento"
    ),
    "wb.text_too_long": "el texto supera los {limit} caracteres",
    "wb.embedded_missing": "faltan los datos incorporados al informe de brechas ({key})",
    "wb.embedded_damaged": "los datos incorporados al informe de brechas están dañados ({key})",
    "wb.embedded_too_many": (
        "los datos incorporados al informe de brechas ({key}) tienen más de {limit} elementos; "
        "es mucho más que cualquier autoevaluación"
    ),
    "wb.embedded_checklist": "lista de verificación incorporada: {problem}",
    "wb.edited_assessment": (
        "los datos incorporados se han modificado: la autoevaluación guardada en este informe "
        "de brechas ya no coincide con su huella, por lo que el informe no es fiable; vuelva a "
        "generarlo con «readiness assess» a partir de la autoevaluación de la unidad"
    ),
    "wb.edited_checklist": (
        "los datos incorporados se han modificado: la lista de verificación guardada en este "
        "informe de brechas ya no coincide con su huella, por lo que el informe no es fiable; "
        "vuelva a generarlo con «readiness assess» a partir de la autoevaluación de la unidad"
    ),
    "wb.edited_declaration": (
        "los datos incorporados se han modificado: la declaración de la unidad guardada en "
        "este informe de brechas auditado ya no coincide con su huella, por lo que el informe "
        "no es fiable"
    ),
    "wb.audit_record_damaged": "el registro de auditoría del informe de brechas está dañado",
    "wb.not_under_chosen": (
        "respuesta no admitida por la lista de verificación {id} {version} utilizada: {problem}"
    ),
    "wb.declared_level_edited": (
        "el nivel declarado de {item} se ha cambiado en esta hoja de {stored} a {shown}; se "
        "utiliza el nivel registrado al generar el informe ({stored}). Un auditor anota un "
        "nivel distinto en la columna «{audit_column}»"
    ),
    "wb.blank": "vacío",
    "wb.blank_unanswered": "vacío (sin respuesta)",
    "wb.other_checklist": (
        "este informe de brechas responde a la lista de verificación «{answered}», pero se "
        "está verificando con «{used}» (use --checklist)"
    ),
    "wb.embedded_checklist_differs": (
        "este informe de brechas se puntuó con la lista de verificación {id} {version} "
        "incorporada en él, que difiere de {spec} ({chosen}); se utiliza la incorporada"
    ),
    "wb.audit_level_bad": (
        "el nivel auditado {shown} no es uno de {choices}; deje la celda vacía para aceptar "
        "el nivel declarado"
    ),
    # Traslado de un período al siguiente (reading/carry_source.py)
    "carry.retired_not_carried": "; respuestas a elementos suprimidos no trasladadas: {items}",
    # --help (cli/help_text.py): commands, options, metavars; the command line's own texts
    "help.cmd.readiness": (
        "Evaluar la preparación de una unidad conforme al informe de INTERPOL de 2020 sobre "
        "la COVID-19 y la explotación y el abuso sexual de menores en línea: validar, "
        "puntuar, comparar y consolidar autoevaluaciones, y generar informes de brechas en "
        "Excel."
    ),
    "help.opt.readiness.lang": (
        "Idioma de los resultados y de los libros (por defecto: READINESS_LANG, LC_ALL/LANG, en)."
    ),
    "help.opt.readiness.checklist": (
        "Identificador de una lista de verificación integrada o ruta de una lista propia (YAML)."
    ),
    "help.opt.version": "Mostrar la versión y salir.",
    "help.opt.lang": "Idioma de los resultados (en, fr, es, ar).",
    "help.opt.checklist": (
        "Identificador de una lista de verificación integrada o ruta de una lista propia."
    ),
    "help.opt.marking": (
        "Marca de clasificación impresa en el encabezado de cada hoja y en la primera página "
        "del libro (por ejemplo, «DIFUSIÓN LIMITADA»)."
    ),
    "help.opt.force": "Sustituir el archivo de salida si ya existe.",
    "help.opt.allow_incomplete": (
        "Aceptar respuestas que falten (se puntúan con nivel 0 y se marcan «sin respuesta»)."
    ),
    "help.opt.fmt": (
        "table: un resumen para el terminal; json: el resultado completo como datos; "
        "markdown: un informe para pegar en un documento."
    ),
    "help.opt.check_fmt": (
        "text: una línea por problema, ARCHIVO:LÍNEA:COL: gravedad: mensaje; json: una lista "
        "con, por archivo, file, valid y problems."
    ),
    "help.cmd.init": (
        "Generar una plantilla de autoevaluación para rellenar, o la del período siguiente a "
        "partir de una evaluación anterior."
    ),
    "help.opt.init.output": "Archivo que se generará (por defecto: self-assessment.yaml o .xlsx).",
    "help.opt.init.fmt": (
        "Un archivo YAML o un cuestionario Excel (por defecto: según la extensión de -o; si "
        "no, yaml)."
    ),
    "help.opt.init.agency": "Nombre del organismo que figurará en la plantilla.",
    "help.opt.init.country": "Código de país ISO 3166-1 alfa-2, p. ej. ES.",
    "help.opt.init.period": (
        "AAAA, AAAA-Qn, AAAA-Hn o AAAA-MM (por defecto: el trimestre en curso)."
    ),
    "help.opt.init.previous": (
        "Partir de una evaluación anterior (YAML, cuestionario o informe de brechas): cada "
        "respuesta se traslada al período siguiente."
    ),
    "help.cmd.validate": (
        "Comprobar archivos de evaluación (YAML o libros de Excel) e informar de cada problema."
    ),
    "help.cmd.assess": (
        "Validar y puntuar una evaluación, mostrar el resumen y generar el informe de brechas."
    ),
    "help.opt.assess.output": (
        "Libro del informe de brechas (por defecto: <nombre de la entrada>-gap-report.xlsx, "
        "en la carpeta actual)."
    ),
    "help.opt.assess.no_excel": "No generar el libro del informe de brechas.",
    "help.opt.assess.all_gaps": "Mostrar todas las brechas en la tabla, no solo las principales.",
    "help.opt.assess.fail_under": (
        "Terminar con el código 4 si la puntuación (tal como se muestra) es inferior a PUNTUACIÓN."
    ),
    "help.opt.assess.audited": (
        "Puntuar la auditoría de un informe de brechas (niveles de auditoría donde se hayan "
        "rellenado, niveles declarados en el resto) y generar el informe de brechas auditado "
        "(por defecto: <nombre>-audited.xlsx)."
    ),
    "help.cmd.compare": (
        "Comparar dos evaluaciones (YAML, cuestionario o informe de brechas) elemento por "
        "elemento.\n\nCon un solo informe de brechas cuyas columnas de auditoría se hayan "
        "rellenado, comparar los niveles declarados por la unidad con los de la auditoría "
        "(un nivel de auditoría en blanco acepta el declarado), con la puntuación "
        "recalculada según los niveles de auditoría."
    ),
    "help.opt.compare.output": "Generar además la comparación en un libro de Excel.",
    "help.cmd.aggregate": (
        "Puntuar cada evaluación de RUTAS (archivos, y carpetas recorridas de forma "
        "recursiva) y generar el libro de consolidación.\n\nCada archivo queda aceptado, "
        "sustituido (una fecha assessed_on posterior para el mismo país, organismo, unidad y "
        "período), de otro período (aceptado, pero fuera del período de referencia) o "
        "rechazado (con sus problemas y lo que hay que hacer). Código de salida 3 si se "
        "rechazó algún archivo, 1 si no se pudo usar ninguno."
    ),
    "help.opt.aggregate.output": (
        "Libro de consolidación que se generará (por defecto: readiness-consolidated.xlsx, "
        "en la carpeta actual)."
    ),
    "help.opt.aggregate.no_excel": "No generar el libro de consolidación.",
    "help.opt.aggregate.jobs": (
        "Número de procesos (por defecto: el número de procesadores). Los resultados no "
        "dependen de ello."
    ),
    "help.opt.aggregate.period": (
        "Período de referencia que se consolidará (AAAA, AAAA-Hn, AAAA-Qn, AAAA-MM; en "
        "francés AAAA-Sn, AAAA-Tn). Por defecto: el período más reciente entre los envíos "
        "aceptados."
    ),
    "help.opt.aggregate.roster_file": (
        "Quién debe enviar su evaluación (CSV, YAML o xlsx con las columnas country, agency y, "
        "opcionalmente, unit, region, contact): cobertura, envíos que faltan y envíos no previstos."
    ),
    "help.opt.aggregate.rules_file": (
        "Reglas de seguimiento como datos (YAML). Por defecto: seguimiento intensificado para la "
        "calificación más baja, para un elemento crítico en 0 o para 3 o más acciones con plazo "
        "vencido; si no, seguimiento regular."
    ),
    "help.opt.aggregate.anonymise": (
        "Publicar sin nombres: solo cifras por región y globales, sin nombres de organismos, "
        "unidades, países ni archivos, sin clasificación."
    ),
    "help.opt.aggregate.min_group": (
        "Con --anonymise: una región con menos de K envíos (5 por defecto) se agrupa en "
        "«Otras regiones» (o no se publica)."
    ),
    "help.opt.aggregate.allow_incomplete": (
        "Aceptar envíos con elementos sin respuesta (se puntúan con nivel 0 y se marcan «sin "
        "respuesta»)."
    ),
    "help.opt.aggregate.checklist_version": (
        "Versión de la lista de verificación para la consolidación (por defecto: la más "
        "reciente entre los archivos). Cada envío conserva la puntuación de su propia "
        "versión; para las estadísticas por elemento, las respuestas anteriores se trasladan "
        "a esta mediante las tablas de correspondencias."
    ),
    "help.cmd.convert": (
        "Convertir un cuestionario (o un informe de brechas) en YAML, o un YAML en "
        "cuestionario.\n\nEl tipo de salida depende de la extensión de SALIDA. No se pierde "
        "nada: al convertir de nuevo se obtiene la misma evaluación (misma huella digital). "
        "Los elementos sin respuesta siguen sin respuesta."
    ),
    "help.opt.convert.output": (
        "SALIDA.yaml para una autoevaluación en YAML, SALIDA.xlsx para un cuestionario Excel."
    ),
    "help.opt.convert.force": "Sustituir SALIDA si ya existe.",
    "help.cmd.migrate": (
        "Trasladar una evaluación (YAML, cuestionario o informe de brechas) a una versión "
        "más reciente de la lista de verificación.\n\nLos elementos sin cambios conservan su "
        "respuesta; los reformulados, fusionados o divididos se marcan REVIEW; los nuevos "
        "quedan por responder (ANSWER), con su requisito y sus orientaciones; las respuestas "
        "a elementos suprimidos se conservan como comentarios. La salida es una "
        "autoevaluación en YAML."
    ),
    "help.opt.migrate.to_version": (
        "Versión a la que se trasladan las respuestas (por defecto: la más reciente)."
    ),
    "help.opt.migrate.output": (
        "El YAML que se generará (por defecto: el nombre de ARCHIVO con la nueva versión, "
        "junto a él)."
    ),
    "help.cmd.checklist": (
        "Listar, mostrar y comprobar listas de verificación; mostrar el esquema JSON de una "
        "evaluación."
    ),
    "help.cmd.checklist.list": (
        "Las listas de verificación integradas y todas sus versiones publicadas (se indica la más "
        "reciente)."
    ),
    "help.cmd.checklist.show": (
        "Una lista de verificación: cada elemento con su requisito, orientaciones, acción y "
        "fuente.\n\nID es la versión más reciente de una lista integrada, ID@1.0.0 una "
        "versión concreta; o indique la ruta de una lista propia (o --checklist, pero no "
        "ambas cosas)."
    ),
    "help.opt.checklist.show.fmt": "Texto para el terminal, la lista como datos JSON, o Markdown.",
    "help.cmd.checklist.check": (
        "Comprobar un archivo de lista de verificación (también las propias) o una tabla de "
        "correspondencias entre dos versiones (cada elemento anterior cubierto una vez, cada "
        "destino existente, cada elemento nuevo indicado)."
    ),
    "help.cmd.checklist.schema": (
        "Mostrar el esquema JSON de una evaluación para esta lista de verificación (para los "
        "editores de texto)."
    ),
    "meta.options_bracketed": "[OPCIONES]",
    "meta.command_args": "COMANDO [ARGUMENTOS]...",
    "meta.base": "REFERENCIA",
    "meta.other": "OTRA",
    "meta.diff_xlsx": "COMPARACIÓN.xlsx",
    "meta.file": "ARCHIVO",
    "meta.files": "ARCHIVOS",
    "meta.id_path": "ID|RUTA",
    "meta.id_version_path": "ID[@VERSIÓN]|RUTA",
    "meta.in": "ENTRADA",
    "meta.out": "SALIDA",
    "meta.k": "K",
    "meta.n": "N",
    "meta.p": "P",
    "meta.paths": "RUTAS",
    "meta.previous": "ANTERIOR",
    "meta.score": "PUNTUACIÓN",
    "meta.text": "TEXTO",
    "meta.version": "VERSIÓN",
    "cli.interrupted": "readiness: interrumpido",
    "cli.note": "nota: {text}",
    "cli.init_suffix": (
        "«{output}» debe terminar en .yaml, .yml (un archivo YAML) o .xlsx (un cuestionario)"
    ),
    "cli.format_contradicts": (
        "--format {fmt} no concuerda con el nombre de archivo «{output}» (un archivo "
        "{kind}); indique solo uno o haga que coincidan"
    ),
    "cli.score_range": "{value} no es un número entre 0 y 100",
    "cli.gap_report_suffix": (
        "«{output}»: el informe de brechas es un libro de Excel; indique un nombre que "
        "termine en .xlsx"
    ),
    "cli.min_group_alone": "--min-group solo se aplica con --anonymise; añada --anonymise",
    "cli.checklist_version_builtin": (
        "--checklist-version elige una versión de una lista de verificación integrada; "
        "indique en su lugar ID@VERSIÓN o un archivo con --checklist"
    ),
    "cli.checklist_twice": (
        "indique la lista de verificación como argumento o con --checklist, pero no de ambas formas"
    ),
    "cli.convert_suffix": (
        "SALIDA debe terminar en .yaml o .yml (YAML) o en .xlsx (cuestionario Excel)"
    ),
    "cli.migrate_suffix": (
        "la salida es una autoevaluación en YAML: SALIDA debe terminar en .yaml o .yml"
    ),
    "cli.id": "Identificador",
    "cli.internal_error": (
        "readiness: error interno ({what}): se trata de un fallo de readiness, no de un "
        "problema de sus archivos; {where}"
    ),
    "cli.internal_saved": (
        "los detalles se han guardado en {path}; envíe ese archivo al comunicar el fallo"
    ),
    "cli.internal_not_saved": (
        "no se pudieron guardar los detalles; vuelva a ejecutar con READINESS_DEBUG=1 para verlos"
    ),
    "cmp.different_checklists": (
        "listas de verificación distintas: {base} responde a «{base_id}» y {other} a "
        "«{other_id}»; solo se pueden comparar evaluaciones de la misma lista"
    ),
    "cli.heading": "{heading}:",
    "cmp.audit_not_item": (
        "auditoría de «{item}», que no es un elemento de la lista de verificación {id} {version}"
    ),
    "cmp.audit_na_refused": (
        "el nivel de auditoría «no aplicable» no se admite para {item}: la lista de verificación"
        " lo exige a todas las unidades; indique un nivel"
    ),
    "agg.version_not_carried": (
        "este archivo responde a la versión {own} de la lista de verificación, que no se puede"
        " trasladar a la versión {version} de esta consolidación (las respuestas solo se"
        " trasladan a versiones más recientes; elija la versión con --checklist-version)"
    ),
    "cmp.not_valid": "{file}: no es una evaluación válida",
    "val.level_choices": "{numbers} o {names}",
    "val.level_bad": "el nivel {shown} no es uno de {choices}{suggestion}",
    # Lectura de un archivo de entrada (reading/file_reading.py, reading/inputs.py)
    "read.kind_folder": "una carpeta, no un archivo",
    "read.kind_fifo": "una tubería con nombre (FIFO), no un archivo normal",
    "read.kind_device": "un dispositivo, no un archivo normal",
    "read.kind_socket": "un socket, no un archivo normal",
    "read.kind_other": "algo distinto de un archivo normal",
    "read.not_regular": "esta ruta es {kind}; se esperaba {what}",
    "read.cannot_read": "no se puede leer {what}: {reason}",
    "read.named_xlsx_not_zip": (
        "el archivo tiene nombre de libro de Excel pero no lo es (un archivo .xlsx es un "
        "archivo zip); guárdelo desde Excel como .xlsx"
    ),
    "read.named_yaml_is_zip": (
        "el archivo tiene la extensión .yaml pero es un archivo zip (¿un libro de Excel?); "
        "cámbiele el nombre a .xlsx"
    ),
    "yaml.p.no_colon": (
        "falta el «:» que debe seguir a una clave (una línea de texto dentro de un mapa, o una "
        "clave sin su «:»)"
    ),
    "yaml.p.cannot_start": (
        "el carácter {char} no puede iniciar un valor; ponga el texto entre comillas"
    ),
    "yaml.p.expected_key": (
        "se esperaba una clave aquí; compare la sangría de esta línea con la de las líneas "
        "anteriores"
    ),
    "yaml.p.expected_dash": (
        "se esperaba un elemento de lista («- ») aquí; compare la sangría de esta línea con la de "
        "las líneas anteriores"
    ),
    "yaml.p.block_end": "la sangría de esta línea no coincide con la de las líneas anteriores",
    "yaml.p.flow_sequence": "una lista entre [ ] no está cerrada: se esperaba «,» o «]»",
    "yaml.p.end_of_file": "el archivo termina antes de que se cierre lo que se abrió aquí",
    "yaml.p.colon_here": "aquí no se admite «: »; ponga el texto entre comillas",
    "yaml.p.anchor_name": "se esperaba un nombre (letras o cifras) después de «&» o «*»",
    "yaml.p.directive": "directiva desconocida (línea que empieza por «%»)",
    "yaml.p.document_start": "se esperaba un nuevo documento («---») aquí",
    "yaml.p.yaml_version": "la línea %YAML pide una versión distinta de 1.x",
    "yaml.p.escape": (
        "secuencia de escape desconocida después de «\\» en un texto entre comillas dobles; "
        "escriba «\\\\» para una barra invertida, o use comillas simples"
    ),
    "yaml.p.no_value": "se esperaba un valor aquí",
    "yaml.p.block_scalar": (
        "después de «|» o «>» solo pueden seguir en la misma línea «+», «-», una cifra de sangría "
        "y un comentario"
    ),
    "yaml.p.tag_end": "una etiqueta «!<...>» no está cerrada con «>»",
    "yaml.p.tab_indent": "la sangría de esta línea contiene un tabulador",
    "yaml.p.flow_mapping": "un mapa entre {{ }} no está cerrado: se esperaba «,» o «}}»",
    "chk.not_mapping": "una lista de verificación es un mapa YAML (id: ..., areas: ...)",
    "chk.version_semver": "version debe ser un número de versión semántica, p. ej. 1.0.0",
    "chk.text_missing_lang": "el texto no tiene versión «{lang}»",
    "chk.lang_not_listed": "«{lang}» no figura en languages ({languages})",
    "chk.level_values": (
        "los valores de los niveles deben ir de 0 a N, sin huecos ni repeticiones; se encontró: "
        "{values}"
    ),
    "chk.level_key_twice": "la clave de nivel «{key}» se usa dos veces",
    "chk.na_reserved": "«{key}» está reservado (significa «no aplicable»)",
    "chk.target_above_top": "target_level {target} supera el nivel más alto, {top}",
    "chk.item_target_above_top": "el objetivo {target} supera el nivel más alto, {top}",
    "chk.bands_order": (
        "los tramos de calificación van del min_score más alto al más bajo, cada uno inferior al "
        "anterior"
    ),
    "chk.last_band_zero": "el último tramo de calificación debe tener min_score 0",
    "chk.band_twice": "el tramo de calificación «{key}» se usa dos veces",
    "chk.area_id_twice": "el identificador de ámbito «{id}» ya se usa en la línea {line}",
    "chk.item_id_twice": "el identificador de elemento «{id}» ya se usa en la línea {line}",
    "chk.item_id_prefix": (
        "el identificador de elemento «{id}» debe empezar por el de su ámbito, «{area}-»"
    ),
    "chk.no_checklist": (
        "no hay lista de verificación «{spec}»: no es un archivo ni un identificador integrado "
        "({known})"
    ),
    "chk.in_checklist": "lista de verificación {where}: {problem}",
    "chk.schema_unknown_key": "clave desconocida «{key}»; claves admitidas aquí: {allowed}",
    "chk.schema_required": "{field} es obligatorio",
    "chk.schema_type": "se esperaba {expected}; se encontró {found}",
    "chk.schema_text": "se esperaba un texto, o un mapa de código de idioma a texto",
    "chk.schema_pattern": "{value} no se ajusta al patrón {pattern}",
    "cw.not_mapping": "una tabla de correspondencias es un mapa YAML (from, to, items, new)",
    "cw.unknown_key": "clave desconocida «{key}» (claves admitidas: {allowed})",
    "cw.required": "«{key}» es obligatorio",
    "cw.items_mapping": (
        "items asocia a cada identificador de elemento de la versión anterior {{relation, to}}"
    ),
    "cw.new_list": "new es una lista de identificadores de elementos de la versión nueva",
    "cw.entry_mapping": "{item}: indique {{relation: ..., to: [...]}}",
    "cw.relation": "{item}: relation debe ser uno de estos valores: {relations}",
    "cw.to_list": "{item}: to es una lista de identificadores de elementos",
    "cw.split_targets": "{item}: split requiere dos destinos o más",
    "cw.no_target": "{item}: {relation} no admite ningún destino",
    "cw.one_target": "{item}: {relation} admite exactamente un destino",
    "cw.target_twice": "{item}: un destino figura dos veces",
    "cw.not_in_version": "{item} no es un elemento de la versión {version}",
    "cw.target_not_in_version": "{item}: {target} no es un elemento de la versión {version}",
    "cw.missing": (
        "cada elemento de la versión {version} necesita una correspondencia; faltan: {items}"
    ),
    "cw.several_into_one": (
        "{target} es el destino de {items}: varios elementos reunidos en uno es «merged», y cada "
        "uno de ellos debe indicarlo"
    ),
    "cw.merged_alone": (
        "{item} se fusiona en {target}, pero nada más: indique todos los elementos fusionados en "
        "{target}, o escriba same/reworded"
    ),
    "cw.new_but_mapped": (
        "{item} figura como nuevo, pero elementos de la versión anterior corresponden a él"
    ),
    "cw.listed_twice": "{item} figura dos veces",
    "cw.unlisted": (
        "los elementos de la versión {version} a los que nada corresponde deben figurar en new: "
        "{items}"
    ),
    "cw.version_problem": "versión {version} de {id}: {problem}",
    "cw.other_checklist": "{file} es la lista de verificación {id}, no {expected}",
    "cw.in_file": "{file}: {problem}",
    "cw.not_published": (
        "la lista de verificación {id} {version} no es una versión integrada publicada: solo las "
        "listas integradas tienen tablas de correspondencias"
    ),
    "cw.already": "la autoevaluación ya responde a la versión {version}",
    "cw.only_newer": (
        "la autoevaluación responde a la versión {version}; migrate solo pasa a una versión más "
        "reciente (versiones conocidas: {known})"
    ),
    "cw.no_chain": "ninguna tabla de correspondencias lleva de la versión {old} a la {new} de {id}",
    "roster.cannot_read": "no se puede leer la lista de unidades previstas: {reason}",
    "roster.not_regular": "la lista de unidades previstas no es un archivo normal",
    "roster.too_big": "la lista de unidades previstas supera los {limit} bytes",
    "roster.format": (
        "la lista de unidades previstas es un archivo .csv, .yaml, .yml o .xlsx con las columnas "
        "country, agency y, opcionalmente, unit, region, contact"
    ),
    "roster.too_many_rows": (
        "la lista de unidades previstas tiene {n} filas; se admiten como máximo {limit}"
    ),
    "roster.not_text": "«{column}» debe ser un texto",
    "roster.too_long": "«{column}» supera los {limit} caracteres",
    "roster.empty_value": "«{column}» está vacío",
    "roster.bad_country": (
        "el país {value} no es un código ISO 3166-1 alfa-2 (dos letras, p. ej. ES)"
    ),
    "roster.twice": (
        "el mismo país, organismo y unidad figuran dos veces; la fila se cuenta una sola vez"
    ),
    "roster.header_lacks": (
        "a la fila de encabezados le falta {missing}; las columnas son country, agency y, "
        "opcionalmente, unit, region, contact"
    ),
    "roster.not_utf8": "la lista de unidades previstas no es texto UTF-8; guárdela como UTF-8",
    "roster.csv_error": "no se puede leer el archivo CSV: {reason}",
    "roster.empty": "la lista de unidades previstas está vacía",
    "roster.yaml_shape": (
        "una lista de unidades previstas en YAML es una lista de filas (country, agency, unit, "
        "region, contact), o un mapa cuya clave «roster» contiene esa lista"
    ),
    "roster.row_mapping": "una fila de la lista de unidades previstas es un mapa",
    "roster.unknown_key": "clave desconocida «{key}»; una fila tiene las claves {columns}",
    "roster.first_sheet_empty": "la primera hoja de la lista de unidades previstas está vacía",
    "rules.cannot_read": "no se puede leer el archivo de reglas: {reason}",
    "rules.not_regular": "el archivo de reglas no es un archivo normal",
    "rules.too_big": "el archivo de reglas supera los {limit} bytes",
    "rules.not_mapping": (
        "un archivo de reglas es un mapa con «rules» (una lista) y «default» (una clase)"
    ),
    "rules.unknown_key": (
        "clave desconocida «{key}»: un archivo de reglas tiene «rules» y «default»"
    ),
    "rules.default": (
        "«default» debe nombrar la clase de un envío al que no se aplica ninguna regla (p. ej. "
        "regular)"
    ),
    "rules.rules_list": "«rules» debe ser una lista de reglas",
    "rules.too_many": "{n} reglas; se admiten como máximo {limit}",
    "rules.rule_mapping": "una regla es un mapa con «name», «class» y «when»",
    "rules.rule_unknown_key": "clave desconocida «{key}»: una regla tiene «name», «class» y «when»",
    "rules.name_needed": "una regla necesita un «name» (texto)",
    "rules.name_twice": "el nombre de regla «{name}» se usa dos veces (regla {rule})",
    "rules.class_needed": "una regla necesita una «class» (texto)",
    "rules.when_mapping": (
        "«when» debe ser un mapa de condiciones que deben cumplirse todas: {conditions}"
    ),
    "rules.unknown_condition": (
        "condición desconocida «{condition}»; las condiciones son {conditions}"
    ),
    "rules.area_needed": "«gaps_in_area» requiere «area», uno de estos ámbitos: {areas}",
    "rules.rating_bands": (
        "«rating» admite las claves de los tramos de calificación de la lista de verificación {id} "
        "({keys}), una lista de ellas, o «{last}» para el tramo más bajo; no {value}"
    ),
    "rules.comparisons": (
        "«{condition}» admite un mapa de comparaciones ({comparisons}), p. ej. {{at_least: 3}}"
    ),
    "rules.unknown_comparison": "comparación desconocida «{op}»; use {comparisons}",
    "rules.number": "«{op}» admite un número",
    "rules.number_range": "«{op}» admite un número entre -1e9 y 1e9",
    "agg.more_rows.other": "… y {n} más",
    "agg.more_problems.other": "(+{n} más)",
    "cons.periods_left_out.other": "Períodos omitidos por tener menos de {k} envíos: {n}.",
    "cons.earlier_periods.other": (
        "Períodos anteriores que no figuran como columnas: {n}; la variación abarca todos los "
        "períodos."
    ),
    "rules.whole_number": "«{op}» compara un recuento, así que solo admite un número entero",
    "migrate.summary": "{file}: versión {old} -> {new}: {review}, {answer}; guardado en {out}",
    "audit.line": "Auditado por {auditor}{role} el {date}. {levels}; {notes}",
    "carry.through_crosswalk": (
        "trasladado de {id} {old} a {new} mediante la tabla de correspondencias: {review}, "
        "{answer}{retired}"
    ),
    "carry.not_carried.other": (
        "respuestas a elementos que la lista de verificación {id} {version} ya no contiene, no "
        "trasladadas: {n} ({items})"
    ),
    "carry.new_items.other": (
        "elementos nuevos en {id} {version} que requieren respuesta: {n} ({items})"
    ),
    "cmp.of_items.other": "{n} de {total} elementos",
    "count.to_review.one": "{n} elemento por revisar",
    "count.to_review.other": "{n} elementos por revisar",
    "count.to_answer.other": "{n} por responder",
    "count.audit_levels.other": "Niveles auditados: {n}",
    "count.audit_notes.other": "notas de auditoría: {n}",
    "cmp.counted_same.one": "{n} sin cambios",
    "cmp.counted_same.other": "{n} sin cambios",
    "cmp.counted_up.one": "{n} al alza",
    "cmp.counted_up.other": "{n} al alza",
    "cmp.counted_down.one": "{n} a la baja",
    "cmp.counted_down.other": "{n} a la baja",
    "cmp.counted_added.one": "{n} añadido",
    "cmp.counted_added.other": "{n} añadidos",
    "cmp.counted_removed.one": "{n} suprimido",
    "cmp.counted_removed.other": "{n} suprimidos",
    "cmp.counted_became_na.one": "{n} pasa a no aplicable",
    "cmp.counted_became_na.other": "{n} pasan a no aplicable",
    "cmp.counted_no_longer_na.one": "{n} deja de ser no aplicable",
    "cmp.counted_no_longer_na.other": "{n} dejan de ser no aplicables",
    "cmp.counted_not_comparable.one": "{n} no comparable",
    "cmp.counted_not_comparable.other": "{n} no comparables",
    "chk.translation": "Versión en {language}: {date}",
    "lang_name.en": "inglés",
    "lang_name.fr": "francés",
    "lang_name.es": "español",
    "lang_name.ar": "árabe",
    "agg.not_an_assessment": (
        "no es un archivo de evaluación (las evaluaciones son archivos .yaml, .yml, .xlsx o "
        ".xlsm): pida a la unidad su autoevaluación en YAML o su cuestionario cumplimentado, o "
        "retire este archivo de la carpeta"
    ),
    "agg.not_opened": "{kind}; no se ha abierto",
    "agg.cannot_list": "no se puede leer esta carpeta: {reason}",
    "agg.no_such_path": "el archivo o la carpeta no existe",
    "agg.internal_error": (
        "error interno al leer este archivo ({what}): es un fallo de readiness, no un problema "
        "del archivo; {where}"
    ),
    "agg.other_checklist": (
        "este archivo responde a la lista de verificación «{answered}», pero esta consolidación"
        " usa «{used}» (elija la lista de verificación con --checklist)"
    ),
    "agg.items_differ": (
        "este archivo responde a la versión {own} de la lista de verificación «{id}», cuyos "
        "elementos difieren de los de la versión {version} usada en esta consolidación"
    ),
    "severity.error": "error",
    "severity.warning": "advertencia",
    "period_shapes": "AAAA, AAAA-Qn (n de 1 a 4), AAAA-Hn (n de 1 a 2), AAAA-MM",
}

# click's own texts (usage errors, headings), keyed by click's English (cli/help_text.py).
CLICK: dict[str, str] = {
    "Usage:": "Uso:",
    "Options": "Opciones",
    "Commands": "Comandos",
    "Positional arguments": "Argumentos",
    "Missing command.": "Falta el comando.",
    "Got unexpected extra argument ({args})": "Sobra un argumento ({args})",
    "Got unexpected extra arguments ({args})": "Sobran argumentos ({args})",
    "default: {default}": "por defecto: {default}",
    "required": "obligatorio",
    "Did you mean {possibility}?": "¿Quiso decir {possibility}?",
    "(Did you mean one of: {possibilities}?)": (
        "(¿Quiso decir una de estas opciones: {possibilities}?)"
    ),
    "Missing argument": "Falta el argumento",
    "Missing option": "Falta la opción",
    "Missing parameter": "Falta el parámetro",
    "Invalid value for {param_hint}: {message}": "Valor no válido para {param_hint}: {message}",
    "Invalid value: {message}": "Valor no válido: {message}",
    "Error: {message}": "Error: {message}",
    "Try '{command} {option}' for help.": "Para obtener ayuda, ejecute «{command} {option}».",
    "No such option {name!r}.": "La opción {name!r} no existe.",
    "No such command {name!r}.": "El comando {name!r} no existe.",
    "{value!r} is not {choice}.": "{value!r} no es {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} no es ninguno de estos valores: {choices}.",
    "{value} is not in the range {range}.": "{value} no está en el intervalo {range}.",
    "{value!r} is not a valid {number_type}.": "{value!r} no es un número válido ({number_type}).",
    "Option {name!r} does not take a value.": "La opción {name!r} no admite ningún valor.",
    "Option {name!r} requires an argument.": "La opción {name!r} requiere un valor.",
    "Option {name!r} requires {nargs} arguments.": "La opción {name!r} requiere {nargs} valores.",
    "Show the version and exit.": "Mostrar la versión y salir.",
    "Show this message and exit.": "Mostrar este mensaje y salir.",
}
