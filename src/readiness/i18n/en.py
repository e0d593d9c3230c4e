"""Catalogue: English"""

MESSAGES: dict[str, str] = {
    "agency": "Agency",
    "unit": "Unit",
    "country": "Country",
    "period": "Period",
    "assessed_on": "Assessed on",
    "assessor": "Assessor",
    "checklist": "Checklist",
    "version": "Version",
    "score": "Score",
    "rating": "Rating",
    "maturity": "Maturity",
    "area": "Area",
    "areas": "Areas",
    "item": "Item",
    "items": "Items",
    "title": "Title",
    "requirement": "Requirement",
    "guidance": "Guidance",
    "applicable": "Applicable",
    "na": "n/a",
    "gaps": "Gaps",
    "gap": "Gap",
    "critical": "Critical",
    "critical_gaps": "Critical gaps",
    "unevidenced": "Unevidenced",
    "weight": "Weight",
    "weight_sum": "Sum of applicable weights",
    "target": "Target",
    "level": "Level",
    "declared_level": "Declared level",
    "effective_level": "Effective level",
    "priority": "Priority",
    "flags": "Flags",
    "action": "Suggested action",
    "owner": "Owner",
    "due": "Due",
    "evidence": "Evidence",
    "notes": "Notes",
    "justification": "Justification",
    "top_gaps": "Top gaps",
    "no_gaps": "No gaps: every applicable item is at target.",
    "not_applicable_items": "Not applicable",
    "arithmetic": "How the score is computed",
    "formula": (
        "score = 100 × Σ(weight × min(effective, target) / target) / Σ weight, over applicable "
        "items"
    ),
    "counts_line": (
        "{items} items, {applicable} applicable, {na} n/a; sum of applicable weights {weights}"
    ),
    "report_written": "Gap report written to {path}",
    "more_gaps": "… and {n} more gaps (see the gap report, or use --all-gaps)",
    "more_gaps_no_report": "… and {n} more gaps (--all-gaps lists them all)",
    "below_threshold": "score {score} is below the threshold {threshold} given with --fail-under",
    "flag_unevidenced": "unevidenced",
    "flag_stale_evidence": "stale evidence",
    "flag_unanswered": "unanswered",
    "flag_overdue": "overdue",
    "flag_done_gap_open": "done, gap open",
    "flag_exception_expired": "exception expired",
    "status": "Status",
    "rating_capped_by": "Rating capped by",
    "status_open": "open",
    "status_in_progress": "in progress",
    "status_done": "done",
    "status_dropped": "dropped",
    "valid": "valid",
    "yes": "yes",
    "no": "no",
    "invalid": "invalid",
    "latest": "latest",
    "personal_data_notice": (
        "Personal data: evidence and notes hold document references (title, date, file number) "
        "and aggregated figures only, never names or other personal data about children, "
        "victims, suspects or staff."
    ),
    "evidence_required": "evidence required",
    "na_allowed": "n/a allowed",
    "source": "Source",
    "valid_checklist": "valid checklist",
    "valid_crosswalk": "valid crosswalk",
    "assessment_rules": "Assessment rules",
    "source_basis": "Basis",
    "basis_report": "report",
    "basis_derived": "derived",
    "files_checked": "{n} files checked: valid {ok}, invalid {bad}",
    "summary": "Summary",
    "gap.report": "Gap report",
    "gap.written_by": "{checklist} — written by readiness {version} from {file}",
    "gap.gaps_title": "Gaps in priority order",
    "gap.gaps_note": "Priority = weight × gap × 2 for a critical item. Highest first.",
    "gap.items_title": "Every item",
    "gap.items_note": (
        "Auditors: where you disagree with the declared level, choose an audit level (blank = "
        "declared level accepted) and explain in the audit note; then run 'readiness compare' "
        "on this workbook."
    ),
    "rank": "Rank",
    "gap.item_score": "Item score",
    "gap.audit_level": "Audit level",
    "audit_note": "Audit note",
    "gap.audit_prompt": (
        "Blank = the declared level is accepted. Choose a level from the list, or type its "
        "number, its key or n/a."
    ),
    "gap.weighted_scores": "Σ weight × item score",
    "gap.computation": "Computation",
    "gap.fingerprint": "Fingerprint",
    "gap.chart_title": "Score by area",
    "gap.levels": "Levels",
    "gap.details": "Details",
    "gap.more_gaps_sheet": "… and {n} more gaps in the '{sheet}' sheet.",
    "page_of": "Page {page} of {pages}",
    "gap.label": "Label",
    "gap.description": "Description",
    "quest.sheet": "Responses",
    "quest.heading": "Self-assessment questionnaire",
    "quest.subtitle": "{checklist} — checklist {id} {version}, written by readiness {readiness}",
    "quest.assessor_role": "Assessor's role",
    "quest.hint_required": "required",
    "quest.hint_optional": "optional",
    "quest.hint_country": "required: ISO 3166-1 alpha-2 code, e.g. FR, NO, GB",
    "quest.hint_period": "required: YYYY, YYYY-Qn, YYYY-Hn or YYYY-MM, e.g. 2026-Q4",
    "quest.hint_date": "required: YYYY-MM-DD",
    "quest.hint_checklist": "do not change: the answers below belong to this checklist",
    "quest.how_level": (
        "Level: choose from the list, or type a number ({levels}), a key ({keys}) or n/a. n/a "
        "only where the item allows it (column '{na_col}'), with a justification."
    ),
    "quest.how_evidence": (
        "Evidence: one document per line; to date it, add '{sep}YYYY-MM-DD', e.g. 'Helpline "
        "staffing roster{sep}2026-03-01'. Dates: YYYY-MM-DD."
    ),
    "quest.how_check": (
        "Fill in the yellow cells, save as .xlsx, then run: readiness validate FILE and "
        "readiness assess FILE"
    ),
    "quest.evidence_required": "Evidence required",
    "quest.na_allowed": "n/a allowed",
    "quest.exception_reason": "Exception: reason",
    "quest.exception_approved_by": "Exception: approved by",
    "quest.exception_approved_on": "Exception: approved on",
    "quest.exception_expires": "Exception: expires",
    "quest.carried_over": "Carried over",
    "quest.status_prompt": (
        "The status of the action that closes the gap: open, in_progress, done, dropped."
    ),
    "quest.level_prompt": "Choose a level from the list, or type its number, its key or n/a.",
    "cons.heading": "Consolidated readiness assessments",
    "cons.overview": "Overview",
    "cons.regions": "Regions",
    "cons.trend": "Trend",
    "cons.inputs": "Inputs",
    "cons.accepted": "Accepted",
    "cons.superseded": "Superseded",
    "cons.other_period": "Other period",
    "cons.rules_subtitle": "Reporting period {period}; follow-up rules: {rules}",
    "cons.superseded_by": "Superseded by",
    "cons.reason": "Reason",
    "cons.warnings": "Warnings",
    "cons.file": "File",
    "cons.kind": "Kind",
    "cons.reason_audited": "an audited gap report of the same unit and period",
    "cons.reason_older": "a later assessment of the same unit and period",
    "cons.reason_identical": "identical file sent twice",
    "cons.reason_same_date": (
        "same date, different content: the file whose path sorts first is kept"
    ),
    "cons.yaml": "YAML",
    "cons.questionnaire": "questionnaire",
    "cons.gap_report": "gap report",
    "cons.gap_report_audited": "audited gap report",
    "cons.status_accepted": "accepted",
    "cons.status_superseded": "superseded",
    "cons.status_other_period": "other period",
    "cons.status_received": "received",
    "cons.status_missing": "missing",
    "cons.status_unexpected": "unexpected",
    "cons.regions_heading": "By region: coverage, mean score, ratings and area means",
    "cons.regions_legend": (
        "INTERPOL regions (a roster's region overrides the country's); the reporting period's "
        "accepted submissions."
    ),
    "cons.chart_ratings": "Ratings by region",
    "cons.chart_areas": "Area means by region",
    "chart_trend": "Mean score per period",
    "cons.coverage_heading": "Who was expected, who submitted",
    "cons.coverage_legend": (
        "{received} of {expected} expected submitters received ({share}); {missing} missing, "
        "{unexpected} not on the roster."
    ),
    "cons.areas_heading": "Area scores of accepted submissions",
    "cons.areas_legend": (
        "Colours follow the checklist's rating bands; mean, lowest and highest above."
    ),
    "cons.areas_legend_anonymised": (
        "Mean of the reporting period's accepted submissions; by region on the Regions sheet."
    ),
    "mean": "Mean",
    "min": "Lowest",
    "max": "Highest",
    "cons.items_heading": "Items across accepted submissions",
    "cons.items_legend": (
        "At target: effective level ≥ target, among submissions where the item applies. Mean "
        "level: mean effective level over the same submissions."
    ),
    "cons.applicable_n": "Applicable in",
    "at_target_n": "At target",
    "cons.at_target_share": "Share at target",
    "cons.mean_level": "Mean level",
    "cons.na_n": "n/a",
    "gaps_n": "With a gap",
    "cons.gaps_heading": "Most common gaps across accepted submissions",
    "cons.gaps_legend": "Most frequent first, then the largest total gap.",
    "cons.share_of_applicable": "Share of applicable",
    "cons.mean_gap": "Mean gap",
    "cons.trend_heading": "Mean score per period, and each unit's score per period",
    "cons.units_heading": "Units with several periods",
    "cons.change": "Change",
    "cons.no_trend": "No unit has accepted submissions for several periods.",
    "cons.rejected_heading": "Rejected inputs and why",
    "cons.severity": "Severity",
    "cons.location": "Location",
    "cons.message": "Problem",
    "cons.field": "Field",
    "cons.line_column": "line {line}, column {column}",
    "cons.no_rejected": "No input was rejected.",
    "cmpwb.figure": "Figure",
    "changes": "Changes",
    "cmpwb.area_scores": "Area scores",
    "cmpwb.all_items": "Every item of either side (filter on the Change column)",
    "agg.heading": "Consolidation",
    "agg.heading_anonymised": "Consolidation (anonymised)",
    "agg.inputs": "Inputs",
    "agg.reporting_period": "Reporting period",
    "agg.mean_score": "Mean score",
    "agg.ratings": "Ratings",
    "agg.follow_up": "Follow-up",
    "agg.follow_up_rules": "Follow-up rules",
    "agg.built_in": "built-in",
    "agg.custom_rules": "custom",
    "agg.coverage": "Coverage",
    "agg.regions": "By region",
    "agg.area_means_by_region": "Area means by region",
    "agg.rules_note": "(follow-up rules: {rules})",
    "agg.region": "Region",
    "agg.expected": "Expected",
    "agg.received": "Received",
    "agg.submissions": "Submissions",
    "agg.common_gaps": "Most common gaps",
    "agg.no_gaps": "No gaps in any accepted submission.",
    "agg.class": "Class",
    "agg.rule": "Rule",
    "agg.follow_up_list": "Follow-up other than '{default}'",
    "agg.missing": "Missing submitters",
    "agg.unexpected": "Unexpected submitters (not on the roster)",
    "agg.contact": "Contact",
    "agg.rejected": "Rejected",
    "agg.rejected_hint": (
        "Every problem is listed in the workbook's Rejected sheet and in --format json."
    ),
    "agg.rejected_hint_json": "Every problem is listed in --format json.",
    "agg.no_accepted": "No submission was accepted for this period.",
    "agg.anonymised_note": (
        "Anonymised for publication: no agency, unit, country or file name; region-level and "
        "overall figures only, in a fixed order (no ranking). Regions with fewer than {k} "
        "submissions are merged into 'Other regions'."
    ),
    "agg.merged_note": "Merged into 'Other regions': {regions}.",
    "agg.suppressed_group": (
        "'Other regions' has fewer than {k} submissions: its figures are suppressed."
    ),
    "agg.suppressed_all": "Fewer than {k} submissions in this period: no figure is published.",
    "agg.suppressed": "suppressed",
    "agg.region_Africa": "Africa",
    "agg.region_Americas": "Americas",
    "agg.region_Asia and South Pacific": "Asia and South Pacific",
    "agg.region_Europe": "Europe",
    "agg.region_Middle East and North Africa": "Middle East and North Africa",
    "agg.region_Unknown region": "Unknown region",
    "agg.region_Other regions": "Other regions",
    "agg.follow_up_enhanced": "enhanced",
    "agg.follow_up_regular": "regular",
    "agg.follow_up_lowest band": "lowest band",
    "agg.follow_up_critical item at 0": "critical item at 0",
    "agg.follow_up_3 or more overdue actions": "3 or more overdue actions",
    "agg.follow_up_default": "default",
    "cmp.comparison": "Comparison",
    "cmp.audit_comparison": "Declared levels against the audit",
    "cmp.base": "Reference",
    "cmp.other": "Compared",
    "cmp.declared": "Declared",
    "cmp.audit": "Audit",
    "cmp.delta": "Δ",
    "cmp.change": "Change",
    "cmp.audit_cell": "Audit cell",
    "cmp.changed_items": "Changed items",
    "cmp.audited_items": "Items changed or annotated by the audit",
    "cmp.no_changes": "No item changed.",
    "cmp.no_item_moved_score_did": (
        "No item's level, flags or action changed; the score moved through the checklist's "
        "weights or targets."
    ),
    "cmp.effective": "Effective",
    "cmp.flag_changes": "Flags",
    "cmp.action_status": "Action status",
    "cmp.level_rose": "level rose",
    "cmp.level_did_not_rise": "level did not rise",
    "cmp.no_status": "none",
    "cmp.critical_legend": "! = critical",
    "cmp.change_same": "same",
    "cmp.change_up": "up",
    "cmp.change_down": "down",
    "cmp.change_added": "added",
    "cmp.change_removed": "removed",
    "cmp.change_became_na": "became n/a",
    "cmp.change_no_longer_na": "no longer n/a",
    "cmp.change_not_comparable": "not comparable",
    "cmp.note_identical": "the two inputs hold the same assessment: every item is the same",
    "cmp.note_versions": (
        "checklist versions differ ({base} and {other}): common items are compared, the others "
        "are listed as added or removed"
    ),
    "cmp.note_versions_mapped": (
        "checklist versions differ ({base} and {other}): the {older} answers are carried to "
        "{newer} through the crosswalk and compared item by item; items without a counterpart "
        "are not comparable; each side keeps the score of its own version"
    ),
    "cmp.note_no_audit": "no audit level is filled in: every declared level is accepted as it is",
    "cmp.note_audit_counts": "audit levels filled in: {levels}; audit notes: {notes}",
    "cmp.applicable_items": "Applicable items",
    "cmp.checklist_version": "Checklist version",
    "cmpcli.not_gap_report": (
        "{file} is a {kind} file; with one file, compare reads a gap report written by "
        "'readiness assess' whose audit columns were filled in. To compare two assessments, "
        "give both: readiness compare BASE OTHER"
    ),
    "cmpcli.audit_ignored": (
        "note: the audit columns of {file} are not used when comparing two files; run "
        "'readiness compare {file}' alone to compare its declared levels with the audit"
    ),
    "cmpcli.written": "Comparison workbook written to {path}",
    "rating.rating_capped": "Rating capped at {band}: {reasons}",
    "rating.cap_absent": "{item} (critical) is at level 0",
    "rating.cap_below_target": "{item} (critical) is at level {level}, below its target {target}",
    "rating.score_alone": "the score alone gives {band}",
    "rating.without_exceptions": "{rating}; {strict} without {n} exception",
    "rating.without_exceptions_plural": "{rating}; {strict} without {n} exceptions",
    "rating.exceptions": "Exceptions",
    "rating.exception_line": (
        "{item}: approved by {approved_by} on {approved_on}, expires {expires} — {reason}"
    ),
    "rating.exception_expired_line": (
        "{item}: EXPIRED on {expires} (approved by {approved_by}); no effect"
    ),
    "rating.rating_reason": "Reason for the rating",
    "migrate.migrated": (
        "Migrated by readiness from checklist version {old} to {new}. Lines starting with "
        "REVIEW or ANSWER need your attention; the rest was carried over unchanged."
    ),
    "migrate.reworded": (
        "REVIEW: reworded in {new} (was {sources} in {old}): check the answer against the new "
        "requirement."
    ),
    "migrate.merged": (
        "REVIEW: merged in {new} from {sources}: the lowest of their levels is kept, with all "
        "their evidence and notes."
    ),
    "migrate.split": (
        "REVIEW: split in {new} from {sources}: this is the answer to {sources}; check it for "
        "this part."
    ),
    "migrate.carried": "REVIEW: carried from {sources} through several versions.",
    "migrate.new": "ANSWER: new in {new}.",
    "migrate.again": "ANSWER again: {reason}; the answer carried from {sources} was: {answer}.",
    "migrate.unanswered_source": "ANSWER: {sources} had no answer.",
    "migrate.reason_na": "n/a is no longer allowed for {item}",
    "migrate.reason_level": "level {level} does not exist in version {version}",
    "migrate.retired": (
        "Answers to items retired in {new}, kept for the record (not part of this assessment):"
    ),
    "yaml.template_head": (
        "Self-assessment against: {title}\nChecklist {id} {version}. Fill in every 'level:' "
        "below, then run:\n    readiness validate {file}\n    readiness assess {file}\nLevels: "
        "{levels}, or n/a (only where the item allows it, with a justification).\nEvidence: a "
        "list of texts, or of {{ref: ..., date: YYYY-MM-DD}}."
    ),
    "yaml.export_head": "Self-assessment against: {title} ({id} {version})",
    "yaml.weight": "weight {weight}",
    "yaml.target": "target {target}",
    "yaml.critical": "critical",
    "yaml.evidence_hint": "one '- document reference' line each, below this line",
    "yaml.justification_hint": "only with n/a: why the item does not apply to the unit",
    "labelled": "{label}: {text}",
    "label_colon": "{label}:",
    "cons.written": "Consolidation workbook written to {path}",
    "carry.from": (
        "Carried forward from {file} ({period}) to {next}: every answer, evidence, owner, due "
        "date, note, action status and exception as they were. Review each one, update what "
        "changed, then run: readiness validate {out}"
    ),
    "carry.audited": "The levels carried are the audited ones.",
    "carry.stale_count": (
        "{n} dated evidence entries are older than {days} days on {date}: marked STALE below; "
        "renew them."
    ),
    "carry.stale_line": "STALE evidence: '{ref}' dated {date} is {age} days old (more than {days})",
    "schema.title": "readiness self-assessment: {title}",
    "schema.description": (
        "A unit's answers to a readiness checklist, generated by `readiness "
        "checklist schema {id}` from the spellings the validator accepts."
    ),
    "schema.text": "A text that is not only spaces (a number is read as written).",
    "schema.optional_text": "A text, or nothing (only spaces is nothing).",
    "schema.date": "A real date, YYYY-MM-DD, digits 0-9.",
    "schema.period": (
        "{shapes}; in French also YYYY-Tn (trimestre) and YYYY-Sn (semestre), read as Qn and Hn."
    ),
    "schema.country": "ISO 3166-1 alpha-2 code, in capitals or small letters (NO is Norway).",
    "schema.status": "Where the action to close the gap stands.",
    "schema.exception": (
        "An approved exception (its expiry may not come before its approval: "
        "checked by readiness only)."
    ),
    "schema.evidence": "Texts, or {ref: ..., date: YYYY-MM-DD}; one text is a list of one.",
    "schema.level": (
        "A level number, its key or label in any case and language ({names}), "
        "or 'N - name' as the questionnaire's drop-down list shows it"
    ),
    "schema.level_na": "; or n/a ({words})",
    "gap.report_audited": "Audited gap report",
    "gap.for_the_auditor": "For the auditor",
    "gap.auditor_hint": (
        "Fill in your name, role and the audit date, your audit levels and notes on the "
        "Items sheet, then run: readiness assess THIS-FILE --audited"
    ),
    "gap.auditor_name": "Auditor",
    "gap.auditor_role": "Auditor's role",
    "gap.audit_date": "Audit date",
    "gap.audited_by": "Audited by",
    "gap.audited_result": "Audited result",
    "gap.audited_rule": (
        "audit levels where the auditor gave one, the unit's declared levels elsewhere; the "
        "declaration stays embedded for reference"
    ),
    "gap.declared_fingerprint": "Fingerprint of the unit's declaration",
    "audit.needs_gap_report": (
        "--audited reads a gap report written by 'readiness assess' whose audit columns the "
        "auditor filled in; this is a {kind}"
    ),
    "audit.missing_field": "the {field} is required for an audited result; fill it in here",
    "audit.bad_date": "'{value}' is not a date; write the audit date as YYYY-MM-DD",
    "audit.written": "Audited gap report written to {path}",
    # Validation of a self-assessment (reading/validation.py)
    "val.hint_spaces": "; remove the spaces around it: {value}",
    "val.hint_country_letters": "; a country code is two letters",
    "val.hint_country": "; did you mean {code} ({name})?",
    "val.hint_uk": "; the United Kingdom's code is GB",
    "val.hint_key": "; did you mean '{hint}'?",
    "val.hint_item": "; did you mean {hint}?",
    "val.top_level": "the top level",
    "val.hint_comma": "; if it is part of a text containing a comma, quote the text",
    "val.unknown_key": "unknown key '{key}' in {where}{suggestion} (allowed: {allowed})",
    "val.only_spaces": " (it holds only spaces)",
    "val.required": "{field} is required{blank}",
    "val.not_text": "{field} must be a text, not {kind}",
    "val.date_required": "{field} is required (YYYY-MM-DD)",
    "val.date_spaces": "'{text}' has spaces around the date; write {fixed}",
    "val.date_not_real": "{text} is not a real date (check the day and month)",
    "val.date_shape": "'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20",
    "val.date_range": (
        "{day} is outside the dates readiness accepts ({first} to {last}); check the year"
    ),
    "val.kind_bool": "true/false",
    "val.kind_mapping": "a mapping",
    "val.kind_list": "a list",
    "val.kind_number": "a number",
    "val.kind_text": "a text",
    "val.level_spaces": "level '{value}' has spaces around it; write {fixed}",
    "val.level_mixed": (
        "level '{text}' gives the number {number} but the name of level {named}; write one "
        "level: {number} ({names}) or {named}"
    ),
    "val.level_after_number": (
        "level '{text}': after {number}{separator} only the name of level {number} ({names}) is "
        "accepted; write {number}"
    ),
    "val.not_mapping": (
        "an assessment is a YAML mapping that starts with 'checklist:'; run 'readiness init' "
        "for a template"
    ),
    "val.checklist_exact": "checklist: write the id exactly, {id}",
    "val.checklist_other": (
        "this file answers checklist '{answered}', but it is being checked against '{used}' "
        "(use --checklist)"
    ),
    "val.version_differs": "checklist_version {version} differs from the checklist's {checklist}",
    "val.future": "assessed_on {date} is in the future",
    "val.assessor_mapping": "assessor is a mapping with name and role",
    "val.period_required": "period is required (e.g. 2026-Q4)",
    "val.period_spaces": "period '{text}' has spaces around it; write {fixed}",
    "val.period_shape": (
        "period '{text}' is not one of {shapes} (in French also YYYY-Tn and YYYY-Sn), e.g. 2026-Q4"
    ),
    "val.agency_required": "agency is required (name and country)",
    "val.agency_mapping": "agency is a mapping with name, unit and country",
    "val.country_required": "agency.country is required",
    "val.country_bad": (
        "'{text}' is not an ISO 3166-1 alpha-2 country code (two letters, e.g. FR, NO, GB){hint}"
    ),
    "val.responses_required": "responses is required: one entry per item of the checklist",
    "val.responses_mapping": "responses is a mapping of item id to answer (e.g. HELP-01:)",
    "val.not_an_item": "'{item}' is not an item of checklist {id}{suggestion}",
    "val.no_response_scored": "{item} has no response: scored as level 0 (unanswered)",
    "val.and_more": " and {n} more",
    "val.no_response_one": (
        "1 item has no response: {items}{more} (answer it, or use --allow-incomplete to score "
        "it as 0)"
    ),
    "val.no_response_many": (
        "{n} items have no response: {items}{more} (answer them, or use --allow-incomplete to "
        "score them as 0)"
    ),
    "val.response_mapping": "the response to {item} is a mapping with at least 'level:'",
    "val.no_level_scored": "{item} has no level: scored as level 0 (unanswered)",
    "val.no_level": "{item} has no level; give one of {choices}",
    "val.na_not_allowed": (
        "{item} cannot be answered n/a: it applies to every unit; give one of {choices}"
    ),
    "val.na_justification": "n/a needs a 'justification:' saying why {item} does not apply",
    "val.status_bad": "status '{text}' is not one of {statuses}{suggestion}",
    "val.exception_mapping": (
        "exception is a mapping with reason, approved_by, approved_on and expires"
    ),
    "val.exception_dates": "the exception expires ({expires}) before it was approved ({approved})",
    "val.exception_useless": (
        "{item} is at its target: the exception has nothing to excuse; remove it"
    ),
    "val.evidence_list": "evidence is a list of texts, or of {{ref: ..., date: YYYY-MM-DD}}",
    "val.evidence_later": "evidence dated {date} is later than assessed_on {assessed}",
    "val.evidence_empty": "this evidence is empty (only spaces); give the document or remove it",
    "val.evidence_entry": "each evidence is a text, or a mapping {{ref: ..., date: YYYY-MM-DD}}",
    # Digits other than 0-9 (core/formats.py)
    "val.digits_date": (
        "the date '{text}' is written with digits other than 0-9; only 0-9 are accepted (write "
        "{fixed})"
    ),
    "val.digits_level": (
        "level '{text}' is written with digits other than 0-9; only 0-9 are accepted (write "
        "{fixed})"
    ),
    "val.digits_period": (
        "period '{text}' is written with digits other than 0-9; only 0-9 are accepted (write "
        "{fixed})"
    ),
    # Reading YAML (reading/yaml_loading.py)
    "yaml.what_file": "the file",
    "yaml.what_checklist": "the checklist",
    "yaml.what_rules_file": "the rules file",
    "yaml.what_roster": "the roster",
    "yaml.number_long": (
        "a number of {n:,} characters is longer than the {limit} allowed; quote it if it is a text"
    ),
    "yaml.number_infinite": (
        "'{text}' is not a finite number (not-a-number and infinity are not accepted); quote it "
        "if it is a text"
    ),
    "yaml.not_utf8": "the file is not UTF-8 text (byte {byte}); save it as UTF-8 and try again",
    "yaml.too_big": "{what} is {n:,} bytes; at most {limit:,} are accepted",
    "yaml.utf16": "the file is UTF-16 text; save it as UTF-8 and try again",
    "yaml.binary": "{what} is binary data, not YAML text",
    "yaml.quote_open": (
        "the quote {quote} opened here is never closed; end the text with {quote} on the same line"
    ),
    "yaml.colon_in_text": (
        "a ': ' inside a text that is not in quotes; put the whole text in quotes, e.g. name: "
        '"Brigade: online unit"'
    ),
    "yaml.dash_after_empty": (
        "a '- ' line under a key already given an empty list ('[]'); remove the '[]' and keep "
        "the '- ' lines below the key"
    ),
    "yaml.too_deep": "the data is nested more than {limit} levels deep",
    "yaml.tab": "{problem} (a tab character: YAML indents with spaces, never tabs)",
    "yaml.syntax": "YAML syntax error: {problem}",
    "yaml.bad_character": "the file holds a character YAML does not allow ({reason})",
    "yaml.too_many": "the file has more than {limit:,} YAML elements",
    "yaml.two_documents": (
        "the file holds more than one YAML document (a second '---'); put one assessment in "
        "each file"
    ),
    "yaml.alias": "aliases (*{anchor}) are not accepted; write the value out in full",
    "yaml.anchor": "anchors (&{anchor}) are not accepted; write each value out in full",
    "yaml.tag": "the YAML tag {tag} is not accepted",
    "yaml.text_long": "a text of {n:,} characters is longer than the {limit:,} allowed",
    "yaml.collection_key": "a list or mapping cannot be used as a key",
    "yaml.duplicate_key": (
        "duplicate key '{key}': first at line {first}, again at line {again}; keep one"
    ),
    "version.latest_note": (
        "no checklist_version: checked against the latest version of {spec}, "
        "{latest} (write checklist_version: to choose one)"
    ),
    "version.unknown": ("checklist {id} has no version {version}; known versions: {known}"),
    # output and input files (cli, output_files, file_reading)
    "out.over_input": "{out}: refusing to write over the input file; choose another name",
    "out.no_folder": "{out}: the folder {folder} does not exist",
    "out.not_folder": "{out}: {folder} is not a folder",
    "out.is_folder": "{out}: is a folder; give a file name",
    "out.not_regular": "{out}: is not a regular file (a device or a pipe?); give a file name",
    "out.not_writable": "{out}: the folder {folder} is not writable",
    "out.exists": "{out}: already exists; use --force to replace it",
    "out.cannot_write": "{out}: cannot write: {reason}",
    "read.no_such_file": "no such file",
    "agg.no_files": "no files found in {paths}",
    "top_gaps_heading": "{title} ({n}; ! = {critical})",
    "foreign.xls": (
        "the file is an Excel 97-2003 workbook (.xls), which readiness does not"
        " read; open it and save it as an Excel workbook (.xlsx), or copy the "
        "answers into the template that 'readiness init' writes"
    ),
    "foreign.ole2": (
        "the file is an Excel 97-2003 (.xls) or Word (.doc) file; open it and "
        "save it as an Excel workbook (.xlsx), or copy the answers into the "
        "template that 'readiness init' writes"
    ),
    "foreign.ods": (
        "the file is an OpenDocument spreadsheet (.ods), which readiness does "
        "not read; in LibreOffice, File > Save As > Excel 2007-365 (.xlsx)"
    ),
    "foreign.csv": (
        "the file is a CSV table, which cannot hold an assessment; use the YAML"
        " template or the questionnaire that 'readiness init' writes"
    ),
    "foreign.doc": (
        "the file is a Word document, not an assessment; copy the answers into "
        "the template that 'readiness init' writes"
    ),
    "foreign.pdf": (
        "the file is a PDF document, not an assessment; ask for the .yaml or "
        ".xlsx file it was made from"
    ),
    "foreign.json": (
        "the file is a JSON file, not an assessment (a result printed with "
        "--format json is not read back); use the YAML template or the "
        "questionnaire that 'readiness init' writes"
    ),
    "agg.inputs_line": "{inputs}: {accepted}, {superseded}, {other_period}, {rejected}",
    "agg.count_received.other": "{n} received",
    "agg.count_accepted.other": "{n} accepted",
    "agg.count_superseded.other": "{n} superseded",
    "agg.count_other_period.other": "{n} other period",
    "agg.count_rejected.other": "{n} rejected",
    "agg.coverage_line.one": "{received} of {expected} expected submitter ({share})",
    "agg.coverage_line.other": "{received} of {expected} expected submitters ({share})",
    "agg.period_absent": (
        "No submission was accepted for {period}; the accepted submissions are for {periods}{more}."
    ),
    "agg.periods_more.other": " and {n} more",
    # Reading workbooks (reading/workbook_safety.py, reading/workbook_input.py)
    "yaml.what_workbook": "the workbook",
    "wb.save_as_xlsx": "open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)",
    "wb.damaged_archive": (
        "the workbook is damaged or incomplete (truncated download or copy?): it is not a "
        "readable .xlsx archive; {fix} again"
    ),
    "wb.too_many_parts": "the workbook archive has {n:,} parts; at most {limit:,} are accepted",
    "wb.unpacks_too_big": (
        "the workbook would unpack to {n:,} bytes; at most {limit:,} are accepted (a zip bomb?)"
    ),
    "wb.compressed_too_much": (
        "the workbook part {part} is compressed {ratio:,} times; at most {limit} are accepted "
        "(a zip bomb?)"
    ),
    "wb.encrypted": "the workbook archive is encrypted; save it without a password",
    "wb.compression_method": (
        "the workbook archive uses a compression method that Excel never writes; {fix}"
    ),
    "wb.strict_xml": (
        "the workbook is saved as Strict Open XML, which readiness does not read; in Excel, "
        "save it as 'Excel Workbook (.xlsx)' (not 'Strict Open XML Spreadsheet')"
    ),
    "wb.too_many_tags": (
        "the workbook holds more than {limit:,} XML tags; it is far larger than any assessment"
    ),
    "wb.damaged_part": "the workbook is damaged (a part cannot be unpacked); {fix} again",
    "wb.file_is": "this file is {what}; {fix}",
    "wb.kind_xlsb": "an Excel binary workbook (.xlsb), which readiness does not read",
    "wb.kind_ods": "an OpenDocument file (.ods), not an Excel workbook",
    "wb.kind_docx": "a Word document, not an Excel workbook",
    "wb.kind_pptx": "a PowerPoint presentation, not an Excel workbook",
    "wb.kind_zip": "a zip archive, but not an Excel workbook",
    "wb.no_defusedxml": (
        "refusing to read a workbook without XML-bomb protection: install defusedxml and do "
        "not set OPENPYXL_DEFUSEDXML=False"
    ),
    "wb.xml_entities": (
        "the workbook contains XML entity declarations, which Excel never writes; it was "
        "refused as unsafe"
    ),
    "wb.not_spreadsheet": (
        "the workbook is damaged or was not written by a spreadsheet program; {fix}"
    ),
    "wb.too_nested": "the workbook is too large or too deeply nested to read",
    "wb.cannot_read_kind": "cannot read the workbook ({kind}); {fix} again",
    "wb.not_ours": (
        "this workbook was not written by readiness (it has no hidden '{sheet}' sheet); "
        "answer in a questionnaire from 'readiness init --format xlsx', or give a gap report "
        "written by 'readiness assess'"
    ),
    "wb.comparison_workbook": (
        "this is a comparison workbook written by 'readiness compare': it holds no "
        "assessment; give the YAML files or gap reports it compared"
    ),
    "wb.consolidation_workbook": (
        "this is HQ's consolidation workbook written by 'readiness aggregate': it holds no "
        "assessment; give the units' YAML files, questionnaires or gap reports"
    ),
    "wb.other_kind": (
        "this workbook is a readiness '{kind}' workbook: only a questionnaire or a gap report "
        "holds an assessment"
    ),
    "wb.no_kind": (
        "this workbook is not a readiness assessment: only a questionnaire or a gap report "
        "holds an assessment"
    ),
    "wb.newer_format": (
        "this workbook was written by a newer readiness (workbook format {format}); upgrade "
        "readiness to read it"
    ),
    "wb.rows_not_read": "only the first {n:,} rows of this sheet were read",
    "wb.formula_without_value": (
        "a formula without a saved value: open the file in Excel and save it, or type the "
        "value itself"
    ),
    "wb.lost_named_cell": (
        "the workbook has lost its {what} (the cell named {name}); was a row, column or sheet "
        "deleted? Start again from a workbook written by readiness"
    ),
    "wb.what_cell": "'{label}' cell",
    "wb.what_column": "'{label}' column",
    "wb.what_items_column": "{sheet} sheet's '{label}' column",
    "wb.columns_not_aligned": "the answer columns are no longer on one header row",
    "wb.continuation_lost": (
        "this text goes on in the hidden '{sheet}' sheet, which no longer has it; write the "
        "text again without its last line"
    ),
    "wb.row_without_id": "this row has answers but no item id; put the id back (e.g. {example})",
    "wb.answered_twice": "{item} is answered twice: here and in row {row}; keep one row per item",
    "wb.text_too_long": "the text is longer than {limit:,} characters",
    "wb.embedded_missing": "the gap report's embedded data is missing ({key})",
    "wb.embedded_damaged": "the gap report's embedded data is damaged ({key})",
    "wb.embedded_too_many": (
        "the gap report's embedded data ({key}) has more than {limit:,} elements; it is far "
        "larger than any assessment"
    ),
    "wb.embedded_checklist": "embedded checklist: {problem}",
    "wb.edited_assessment": (
        "the embedded data was edited: the assessment stored in this gap report no longer "
        "matches its fingerprint, so the report cannot be trusted; write it again with "
        "'readiness assess' from the unit's assessment"
    ),
    "wb.edited_checklist": (
        "the embedded data was edited: the checklist stored in this gap report no longer "
        "matches its fingerprint, so the report cannot be trusted; write it again with "
        "'readiness assess' from the unit's assessment"
    ),
    "wb.edited_declaration": (
        "the embedded data was edited: the unit's declaration stored in this audited gap "
        "report no longer matches its fingerprint, so the report cannot be trusted"
    ),
    "wb.audit_record_damaged": "the gap report's audit record is damaged",
    "wb.not_under_chosen": "not an answer under checklist {id} {version} in use: {problem}",
    "wb.declared_level_edited": (
        "the declared level of {item} was changed in this sheet from {stored} to {shown}; the "
        "level recorded when the report was written ({stored}) is used. An auditor records a "
        "different level in the '{audit_column}' column instead"
    ),
    "wb.blank": "blank",
    "wb.blank_unanswered": "blank (unanswered)",
    "wb.other_checklist": (
        "this gap report answers checklist '{answered}', but it is being checked against "
        "'{used}' (use --checklist)"
    ),
    "wb.embedded_checklist_differs": (
        "this gap report was scored with checklist {id} {version} as embedded in it, which "
        "differs from {spec} ({chosen}); the embedded one is used"
    ),
    "wb.audit_level_bad": (
        "audit level {shown} is not one of {choices}; leave it blank to accept the declared level"
    ),
    # Carrying a period's result forward (reading/carry_source.py)
    "carry.retired_not_carried": "; answers to retired items not carried: {items}",
    # --help (cli/help_text.py): commands, options, metavars; the command line's own texts
    "help.cmd.readiness": (
        "Assess a unit's readiness against INTERPOL's 2020 report on COVID-19 and online "
        "child sexual exploitation and abuse: validate, score, compare and aggregate "
        "self-assessments, and write Excel gap reports."
    ),
    "help.opt.readiness.lang": (
        "Language of output and workbooks (default: READINESS_LANG, LC_ALL/LANG, en)."
    ),
    "help.opt.readiness.checklist": "Built-in checklist id or path to a custom checklist YAML.",
    "help.opt.version": "Show the version and exit.",
    "help.opt.lang": "Language of the output (en, fr, es, ar).",
    "help.opt.checklist": "Built-in checklist id or path to a custom checklist.",
    "help.opt.marking": (
        "Protective marking printed in every sheet's header and on the first page of the "
        "workbook (for example RESTRICTED)."
    ),
    "help.opt.force": "Replace the output file if it exists.",
    "help.opt.allow_incomplete": (
        "Accept missing responses (scored as level 0, flagged unanswered)."
    ),
    "help.opt.fmt": (
        "table: a summary for the terminal; json: the full result as data; markdown: a "
        "report to paste into a document."
    ),
    "help.opt.check_fmt": (
        "text: one line per problem, FILE:LINE:COL: severity: message; json: a list with, "
        "per file, file, valid and problems."
    ),
    "help.cmd.init": (
        "Write a self-assessment template to fill in, or the next period's from a previous one."
    ),
    "help.opt.init.output": "File to write (default: self-assessment.yaml or .xlsx).",
    "help.opt.init.fmt": (
        "A YAML file or an Excel questionnaire (default: from the -o extension, else yaml)."
    ),
    "help.opt.init.agency": "Agency name to fill in.",
    "help.opt.init.country": "ISO 3166-1 alpha-2 country code, e.g. FR.",
    "help.opt.init.period": "YYYY, YYYY-Qn, YYYY-Hn or YYYY-MM (default: this quarter).",
    "help.opt.init.previous": (
        "Start from a previous assessment (YAML, questionnaire or gap report): every answer "
        "carried to the next period."
    ),
    "help.cmd.validate": "Check assessment files (YAML or workbooks) and report every problem.",
    "help.cmd.assess": (
        "Validate and score one assessment, print the summary, write the gap report."
    ),
    "help.opt.assess.output": "Gap report workbook (default: <input stem>-gap-report.xlsx here).",
    "help.opt.assess.no_excel": "Do not write the gap report workbook.",
    "help.opt.assess.all_gaps": "List every gap in the table, not only the top ones.",
    "help.opt.assess.fail_under": "Exit with code 4 when the score (as displayed) is below SCORE.",
    "help.opt.assess.audited": (
        "Score the audit of a gap report (audit levels where filled in, declared levels "
        "elsewhere) and write the audited gap report (default: <stem>-audited.xlsx)."
    ),
    "help.cmd.compare": (
        "Compare two assessments (YAML, questionnaire or gap report) item by item.\n\nWith "
        "one gap-report workbook whose audit columns were filled in, compare the unit's "
        "declared levels with the audited ones (a blank audit level accepts the declared "
        "one), rescored with the audited levels."
    ),
    "help.opt.compare.output": "Also write the comparison as an Excel workbook.",
    "help.cmd.aggregate": (
        "Score every assessment in PATHS (files, and folders searched recursively) and write "
        "the consolidation workbook.\n\nEach input is accepted, superseded (a later "
        "assessed_on for the same country, agency, unit and period), other_period (accepted, "
        "but not in the reporting period) or rejected (with its problems and what to do). "
        "Exit 3 when some inputs were rejected, 1 when none could be used."
    ),
    "help.opt.aggregate.output": (
        "Consolidation workbook to write (default: readiness-consolidated.xlsx here)."
    ),
    "help.opt.aggregate.no_excel": "Do not write the consolidation workbook.",
    "help.opt.aggregate.jobs": (
        "Processes to work with (default: the number of CPUs). Results do not depend on it."
    ),
    "help.opt.aggregate.period": (
        "Reporting period to consolidate (YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM; French YYYY-Sn, "
        "YYYY-Tn). Default: the latest period among accepted submissions."
    ),
    "help.opt.aggregate.roster_file": (
        "Who is expected to submit (CSV, YAML or xlsx: country, agency, optional unit, "
        "region, contact): coverage, missing and unexpected submitters."
    ),
    "help.opt.aggregate.rules_file": (
        "Follow-up classes as data (YAML). Default: enhanced for the lowest rating, a "
        "critical item at 0 or 3+ overdue actions; else regular."
    ),
    "help.opt.aggregate.anonymise": (
        "Publish without names: region-level and overall figures only, no agency, unit, "
        "country or file name, no ranking."
    ),
    "help.opt.aggregate.min_group": (
        "With --anonymise: a region with fewer than K submissions (default 5) is merged into "
        "'Other regions' (or suppressed)."
    ),
    "help.opt.aggregate.allow_incomplete": (
        "Accept submissions with unanswered items (scored as level 0, flagged unanswered)."
    ),
    "help.opt.aggregate.checklist_version": (
        "Checklist version to consolidate against (default: the latest among the inputs). "
        "Each submission keeps the score of its own version; older answers are carried to "
        "this one through the crosswalks for the item statistics."
    ),
    "help.cmd.convert": (
        "Turn a questionnaire (or gap report) into YAML, or YAML into a "
        "questionnaire.\n\nThe output kind follows OUT's extension. Nothing is lost: "
        "converting back gives the same assessment (same fingerprint). Unanswered items stay "
        "unanswered."
    ),
    "help.opt.convert.output": (
        "OUT.yaml for a YAML self-assessment, OUT.xlsx for a questionnaire workbook."
    ),
    "help.opt.convert.force": "Replace OUT if it exists.",
    "help.cmd.migrate": (
        "Carry an assessment (YAML, questionnaire or gap report) to a newer checklist "
        "version.\n\nUnchanged items keep their answers; reworded, merged and split items "
        "are marked REVIEW; new items are left to ANSWER, with their requirement and "
        "guidance; answers to retired items are kept as comments. The output is a YAML "
        "self-assessment."
    ),
    "help.opt.migrate.to_version": "Version to carry the answers to (default: the latest).",
    "help.opt.migrate.output": (
        "The YAML to write (default: FILE's name with the new version, beside it)."
    ),
    "help.cmd.checklist": "List, show and check checklists; print an assessment's JSON Schema.",
    "help.cmd.checklist.list": (
        "The built-in checklists, every published version (the latest is marked)."
    ),
    "help.cmd.checklist.show": (
        "One checklist: every item with its requirement, guidance, action and source.\n\nID "
        "is the latest version of a built-in checklist, ID@1.0.0 a given one; or give the "
        "path of a custom checklist file (or --checklist, but not both)."
    ),
    "help.opt.checklist.show.fmt": (
        "Text for the terminal, the checklist as JSON data, or Markdown."
    ),
    "help.cmd.checklist.check": (
        "Validate a checklist file (custom ones included), or a crosswalk between two "
        "versions (every older item covered once, every target exists, every new item "
        "listed)."
    ),
    "help.cmd.checklist.schema": (
        "Print the JSON Schema of an assessment for this checklist (for editors)."
    ),
    "meta.options_bracketed": "[OPTIONS]",
    "meta.command_args": "COMMAND [ARGS]...",
    "meta.base": "BASE",
    "meta.other": "OTHER",
    "meta.diff_xlsx": "DIFF.xlsx",
    "meta.file": "FILE",
    "meta.files": "FILES",
    "meta.id_path": "ID|PATH",
    "meta.id_version_path": "ID[@VERSION]|PATH",
    "meta.in": "IN",
    "meta.out": "OUT",
    "meta.k": "K",
    "meta.n": "N",
    "meta.p": "P",
    "meta.paths": "PATHS",
    "meta.previous": "PREVIOUS",
    "meta.score": "SCORE",
    "meta.text": "TEXT",
    "meta.version": "VERSION",
    "cli.interrupted": "readiness: interrupted",
    "cli.note": "note: {text}",
    "cli.init_suffix": (
        "'{output}' should end in .yaml, .yml (a YAML file) or .xlsx (a questionnaire)"
    ),
    "cli.format_contradicts": (
        "--format {fmt} contradicts the file name '{output}' (a {kind} file); give one or "
        "make them agree"
    ),
    "cli.score_range": "{value} is not a number from 0 to 100",
    "cli.gap_report_suffix": (
        "'{output}': the gap report is an Excel workbook; give a name ending in .xlsx"
    ),
    "cli.min_group_alone": "--min-group only applies with --anonymise; add --anonymise",
    "cli.checklist_version_builtin": (
        "--checklist-version chooses a version of a built-in checklist; give ID@VERSION or a "
        "file with --checklist instead"
    ),
    "cli.checklist_twice": (
        "give the checklist either as the argument or with --checklist, not both"
    ),
    "cli.convert_suffix": "OUT must end in .yaml or .yml (YAML) or .xlsx (questionnaire workbook)",
    "cli.migrate_suffix": "the output is a YAML self-assessment: OUT must end in .yaml or .yml",
    "cli.id": "Id",
    "cli.internal_error": (
        "readiness: internal error ({what}): this is a bug in readiness, not a problem with "
        "your files; {where}"
    ),
    "cli.internal_saved": (
        "the details are saved in {path}; please send that file with your report"
    ),
    "cli.internal_not_saved": (
        "the details could not be saved; run again with READINESS_DEBUG=1 to see them"
    ),
    "cmp.different_checklists": (
        "different checklists: {base} answers '{base_id}', {other} answers '{other_id}'; "
        "only assessments of the same checklist can be compared"
    ),
    "cli.heading": "{heading}:",
    "cmp.audit_not_item": "audit for '{item}', which is not an item of checklist {id} {version}",
    "cmp.audit_na_refused": (
        "audit level n/a is not allowed for {item}: the checklist requires every unit to meet it;"
        " give a level"
    ),
    "agg.version_not_carried": (
        "this file answers checklist version {own}, which does not carry to version {version}"
        " used for this consolidation (answers carry forward only; choose the version with"
        " --checklist-version)"
    ),
    "cmp.not_valid": "{file}: not a valid assessment",
    "val.level_choices": "{numbers} or {names}",
    "val.level_bad": "level {shown} is not one of {choices}{suggestion}",
    # Reading an input file (reading/file_reading.py, reading/inputs.py)
    "read.kind_folder": "a folder, not a file",
    "read.kind_fifo": "a named pipe (FIFO), not a regular file",
    "read.kind_device": "a device, not a regular file",
    "read.kind_socket": "a socket, not a regular file",
    "read.kind_other": "not a regular file",
    "read.not_regular": "this is {kind}; give {what} itself",
    "read.cannot_read": "cannot read {what}: {reason}",
    "read.named_xlsx_not_zip": (
        "the file is named like an Excel workbook but is not one (a .xlsx file is a zip "
        "archive); save it from Excel as .xlsx"
    ),
    "read.named_yaml_is_zip": (
        "the file is named .yaml but is a zip archive (an Excel workbook?); rename it to .xlsx"
    ),
    "yaml.p.no_colon": (
        "the ':' expected after a key is missing (a line of text inside a mapping, or a key "
        "without its ':')"
    ),
    "yaml.p.cannot_start": "the character {char} cannot start a value; put the text in quotes",
    "yaml.p.expected_key": (
        "a key was expected here; check this line's indentation against the lines above"
    ),
    "yaml.p.expected_dash": (
        "a list entry ('- ') was expected here; check this line's indentation against the lines "
        "above"
    ),
    "yaml.p.block_end": "this line's indentation does not match the lines above",
    "yaml.p.flow_sequence": "a list in [ ] is not closed: ',' or ']' was expected",
    "yaml.p.end_of_file": "the file ends before what was opened here is closed",
    "yaml.p.colon_here": "a ': ' is not allowed here; put the text in quotes",
    "yaml.p.anchor_name": "a name (letters or digits) was expected after '&' or '*'",
    "yaml.p.directive": "unknown directive (a line starting with '%')",
    "yaml.p.document_start": "a new document ('---') was expected here",
    "yaml.p.yaml_version": "the %YAML line asks for a version other than 1.x",
    "yaml.p.escape": (
        "unknown escape after '\\' in a text in double quotes; write '\\\\' for a backslash, or "
        "use single quotes"
    ),
    "yaml.p.no_value": "a value was expected here",
    "yaml.p.block_scalar": (
        "after '|' or '>' only '+', '-', an indentation digit and a comment may follow on the same "
        "line"
    ),
    "yaml.p.tag_end": "a tag '!<...>' is not closed with '>'",
    "yaml.p.tab_indent": "this line's indentation holds a tab character",
    "yaml.p.flow_mapping": "a mapping in {{ }} is not closed: ',' or '}}' was expected",
    "chk.not_mapping": "a checklist is a YAML mapping (id: ..., areas: ...)",
    "chk.version_semver": "version must be a semantic version like 1.0.0",
    "chk.text_missing_lang": "the text has no '{lang}' version",
    "chk.lang_not_listed": "'{lang}' is not in languages ({languages})",
    "chk.level_values": "level values must be 0..N without gaps or repeats; found {values}",
    "chk.level_key_twice": "level key '{key}' is used twice",
    "chk.na_reserved": "'{key}' is reserved (it means not applicable)",
    "chk.target_above_top": "target_level {target} is above the top level {top}",
    "chk.item_target_above_top": "target {target} is above the top level {top}",
    "chk.bands_order": (
        "rating bands go from the highest min_score to the lowest, each lower than the one before"
    ),
    "chk.last_band_zero": "the last rating band must have min_score 0",
    "chk.band_twice": "rating band '{key}' is used twice",
    "chk.area_id_twice": "area id '{id}' is already used at line {line}",
    "chk.item_id_twice": "item id '{id}' is already used at line {line}",
    "chk.item_id_prefix": "item id '{id}' should start with its area id '{area}-'",
    "chk.no_checklist": "no checklist '{spec}': not a file, nor a built-in id ({known})",
    "chk.in_checklist": "checklist {where}: {problem}",
    "chk.schema_unknown_key": "unknown key '{key}'; allowed here: {allowed}",
    "chk.schema_required": "{field} is required",
    "chk.schema_type": "expected {expected}, found {found}",
    "chk.schema_text": "expected a text, or a map of language code to text",
    "chk.schema_pattern": "{value} does not match {pattern}",
    "cw.not_mapping": "a crosswalk is a YAML mapping (from, to, items, new)",
    "cw.unknown_key": "unknown key '{key}' (allowed: {allowed})",
    "cw.required": "'{key}' is required",
    "cw.items_mapping": "items maps each older item id to {{relation, to}}",
    "cw.new_list": "new is a list of item ids of the newer version",
    "cw.entry_mapping": "{item}: give {{relation: ..., to: [...]}}",
    "cw.relation": "{item}: relation must be one of {relations}",
    "cw.to_list": "{item}: to is a list of item ids",
    "cw.split_targets": "{item}: split needs two targets or more",
    "cw.no_target": "{item}: {relation} takes no target",
    "cw.one_target": "{item}: {relation} takes exactly one target",
    "cw.target_twice": "{item}: a target is listed twice",
    "cw.not_in_version": "{item} is not an item of version {version}",
    "cw.target_not_in_version": "{item}: {target} is not an item of version {version}",
    "cw.missing": "every item of version {version} needs a mapping; missing: {items}",
    "cw.several_into_one": (
        "{target} is the target of {items}: several items into one is 'merged', and each of them "
        "says so"
    ),
    "cw.merged_alone": (
        "{item} is merged into {target}, but nothing else is: list every item merged into "
        "{target}, or say same/reworded"
    ),
    "cw.new_but_mapped": "{item} is listed as new but older items map onto it",
    "cw.listed_twice": "{item} is listed twice",
    "cw.unlisted": (
        "items of version {version} that nothing maps onto must be listed under new: {items}"
    ),
    "cw.version_problem": "version {version} of {id}: {problem}",
    "cw.other_checklist": "{file} is checklist {id}, not {expected}",
    "cw.in_file": "{file}: {problem}",
    "cw.not_published": (
        "checklist {id} {version} is not a published built-in version: only built-in checklists "
        "have crosswalks"
    ),
    "cw.already": "the assessment already answers version {version}",
    "cw.only_newer": (
        "the assessment answers version {version}; migrate only goes to a newer version (known: "
        "{known})"
    ),
    "cw.no_chain": "no crosswalk leads from version {old} to {new} of {id}",
    "roster.cannot_read": "cannot read the roster: {reason}",
    "roster.not_regular": "the roster is not a regular file",
    "roster.too_big": "the roster is larger than {limit:,} bytes",
    "roster.format": (
        "a roster is a .csv, .yaml, .yml or .xlsx file with the columns country, agency and "
        "optionally unit, region, contact"
    ),
    "roster.too_many_rows": "the roster has {n:,} rows; at most {limit:,} are accepted",
    "roster.not_text": "`{column}` must be text",
    "roster.too_long": "`{column}` is longer than {limit} characters",
    "roster.empty_value": "`{column}` is empty",
    "roster.bad_country": (
        "country {value} is not an ISO 3166-1 alpha-2 code (two letters, e.g. FR)"
    ),
    "roster.twice": "the same country, agency and unit are listed twice; the row is counted once",
    "roster.header_lacks": (
        "the header row lacks {missing}; the columns are country, agency and optionally unit, "
        "region, contact"
    ),
    "roster.not_utf8": "the roster is not UTF-8 text; save it as UTF-8",
    "roster.csv_error": "the CSV cannot be read: {reason}",
    "roster.empty": "the roster is empty",
    "roster.yaml_shape": (
        "a YAML roster is a list of rows (country, agency, unit, region, contact), or a mapping "
        "whose `roster` key holds that list"
    ),
    "roster.row_mapping": "a roster row is a mapping",
    "roster.unknown_key": "unknown key `{key}`; a row has {columns}",
    "roster.first_sheet_empty": "the roster's first sheet is empty",
    "rules.cannot_read": "cannot read the rules file: {reason}",
    "rules.not_regular": "the rules file is not a regular file",
    "rules.too_big": "the rules file is larger than {limit:,} bytes",
    "rules.not_mapping": "a rules file is a mapping with `rules` (a list) and `default` (a class)",
    "rules.unknown_key": "unknown key `{key}`: a rules file has `rules` and `default`",
    "rules.default": "`default` must name the class of a submission no rule matches (e.g. regular)",
    "rules.rules_list": "`rules` must be a list of rules",
    "rules.too_many": "{n} rules; at most {limit} are accepted",
    "rules.rule_mapping": "a rule is a mapping with `name`, `class` and `when`",
    "rules.rule_unknown_key": "unknown key `{key}`: a rule has `name`, `class` and `when`",
    "rules.name_needed": "a rule needs a `name` (text)",
    "rules.name_twice": "rule name `{name}` is used twice (rule {rule})",
    "rules.class_needed": "a rule needs a `class` (text)",
    "rules.when_mapping": (
        "`when` must be a mapping of conditions, all of which must hold: {conditions}"
    ),
    "rules.unknown_condition": "unknown condition `{condition}`; the conditions are {conditions}",
    "rules.area_needed": "`gaps_in_area` needs `area`, one of {areas}",
    "rules.rating_bands": (
        "`rating` takes band keys of checklist {id} ({keys}), a list of them, or `{last}` for the "
        "lowest band; not {value}"
    ),
    "rules.comparisons": (
        "`{condition}` takes a mapping of comparisons ({comparisons}), e.g. {{at_least: 3}}"
    ),
    "rules.unknown_comparison": "unknown comparison `{op}`; use {comparisons}",
    "rules.number": "`{op}` takes a number",
    "rules.number_range": "`{op}` takes a number between -1e9 and 1e9",
    "rules.whole_number": "`{op}` counts, so it takes a whole number",
    "agg.more_rows.other": "… and {n} more",
    "agg.more_problems.other": "(+{n} more)",
    "cons.periods_left_out.one": "{n} period with fewer than {k} submissions is left out.",
    "cons.periods_left_out.other": "{n} periods with fewer than {k} submissions are left out.",
    "cons.earlier_periods.one": (
        "{n} earlier period is not shown as a column; the change is over every period."
    ),
    "cons.earlier_periods.other": (
        "{n} earlier periods are not shown as columns; the change is over every period."
    ),
    "migrate.summary": "{file}: version {old} -> {new}: {review}, {answer}; written to {out}",
    "audit.line": "Audited by {auditor}{role} on {date}: {levels}, {notes}",
    "carry.through_crosswalk": (
        "carried from {id} {old} to {new} through the crosswalk: {review}, {answer}{retired}"
    ),
    "carry.not_carried.one": (
        "{n} answer is to an item that checklist {id} {version} no longer has, and is not "
        "carried: {items}"
    ),
    "carry.not_carried.other": (
        "{n} answers are to items that checklist {id} {version} no longer has, and are not "
        "carried: {items}"
    ),
    "carry.new_items.one": "{n} item is new in {id} {version} and needs an answer: {items}",
    "carry.new_items.other": "{n} items are new in {id} {version} and need an answer: {items}",
    "cmp.of_items.other": "{n} of {total} items",
    "count.to_review.one": "{n} item to review",
    "count.to_review.other": "{n} items to review",
    "count.to_answer.other": "{n} to answer",
    "count.audit_levels.one": "{n} audit level",
    "count.audit_levels.other": "{n} audit levels",
    "count.audit_notes.one": "{n} note",
    "count.audit_notes.other": "{n} notes",
    "cmp.counted_same.other": "{n} same",
    "cmp.counted_up.other": "{n} up",
    "cmp.counted_down.other": "{n} down",
    "cmp.counted_added.other": "{n} added",
    "cmp.counted_removed.other": "{n} removed",
    "cmp.counted_became_na.other": "{n} became n/a",
    "cmp.counted_no_longer_na.other": "{n} no longer n/a",
    "cmp.counted_not_comparable.other": "{n} not comparable",
    "chk.translation": "{language} version: {date}",
    "lang_name.en": "English",
    "lang_name.fr": "French",
    "lang_name.es": "Spanish",
    "lang_name.ar": "Arabic",
    "agg.not_an_assessment": (
        "not an assessment file (assessments are .yaml, .yml, .xlsx or .xlsm files): ask the "
        "unit for its YAML self-assessment or its filled questionnaire, or move this file out "
        "of the folder"
    ),
    "agg.not_opened": "{kind}; it was not opened",
    "agg.cannot_list": "cannot read this folder: {reason}",
    "agg.no_such_path": "no such file or folder",
    "agg.internal_error": (
        "internal error while reading this file ({what}): a bug in readiness, not a problem "
        "with the file; {where}"
    ),
    "agg.other_checklist": (
        "this file answers checklist '{answered}', but this aggregation uses '{used}' (choose "
        "the checklist with --checklist)"
    ),
    "agg.items_differ": (
        "this file answers version {own} of checklist '{id}', whose items differ from those of "
        "version {version} used for this aggregation"
    ),
    "severity.error": "error",
    "severity.warning": "warning",
    "period_shapes": "YYYY, YYYY-Qn (n 1-4), YYYY-Hn (n 1-2), YYYY-MM",
}

# click's own texts (usage errors, headings), keyed by click's English (cli/help_text.py).
CLICK: dict[str, str] = {}
