"""Catalogue: Arabic (العربية): Modern Standard Arabic as INTERPOL's Arabic service writes it."""

MESSAGES: dict[str, str] = {
    "agency": "الجهة",
    "unit": "الوحدة",
    "country": "البلد",
    "period": "الفترة",
    "assessed_on": "تاريخ التقييم",
    "assessor": "المقيِّم",
    "checklist": "قائمة التحقق",
    "version": "الإصدار",
    "score": "الدرجة",
    "rating": "التصنيف",
    "maturity": "النضج",
    "area": "المجال",
    "areas": "المجالات",
    "item": "البند",
    "items": "البنود",
    "title": "العنوان",
    "requirement": "المتطلَّب",
    "guidance": "إرشادات",
    "applicable": "المنطبقة",
    "na": "لا ينطبق",
    "gaps": "الفجوات",
    "gap": "الفجوة",
    "critical": "حرج",
    "critical_gaps": "الفجوات الحرجة",
    "unevidenced": "بلا مستندات داعمة",
    "weight": "الوزن الترجيحي",
    "weight_sum": "مجموع الأوزان الترجيحية للبنود المنطبقة",
    "target": "المستوى المستهدف",
    "level": "المستوى",
    "declared_level": "المستوى المعلَن",
    "effective_level": "المستوى المعتمَد",
    "priority": "الأولوية",
    "flags": "مؤشرات التنبيه",
    "action": "الإجراء المقترح",
    "owner": "المسؤول",
    "due": "الموعد النهائي",
    "evidence": "المستندات الداعمة",
    "notes": "ملاحظات",
    "justification": "المبرِّر",
    "top_gaps": "أهم الفجوات",
    "no_gaps": "لا توجد فجوات: كل البنود المنطبقة بلغت المستوى المستهدف.",
    "not_applicable_items": "بنود لا تنطبق",
    "arithmetic": "طريقة حساب الدرجة",
    "formula": (
        "الدرجة = 100 × Σ(الوزن × min(المعتمَد، المستهدف) / المستهدف) / Σ الوزن، على البنود المنطبقة"
    ),
    "counts_line": (
        "عدد البنود: {items}؛ المنطبقة: {applicable}؛ لا تنطبق: {na}؛ مجموع الأوزان الترجيحية "
        "للبنود المنطبقة: {weights}"
    ),
    "report_written": "كُتب تقرير الفجوات في {path}",
    "more_gaps": "… وفجوات أخرى عددها {n} (انظر تقرير الفجوات، أو استخدم --all-gaps)",
    "more_gaps_no_report": "… وفجوات أخرى عددها {n} (يعرضها --all-gaps كلها)",
    "below_threshold": "الدرجة {score} أدنى من الحد {threshold} المحدد بالخيار --fail-under",
    "flag_unevidenced": "بلا مستندات داعمة",
    "flag_stale_evidence": "مستندات داعمة قديمة",
    "flag_unanswered": "بلا إجابة",
    "flag_overdue": "تجاوز الموعد النهائي",
    "flag_done_gap_open": "أُنجز الإجراء والفجوة قائمة",
    "flag_exception_expired": "انتهت صلاحية الاستثناء",
    "status": "الحالة",
    "rating_capped_by": "التصنيف مقيَّد بسبب",
    "status_open": "مفتوح",
    "status_in_progress": "قيد التنفيذ",
    "status_done": "منجَز",
    "status_dropped": "متروك",
    "valid": "صالح",
    "yes": "نعم",
    "no": "لا",
    "invalid": "غير صالح",
    "latest": "الأحدث",
    "personal_data_notice": (
        "البيانات الشخصية: لا تتضمن المستندات الداعمة والملاحظات إلا مراجع الوثائق "
        "(العنوان والتاريخ ورقم الملف) وأرقامًا مجمّعة، ولا تتضمن أبدًا أسماء أو أي بيانات "
        "شخصية أخرى عن الأطفال أو الضحايا أو المشتبه فيهم أو الموظفين."
    ),
    "evidence_required": "المستندات الداعمة مطلوبة",
    "na_allowed": "يجوز «لا ينطبق»",
    "source": "المصدر",
    "valid_checklist": "قائمة تحقق صالحة",
    "valid_crosswalk": "جدول مطابقة صالح",
    "assessment_rules": "قواعد التقييم",
    "source_basis": "الأساس",
    "basis_report": "التقرير",
    "basis_derived": "مستنبَط",
    "files_checked": "الملفات التي جرى التحقق منها: {n}؛ الصالحة: {ok}؛ غير الصالحة: {bad}",
    "summary": "الخلاصة",
    "gap.report": "تقرير الفجوات",
    "gap.written_by": "{checklist} — أعدّه readiness {version} انطلاقًا من {file}",
    "gap.gaps_title": "الفجوات مرتبة حسب الأولوية",
    "gap.gaps_note": "الأولوية = الوزن × الفجوة، × 2 للبند الحرج. الأعلى أولًا.",
    "gap.items_title": "جميع البنود",
    "gap.items_note": (
        "إلى المدققين: إذا لم توافقوا على المستوى المعلَن فاختاروا المستوى بعد التدقيق (الخانة "
        "الفارغة = قبول المستوى المعلَن) واشرحوا ذلك في ملاحظة التدقيق، ثم شغّلوا «readiness "
        "compare» على هذا المصنَّف."
    ),
    "rank": "الترتيب",
    "gap.item_score": "درجة البند",
    "gap.audit_level": "المستوى بعد التدقيق",
    "audit_note": "ملاحظة التدقيق",
    "gap.audit_prompt": (
        "الخانة الفارغة = قبول المستوى المعلَن. اختر مستوى من القائمة، أو اكتب رقمه أو مفتاحه "
        "أو n/a."
    ),
    "gap.weighted_scores": "Σ الوزن × درجة البند",
    "gap.computation": "الحساب",
    "gap.fingerprint": "البصمة الرقمية",
    "gap.chart_title": "الدرجة حسب المجال",
    "gap.levels": "المستويات",
    "gap.details": "التفاصيل",
    "gap.more_gaps_sheet": "… والفجوات الأخرى ({n}) في ورقة «{sheet}».",
    # Figures only: LibreOffice drops the spaces around page fields in Arabic text and
    # printed "صفحة &P من &N" as "24 من1صفحة"; "3 / 24" reads right to left as it should.
    "page_of": "{page} / {pages}",
    "gap.label": "التسمية",
    "gap.description": "الوصف",
    "quest.sheet": "الإجابات",
    "quest.heading": "استبيان التقييم الذاتي",
    "quest.subtitle": "{checklist} — قائمة التحقق {id} {version}، أعدّه readiness {readiness}",
    "quest.assessor_role": "صفة المقيِّم",
    "quest.hint_required": "إلزامي",
    "quest.hint_optional": "اختياري",
    "quest.hint_country": "إلزامي: رمز ISO 3166-1 المكوّن من حرفين، مثل MA أو JO أو AE",
    "quest.hint_period": (
        "إلزامي: YYYY أو YYYY-Qn (ربع سنة) أو YYYY-Hn (نصف سنة) أو YYYY-MM، مثل 2026-Q4"
    ),
    "quest.hint_date": "إلزامي: YYYY-MM-DD",
    "quest.hint_checklist": "لا تعدّل هذه الخانة: الإجابات أدناه تخص قائمة التحقق هذه",
    "quest.how_level": (
        "المستوى: اختر من القائمة، أو اكتب رقمًا ({levels}) أو مفتاحًا ({keys}) أو n/a. لا "
        "تُستخدم n/a (لا ينطبق) إلا إذا سمح بها البند (العمود «{na_col}»)، مع ذكر المبرِّر."
    ),
    "quest.how_evidence": (
        "المستندات الداعمة: مستند واحد في كل سطر؛ ولتأريخه أضف «{sep}YYYY-MM-DD»، مثل «جدول "
        "مناوبات خط نجدة الطفل{sep}2026-03-01». التواريخ بصيغة YYYY-MM-DD."
    ),
    "quest.how_check": (
        "املأ الخانات الصفراء واحفظ الملف بصيغة ‎.xlsx، ثم شغّل: readiness validate FILE ثم "
        "readiness assess FILE"
    ),
    "quest.evidence_required": "المستندات الداعمة مطلوبة",
    "quest.na_allowed": "يجوز «لا ينطبق»",
    "quest.exception_reason": "الاستثناء: السبب",
    "quest.exception_approved_by": "الاستثناء: معتمد من",
    "quest.exception_approved_on": "الاستثناء: تاريخ الاعتماد",
    "quest.exception_expires": "الاستثناء: ينتهي في",
    "quest.carried_over": "منقول",
    "quest.status_prompt": (
        "حالة الإجراء الذي يسد الفجوة: open (مفتوح)، in_progress (قيد التنفيذ)، done (منجَز)، "
        "dropped (متروك)."
    ),
    "quest.level_prompt": "اختر مستوى من القائمة، أو اكتب رقمه أو مفتاحه أو n/a.",
    "cons.heading": "التقييمات الذاتية الموحَّدة",
    "cons.overview": "نظرة عامة",
    "cons.regions": "المناطق",
    "cons.trend": "التطور",
    "cons.inputs": "الملفات الواردة",
    "cons.accepted": "المقبولة",
    "cons.superseded": "المستبدَلة",
    "cons.other_period": "فترة أخرى",
    "cons.rules_subtitle": "الفترة المرجعية {period}؛ قواعد المتابعة: {rules}",
    "cons.superseded_by": "استُبدل بـ",
    "cons.reason": "السبب",
    "cons.warnings": "التحذيرات",
    "cons.file": "الملف",
    "cons.kind": "النوع",
    "cons.reason_audited": "يوجد تقرير فجوات مدقَّق للوحدة نفسها وللفترة نفسها",
    "cons.reason_older": "يوجد تقييم أحدث للوحدة نفسها وللفترة نفسها",
    "cons.reason_identical": "الملف نفسه أُرسل مرتين",
    "cons.reason_same_date": (
        "التاريخ نفسه والمحتوى مختلف: يُحتفظ بالملف الذي يأتي مساره أولًا في الترتيب"
    ),
    "cons.yaml": "YAML",
    "cons.questionnaire": "استبيان",
    "cons.gap_report": "تقرير الفجوات",
    "cons.gap_report_audited": "تقرير فجوات بعد التدقيق",
    "cons.status_accepted": "مقبول",
    "cons.status_superseded": "مستبدَل",
    "cons.status_other_period": "فترة أخرى",
    "cons.status_received": "وارد",
    "cons.status_missing": "لم يرد",
    "cons.status_unexpected": "غير متوقَّع",
    "cons.regions_heading": "حسب المنطقة: نسبة التغطية ومتوسط الدرجة والتصنيفات ومتوسطات المجالات",
    "cons.regions_legend": (
        "مناطق الإنتربول (المنطقة المذكورة في قائمة الجهات المطلوب منها التقديم تتقدم على منطقة "
        "البلد)؛ الاستمارات المقبولة عن الفترة المرجعية."
    ),
    "cons.chart_ratings": "التصنيفات حسب المنطقة",
    "cons.chart_areas": "متوسطات المجالات حسب المنطقة",
    "chart_trend": "متوسط الدرجة حسب الفترة",
    "cons.coverage_heading": "الجهات المطلوب منها التقديم والجهات التي قدّمت",
    "cons.coverage_legend": (
        "الواردة: {received} من أصل {expected} متوقَّعة ({share})؛ لم ترد: {missing}؛ من خارج "
        "القائمة: {unexpected}."
    ),
    "cons.areas_heading": "درجات المجالات في الاستمارات المقبولة",
    "cons.areas_legend": (
        "الألوان وفق حدود التصنيف في قائمة التحقق؛ المتوسط والحد الأدنى والحد الأقصى في الأعلى."
    ),
    "cons.areas_legend_anonymised": (
        "متوسط الاستمارات المقبولة عن الفترة المرجعية؛ وحسب المنطقة في ورقة «المناطق»."
    ),
    "mean": "المتوسط",
    "min": "الحد الأدنى",
    "max": "الحد الأقصى",
    "cons.items_heading": "البنود في مجموع الاستمارات المقبولة",
    "cons.items_legend": (
        "بلغ المستهدف: المستوى المعتمَد ≥ المستوى المستهدف، بين الاستمارات التي ينطبق فيها "
        "البند. المستوى المتوسط: متوسط المستويات المعتمَدة في الاستمارات نفسها."
    ),
    "cons.applicable_n": "ينطبق في",
    "at_target_n": "بلغ المستهدف",
    "cons.at_target_share": "نسبة بلوغ المستهدف",
    "cons.mean_level": "المستوى المتوسط",
    "cons.na_n": "لا ينطبق",
    "gaps_n": "مع فجوة",
    "cons.gaps_heading": "الفجوات الأكثر شيوعًا في الاستمارات المقبولة",
    "cons.gaps_legend": "الأكثر تكرارًا أولًا، ثم الأكبر في مجموع الفجوة.",
    "cons.share_of_applicable": "النسبة من البنود المنطبقة",
    "cons.mean_gap": "متوسط الفجوة",
    "cons.trend_heading": "متوسط الدرجة حسب الفترة، ودرجة كل وحدة حسب الفترة",
    "cons.units_heading": "الوحدات التي لها عدة فترات",
    "cons.change": "التغيّر",
    "cons.no_trend": "لا توجد وحدة لها استمارات مقبولة عن عدة فترات.",
    "cons.rejected_heading": "الملفات المرفوضة وأسباب رفضها",
    "cons.severity": "الخطورة",
    "cons.location": "الموضع",
    "cons.message": "المشكلة",
    "cons.field": "الحقل",
    "cons.line_column": "السطر {line}، العمود {column}",
    "cons.no_rejected": "لم يُرفض أي ملف.",
    "cmpwb.figure": "المؤشر",
    "changes": "التغييرات",
    "cmpwb.area_scores": "درجات المجالات",
    "cmpwb.all_items": "جميع بنود الطرفين (صفِّ النتائج حسب عمود التغيّر)",
    "agg.heading": "التوحيد",
    "agg.heading_anonymised": "التوحيد (مجهَّل الهوية)",
    "agg.inputs": "الملفات",
    "agg.reporting_period": "الفترة المرجعية",
    "agg.mean_score": "متوسط الدرجة",
    "agg.ratings": "التصنيفات",
    "agg.follow_up": "المتابعة",
    "agg.follow_up_rules": "قواعد المتابعة",
    "agg.built_in": "مدمجة",
    "agg.custom_rules": "مخصَّصة",
    "agg.coverage": "نسبة التغطية",
    "agg.regions": "حسب المنطقة",
    "agg.area_means_by_region": "متوسطات المجالات حسب المنطقة",
    "agg.rules_note": "(قواعد المتابعة: {rules})",
    "agg.region": "المنطقة",
    "agg.expected": "المتوقَّعة",
    "agg.received": "الواردة",
    "agg.submissions": "الاستمارات",
    "agg.common_gaps": "الفجوات الأكثر شيوعًا",
    "agg.no_gaps": "لا توجد فجوات في أي استمارة مقبولة.",
    "agg.class": "الفئة",
    "agg.rule": "القاعدة",
    "agg.follow_up_list": "متابعة غير «{default}»",
    "agg.missing": "جهات لم تقدّم",
    "agg.unexpected": "جهات غير متوقَّعة (من خارج القائمة)",
    "agg.contact": "جهة الاتصال",
    "agg.rejected": "المرفوضة",
    "agg.rejected_hint": "كل المشكلات مدرجة في ورقة «المرفوضة» في المصنَّف وفي --format json.",
    "agg.rejected_hint_json": "كل المشكلات مدرجة في --format json.",
    "agg.no_accepted": "لم تُقبل أي استمارة عن هذه الفترة.",
    "agg.anonymised_note": (
        "مجهَّلة الهوية للنشر: لا أسماء جهات ولا وحدات ولا بلدان ولا ملفات؛ أرقام حسب المنطقة "
        "وأرقام إجمالية فقط، بترتيب ثابت (بلا ترتيب تفاضلي). تُدمج المناطق التي تقل استماراتها "
        "عن {k} في «مناطق أخرى»."
    ),
    "agg.merged_note": "دُمجت في «مناطق أخرى»: {regions}.",
    "agg.suppressed_group": "عدد استمارات «مناطق أخرى» أقل من {k}: لا تُنشر أرقامها.",
    "agg.suppressed_all": "عدد الاستمارات في هذه الفترة أقل من {k}: لا يُنشر أي رقم.",
    "agg.suppressed": "غير منشور",
    "agg.region_Africa": "أفريقيا",
    "agg.region_Americas": "الأمريكتان",
    "agg.region_Asia and South Pacific": "آسيا وجنوب المحيط الهادئ",
    "agg.region_Europe": "أوروبا",
    "agg.region_Middle East and North Africa": "الشرق الأوسط وشمال أفريقيا",
    "agg.region_Unknown region": "منطقة غير معروفة",
    "agg.region_Other regions": "مناطق أخرى",
    "agg.follow_up_enhanced": "معززة",
    "agg.follow_up_regular": "عادية",
    "agg.follow_up_lowest band": "أدنى تصنيف",
    "agg.follow_up_critical item at 0": "بند حرج في المستوى 0",
    "agg.follow_up_3 or more overdue actions": "3 إجراءات متأخرة أو أكثر",
    "agg.follow_up_default": "افتراضية",
    "cmp.comparison": "المقارنة",
    "cmp.audit_comparison": "المستويات المعلَنة مقارنةً بالتدقيق",
    "cmp.base": "المرجع",
    "cmp.other": "المقارَن",
    "cmp.declared": "المعلَن",
    "cmp.audit": "التدقيق",
    "cmp.delta": "Δ",
    "cmp.change": "التغيّر",
    "cmp.audit_cell": "خانة التدقيق",
    "cmp.changed_items": "البنود المتغيرة",
    "cmp.audited_items": "البنود التي غيّرها التدقيق أو علّق عليها",
    "cmp.no_changes": "لم يتغير أي بند.",
    "cmp.no_item_moved_score_did": (
        "لم يتغير مستوى أي بند ولا مؤشرات التنبيه ولا الإجراء؛ تغيّرت الدرجة بسبب الأوزان "
        "الترجيحية أو المستويات المستهدفة في قائمة التحقق."
    ),
    "cmp.effective": "المعتمَد",
    "cmp.flag_changes": "مؤشرات التنبيه",
    "cmp.action_status": "حالة الإجراء",
    "cmp.level_rose": "ارتفع المستوى",
    "cmp.level_did_not_rise": "لم يرتفع المستوى",
    "cmp.no_status": "لا شيء",
    "cmp.critical_legend": "! = حرج",
    "cmp.change_same": "دون تغيير",
    "cmp.change_up": "ارتفاع",
    "cmp.change_down": "انخفاض",
    "cmp.change_added": "مضاف",
    "cmp.change_removed": "محذوف",
    "cmp.change_became_na": "أصبح لا ينطبق",
    "cmp.change_no_longer_na": "لم يعد «لا ينطبق»",
    "cmp.change_not_comparable": "غير قابل للمقارنة",
    "cmp.note_identical": "الملفان يتضمنان التقييم نفسه: لا يتغير أي بند",
    "cmp.note_versions": (
        "إصدارا قائمة التحقق مختلفان ({base} و{other}): تُقارَن البنود المشتركة، وتُدرج البنود "
        "الأخرى على أنها مضافة أو محذوفة"
    ),
    "cmp.note_versions_mapped": (
        "إصدارا قائمة التحقق مختلفان ({base} و{other}): تُنقل إجابات الإصدار {older} إلى "
        "الإصدار {newer} عبر جدول المطابقة وتُقارَن بندًا بندًا؛ البنود التي لا مقابل لها غير "
        "قابلة للمقارنة؛ ويحتفظ كل جانب بدرجة إصداره"
    ),
    "cmp.note_no_audit": "لم يُملأ أي مستوى بعد التدقيق: يُقبل كل مستوى معلَن كما هو",
    "cmp.note_audit_counts": "المستويات بعد التدقيق المملوءة: {levels}؛ ملاحظات التدقيق: {notes}",
    "cmp.applicable_items": "البنود المنطبقة",
    "cmp.checklist_version": "إصدار قائمة التحقق",
    "cmpcli.not_gap_report": (
        "{file} ملف من نوع {kind}؛ عند إعطاء ملف واحد، يقرأ الأمر compare تقرير فجوات أعدّه "
        "«readiness assess» ومُلئت أعمدة التدقيق فيه. لمقارنة تقييمين، أعطِ الملفين معًا: "
        "readiness compare BASE OTHER"
    ),
    "cmpcli.audit_ignored": (
        "ملاحظة: لا تُستخدم أعمدة التدقيق في {file} عند مقارنة ملفين؛ شغّل «readiness compare "
        "{file}» وحده لمقارنة مستوياته المعلَنة بالتدقيق"
    ),
    "cmpcli.written": "كُتب مصنَّف المقارنة في {path}",
    "rating.rating_capped": "التصنيف مقيَّد بحد أقصى هو «{band}»: {reasons}",
    "rating.cap_absent": "{item} (حرج) في المستوى 0",
    "rating.cap_below_target": "{item} (حرج) في المستوى {level}، دون مستواه المستهدف {target}",
    "rating.score_alone": "الدرجة وحدها تعطي «{band}»",
    "rating.without_exceptions": "{rating}؛ {strict} من دون الاستثناءات (العدد: {n})",
    "rating.without_exceptions_plural": "{rating}؛ {strict} من دون الاستثناءات (العدد: {n})",
    "rating.exceptions": "الاستثناءات",
    "rating.exception_line": (
        "{item}: معتمد من {approved_by} في {approved_on}، ينتهي في {expires} — {reason}"
    ),
    "rating.exception_expired_line": (
        "{item}: انتهت صلاحيته في {expires} (معتمد من {approved_by})؛ لا أثر له"
    ),
    "rating.rating_reason": "سبب التصنيف",
    "migrate.migrated": (
        "نقله readiness من الإصدار {old} إلى الإصدار {new} من قائمة التحقق. الأسطر التي تبدأ بـ "
        "REVIEW أو ANSWER تستدعي انتباهك؛ ونُقل الباقي دون تغيير."
    ),
    "migrate.reworded": (
        "REVIEW: أُعيدت صياغته في الإصدار {new} (كان {sources} في الإصدار {old}): راجع الإجابة "
        "في ضوء المتطلَّب الجديد."
    ),
    "migrate.merged": (
        "REVIEW: دُمج في الإصدار {new} من {sources}: يُحتفظ بأدنى مستوياتها، مع جميع أدلتها "
        "وملاحظاتها."
    ),
    "migrate.split": (
        "REVIEW: قُسِّم في الإصدار {new} انطلاقًا من {sources}: هذه هي الإجابة عن {sources}؛ "
        "راجعها بالنسبة لهذا الجزء."
    ),
    "migrate.carried": "REVIEW: نُقل من {sources} عبر عدة إصدارات.",
    "migrate.new": "ANSWER: بند جديد في الإصدار {new}.",
    "migrate.again": "ANSWER مجددًا: {reason}؛ الإجابة المنقولة من {sources} كانت: {answer}.",
    "migrate.unanswered_source": "ANSWER: لم تكن لـ {sources} إجابة.",
    "migrate.reason_na": "لم يعد «لا ينطبق» مقبولًا للبند {item}",
    "migrate.reason_level": "المستوى {level} غير موجود في الإصدار {version}",
    "migrate.retired": (
        "إجابات عن بنود حُذفت في الإصدار {new}، محفوظة للتوثيق (ليست جزءًا من هذا التقييم):"
    ),
    "yaml.template_head": (
        "تقييم ذاتي وفق: {title}\nقائمة التحقق {id} {version}. املأ كل سطر «level:» أدناه، ثم "
        "شغّل:\n    readiness validate {file}\n    readiness assess {file}\nالمستويات: "
        "{levels}، أو n/a (لا ينطبق: فقط إذا سمح بها البند، مع ذكر المبرِّر).\nالمستندات "
        "الداعمة: قائمة نصوص، أو قائمة من {{ref: ..., date: YYYY-MM-DD}}."
    ),
    "yaml.export_head": "تقييم ذاتي وفق: {title} ({id} {version})",
    "yaml.weight": "الوزن {weight}",
    "yaml.target": "المستوى المستهدف {target}",
    "yaml.critical": "حرج",
    "yaml.evidence_hint": "سطر «- مرجع المستند» لكل مستند داعم، أسفل هذا السطر",
    "yaml.justification_hint": "مع n/a فقط: لماذا لا ينطبق البند على الوحدة",
    "labelled": "{label}: {text}",
    "label_colon": "{label}:",
    "cons.written": "كُتب مصنَّف التوحيد في {path}",
    "carry.from": (
        "منقول من {file} ({period}) إلى {next}: كل إجابة ومستند داعم ومسؤول وموعد نهائي "
        "وملاحظة وحالة إجراء واستثناء كما كانت. راجِع كلًّا منها وحدِّث ما تغيّر، ثم شغِّل: "
        "readiness validate {out}"
    ),
    "carry.audited": "المستويات المنقولة هي المستويات بعد التدقيق.",
    "carry.stale_count": (
        "المستندات الداعمة المؤرخة التي تجاوز عمرها {days} يومًا في {date}: {n}؛ وهي معلَّمة "
        "أدناه بأنها قديمة؛ جدِّدها."
    ),
    "carry.stale_line": "مستند داعم قديم: «{ref}» بتاريخ {date} عمره {age} يومًا (أكثر من {days})",
    "schema.title": "التقييم الذاتي readiness: {title}",
    "schema.description": (
        "إجابات وحدة على قائمة تحقق، مخطط أنشأه الأمر `readiness checklist "
        "schema {id}` من الصيغ التي تقبلها أداة التحقق."
    ),
    "schema.text": "نص لا يقتصر على مسافات (يُقرأ الرقم كما هو مكتوب).",
    "schema.optional_text": "نص، أو لا شيء (المسافات وحدها تعدّ لا شيء).",
    "schema.date": "تاريخ صحيح بالصيغة YYYY-MM-DD، بالأرقام 0-9.",
    "schema.period": (
        "{shapes}؛ وبالفرنسية أيضا YYYY-Tn (ربع سنة) وYYYY-Sn (نصف سنة)، وتُقرأ Qn وHn."
    ),
    "schema.country": (
        "رمز ISO 3166-1 المكوّن من حرفين، بالأحرف الكبيرة أو الصغيرة (NO هي النرويج)."
    ),
    "schema.status": "المرحلة التي بلغها الإجراء المقرر لسد الفجوة.",
    "schema.exception": (
        "استثناء معتمد (لا يجوز أن يسبق تاريخ انتهائه تاريخ اعتماده: يتحقق من ذلك readiness وحده)."
    ),
    "schema.evidence": (
        "نصوص، أو {ref: ..., date: YYYY-MM-DD}؛ النص الواحد يُعدّ قائمة من عنصر واحد."
    ),
    "schema.level": (
        "رقم المستوى أو مفتاحه أو تسميته بأي حالة أحرف وبأي لغة ({names})، أو "
        "«N - الاسم» كما تعرضه القائمة المنسدلة في الاستبيان"
    ),
    "schema.level_na": "؛ أو n/a ({words})",
    "gap.report_audited": "تقرير الفجوات بعد التدقيق",
    "gap.for_the_auditor": "للمدقِّق",
    "gap.auditor_hint": (
        "اكتب اسمك وصفتك وتاريخ التدقيق، ومستويات التدقيق والملاحظات في ورقة البنود، ثم شغِّل: "
        "readiness assess THIS-FILE --audited"
    ),
    "gap.auditor_name": "المدقِّق",
    "gap.auditor_role": "صفة المدقِّق",
    "gap.audit_date": "تاريخ التدقيق",
    "gap.audited_by": "دقَّقه",
    "gap.audited_result": "النتيجة بعد التدقيق",
    "gap.audited_rule": (
        "مستويات التدقيق حيث أعطى المدقِّق مستوى، والمستويات المعلنة من الوحدة في غير ذلك؛ "
        "ويبقى الإعلان مضمَّنًا للرجوع إليه"
    ),
    "gap.declared_fingerprint": "بصمة إعلان الوحدة",
    "audit.needs_gap_report": (
        "الخيار --audited يقرأ تقرير فجوات أعدّه «readiness assess» وملأ المدقِّق أعمدة التدقيق "
        "فيه؛ وهذا {kind}"
    ),
    "audit.missing_field": "الحقل «{field}» مطلوب لنتيجة مدقَّقة؛ املأه هنا",
    "audit.bad_date": "«{value}» ليس تاريخًا؛ اكتب تاريخ التدقيق بالصيغة YYYY-MM-DD",
    "audit.written": "كُتب تقرير الفجوات بعد التدقيق في {path}",
    # Validation of a self-assessment (reading/validation.py)
    "val.hint_spaces": "؛ احذف المسافات المحيطة به: {value}",
    "val.hint_country_letters": "؛ رمز البلد حرفان",
    "val.hint_country": "؛ هل تقصد {code} ({name})؟",
    "val.hint_uk": "؛ رمز المملكة المتحدة هو GB",
    "val.hint_key": "؛ هل تقصد «{hint}»؟",
    "val.hint_item": "؛ هل تقصد {hint}؟",
    "val.top_level": "المستوى الأعلى",
    "val.hint_comma": "؛ إذا كان جزءًا من نص يحتوي على فاصلة فضع النص بين علامتي تنصيص",
    "val.unknown_key": (
        "مفتاح غير معروف «{key}» في {where}{suggestion} (المفاتيح المقبولة: {allowed})"
    ),
    "val.only_spaces": " (لا يحتوي إلا على مسافات)",
    "val.required": "{field} إلزامي{blank}",
    "val.not_text": "يجب أن يكون {field} نصًا، لا {kind}",
    "val.date_required": "{field} إلزامي (YYYY-MM-DD)",
    "val.date_spaces": "«{text}» فيه مسافات حول التاريخ؛ اكتب {fixed}",
    "val.date_not_real": "{text} ليس تاريخًا صحيحًا (تحقق من اليوم والشهر)",
    "val.date_shape": "«{text}» ليس تاريخًا؛ اكتبه بصيغة YYYY-MM-DD، مثل 2026-11-20",
    "val.date_range": (
        "{day} خارج التواريخ التي يقبلها readiness (من {first} إلى {last})؛ تحقق من السنة"
    ),
    "val.kind_bool": "صح/خطأ (true/false)",
    "val.kind_mapping": "جدول مفاتيح",
    "val.kind_list": "قائمة",
    "val.kind_number": "رقم",
    "val.kind_text": "نص",
    "val.level_spaces": "المستوى «{value}» محاط بمسافات؛ اكتب {fixed}",
    "val.level_mixed": (
        "المستوى «{text}» يذكر الرقم {number} لكن اسم المستوى {named}؛ اكتب مستوى واحدًا: "
        "{number} ({names}) أو {named}"
    ),
    "val.level_after_number": (
        "المستوى «{text}»: بعد {number}{separator} لا يُقبل إلا اسم المستوى {number} ({names})؛ "
        "اكتب {number}"
    ),
    "val.not_mapping": (
        "التقييم الذاتي جدول YAML يبدأ بـ «checklist:»؛ شغّل «readiness init» للحصول على نموذج"
    ),
    "val.checklist_exact": "checklist: اكتب المعرّف كما هو تمامًا، {id}",
    "val.checklist_other": (
        "هذا الملف يجيب عن قائمة التحقق «{answered}»، لكنه يُفحص وفق «{used}» (استخدم --checklist)"
    ),
    "val.version_differs": "checklist_version {version} يختلف عن إصدار قائمة التحقق {checklist}",
    "val.future": "assessed_on {date} تاريخ في المستقبل",
    "val.assessor_mapping": "assessor جدول يضم name وrole",
    "val.period_required": "period إلزامي (مثل 2026-Q4)",
    "val.period_spaces": "الفترة «{text}» محاطة بمسافات؛ اكتب {fixed}",
    "val.period_shape": (
        "الفترة «{text}» ليست بإحدى الصيغ {shapes} (وبالفرنسية أيضًا YYYY-Tn وYYYY-Sn)، مثل 2026-Q4"
    ),
    "val.agency_required": "agency إلزامي (name وcountry)",
    "val.agency_mapping": "agency جدول يضم name وunit وcountry",
    "val.country_required": "agency.country إلزامي",
    "val.country_bad": (
        "«{text}» ليس رمز بلد وفق ISO 3166-1 alpha-2 (حرفان، مثل MA أو JO أو AE){hint}"
    ),
    "val.responses_required": "responses إلزامي: مدخل واحد لكل بند من قائمة التحقق",
    "val.responses_mapping": "responses جدول يربط معرّف كل بند بإجابته (مثل HELP-01:)",
    "val.not_an_item": "«{item}» ليس بندًا في قائمة التحقق {id}{suggestion}",
    "val.no_response_scored": "{item} بلا إجابة: يُحتسب في المستوى 0 (بلا إجابة)",
    "val.and_more": " و{n} أخرى",
    "val.no_response_one": (
        "بند واحد بلا إجابة: {items}{more} (أجب عنه، أو استخدم --allow-incomplete لاحتسابه 0)"
    ),
    "val.no_response_many": (
        "بنود بلا إجابة (العدد: {n}): {items}{more} (أجب عنها، أو استخدم --allow-incomplete "
        "لاحتسابها 0)"
    ),
    "val.response_mapping": "الإجابة عن {item} جدول يتضمن «level:» على الأقل",
    "val.no_level_scored": "{item} بلا مستوى: يُحتسب في المستوى 0 (بلا إجابة)",
    "val.no_level": "{item} بلا مستوى؛ اذكر واحدًا من {choices}",
    "val.na_not_allowed": (
        "لا تجوز الإجابة عن {item} بـ n/a (لا ينطبق): فهو ينطبق على كل الوحدات؛ اذكر واحدًا من "
        "{choices}"
    ),
    "val.na_justification": "تتطلب n/a (لا ينطبق) «justification:» تبيّن لماذا لا ينطبق {item}",
    "val.status_bad": "الحالة «{text}» ليست من بين {statuses}{suggestion}",
    "val.exception_mapping": "exception جدول يضم reason وapproved_by وapproved_on وexpires",
    "val.exception_dates": "ينتهي الاستثناء ({expires}) قبل اعتماده ({approved})",
    "val.exception_useless": "{item} بلغ مستواه المستهدف: لا حاجة إلى الاستثناء؛ احذفه",
    "val.evidence_list": "evidence قائمة نصوص، أو قائمة من {{ref: ..., date: YYYY-MM-DD}}",
    "val.evidence_later": "مستند داعم مؤرخ في {date}، بعد assessed_on {assessed}",
    "val.evidence_empty": "هذا المستند الداعم فارغ (مسافات فقط)؛ اذكر المستند أو احذفه",
    "val.evidence_entry": "كل مستند داعم نص، أو جدول {{ref: ..., date: YYYY-MM-DD}}",
    # Digits other than 0-9 (core/formats.py)
    "val.digits_date": (
        "التاريخ «{text}» مكتوب بأرقام غير 0-9؛ لا تُقبل إلا الأرقام 0-9 (اكتب {fixed})"
    ),
    "val.digits_level": (
        "المستوى «{text}» مكتوب بأرقام غير 0-9؛ لا تُقبل إلا الأرقام 0-9 (اكتب {fixed})"
    ),
    "val.digits_period": (
        "الفترة «{text}» مكتوبة بأرقام غير 0-9؛ لا تُقبل إلا الأرقام 0-9 (اكتب {fixed})"
    ),
    # Reading YAML (reading/yaml_loading.py)
    "yaml.what_file": "الملف",
    "yaml.what_checklist": "قائمة التحقق",
    "yaml.what_rules_file": "ملف القواعد",
    "yaml.what_roster": "قائمة الجهات المطلوب منها التقديم",
    "yaml.number_long": (
        "رقم من {n} حرفًا يتجاوز الحد المسموح به ({limit})؛ ضعه بين علامتي تنصيص إذا كان نصًا"
    ),
    "yaml.number_infinite": (
        "«{text}» ليس رقمًا منتهيًا (لا تُقبل القيم NaN ولا اللانهاية)؛ ضعه بين علامتي تنصيص "
        "إذا كان نصًا"
    ),
    "yaml.not_utf8": (
        "الملف ليس نصًا بترميز UTF-8 (البايت {byte})؛ احفظه بترميز UTF-8 وأعد المحاولة"
    ),
    "yaml.too_big": "حجم {what} {n} بايت؛ والحد الأقصى المقبول {limit}",
    "yaml.utf16": "الملف نص بترميز UTF-16؛ احفظه بترميز UTF-8 وأعد المحاولة",
    "yaml.binary": "{what} يحتوي على بيانات ثنائية، لا على نص YAML",
    "yaml.quote_open": (
        "علامة التنصيص {quote} المفتوحة هنا لا تُغلق أبدًا؛ أنهِ النص بـ {quote} في السطر نفسه"
    ),
    "yaml.colon_in_text": (
        "علامة «: » داخل نص غير موضوع بين علامتي تنصيص؛ ضع النص كله بين علامتي تنصيص، مثل name: "
        '"Brigade: online unit"'
    ),
    "yaml.dash_after_empty": (
        "سطر «- » تحت مفتاح أُعطي قائمة فارغة («[]»)؛ احذف «[]» وأبقِ أسطر «- » تحت المفتاح"
    ),
    "yaml.too_deep": "البيانات متداخلة في أكثر من {limit} مستوى",
    "yaml.tab": "{problem} (حرف جدولة: تُستخدم المسافات للإزاحة في YAML، لا الجدولة أبدًا)",
    "yaml.syntax": "خطأ في صياغة YAML: {problem}",
    "yaml.bad_character": "الملف يحتوي على حرف لا يقبله YAML ({reason})",
    "yaml.too_many": "الملف يضم أكثر من {limit} عنصر YAML",
    "yaml.two_documents": (
        "الملف يحتوي على أكثر من مستند YAML (علامة «---» ثانية)؛ ضع تقييمًا واحدًا في كل ملف"
    ),
    "yaml.alias": "الأسماء المستعارة (*{anchor}) غير مقبولة؛ اكتب القيمة كاملة",
    "yaml.anchor": "المراسي (&{anchor}) غير مقبولة؛ اكتب كل قيمة كاملة",
    "yaml.tag": "الوسم YAML {tag} غير مقبول",
    "yaml.text_long": "نص من {n} حرفًا يتجاوز الحد المسموح به ({limit})",
    "yaml.collection_key": "لا يجوز استخدام قائمة أو جدول مفتاحًا",
    "yaml.duplicate_key": (
        "المفتاح «{key}» مكرر: أولًا في السطر {first}، ثم في السطر {again}؛ أبقِ واحدًا"
    ),
    "version.latest_note": (
        "لا يوجد checklist_version: جرى التحقق وفق أحدث إصدار من {spec}، وهو "
        "{latest} (اكتب checklist_version: لاختيار إصدار)"
    ),
    "version.unknown": ("قائمة التحقق {id} ليس لها الإصدار {version}؛ الإصدارات المعروفة: {known}"),
    # output and input files (cli, output_files, file_reading)
    "out.over_input": "{out}: لن يُكتب فوق ملف الإدخال؛ اختر اسمًا آخر",
    "out.no_folder": "{out}: المجلد {folder} غير موجود",
    "out.not_folder": "{out}: {folder} ليس مجلدًا",
    "out.is_folder": "{out}: هذا مجلد؛ اذكر اسم ملف",
    "out.not_regular": "{out}: ليس ملفًا عاديًا (جهاز أو أنبوب؟)؛ اذكر اسم ملف",
    "out.not_writable": "{out}: لا يمكن الكتابة في المجلد {folder}",
    "out.exists": "{out}: موجود بالفعل؛ استخدم --force لاستبداله",
    "out.cannot_write": "{out}: تتعذر الكتابة: {reason}",
    "read.no_such_file": "الملف غير موجود",
    "agg.no_files": "لم يُعثر على أي ملف في {paths}",
    "top_gaps_heading": "{title} ({n}؛ ! = {critical})",
    "foreign.xls": (
        "الملف مصنف Excel 97-2003 (.xls) لا يقرؤه readiness؛ افتحه واحفظه مصنفا"
        " بصيغة Excel (.xlsx)، أو انقل الإجابات إلى النموذج الذي ينشئه "
        "«readiness init»"
    ),
    "foreign.ole2": (
        "الملف من نوع Excel 97-2003 (.xls) أو Word (.doc)؛ افتحه واحفظه مصنفا "
        "بصيغة Excel (.xlsx)، أو انقل الإجابات إلى النموذج الذي ينشئه "
        "«readiness init»"
    ),
    "foreign.ods": (
        "الملف جدول بيانات OpenDocument (.ods) لا يقرؤه readiness؛ في "
        "LibreOffice اختر ملف > حفظ باسم > Excel 2007-365 (.xlsx)"
    ),
    "foreign.csv": (
        "الملف جدول CSV لا يمكن أن يتضمن تقييما ذاتيا؛ استخدم نموذج YAML أو "
        "الاستبيان الذي ينشئه «readiness init»"
    ),
    "foreign.doc": (
        "الملف مستند Word وليس تقييما ذاتيا؛ انقل الإجابات إلى النموذج الذي ينشئه «readiness init»"
    ),
    "foreign.pdf": ("الملف مستند PDF وليس تقييما ذاتيا؛ اطلب ملف .yaml أو .xlsx الذي أُعدّ منه"),
    "foreign.json": (
        "الملف من نوع JSON وليس تقييما ذاتيا (النتيجة المعروضة بالخيار --format"
        " json لا تُقرأ مرة أخرى)؛ استخدم نموذج YAML أو الاستبيان الذي ينشئه "
        "«readiness init»"
    ),
    "agg.inputs_line": "{inputs}؛ {accepted}؛ {superseded}؛ {other_period}؛ {rejected}",
    "agg.count_received.other": "الواردة: {n}",
    "agg.count_accepted.other": "المقبولة: {n}",
    "agg.count_superseded.other": "المستبدَلة: {n}",
    "agg.count_other_period.other": "فترة أخرى: {n}",
    "agg.count_rejected.other": "المرفوضة: {n}",
    "agg.coverage_line.one": "{received} من أصل جهة واحدة متوقَّعة ({share})",
    "agg.coverage_line.two": "{received} من أصل جهتين متوقَّعتين ({share})",
    "agg.coverage_line.few": "{received} من أصل {expected} جهات متوقَّعة ({share})",
    "agg.coverage_line.other": "{received} من أصل {expected} جهة متوقَّعة ({share})",
    "agg.period_absent": (
        "لم تُقبل أي استمارة عن الفترة {period}؛ الاستمارات المقبولة تخص الفترات: {periods}{more}."
    ),
    "agg.periods_more.one": " وفترة أخرى",
    "agg.periods_more.two": " وفترتان أخريان",
    "agg.periods_more.few": " و{n} فترات أخرى",
    "agg.periods_more.other": " و{n} فترة أخرى",
    # قراءة المصنفات (reading/workbook_safety.py, reading/workbook_input.py)
    "yaml.what_workbook": "المصنف",
    "wb.save_as_xlsx": "افتحه في Excel أو LibreOffice واحفظه مصنفًا بصيغة Excel (.xlsx)",
    "wb.damaged_archive": (
        "المصنف تالف أو ناقص (هل انقطع التنزيل أو النسخ؟): ليس أرشيف .xlsx قابلًا للقراءة؛ {fix}"
    ),
    "wb.too_many_parts": "عدد أجزاء أرشيف المصنف {n}؛ والحد الأقصى المقبول {limit}",
    "wb.unpacks_too_big": (
        "حجم المصنف بعد فك الضغط {n} بايت؛ والحد الأقصى المقبول {limit} (هل هو قنبلة ضغط؟)"
    ),
    "wb.compressed_too_much": (
        "نسبة ضغط الجزء {part} من المصنف {ratio}؛ والحد الأقصى المقبول {limit} (هل هو قنبلة ضغط؟)"
    ),
    "wb.encrypted": "أرشيف المصنف مشفَّر؛ احفظه دون كلمة مرور",
    "wb.compression_method": "أرشيف المصنف يستخدم طريقة ضغط لا يستخدمها Excel أبدًا؛ {fix}",
    "wb.strict_xml": (
        "المصنف محفوظ بصيغة Strict Open XML التي لا يقرؤها readiness؛ احفظه في Excel بصيغة "
        "«مصنف Excel (.xlsx)» (لا «جدول بيانات Open XML صارم»)"
    ),
    "wb.too_many_tags": (
        "المصنف يحتوي على أكثر من {limit} وسم XML؛ وهذا أكبر بكثير من أي تقييم ذاتي"
    ),
    "wb.damaged_part": "المصنف تالف (يتعذر فك ضغط أحد أجزائه)؛ {fix}",
    "wb.file_is": "هذا الملف {what}؛ {fix}",
    "wb.kind_xlsb": "مصنف Excel ثنائي (.xlsb) لا يقرؤه readiness",
    "wb.kind_ods": "ملف OpenDocument (.ods) وليس مصنف Excel",
    "wb.kind_docx": "مستند Word وليس مصنف Excel",
    "wb.kind_pptx": "عرض تقديمي PowerPoint وليس مصنف Excel",
    "wb.kind_zip": "أرشيف zip لكنه ليس مصنف Excel",
    "wb.no_defusedxml": (
        "رُفضت قراءة المصنف دون حماية من قنابل XML: ثبِّت defusedxml ولا تضبط "
        "OPENPYXL_DEFUSEDXML=False"
    ),
    "wb.xml_entities": (
        "المصنف يحتوي على تعريفات كيانات XML لا يكتبها Excel أبدًا؛ ورُفض لأنه غير آمن"
    ),
    "wb.not_spreadsheet": "المصنف تالف أو لم يُنشأ ببرنامج جداول بيانات؛ {fix}",
    "wb.too_nested": "المصنف أكبر أو أشد تداخلًا من أن تمكن قراءته",
    "wb.cannot_read_kind": "تتعذر قراءة المصنف ({kind})؛ {fix}",
    "wb.not_ours": (
        "هذا المصنف لم يُنشئه readiness (ليست فيه الورقة المخفية «{sheet}»)؛ أجب في استبيان "
        "ينشئه «readiness init --format xlsx»، أو قدِّم تقرير فجوات أعدّه «readiness assess»"
    ),
    "wb.comparison_workbook": (
        "هذا مصنف مقارنة أعدّه «readiness compare»: لا يتضمن أي تقييم؛ قدِّم ملفات YAML أو "
        "تقارير الفجوات التي قارن بينها"
    ),
    "wb.consolidation_workbook": (
        "هذا مصنف التوحيد الذي أعدّه «readiness aggregate»: لا يتضمن أي تقييم؛ قدِّم ملفات "
        "YAML أو الاستبيانات أو تقارير الفجوات الخاصة بالوحدات"
    ),
    "wb.other_kind": (
        "هذا المصنف من نوع «{kind}» في readiness: لا يتضمن التقييمَ إلا استبيان أو تقرير فجوات"
    ),
    "wb.no_kind": (
        "هذا المصنف ليس تقييمًا من readiness: لا يتضمن التقييمَ إلا استبيان أو تقرير فجوات"
    ),
    "wb.newer_format": (
        "هذا المصنف أنشأه إصدار أحدث من readiness (صيغة المصنف {format})؛ حدِّث readiness لقراءته"
    ),
    "wb.rows_not_read": "لم تُقرأ إلا الصفوف الأولى من هذه الورقة، وعددها {n}",
    "wb.formula_without_value": (
        "صيغة بلا قيمة محفوظة: افتح الملف في Excel واحفظه، أو اكتب القيمة نفسها"
    ),
    "wb.lost_named_cell": (
        "فقد المصنف {what} (الخلية المسماة {name})؛ هل حُذف صف أو عمود أو ورقة؟ ابدأ من جديد "
        "بمصنف أنشأه readiness"
    ),
    "wb.what_cell": "الخلية «{label}»",
    "wb.what_column": "العمود «{label}»",
    "wb.what_items_column": "العمود «{label}» في ورقة {sheet}",
    "wb.columns_not_aligned": "أعمدة الإجابات لم تعد في صف عناوين واحد",
    "wb.continuation_lost": (
        "يُستكمل هذا النص في الورقة المخفية «{sheet}» التي لم تعد تحتوي عليه؛ أعد كتابة النص "
        "دون سطره الأخير"
    ),
    "wb.row_without_id": "في هذا الصف إجابات بلا رمز بند؛ أعد الرمز (مثل {example})",
    "wb.answered_twice": "أُجيب عن {item} مرتين: هنا وفي الصف {row}؛ أبقِ صفًا واحدًا لكل بند",
    "wb.text_too_long": "عدد أحرف النص يتجاوز الحد المسموح به ({limit})",
    "wb.embedded_missing": "البيانات المضمَّنة في تقرير الفجوات مفقودة ({key})",
    "wb.embedded_damaged": "البيانات المضمَّنة في تقرير الفجوات تالفة ({key})",
    "wb.embedded_too_many": (
        "عدد عناصر البيانات المضمَّنة في تقرير الفجوات ({key}) يتجاوز {limit}؛ وهذا أكبر "
        "بكثير من أي تقييم ذاتي"
    ),
    "wb.embedded_checklist": "قائمة التحقق المضمَّنة: {problem}",
    "wb.edited_assessment": (
        "عُدِّلت البيانات المضمَّنة: التقييم المحفوظ في تقرير الفجوات هذا لم يعد يطابق بصمته "
        "الرقمية، فلا يمكن الوثوق بالتقرير؛ أعد إعداده بالأمر «readiness assess» انطلاقًا من "
        "تقييم الوحدة"
    ),
    "wb.edited_checklist": (
        "عُدِّلت البيانات المضمَّنة: قائمة التحقق المحفوظة في تقرير الفجوات هذا لم تعد تطابق "
        "بصمتها الرقمية، فلا يمكن الوثوق بالتقرير؛ أعد إعداده بالأمر «readiness assess» "
        "انطلاقًا من تقييم الوحدة"
    ),
    "wb.edited_declaration": (
        "عُدِّلت البيانات المضمَّنة: إعلان الوحدة المحفوظ في تقرير الفجوات هذا بعد التدقيق لم "
        "يعد يطابق بصمته الرقمية، فلا يمكن الوثوق بالتقرير"
    ),
    "wb.audit_record_damaged": "سجل التدقيق في تقرير الفجوات تالف",
    "wb.not_under_chosen": "إجابة غير مقبولة وفق قائمة التحقق المستخدمة {id} {version}: {problem}",
    "wb.declared_level_edited": (
        "غُيِّر المستوى المعلَن للبند {item} في هذه الورقة من {stored} إلى {shown}؛ ويُعتمد "
        "المستوى المسجَّل عند إعداد التقرير ({stored}). يسجِّل المدقِّق مستوى مختلفًا في عمود "
        "«{audit_column}» بدلًا من ذلك"
    ),
    "wb.blank": "فارغ",
    "wb.blank_unanswered": "فارغ (بلا إجابة)",
    "wb.other_checklist": (
        "تقرير الفجوات هذا يجيب عن قائمة التحقق «{answered}»، لكنه يُفحص وفق «{used}» "
        "(استخدم --checklist)"
    ),
    "wb.embedded_checklist_differs": (
        "احتُسبت درجة تقرير الفجوات هذا وفق قائمة التحقق {id} {version} المضمَّنة فيه، وهي "
        "تختلف عن {spec} ({chosen})؛ وتُعتمد القائمة المضمَّنة"
    ),
    "wb.audit_level_bad": (
        "المستوى بعد التدقيق {shown} ليس من بين {choices}؛ اترك الخلية فارغة لقبول المستوى المعلَن"
    ),
    # نقل نتيجة فترة إلى الفترة التالية (reading/carry_source.py)
    "carry.retired_not_carried": "؛ إجابات عن بنود محذوفة لم تُنقل: {items}",
    # --help (cli/help_text.py): commands, options, metavars; the command line's own texts
    "help.cmd.readiness": (
        "تقييم مدى جاهزية الوحدة في ضوء تقرير الإنتربول لعام 2020 بشأن تأثير كوفيد-19 على "
        "استغلال الأطفال والاعتداء عليهم جنسيا عبر الإنترنت: التحقق من التقييمات الذاتية "
        "وحساب درجاتها ومقارنتها وتوحيدها، وإعداد تقارير الفجوات بصيغة Excel."
    ),
    "help.opt.readiness.lang": (
        "لغة المخرجات والمصنَّفات (الافتراضي: READINESS_LANG ثم LC_ALL/LANG ثم en)."
    ),
    "help.opt.readiness.checklist": ("معرِّف قائمة تحقق مدمجة أو مسار ملف قائمة تحقق مخصَّصة (YAML)."),
    "help.opt.version": "عرض رقم الإصدار ثم الخروج.",
    "help.opt.lang": "لغة المخرجات (en أو fr أو es أو ar).",
    "help.opt.checklist": "معرِّف قائمة تحقق مدمجة أو مسار ملف قائمة تحقق مخصَّصة.",
    "help.opt.marking": (
        "علامة الحماية التي تُطبع في ترويسة كل ورقة وفي الصفحة الأولى من المصنَّف (مثل «مقيَّد»)."
    ),
    "help.opt.force": "استبدال ملف الإخراج إن كان موجودًا.",
    "help.opt.allow_incomplete": "قبول الإجابات الناقصة (تُحسب بالمستوى 0 وتُوسم «بلا إجابة»).",
    "help.opt.fmt": (
        "table: ملخص للعرض في الطرفية؛ json: النتيجة كاملة في صورة بيانات؛ markdown: تقرير "
        "يُلصق في مستند."
    ),
    "help.opt.check_fmt": (
        "text: سطر لكل مشكلة بالشكل FILE:LINE:COL: severity: message؛ json: قائمة تتضمن لكل "
        "ملف الحقول file وvalid وproblems."
    ),
    "help.cmd.init": (
        "إعداد نموذج تقييم ذاتي لملئه، أو نموذج الفترة التالية انطلاقًا من تقييم سابق."
    ),
    "help.opt.init.output": "الملف المراد كتابته (الافتراضي: self-assessment.yaml أو .xlsx).",
    "help.opt.init.fmt": "ملف YAML أو استبيان Excel (الافتراضي: حسب امتداد -o، وإلا yaml).",
    "help.opt.init.agency": "اسم الجهة المراد إدراجه في النموذج.",
    "help.opt.init.country": "رمز البلد وفق ISO 3166-1 alpha-2، مثل FR.",
    "help.opt.init.period": (
        "YYYY أو YYYY-Qn أو YYYY-Hn أو YYYY-MM (الافتراضي: الربع الحالي من السنة)."
    ),
    "help.opt.init.previous": (
        "الانطلاق من تقييم سابق (YAML أو استبيان أو تقرير فجوات): تُنقل كل إجابة إلى الفترة التالية."
    ),
    "help.cmd.validate": "فحص ملفات التقييم (YAML أو مصنَّفات Excel) والإبلاغ عن كل مشكلة فيها.",
    "help.cmd.assess": "التحقق من تقييم واحد وحساب درجته وعرض الملخص وكتابة تقرير الفجوات.",
    "help.opt.assess.output": (
        "مصنَّف تقرير الفجوات (الافتراضي: <اسم ملف الإدخال>-gap-report.xlsx في المجلد الحالي)."
    ),
    "help.opt.assess.no_excel": "عدم كتابة مصنَّف تقرير الفجوات.",
    "help.opt.assess.all_gaps": "عرض كل الفجوات في الجدول، لا أهمها فقط.",
    "help.opt.assess.fail_under": "الخروج بالرمز 4 إذا كانت الدرجة (كما تُعرض) أقل من SCORE.",
    "help.opt.assess.audited": (
        "حساب درجة التدقيق في تقرير فجوات (مستويات التدقيق حيث مُلئت، والمستويات المعلنة في "
        "غيرها) وكتابة تقرير الفجوات بعد التدقيق (الافتراضي: <الاسم>-audited.xlsx)."
    ),
    "help.cmd.compare": (
        "مقارنة تقييمين (YAML أو استبيان أو تقرير فجوات) بندًا بندًا.\n\nعند إعطاء مصنَّف "
        "تقرير فجوات واحد مُلئت أعمدة التدقيق فيه، تُقارَن المستويات التي أعلنتها الوحدة "
        "بالمستويات التي أقرّها التدقيق (مستوى التدقيق الفارغ يعني قبول المستوى المعلن)، مع "
        "إعادة حساب الدرجة بمستويات التدقيق."
    ),
    "help.opt.compare.output": "كتابة المقارنة أيضًا في مصنَّف Excel.",
    "help.cmd.aggregate": (
        "حساب درجة كل تقييم في PATHS (ملفات، ومجلدات يُبحث فيها بما تحتويه من مجلدات فرعية) "
        "وكتابة مصنَّف التوحيد.\n\nكل ملف إما مقبول، أو مستبدَل (تاريخ assessed_on أحدث "
        "للبلد والجهة والوحدة والفترة نفسها)، أو من فترة أخرى (مقبول لكنه خارج الفترة "
        "المرجعية)، أو مرفوض (مع مشكلاته وما يجب فعله). رمز الخروج 3 إذا رُفضت بعض الملفات، "
        "و1 إذا لم يمكن استخدام أي منها."
    ),
    "help.opt.aggregate.output": (
        "مصنَّف التوحيد المراد كتابته (الافتراضي: readiness-consolidated.xlsx في المجلد الحالي)."
    ),
    "help.opt.aggregate.no_excel": "عدم كتابة مصنَّف التوحيد.",
    "help.opt.aggregate.jobs": (
        "عدد العمليات (الافتراضي: عدد المعالجات). لا تتوقف النتائج على هذا العدد."
    ),
    "help.opt.aggregate.period": (
        "الفترة المرجعية المراد توحيدها (YYYY أو YYYY-Hn أو YYYY-Qn أو YYYY-MM؛ وبالفرنسية "
        "YYYY-Sn وYYYY-Tn). الافتراضي: أحدث فترة بين الاستمارات المقبولة."
    ),
    "help.opt.aggregate.roster_file": (
        "الجهات المطلوب منها التقديم (CSV أو YAML أو xlsx، بالأعمدة country وagency، واختياريًا "
        "unit وregion وcontact): نسبة التغطية والجهات التي لم تقدّم والجهات غير المتوقَّعة."
    ),
    "help.opt.aggregate.rules_file": (
        "قواعد المتابعة في صورة بيانات (YAML). الافتراضي: متابعة معززة لأدنى تصنيف، أو لبند "
        "حرج عند المستوى 0، أو لثلاثة إجراءات متأخرة فأكثر؛ وإلا متابعة عادية."
    ),
    "help.opt.aggregate.anonymise": (
        "النشر دون أسماء: أرقام حسب المنطقة وأرقام إجمالية فقط، بلا أسماء جهات ولا وحدات ولا "
        "بلدان ولا ملفات، وبلا ترتيب تفاضلي."
    ),
    "help.opt.aggregate.min_group": (
        "مع --anonymise: المنطقة التي تقل استماراتها عن K (الافتراضي 5) تُدمج في «مناطق "
        "أخرى» (أو تُحجب أرقامها)."
    ),
    "help.opt.aggregate.allow_incomplete": (
        "قبول الاستمارات التي فيها بنود بلا إجابة (تُحسب بالمستوى 0 وتُوسم «بلا إجابة»)."
    ),
    "help.opt.aggregate.checklist_version": (
        "إصدار قائمة التحقق الذي يجري التوحيد على أساسه (الافتراضي: أحدث إصدار بين الملفات). "
        "تحتفظ كل استمارة بدرجة إصدارها؛ ولإحصاءات البنود تُنقل الإجابات الأقدم إلى هذا "
        "الإصدار عبر جداول المطابقة."
    ),
    "help.cmd.convert": (
        "تحويل استبيان (أو تقرير فجوات) إلى YAML، أو ملف YAML إلى استبيان.\n\nيتحدد نوع "
        "الناتج بامتداد OUT. لا يضيع شيء: التحويل العكسي يعيد التقييم نفسه (البصمة الرقمية "
        "نفسها). البنود التي لم يُجَب عنها تبقى دون إجابة."
    ),
    "help.opt.convert.output": "OUT.yaml لتقييم ذاتي بصيغة YAML، وOUT.xlsx لاستبيان Excel.",
    "help.opt.convert.force": "استبدال OUT إن كان موجودًا.",
    "help.cmd.migrate": (
        "نقل تقييم (YAML أو استبيان أو تقرير فجوات) إلى إصدار أحدث من قائمة التحقق.\n\nالبنود التي "
        "لم تتغير تحتفظ بإجاباتها؛ والبنود المعاد صياغتها أو المدمجة أو المقسَّمة تُعلَّم بـ "
        "REVIEW؛ والبنود الجديدة تُترك للإجابة (ANSWER) مع متطلَّبها وإرشاداتها؛ وتُحفظ إجابات "
        "البنود المحذوفة في صورة تعليقات. الناتج تقييم ذاتي بصيغة YAML."
    ),
    "help.opt.migrate.to_version": "الإصدار المراد نقل الإجابات إليه (الافتراضي: الأحدث).",
    "help.opt.migrate.output": (
        "ملف YAML المراد كتابته (الافتراضي: اسم FILE مع رقم الإصدار الجديد، بجانبه)."
    ),
    "help.cmd.checklist": "سرد قوائم التحقق وعرضها وفحصها؛ وطباعة مخطط JSON للتقييم.",
    "help.cmd.checklist.list": (
        "قوائم التحقق المدمجة وكل إصدار منشور منها (مع الإشارة إلى الأحدث)."
    ),
    "help.cmd.checklist.show": (
        "قائمة تحقق واحدة: كل بند مع متطلَّبه وإرشاداته والإجراء المقترح ومصدره.\n\nID هو "
        "أحدث إصدار من قائمة تحقق مدمجة، وID@1.0.0 إصدار بعينه؛ أو أعطِ مسار ملف قائمة تحقق "
        "مخصَّصة (أو --checklist، لا كليهما)."
    ),
    "help.opt.checklist.show.fmt": "نص للطرفية، أو قائمة التحقق في صورة بيانات JSON، أو Markdown.",
    "help.cmd.checklist.check": (
        "فحص ملف قائمة تحقق (بما فيها القوائم المخصَّصة)، أو جدول مطابقة بين إصدارين (كل بند "
        "قديم مغطًّى مرة واحدة، وكل بند مستهدف موجود، وكل بند جديد مذكور)."
    ),
    "help.cmd.checklist.schema": "طباعة مخطط JSON لتقييم وفق قائمة التحقق هذه (لمحررات النصوص).",
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
    "cli.interrupted": "readiness: أُوقف التنفيذ",
    "cli.note": "ملاحظة: {text}",
    "cli.init_suffix": (
        "يجب أن ينتهي «{output}» بالامتداد .yaml أو .yml (ملف YAML) أو .xlsx (استبيان)"
    ),
    "cli.format_contradicts": (
        "الخيار --format {fmt} يناقض اسم الملف «{output}» (ملف {kind})؛ أعطِ أحدهما فقط أو "
        "اجعلهما متوافقين"
    ),
    "cli.score_range": "{value} ليس عددًا بين 0 و100",
    "cli.gap_report_suffix": (
        "«{output}»: تقرير الفجوات مصنَّف Excel؛ أعطِ اسمًا ينتهي بالامتداد .xlsx"
    ),
    "cli.min_group_alone": "الخيار --min-group لا يُستخدم إلا مع --anonymise؛ أضف --anonymise",
    "cli.checklist_version_builtin": (
        "الخيار --checklist-version يختار إصدارًا من قائمة تحقق مدمجة؛ أعطِ بدلًا منه "
        "ID@VERSION أو ملفًا مع --checklist"
    ),
    "cli.checklist_twice": "أعطِ قائمة التحقق إما وسيطًا وإما مع --checklist، لا بالطريقتين معًا",
    "cli.convert_suffix": (
        "يجب أن ينتهي OUT بالامتداد .yaml أو .yml (YAML) أو .xlsx (استبيان Excel)"
    ),
    "cli.migrate_suffix": "الناتج تقييم ذاتي بصيغة YAML: يجب أن ينتهي OUT بالامتداد .yaml أو .yml",
    "cli.id": "المعرِّف",
    "cli.internal_error": (
        "readiness: خطأ داخلي ({what}): هذا عيب في readiness وليس مشكلة في ملفاتك؛ {where}"
    ),
    "cli.internal_saved": "حُفظت التفاصيل في {path}؛ يُرجى إرفاق هذا الملف برسالتك عن العيب",
    "cli.internal_not_saved": "تعذّر حفظ التفاصيل؛ أعد التشغيل مع READINESS_DEBUG=1 للاطلاع عليها",
    "cmp.different_checklists": (
        "قائمتا تحقق مختلفتان: {base} يجيب عن «{base_id}» و{other} يجيب عن «{other_id}»؛ لا "
        "تجوز المقارنة إلا بين تقييمات قائمة التحقق نفسها"
    ),
    "cli.heading": "{heading}:",
    "cmp.audit_not_item": "تدقيق للبند «{item}» وهو ليس من بنود قائمة التحقق {id} {version}",
    "cmp.audit_na_refused": (
        "لا يُقبل مستوى التدقيق «لا ينطبق» للبند {item}: قائمة التحقق تُلزم كل الوحدات به؛ أعطِ مستوى"
    ),
    "agg.version_not_carried": (
        "هذا الملف يجيب عن الإصدار {own} من قائمة التحقق، ولا يمكن نقل إجاباته إلى الإصدار"
        " {version} المعتمد في هذا التوحيد (لا تُنقل الإجابات إلا إلى إصدار أحدث؛ اختر الإصدار"
        " بالخيار --checklist-version)"
    ),
    "cmp.not_valid": "{file}: ليس تقييمًا صالحًا",
    "val.level_choices": "{numbers} أو {names}",
    "val.level_bad": "المستوى {shown} ليس من بين {choices}{suggestion}",
    # قراءة ملف الإدخال (reading/file_reading.py, reading/inputs.py)
    "read.kind_folder": "مجلد، لا ملف",
    "read.kind_fifo": "أنبوب مسمّى (FIFO)، لا ملف عادي",
    "read.kind_device": "جهاز، لا ملف عادي",
    "read.kind_socket": "مقبس (socket)، لا ملف عادي",
    "read.kind_other": "شيء غير الملف العادي",
    "read.not_regular": "هذا المسار {kind}؛ المطلوب: {what}",
    "read.cannot_read": "تتعذر قراءة {what}: {reason}",
    "read.named_xlsx_not_zip": (
        "اسم الملف اسم مصنف Excel لكنه ليس مصنفًا (ملف .xlsx أرشيف zip)؛ احفظه من Excel بصيغة .xlsx"
    ),
    "read.named_yaml_is_zip": (
        "امتداد الملف .yaml لكنه أرشيف zip (هل هو مصنف Excel؟)؛ غيِّر امتداده إلى .xlsx"
    ),
    "yaml.p.no_colon": (
        "علامة «:» المتوقعة بعد المفتاح مفقودة (سطر نصي داخل جدول، أو مفتاح بلا «:»)"
    ),
    "yaml.p.cannot_start": "لا يجوز أن تبدأ القيمة بالحرف {char}؛ ضع النص بين علامتي تنصيص",
    "yaml.p.expected_key": "كان متوقعًا وجود مفتاح هنا؛ قارن إزاحة هذا السطر بإزاحة الأسطر السابقة",
    "yaml.p.expected_dash": (
        "كان متوقعًا وجود عنصر قائمة («- ») هنا؛ قارن إزاحة هذا السطر بإزاحة الأسطر السابقة"
    ),
    "yaml.p.block_end": "إزاحة هذا السطر لا تطابق إزاحة الأسطر السابقة",
    "yaml.p.flow_sequence": "قائمة بين [ ] غير مغلقة: كان متوقعًا «,» أو «]»",
    "yaml.p.end_of_file": "ينتهي الملف قبل إغلاق ما فُتح هنا",
    "yaml.p.colon_here": "علامة «: » غير مسموح بها هنا؛ ضع النص بين علامتي تنصيص",
    "yaml.p.anchor_name": "كان متوقعًا اسم (حروف أو أرقام) بعد «&» أو «*»",
    "yaml.p.directive": "توجيه غير معروف (سطر يبدأ بـ «%»)",
    "yaml.p.document_start": "كان متوقعًا بدء مستند جديد («---») هنا",
    "yaml.p.yaml_version": "سطر %YAML يطلب إصدارًا غير 1.x",
    "yaml.p.escape": (
        "تسلسل هروب غير معروف بعد «\\» في نص بين علامتي تنصيص مزدوجتين؛ اكتب «\\\\» للشرطة المائلة "
        "العكسية، أو استخدم علامتي تنصيص مفردتين"
    ),
    "yaml.p.no_value": "كان متوقعًا وجود قيمة هنا",
    "yaml.p.block_scalar": (
        "بعد «|» أو «>» لا يجوز أن يلي في السطر نفسه إلا «+» أو «-» أو رقم الإزاحة أو تعليق"
    ),
    "yaml.p.tag_end": "الوسم «!<...>» غير مغلق بـ «>»",
    "yaml.p.tab_indent": "إزاحة هذا السطر تحتوي على حرف جدولة",
    "yaml.p.flow_mapping": "جدول بين {{ }} غير مغلق: كان متوقعًا «,» أو «}}»",
    "chk.not_mapping": "قائمة التحقق جدول YAML (id: ...، areas: ...)",
    "chk.version_semver": "يجب أن يكون version رقم إصدار دلاليًا، مثل 1.0.0",
    "chk.text_missing_lang": "النص ليست له نسخة «{lang}»",
    "chk.lang_not_listed": "«{lang}» غير مدرجة في languages ({languages})",
    "chk.level_values": (
        "يجب أن تكون قيم المستويات من 0 إلى N دون فجوات أو تكرار؛ القيم الموجودة: {values}"
    ),
    "chk.level_key_twice": "مفتاح المستوى «{key}» مستخدم مرتين",
    "chk.na_reserved": "«{key}» محجوز (يعني «لا ينطبق»)",
    "chk.target_above_top": "target_level {target} أعلى من أعلى مستوى، {top}",
    "chk.item_target_above_top": "المستوى المستهدف {target} أعلى من أعلى مستوى، {top}",
    "chk.bands_order": (
        "تُرتَّب شرائح التصنيف من أعلى min_score إلى أدناه، وكل شريحة أدنى من التي قبلها"
    ),
    "chk.last_band_zero": "يجب أن يكون min_score لآخر شريحة تصنيف 0",
    "chk.band_twice": "شريحة التصنيف «{key}» مستخدمة مرتين",
    "chk.area_id_twice": "رمز المجال «{id}» مستخدم من قبل في السطر {line}",
    "chk.item_id_twice": "رمز البند «{id}» مستخدم من قبل في السطر {line}",
    "chk.item_id_prefix": "يجب أن يبدأ رمز البند «{id}» برمز مجاله «{area}-»",
    "chk.no_checklist": "لا توجد قائمة تحقق «{spec}»: ليست ملفًا ولا رمزًا مدمجًا ({known})",
    "chk.in_checklist": "قائمة التحقق {where}: {problem}",
    "chk.schema_unknown_key": "مفتاح غير معروف «{key}»؛ المفاتيح المقبولة هنا: {allowed}",
    "chk.schema_required": "{field} إلزامي",
    "chk.schema_type": "المتوقع {expected}، والموجود {found}",
    "chk.schema_text": "المتوقع نص، أو جدول يربط رمز اللغة بالنص",
    "chk.schema_pattern": "{value} لا يطابق النمط {pattern}",
    "cw.not_mapping": "جدول المطابقة جدول YAML (from، to، items، new)",
    "cw.unknown_key": "مفتاح غير معروف «{key}» (المفاتيح المقبولة: {allowed})",
    "cw.required": "«{key}» إلزامي",
    "cw.items_mapping": "يربط items كل رمز بند في الإصدار الأقدم بـ {{relation, to}}",
    "cw.new_list": "new قائمة برموز بنود الإصدار الأحدث",
    "cw.entry_mapping": "{item}: اكتب {{relation: ..., to: [...]}}",
    "cw.relation": "{item}: يجب أن تكون relation إحدى القيم التالية: {relations}",
    "cw.to_list": "{item}: to قائمة برموز البنود",
    "cw.split_targets": "{item}: تتطلب split هدفين أو أكثر",
    "cw.no_target": "{item}: لا تقبل {relation} أي هدف",
    "cw.one_target": "{item}: تقبل {relation} هدفًا واحدًا بالضبط",
    "cw.target_twice": "{item}: أحد الأهداف مذكور مرتين",
    "cw.not_in_version": "{item} ليس بندًا في الإصدار {version}",
    "cw.target_not_in_version": "{item}: {target} ليس بندًا في الإصدار {version}",
    "cw.missing": "يحتاج كل بند من بنود الإصدار {version} إلى مطابقة؛ البنود الناقصة: {items}",
    "cw.several_into_one": (
        "{target} هدف لـ {items}: دمج عدة بنود في بند واحد هو «merged»، ويجب أن يذكر ذلك كل بند "
        "منها"
    ),
    "cw.merged_alone": (
        "{item} مدموج في {target} دون غيره: اذكر كل البنود المدموجة في {target}، أو اكتب "
        "same/reworded"
    ),
    "cw.new_but_mapped": "{item} مذكور بوصفه جديدًا مع أن بنودًا من الإصدار الأقدم تُطابَق معه",
    "cw.listed_twice": "{item} مذكور مرتين",
    "cw.unlisted": "يجب إدراج بنود الإصدار {version} التي لا يُطابَق معها شيء تحت new: {items}",
    "cw.version_problem": "الإصدار {version} من {id}: {problem}",
    "cw.other_checklist": "{file} هو قائمة التحقق {id}، لا {expected}",
    "cw.in_file": "{file}: {problem}",
    "cw.not_published": (
        "قائمة التحقق {id} {version} ليست إصدارًا مدمجًا منشورًا: جداول المطابقة متاحة لقوائم "
        "التحقق المدمجة وحدها"
    ),
    "cw.already": "التقييم الذاتي يجيب أصلًا عن الإصدار {version}",
    "cw.only_newer": (
        "التقييم الذاتي يجيب عن الإصدار {version}؛ لا ينقل migrate إلا إلى إصدار أحدث (الإصدارات "
        "المعروفة: {known})"
    ),
    "cw.no_chain": "لا يوجد جدول مطابقة يؤدي من الإصدار {old} إلى الإصدار {new} من {id}",
    "roster.cannot_read": "تتعذر قراءة قائمة الجهات المطلوب منها التقديم: {reason}",
    "roster.not_regular": "قائمة الجهات المطلوب منها التقديم ليست ملفًا عاديًا",
    "roster.too_big": "حجم قائمة الجهات المطلوب منها التقديم يتجاوز {limit} بايت",
    "roster.format": (
        "قائمة الجهات المطلوب منها التقديم ملف .csv أو .yaml أو .yml أو .xlsx فيه الأعمدة country "
        "وagency، واختياريًا unit وregion وcontact"
    ),
    "roster.too_many_rows": (
        "عدد صفوف قائمة الجهات المطلوب منها التقديم {n}؛ والحد الأقصى المقبول {limit}"
    ),
    "roster.not_text": "يجب أن يكون «{column}» نصًا",
    "roster.too_long": "«{column}» أطول من {limit} حرف",
    "roster.empty_value": "«{column}» فارغ",
    "roster.bad_country": "البلد {value} ليس رمزًا وفق ISO 3166-1 alpha-2 (حرفان، مثل MA)",
    "roster.twice": "البلد والجهة والوحدة نفسها مذكورة مرتين؛ يُحتسب الصف مرة واحدة",
    "roster.header_lacks": (
        "صف العناوين ينقصه {missing}؛ الأعمدة هي country وagency، واختياريًا unit وregion وcontact"
    ),
    "roster.not_utf8": (
        "قائمة الجهات المطلوب منها التقديم ليست نصًا بترميز UTF-8؛ احفظها بترميز UTF-8"
    ),
    "roster.csv_error": "تتعذر قراءة ملف CSV: {reason}",
    "roster.empty": "قائمة الجهات المطلوب منها التقديم فارغة",
    "roster.yaml_shape": (
        "قائمة الجهات المطلوب منها التقديم بصيغة YAML قائمة صفوف (country وagency وunit وregion "
        "وcontact)، أو جدول يحمل مفتاحه «roster» تلك القائمة"
    ),
    "roster.row_mapping": "صف قائمة الجهات المطلوب منها التقديم جدول",
    "roster.unknown_key": "مفتاح غير معروف «{key}»؛ مفاتيح الصف هي {columns}",
    "roster.first_sheet_empty": "الورقة الأولى من قائمة الجهات المطلوب منها التقديم فارغة",
    "rules.cannot_read": "تتعذر قراءة ملف القواعد: {reason}",
    "rules.not_regular": "ملف القواعد ليس ملفًا عاديًا",
    "rules.too_big": "حجم ملف القواعد يتجاوز {limit} بايت",
    "rules.not_mapping": "ملف القواعد جدول فيه «rules» (قائمة) و«default» (فئة)",
    "rules.unknown_key": "مفتاح غير معروف «{key}»: مفاتيح ملف القواعد هي «rules» و«default»",
    "rules.default": (
        "يجب أن يسمّي «default» فئة الاستمارة التي لا تنطبق عليها أي قاعدة (مثل regular)"
    ),
    "rules.rules_list": "يجب أن يكون «rules» قائمة قواعد",
    "rules.too_many": "عدد القواعد {n}؛ والحد الأقصى المقبول {limit}",
    "rules.rule_mapping": "القاعدة جدول فيه «name» و«class» و«when»",
    "rules.rule_unknown_key": "مفتاح غير معروف «{key}»: مفاتيح القاعدة هي «name» و«class» و«when»",
    "rules.name_needed": "تحتاج القاعدة إلى «name» (نص)",
    "rules.name_twice": "اسم القاعدة «{name}» مستخدم مرتين (القاعدة {rule})",
    "rules.class_needed": "تحتاج القاعدة إلى «class» (نص)",
    "rules.when_mapping": "يجب أن يكون «when» جدول شروط يجب أن تتحقق كلها: {conditions}",
    "rules.unknown_condition": "شرط غير معروف «{condition}»؛ الشروط هي {conditions}",
    "rules.area_needed": "يتطلب «gaps_in_area» وجود «area»، وهو أحد المجالات التالية: {areas}",
    "rules.rating_bands": (
        "يقبل «rating» مفاتيح شرائح التصنيف في قائمة التحقق {id} ({keys})، أو قائمة منها، أو "
        "«{last}» لأدنى شريحة؛ لا {value}"
    ),
    "rules.comparisons": "يقبل «{condition}» جدول مقارنات ({comparisons})، مثل {{at_least: 3}}",
    "rules.unknown_comparison": "مقارنة غير معروفة «{op}»؛ استخدم {comparisons}",
    "rules.number": "يقبل «{op}» رقمًا",
    "rules.number_range": "يقبل «{op}» رقمًا بين -1e9 و1e9",
    "agg.more_rows.other": "… و{n} أخرى",
    "agg.more_problems.other": "(+{n} أخرى)",
    "cons.periods_left_out.other": "الفترات المستبعَدة لأن استماراتها أقل من {k}: {n}.",
    "cons.earlier_periods.other": (
        "فترات سابقة لا تظهر في الأعمدة: {n}؛ ويشمل التغيّر جميع الفترات."
    ),
    "rules.whole_number": "«{op}» يقارن عددًا من العناصر، فلا يقبل إلا عددًا صحيحًا",
    "migrate.summary": "{file}: الإصدار {old} -> {new}: {review}؛ {answer}؛ كُتب في {out}",
    "audit.line": "دقَّقه {auditor}{role} في {date}. {levels}؛ {notes}",
    "carry.through_crosswalk": (
        "نُقل من {id} {old} إلى {new} عبر جدول المطابقة: {review}؛ {answer}{retired}"
    ),
    "carry.not_carried.other": (
        "إجابات عن بنود لم تعد في قائمة التحقق {id} {version}، ولم تُنقل: {n} ({items})"
    ),
    "carry.new_items.other": "بنود جديدة في {id} {version} تحتاج إلى إجابة: {n} ({items})",
    "cmp.of_items.other": "{n} من أصل {total} بندًا",
    "count.to_review.other": "بنود للمراجعة: {n}",
    "count.to_answer.other": "بنود للإجابة: {n}",
    "count.audit_levels.other": "مستويات التدقيق: {n}",
    "count.audit_notes.other": "ملاحظات التدقيق: {n}",
    "cmp.counted_same.other": "دون تغيير: {n}",
    "cmp.counted_up.other": "ارتفاع: {n}",
    "cmp.counted_down.other": "انخفاض: {n}",
    "cmp.counted_added.other": "مضاف: {n}",
    "cmp.counted_removed.other": "محذوف: {n}",
    "cmp.counted_became_na.other": "أصبح لا ينطبق: {n}",
    "cmp.counted_no_longer_na.other": "لم يعد «لا ينطبق»: {n}",
    "cmp.counted_not_comparable.other": "غير قابل للمقارنة: {n}",
    "chk.translation": "النسخة {language}: {date}",
    "lang_name.en": "الإنجليزية",
    "lang_name.fr": "الفرنسية",
    "lang_name.es": "الإسبانية",
    "lang_name.ar": "العربية",
    "agg.not_an_assessment": (
        "ليس ملف تقييم (ملفات التقييم بصيغة .yaml أو .yml أو .xlsx أو .xlsm): اطلب من الوحدة "
        "تقييمها الذاتي بصيغة YAML أو الاستبيان المعبأ، أو انقل هذا الملف خارج المجلد"
    ),
    "agg.not_opened": "{kind}؛ لم يُفتح",
    "agg.cannot_list": "تتعذر قراءة هذا المجلد: {reason}",
    "agg.no_such_path": "الملف أو المجلد غير موجود",
    "agg.internal_error": (
        "خطأ داخلي أثناء قراءة هذا الملف ({what}): هذا خلل في readiness وليس مشكلة في الملف؛ "
        "{where}"
    ),
    "agg.other_checklist": (
        "يجيب هذا الملف عن قائمة التحقق {answered}، لكن التوحيد يستخدم {used} (اختر قائمة "
        "التحقق بالخيار --checklist)"
    ),
    "agg.items_differ": (
        "يجيب هذا الملف عن الإصدار {own} من قائمة التحقق {id}، وتختلف بنوده عن بنود الإصدار "
        "{version} المستخدم في هذا التوحيد"
    ),
    "severity.error": "خطأ",
    "severity.warning": "تحذير",
    "period_shapes": "YYYY، YYYY-Qn (n من 1 إلى 4)، YYYY-Hn (n من 1 إلى 2)، YYYY-MM",
}

# click's own texts (usage errors, headings), keyed by click's English (cli/help_text.py).
CLICK: dict[str, str] = {
    "Usage:": "الاستخدام:",
    "Options": "الخيارات",
    "Commands": "الأوامر",
    "Positional arguments": "الوسائط",
    "Missing command.": "لم يُذكر الأمر.",
    "Got unexpected extra argument ({args})": "وسيط زائد غير متوقَّع ({args})",
    "Got unexpected extra arguments ({args})": "وسائط زائدة غير متوقَّعة ({args})",
    "default: {default}": "الافتراضي: {default}",
    "required": "إلزامي",
    "Did you mean {possibility}?": "هل تقصد {possibility}؟",
    "(Did you mean one of: {possibilities}?)": "(هل تقصد أحد الخيارات التالية: {possibilities}؟)",
    "Missing argument": "وسيط ناقص",
    "Missing option": "خيار ناقص",
    "Missing parameter": "معامِل ناقص",
    "Invalid value for {param_hint}: {message}": "قيمة غير صالحة لـ {param_hint}: {message}",
    "Invalid value: {message}": "قيمة غير صالحة: {message}",
    "Error: {message}": "خطأ: {message}",
    "Try '{command} {option}' for help.": "للمساعدة شغّل «{command} {option}».",
    "No such option {name!r}.": "لا يوجد خيار باسم {name!r}.",
    "No such command {name!r}.": "لا يوجد أمر باسم {name!r}.",
    "{value!r} is not {choice}.": "{value!r} ليست {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} ليست من القيم المقبولة: {choices}.",
    "{value} is not in the range {range}.": "{value} خارج النطاق {range}.",
    "{value!r} is not a valid {number_type}.": "{value!r} ليس عددًا صالحًا ({number_type}).",
    "Option {name!r} does not take a value.": "الخيار {name!r} لا يأخذ قيمة.",
    "Option {name!r} requires an argument.": "الخيار {name!r} يحتاج إلى قيمة.",
    "Option {name!r} requires {nargs} arguments.": "الخيار {name!r} يحتاج إلى {nargs} من القيم.",
    "Show the version and exit.": "عرض رقم الإصدار ثم الخروج.",
    "Show this message and exit.": "عرض هذه الرسالة ثم الخروج.",
}
