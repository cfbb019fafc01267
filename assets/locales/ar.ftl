# Clearfield: الرسائل باللغة العربية.
#
# الترجمة بانتظار المراجعة من قبل متحدثين أصليين يعملون في الميدان
# (translation awaiting review by native speakers in the field).
# مصطلحات الأعمال المتعلقة بالألغام كما يستخدمها مركز جنيف الدولي (GICHD) في برنامجه العربي: المسح غير التقني، المسح التقني، التطهير،
# تحرير الأراضي، المناطق الخطرة المشتبه بها والمؤكدة.
# أسماء الأشهر بالتسمية الشامية المستخدمة في لبنان (كانون الثاني، شباط، ...). تبقى الأرقام
# لاتينية (0-9) كما في الخرائط والنماذج وأجهزة GPS.
# التصحيحات: عدّل هذا الملف (ar.ftl) وأرسله (طلب دمج pull request، أو الملف بالبريد
# الإلكتروني إلى مسؤول إدارة المعلومات في البرنامج)؛ انظر README، قسم "Languages".
# يجب أن تطابق المفاتيح والمتغيرات ({ $name }) ملف en.ftl.
# In English: corrections are welcome; edit this file and send it (a pull request, or the
# file by e-mail to the programme's information management officer); see README, "Languages".

## المصطلحات (IMAS 04.10, 07.11, 08.10, 08.20)

term-hazard-area = المنطقة الخطرة
term-land-release = تحرير الأراضي
term-sha = منطقة خطرة مشتبه بها (SHA)
term-cha = منطقة خطرة مؤكدة (CHA)
term-nts = المسح غير التقني
term-ts = المسح التقني
term-cancelled = ملغاة
term-reduced = مخفّضة
term-cleared = مطهّرة

## الوحدات والأرقام والتواريخ

unit-m2 = م²
unit-km2 = كم²
unit-ha = هكتار
unit-m = م
area = { $number } { $unit }
rate-per-day = { $rate } م²/يوم
date = { $day } { $month } { $year }
month-1 = كانون الثاني
month-2 = شباط
month-3 = آذار
month-4 = نيسان
month-5 = أيار
month-6 = حزيران
month-7 = تموز
month-8 = آب
month-9 = أيلول
month-10 = تشرين الأول
month-11 = تشرين الثاني
month-12 = كانون الأول

## clearfield status

status-title = الوضع في { $date } ({ $file })
status-hazard-area = مساحة المناطق الخطرة
status-remaining = المتبقي
status-released = المحرَّر
status-cancelled = ملغاة (مسح غير تقني)
status-reduced = مخفّضة (مسح تقني)
status-cleared = مطهّرة
status-hazard-areas = المناطق الخطرة المسجلة
status-land-releases = عمليات تحرير الأراضي
status-ordnance-finds = الذخائر المعثور عليها
# "عدد القطع: 110" rather than a plural: intl_pluralrules 7.0.2 (Fluent's plural rules)
# ignores "n % 100" in the Arabic rule (103 comes out "other", not "few"), so a plural
# selection would be wrong for counts of 100 and more. See ARCHITECTURE.md, "Languages".
status-items = (عدد القطع: { $count })
status-region = المنطقة الإدارية
status-areas = المناطق
status-hazard-m2 = الخطرة م²
status-remaining-m2 = المتبقي م²
status-no-region = (لا يوجد)
status-hazard-id = المنطقة الخطرة
status-name = الاسم
status-area-m2 = المساحة م²
status-overlap = (أرقام كل منطقة خطرة على حدة؛ حيث تتداخل المناطق الخطرة تُحسب الأرض في كل صف)
warning-left-out = تحذير: استُبعد، ليس سجلاً صالحاً: { $what }

## الجملة الأولى في التقدير

headline-no-data = لا توجد بيانات بعد: سجّل المناطق الخطرة أو استوردها لترى ما تبقى ومتى سينتهي التطهير.
headline-all-released = لم تتبقَّ أراضٍ ملوثة في { $date }: تم تحرير كل المناطق الخطرة المسجلة.
# يأتي $window بعد "خلال": "خلال آخر 12 شهرًا"، "خلال الأيام الـ30 الأخيرة".
window-year = آخر 12 شهرًا
# No plural selection (see status-items): "الأيام الـ30 الأخيرة" reads right for any count.
window-days = الأيام الـ{ $days } الأخيرة
pace-quiet = لم تُسجَّل خلال { $window } أي عملية تحرير ولا أي تلوث جديد
pace-no-releases = لم تُسجَّل خلال { $window } أي عملية تحرير، بينما سُجّل تلوث جديد بمعدل { $new }
pace-no-new = خلال { $window } جرى التحرير بمعدل { $released } ولم يُسجَّل أي تلوث جديد
pace-outran = خلال { $window } تجاوز التلوث الجديد ({ $new }) عمليات التحرير ({ $released })
pace-outpaced = خلال { $window } تجاوزت عمليات التحرير ({ $released }) التلوث الجديد ({ $new })
completion-ends = بهذا المعدل ينتهي التطهير في { $date }
completion-never = بهذا المعدل لا ينتهي التطهير
headline-missed = فات الموعد النهائي { $deadline }: يتبقى { $remaining }؛ { $pace }.
headline-on-track = على المسار الصحيح للموعد النهائي { $deadline }: يتبقى { $remaining }، { $completion }؛ { $pace }.
headline-not-on-track = ليس على المسار الصحيح للموعد النهائي { $deadline }: يتبقى { $remaining }، { $completion }{ $needed }؛ { $pace }.
needed-pace = ، ويتطلب الوفاء به { $rate }
headline-no-deadline = يتبقى { $remaining }؛ { $completion }؛ { $pace }.

## التقدير بكلمات واضحة: كل جملة على حدة، تُجمع بمسافة
# No plural selections here either (see status-items): "الأيام الـ365 الأخيرة".

statement-none-remains = لم تتبقَّ أراضٍ ملوثة في { $date }.
statement-fell = المتبقي في { $date }: { $km2 } كم². خلال الأيام الـ{ $days } الأخيرة انخفضت المساحة المتبقية بمعدل صافٍ قدره { $net } م² يوميًا (المحرَّر { $released } م² يوميًا، والتلوث الجديد المسجَّل { $new } م² يوميًا).
statement-grew = المتبقي في { $date }: { $km2 } كم². خلال الأيام الـ{ $days } الأخيرة ازدادت المساحة المتبقية بمعدل صافٍ قدره { $net } م² يوميًا (المحرَّر { $released } م² يوميًا، والتلوث الجديد المسجَّل { $new } م² يوميًا).
statement-complete = بهذا المعدل يكتمل التطهير في { $date } (فاصل الثقة 80 %: من { $low } إلى { $high }).
statement-complete-no-latest = بهذا المعدل يكتمل التطهير في { $date } (فاصل الثقة 80 %: من { $low }، دون تاريخ أقصى: عند الطرف البطيء من النطاق لا ينتهي التطهير).
statement-complete-no-interval = بهذا المعدل يكتمل التطهير في { $date }.
statement-century = بهذا المعدل يستغرق التطهير أكثر من قرن.
statement-never = بهذا المعدل لا ينتهي التطهير أبدًا: يُسجَّل التلوث الجديد بسرعة تحرير الأراضي أو أسرع.
statement-on-track = الموعد النهائي بموجب المادة 4 ({ $date }) على المسار الصحيح.
statement-needs-ratio = لن يُحترم الموعد النهائي بموجب المادة 4 ({ $date }) بهذا المعدل: يتطلب { $rate } م² يوميًا، أي { $ratio } ضعف المعدل الحالي.
statement-needs = لن يُحترم الموعد النهائي بموجب المادة 4 ({ $date }) بهذا المعدل: يتطلب { $rate } م² يوميًا.
statement-passed = انقضى الموعد النهائي بموجب المادة 4 ({ $date }) ولا تزال هناك أراضٍ ملوثة.

## clearfield report (Markdown و HTML؛ يبقى CSV و JSON بالإنجليزية)

report-title = { $programme }: تقرير التقدم من { $from } إلى { $to }
report-programme = برنامج التطهير
report-land = الأراضي
report-remaining-start = المتبقي في البداية ({ $date })
report-remaining-end = المتبقي في النهاية ({ $date })
report-hazard-added = المساحة الخطرة المضافة خلال الفترة
report-released-by = المحرَّر خلال الفترة: { $method }
report-method-cancelled = ملغاة (المسح غير التقني)
report-method-reduced = مخفّضة (المسح التقني)
report-method-cleared = مطهّرة
report-released-total = المحرَّر خلال الفترة: المجموع
report-recorded = عدد المناطق الخطرة المسجلة خلال الفترة: { $hazards }؛ عدد عمليات التحرير المنجزة: { $releases }.
report-finds = المعثورات
report-col-ordnance-type = نوع الذخيرة
report-col-category = الفئة
report-col-disposal = طريقة التصرف
report-col-finds = المعثورات
report-col-items = القطع
report-teams = الفرق
report-col-team = الفريق
report-col-releases = عمليات التحرير
report-col-released-m2 = الأراضي المحرَّرة، م²
report-credit = تُنسب الأراضي المحرَّرة إلى أقدم عملية تحرير حرّرتها، حتى { $date }.
report-estimate = تقدير الإنجاز
report-completion = الإنجاز
report-interval = فاصل الثقة 80 %
report-interval-range = من { $low } إلى { $high }
report-deadline = الموعد النهائي بموجب المادة 4
report-on-track = على المسار الصحيح
report-pace-needed = المعدل المطلوب
report-per-day = { $rate } م² يوميًا
report-none-at-this-pace = لا يوجد بهذا المعدل
report-interval-open = من { $low }، بلا تاريخ أقصى
report-interval-none = لا يوجد
report-not-set = غير محدد
report-yes = نعم
report-no = لا
report-no-deadline = لم يُحدَّد موعد نهائي
report-article7 = ملخص المادة 7
report-a7-remaining = المساحة الملوثة المتبقية في { $date }، كم²
report-a7-released = المساحة المحرَّرة من { $from } إلى { $to }، كم²
report-a7-cancelled = منها ملغاة، كم²
report-a7-reduced = منها مخفّضة، كم²
report-a7-cleared = منها مطهّرة، كم²
report-a7-submunitions = الذخائر الصغيرة المدمَّرة
report-left-out = استُبعد من الأرقام، ليس سجلاً صالحاً: { $what }
report-not-recorded = غير مسجل
report-chart = المساحة المتبقية عبر الزمن
report-chart-label = المساحة الملوثة المتبقية عبر الزمن، كم²
report-chart-axis = المتبقي، كم²
report-chart-deadline = الموعد النهائي بموجب المادة 4: { $date }
report-chart-legend = الأحمر: المساحة المتبقية · المتقطع: الإسقاط بمعدل الأيام الـ{ $days } الأخيرة · المنقّط: فاصل الثقة 80 % · المظلّل: فترة التقرير

## clearfield --help (الترجمة بانتظار مراجعة متحدثين أصليين)
help-usage = الاستخدام
help-options = الخيارات
help-arguments = الوسائط
help-commands = الأوامر
help-arg-help = عرض المساعدة
help-cmd = قاعدة بيانات ميدانية تعمل دون اتصال لتطهير الذخائر العنقودية وغيرها من الذخائر المتفجرة
help-arg-db = ملف قاعدة البيانات (GeoPackage) [الافتراضي: ملف بيانات المستخدم]
help-arg-user = من يجري التغييرات، لسجل التغييرات [الافتراضي: اسم الدخول]
help-arg-lang = لغة الرسائل: en أو ar أو ka أو ru [الافتراضي: من LC_ALL أو LC_MESSAGES أو LANG، وإلا فالإنجليزية]. مخرجات JSON واحدة في كل اللغات
help-cmd-init = إنشاء ملف قاعدة البيانات
help-cmd-add = إضافة سجل
help-cmd-add-hazard = إضافة منطقة خطرة (SHA أو CHA)
help-cmd-add-release = إضافة أرض ملغاة أو مخفّضة أو مطهّرة
help-cmd-add-find = إضافة ذخيرة معثور عليها
help-cmd-add-survey = إضافة نقطة مسح (علامة مرجعية، نقطة مرجع، بداية، انعطاف، وسطية، نهاية) لمنطقة خطرة أو أرض محررة
help-cmd-add-evidence = إضافة نقطة دليل (موقع ضربة، جسم شوهد، حادث، إفادة شاهد)
help-cmd-edit = تغيير حقول سجل أو شكله الهندسي (القيمة الفارغة تمحو الحقل)
help-cmd-list = قائمة السجلات
help-cmd-show = عرض سجل واحد بكل حقوله
help-cmd-history = عرض كل نسخ سجل من سجل التغييرات
help-cmd-delete = حذف سجل (تبقى نسخه في سجل التغييرات)
help-cmd-attach = إرفاق صور JPEG أو PNG بسجل (كلها أو لا شيء)
help-cmd-photos = صور السجل: المعرّف، الملف، الحجم، النوع، تاريخ الالتقاط والموقع (EXIF)
help-cmd-detach = فصل صورة عن سجل (تبقى الصورة في الملف وفي السجل التاريخي)
help-cmd-check = فحص الملف: السلامة، قواعد GeoPackage، قيم كل سجل وشكله الهندسي
help-cmd-types = قائمة أنواع الذخائر المرجعية
help-cmd-status = مساحة المناطق الخطرة والمساحة المتبقية والأراضي المحررة في تاريخ
help-cmd-import = استيراد GeoJSON أو GPX أو KML/KMZ أو shapefile: كل العناصر أو لا شيء مع قائمة بكل المشكلات
help-cmd-export = تصدير السجلات إلى GeoJSON (RFC 7946) أو GPX (لجهاز GPS) أو KML (لـ Google Earth) أو shapefile (ملف لكل نوع)
help-cmd-merge = إدخال كل سجلات ملف آخر وكل نسخها إلى هذا الملف، حسب UUID
help-cmd-conflicts = سجلات عُدّلت في ملفين: لمن كل نسخة وما الحقول المختلفة
help-cmd-resolve = حل تعارض: الإبقاء على نسخة واحدة، أو نسخة واحدة مع حقول من النسخ الأخرى
help-cmd-hub = المركز الوطني على PostgreSQL/PostGIS الذي تتزامن عبره الملفات
help-cmd-hub-init = إنشاء جداول المركز في قاعدة PostgreSQL مع PostGIS أو ترقيتها إلى هذا الإصدار (المركز المحدّث يبقى كما هو)
help-cmd-hub-settings = عرض إعدادات البرنامج في المركز أو تعيينها: يأخذها كل حاسوب محمول عند مزامنته التالية (يرسل الحاسوب إعداداته فقط حين لا تكون في المركز)
help-cmd-sync = إرسال نسخ هذا الملف إلى المركز وجلب نسخ المركز، بقاعدة الدمج نفسها على الجانبين (السجلات والتعارضات نفسها)
help-cmd-backup = نسخ قاعدة البيانات إلى ملف جديد، بأمان حتى والتطبيق مفتوح
help-cmd-restore = استبدال قاعدة البيانات بنسخة احتياطية (تُفحص أولاً؛ يُحفظ الملف الحالي بجانبها)
help-cmd-estimate = متى ينتهي التطهير بالوتيرة الأخيرة، مقارنة بالمهلة النهائية للمادة 4
help-cmd-report = تقرير مرحلي لفترة: الأراضي، المعثورات، الفرق، التقدير، ملخص المادة 7
help-cmd-settings = عرض اسم البرنامج والمهلة النهائية للمادة 4 أو تعيينهما
help-cmd-generate = كتابة برنامج اصطناعي (جنوب لبنان) في ملف جديد، لتجربة التطبيق ولقياس الأداء
help-cmd-gps = الموقع من جهاز استقبال GPS (منفذ تسلسلي أو gpsd أو سجل NMEA مسجّل)، بمتوسط عدة قراءات
help-cmd-traverse = محيط منطقة خطرة من علامة مرجعية وجدول أضلاع (اتجاه، مسافة): النقاط والمساحة والمحيط وخطأ الإغلاق، تُعرض ولا تُحفظ
help-arg-status-as_of = التاريخ، YYYY-MM-DD [الافتراضي: اليوم]
help-arg-status-json = طباعة كائن JSON واحد
help-arg-status-by = إضافة تفصيل حسب المنطقة الخطرة أو حسب المنطقة الإدارية
help-arg-export-file = الملف المراد كتابته (GeoJSON أو GPX أو KML أو shapefile حسب امتداده)، أو - للمخرج القياسي؛ الاسم المنتهي بـ ‎.shp يكتب ملفات shapefile بجانبه، ملفاً لكل نوع: NAME_hazard_area.shp وNAME_ordnance_find.shp…
help-arg-export-format = الصيغة: geojson أو gpx (المعثورات ونقاط الأدلة والمسح كنقاط طريق، والأرض الملوثة المتبقية كمسارات) أو kml (لـ Google Earth) أو shp (ESRI Shapefile لـ ArcGIS) [الافتراضي: حسب امتداد الملف، وإلا geojson]
help-arg-export-kind = هذا النوع فقط (يمكن تكراره) [الافتراضي: الكل]
help-arg-export-as_of = السجلات الممسوحة أو المنجزة أو المعثور عليها حتى هذا التاريخ فقط (GPX: الأرض الملوثة المتبقية في هذا التاريخ) [الافتراضي: اليوم]
help-arg-hub-init-url = postgresql://USER@HOST:PORT/DATABASE[?sslmode=…]؛ كلمة المرور من العنوان أو PGPASSWORD أو ‎~/.pgpass، ولا تُحفظ أبداً
help-arg-hub-settings-url = postgresql://USER@HOST:PORT/DATABASE[?sslmode=…]؛ كلمة المرور من العنوان أو PGPASSWORD أو ‎~/.pgpass، ولا تُحفظ أبداً
help-arg-hub-settings-name = اسم البرنامج، للتقارير
help-arg-hub-settings-deadline = المهلة النهائية للمادة 4، YYYY-MM-DD
help-arg-hub-settings-closure_tolerance = خطأ الإغلاق الذي يجب أن يبلغه المسار ليُحفظ دون ‎--accept-closure: ‏N من 1:N (‏100 أو 1:100) [الافتراضي: 1:100]
help-arg-sync-url = postgresql://USER@HOST:PORT/DATABASE[?sslmode=…]؛ كلمة المرور من العنوان أو PGPASSWORD أو ‎~/.pgpass، ولا تُحفظ أبداً
help-arg-sync-all = مقارنة كل نسخ الجانبين، لا تلك التي بعد آخر مزامنة فقط (بعد استعادة المركز من نسخة احتياطية)
help-arg-estimate-as_of = التاريخ، YYYY-MM-DD [الافتراضي: اليوم]
help-arg-estimate-window_days = أيام السجل التي تُقاس عليها الوتيرة (من 30 إلى 3650)
help-arg-estimate-json = طباعة كائن JSON واحد
help-arg-report-from = اليوم الأول، YYYY-MM-DD
help-arg-report-to = اليوم الأخير، YYYY-MM-DD
help-arg-report-format = md أو csv أو json أو html [الافتراضي: حسب امتداد ملف ‎-o، وإلا md]
help-arg-report-output = الكتابة في FILE بدلاً من الشاشة
help-arg-report-window_days = أيام السجل التي تُقاس عليها وتيرة التقدير
help-arg-settings-name = اسم البرنامج، للتقارير
help-arg-settings-deadline = المهلة النهائية للمادة 4، YYYY-MM-DD
help-arg-settings-closure_tolerance = خطأ الإغلاق الذي يجب أن يبلغه المسار ليُحفظ دون ‎--accept-closure: ‏N من 1:N (‏100 أو 1:100) [الافتراضي: 1:100]

## نتائج سطر الأوامر في سطر واحد وأخطاؤه
# No plural selections (see status-items): counts as "المناطق الخطرة: 3".

kind-hazard-area = منطقة خطرة
kind-land-release = عملية تحرير أراضٍ
kind-ordnance-find = ذخيرة معثور عليها
kind-survey-point = نقطة مسح
kind-evidence-point = نقطة دليل
count-hazard-area = المناطق الخطرة: { $count }
count-land-release = عمليات تحرير الأراضي: { $count }
count-ordnance-find = الذخائر المعثور عليها: { $count }
count-survey-point = نقاط المسح: { $count }
count-evidence-point = نقاط الأدلة: { $count }
summary-hazard = { $classification } { $name }  مُسحت في { $date }  { $area } م²
summary-release = { $method }  أُنجزت في { $date }  { $area } م²
summary-team = الفريق { $team }
summary-find = { $quantity } × { $type }  عُثر عليها في { $date }  عند { $lon }, { $lat }
summary-survey = { $type } رقم { $sequence } من { $hazard }{ $leg }  عند { $lon }, { $lat }
summary-leg = ضلع { $bearing }° { $reference } { $distance } م
summary-evidence = { $type }  سُجّلت في { $date }  عند { $lon }, { $lat }
cli-added = تمت إضافة { $kind } { $id }{ $summary }
cli-with-survey-points = مع نقاط مسح عددها { $count } (النقطة المرجعية والأضلاع)؛ { $closure }
cli-changed = تم تعديل { $kind } { $id }{ $summary }
cli-corrected = تم تصحيح { $kind } { $id }{ $summary }
cli-no-change = { $kind } { $id }: لا تغيير
cli-deleted = تم حذف { $kind } { $id } (محفوظة في سجل التغييرات: `clearfield history { $id }`)
cli-not-added = لم تتم إضافة { $kind }: { $problems }
cli-not-changed = لم يتم تعديل { $kind } { $id }: { $problems }
cli-not-changed-stored = لم يتم تعديل { $kind } { $id } (غير صالحة كما هي مخزنة): { $problems }
cli-nothing-to-change = لا شيء لتغييره: أعطِ --FIELD VALUE أو --geometry (انظر `clearfield edit --help`)
cli-upgraded = تمت ترقية { $file } من إصدار المخطط { $from } إلى { $to }
settings-name = اسم البرنامج
settings-deadline = المهلة النهائية للمادة 4
settings-tolerance = حد خطأ الإغلاق
settings-not-set = (غير معيّن)
settings-default = (افتراضي)
cli-hub-ready = { $hub }: المركز جاهز بالمخطط { $schema } (المركز { $id })
cli-hub-current = { $hub }: مركز بالمخطط { $schema } أصلاً (المركز { $id })؛ لم يتغير شيء
cli-no-conflicts = لا توجد تعارضات
cli-resolve-with = للحل: clearfield resolve ID --keep mine|theirs|VERSION [--take FIELD=mine|theirs|VERSION]…
cli-resolved = حُلّ { $id }: نسخة جديدة { $version }
cli-no-photos = لا صور مرفقة بـ { $id }
list-heading-hazard_area = المناطق الخطرة ({ $count }):
list-heading-land_release = الأراضي المحررة ({ $count }):
list-heading-ordnance_find = الذخائر المعثور عليها ({ $count }):
list-heading-survey_point = نقاط المسح ({ $count }):
list-heading-evidence_point = نقاط الأدلة ({ $count }):
list-not-valid = غير صالح: { $problem }
list-problems = صفوف غير صالحة: { $count }؛ لا تدخل في أي رقم؛ يبيّن `clearfield check` السبب، ويصحح `clearfield edit ID` صفاً، ويحذفه `clearfield delete ID`
gps-position = الموقع: { $lonlat } (خط الطول،خط العرض WGS84)
gps-utm = UTM: { $utm }
gps-mgrs = MGRS: { $mgrs }
gps-altitude = الارتفاع: { $metres } م فوق متوسط سطح البحر
gps-spread = التشتت: { $max } م على الأكثر، { $rms } م جذر متوسط المربعات عن المتوسط
gps-fixes = القراءات المُتوسَّطة: { $count }، الجودة { $quality } أو أفضل
gps-fixes-short = القراءات المُتوسَّطة: { $count } (من { $wanted } مطلوبة؛ انتهى السجل)، الجودة { $quality } أو أفضل
gps-satellites = الأقمار الصناعية: { $count } على الأقل
gps-hdop = HDOP: { $hdop } في المتوسط
gps-passed-over = تم تجاوز: { $bad } بمجموع تحقق خاطئ، { $nofix } GGA بلا تثبيت، { $unreadable } غير مقروءة
traverse-benchmark = العلامة المرجعية
traverse-area = المساحة
traverse-perimeter = المحيط
traverse-closure = خطأ الإغلاق
traverse-bearings = الاتجاهات
traverse-declination = الانحراف المغناطيسي
traverse-grid = الشبكة
traverse-col-kind = النوع
traverse-col-lon = خط الطول
traverse-col-lat = خط العرض
traverse-col-bearing = الاتجاه الحقيقي
traverse-col-distance = المسافة
traverse-closes-exactly = 1:∞ (يُغلق تماماً)
traverse-given = مُعطى
traverse-wmm = النموذج المغناطيسي العالمي عند العلامة المرجعية في { $date }، ±{ $uncertainty }°
traverse-caution = ؛ منطقة حذر قرب قطب مغناطيسي: قد تخطئ البوصلات
traverse-utm-zone = نطاق UTM ‏{ $zone }
traverse-warning = تحذير: خطأ الإغلاق { $ratio } أسوأ من 1:{ $tolerance }؛ راجع الأضلاع قبل استخدام هذا المحيط
traverse-adjusted = مُعدَّل بقاعدة البوصلة (بوديتش):
traverse-moved = انزاح { $metres } م
traverse-adjusted-area = المساحة بعد التعديل { $area } م²
cli-created = تم إنشاء { $file }
cli-already = { $file } قاعدة بيانات Clearfield بالفعل (إصدار المخطط { $version }){ $upgraded }؛ لم يتغير شيء آخر
cli-already-upgraded = ، تمت ترقيتها من إصدار المخطط { $from }
cli-checked = تم فحص { $file }: { $counts }
check-integrity = السلامة: { $problem }
check-link = الارتباط: { $problem }
check-geopackage = GeoPackage: { $problem }
check-schema = المخطط: { $problem }
check-record = سجل: { $problem }
cli-more-all = … وعدد آخر: { $count } (يسردها --all-problems كلها)
cli-more = … وعدد آخر: { $count }
cli-no-problems = لم يتم العثور على مشاكل
cli-problems-found = عدد المشاكل: { $count }؛ لم يتغير شيء
cli-backed-up = تم نسخ { $file } احتياطيًا إلى { $backup }
cli-restored = تمت استعادة { $file } من { $backup }؛ الملف كما كان محفوظ باسم { $kept }
cli-imported = تم الاستيراد من { $file }: { $counts }؛ موجود مسبقًا دون تغيير: { $unchanged }
cli-imported-updated = ؛ تم تحديث: { $count }
cli-imported-kept-deleted = ؛ محذوفة هنا ولم تُستعد: { $count } (انظر `clearfield history`)
cli-import-problems = { $file }: عدد المشاكل: { $count }، لم يُستورد شيء
cli-import-refused = { $file }: { $why }؛ لم يُستورد شيء
cli-cannot-import = تعذّر استيراد { $file }
cli-skipped = تم تخطي معالم عددها { $count }:
cli-repaired = تم إصلاح حدود عددها { $count }:
cli-repairs-listed = الإصلاحات مدرجة في { $file }
cli-repairs-not-written = تم الاستيراد، لكن قائمة الإصلاحات لم تُكتب بجانب { $file }
cli-saved-profile = تم حفظ ملف تعريف الاستيراد { $name } (استخدمه مع --profile { $name })
cli-repair-tolerance = --repair-tolerance { $value }: أعطِ نسبة مئوية من 0 إلى 100
cli-tracks-as = --tracks-as { $kind }: المسارات حدود: hazard أو release
cli-map-geometry = --map { $column }=geometry: { $file } بصيغة { $format }؛ عمود الهندسة مخصص لتصديرات النماذج بصيغة CSV و XLSX
cli-sheet-not-xlsx = --sheet { $sheet }: { $file } بصيغة { $format } وليس XLSX
cli-exported = تم التصدير إلى { $file }: { $counts }
cli-exported-routes = تم التصدير إلى { $file }: { $counts }؛ عدد المسارات: { $routes }
cli-exported-nothing = تم التصدير: { $counts }؛ لم يُنشأ أي ملف (لا يوجد ما يُصدَّر)
cli-wrote-photos = تمت كتابة صور عددها { $count } إلى { $folder }
cli-cannot-write-export = تعذّرت كتابة { $file }؛ لم يُكتب شيء
cli-shapefile-stdout = ملف الأشكال (shapefile) عدة ملفات: أعطِ اسمًا (NAME.shp)، لا -
cli-merged = تم دمج { $file }: استُلم ({ $versions })؛ أُضيف ({ $records })، عُدّل: { $changed }، حُذف: { $deleted }؛ في تعارض: { $conflicts }
cli-would-merge = سيتم دمج { $file }: سيُستلم ({ $versions })؛ سيُضاف ({ $records })، سيُعدّل: { $changed }، سيُحذف: { $deleted }؛ في تعارض: { $conflicts }
count-versions = الإصدارات: { $count }
count-records = السجلات: { $count }
merge-add = إضافة { $kind }{ $name } { $id }
merge-change = تعديل { $kind }{ $name } { $id }
merge-delete = حذف { $kind }{ $name } { $id }
merge-conflict-on = تعارض في { $kind }{ $name } { $id }
cli-photos-received = الصور: المستلمة { $photos }، عمليات الإرفاق والفصل المستلمة { $changes }
cli-conflict = تعارض: { $kind } { $id } (انظر `clearfield conflicts`)
cli-dry-run = تشغيل تجريبي: لم يتغير شيء
cli-synced = تمت المزامنة مع { $hub }: أُرسل ({ $sent })، استُلم: { $received }؛ أُضيف ({ $records })، عُدّل: { $changed }، حُذف هنا: { $deleted }؛ في تعارض: { $conflicts }
cli-wrote = تمت كتابة { $file }
cli-report-is-database = { $file }: هذا هو ملف قاعدة البيانات (أو سجلها)؛ اختر ملفًا آخر للتقرير
cli-cannot-write = تعذّرت كتابة { $file }
cli-not-an-id = { $text } ليس معرّف سجل (UUID مثل 3f2b1c4e-…)
list-separator = {"، "}

## clearfield estimate: الأرقام بين الجملة الأولى والشرح

estimate-title = التقدير في { $date } (المعدل خلال الأيام الـ{ $days } الأخيرة)
estimate-remaining = المتبقي
estimate-net = الانخفاض الصافي
estimate-released = المحرَّر
estimate-new = التلوث الجديد
estimate-completion = الإنجاز
estimate-interval = فاصل الثقة 80 %
estimate-interval-open = من { $low }، بلا تاريخ أقصى
estimate-interval-none = لا يوجد: لا ينتهي التطهير بهذا المعدل
estimate-deadline = الموعد النهائي بموجب المادة 4
estimate-no-deadline = (غير محدد: clearfield settings --deadline YYYY-MM-DD)
estimate-on-track = على المسار الصحيح
estimate-pace-needed = المعدل المطلوب
estimate-per-day = م² يوميًا
estimate-times-pace = × المعدل الحالي

## app
# كلمات تطبيق سطح المكتب (issue #15). المفاتيح تبدأ بـ app-؛ في نهاية الملف.

app-read-only = للقراءة فقط
app-file-read-only-hint = لا يمكن إلا قراءة الملف (وسيط محمي من الكتابة أو مجلد مشترك للقراءة فقط): تُرفض التغييرات. انسخه إلى مجلد قابل للكتابة لتغييره.
app-hq-view = عرض المقر الرئيسي للمركز { $hub }
app-hub-read-only-hint = ما كان في المركز عند قراءته. تُجرى التغييرات على الحواسيب المحمولة وتصل إلى المركز عند المزامنة.
app-read-hub-again = إعادة قراءة المركز
app-fit-map = ملاءمة الخريطة للبيانات
app-new-hazard-area = منطقة خطرة جديدة
app-new-land-release = تحرير أراضٍ جديد
app-new-find = عثور جديد
app-new-evidence-point = نقطة دليل جديدة
app-last-boundary-change = آخر تغيير للحدود
app-undo = تراجع
app-redo = إعادة
app-undo-hint = تراجع عن { $what } (Ctrl+Z)
app-redo-hint = إعادة { $what } (Ctrl+Y)
app-import-export = استيراد / تصدير
app-merge-file = دمج ملف
app-sync-hub = مزامنة مع المركز
app-conflicts = التعارضات ({ $count })
app-gps = GPS
app-settings = الإعدادات
app-language = اللغة
app-user-name = اسمك في سجل التغييرات (الآن: { $name })
app-use-name = استخدم هذا الاسم
app-square-metres = المساحات بالمتر المربع (بدلاً من كم² والهكتار)
app-settings-not-saved = لم تُحفظ الإعدادات: { $why }
app-settings-not-read = لم تُقرأ الإعدادات: { $why }
app-centred-on = تم التوسيط على { $what }.
app-nothing-named = لا شيء باسم "{ $text }" (لا سجل ولا مكان)، ولا معرّف يبدأ بذلك، وليس موقعاً.
app-type-a-name = اكتب اسماً لسجل التغييرات أولاً.
app-user-kept = تُسجَّل التغييرات الآن باسم { $name }.
app-user-not-kept = تُسجَّل التغييرات باسم { $name }، لكن لم يُحفظ: { $why }
app-units-not-kept = لم يُحفظ اختيار الوحدات: { $why }
app-reading-hub = جارٍ قراءة المركز { $hub }…
app-basemap-opened = الخريطة الأساسية: { $name }
app-saved = حُفظ: { $what }.
app-deleted = حُذف: { $what } (التراجع يعيده).
app-undone = تم التراجع: { $what }.
app-redone = أُعيد: { $what }.
app-step-dropped = { $why }. أُسقطت تلك الخطوة.
app-resolved = حُلّ { $id }: النسخة الجديدة { $version }.
app-open-record-for-photos = افتح سجلاً (انقر عليه في الخريطة) لإرفاق الصور المُفلتة به.
app-loading-stopped = توقف التحميل بشكل غير متوقع
app-demo-loaded = حُمّل البرنامج التجريبي: { $counts }.
app-demo-failed = تعذّر تحميل البرنامج التجريبي: { $why }
app-record = سجل
app-change-added = أُضيف { $kind } { $id }
app-change-deleted = حُذف { $kind } { $id }
app-change-edited = عُدّل { $kind } { $id }
app-list-separator = {"، "}
app-kind-hazard_area = منطقة خطرة
app-kind-land_release = تحرير أراضٍ
app-kind-ordnance_find = عثور على ذخيرة
app-kind-survey_point = نقطة مسح
app-kind-evidence_point = نقطة دليل
# العدد بعد اسم الفئة، تفادياً لصيغ الجمع فوق 100 (انظر i18n.rs).
app-count-hazard_area = { $count ->
       *[other] المناطق الخطرة: { $shown }
    }
app-count-land_release = { $count ->
       *[other] عمليات تحرير الأراضي: { $shown }
    }
app-count-ordnance_find = { $count ->
       *[other] العثور على الذخائر: { $shown }
    }
app-count-survey_point = { $count ->
       *[other] نقاط المسح: { $shown }
    }
app-count-evidence_point = { $count ->
       *[other] نقاط الدليل: { $shown }
    }
app-value-SHA = منطقة خطرة مشتبه بها (SHA)
app-value-CHA = منطقة خطرة مؤكدة (CHA)
app-value-cmr = مخلفات الذخائر العنقودية
app-value-uxo = ذخائر غير منفجرة
app-value-ap_mines = ألغام مضادة للأفراد
app-value-at_mines = ألغام مضادة للدبابات
app-value-ied = عبوات ناسفة يدوية الصنع
app-value-mixed = مختلط
app-value-active = نشطة
app-value-in_progress = قيد التنفيذ
app-value-closed = مغلقة
app-value-cancelled = ملغاة
app-value-reduced = مخفّضة
app-value-cleared = مطهّرة
app-value-submunition = ذخيرة صغيرة
app-value-bomb = قنبلة
app-value-projectile = قذيفة
app-value-mortar = قذيفة هاون
app-value-rocket = صاروخ
app-value-grenade = قنبلة يدوية
app-value-landmine = لغم أرضي
app-value-other = أخرى
app-value-intact = سليمة
app-value-damaged = متضررة
app-value-unknown = غير معروفة
app-welcome-title = لا سجلات في هذا الملف بعد
app-welcome-text = حمّل البرنامج التجريبي (بيانات مصطنعة في جنوب لبنان) لترى الخريطة والمساحة المتبقية والتوقع فوراً، أو استورد بياناتك بالأمر `clearfield import FILE`.
app-demo-loading = جارٍ تحميل البرنامج التجريبي…
app-demo-load = تحميل البرنامج التجريبي
app-computing-figures = جارٍ حساب الأرقام…
app-completion-estimate = تقدير الإنجاز
app-computing-forecast = جارٍ حساب التوقع…
app-no-figures = لا أرقام: تعذّرت قراءة الملف.
app-programme = البرنامج
app-regions-open = المناطق والمناطق الخطرة
app-finds-by-type = المعثورات حسب النوع
app-col-type = النوع
app-col-category = الفئة
app-col-finds = المعثورات
app-col-items = القطع
app-no-hazard-area-yet = لم تُسجَّل أي منطقة خطرة بعد.
app-left-out = سجلات مستبعدة لأنها غير صالحة: { $count } (شغّل `clearfield check`)
app-map = الخريطة
app-layer-hazard_area = المناطق الخطرة
app-layer-land_release = تحرير الأراضي
app-layer-ordnance_find = الذخائر المعثور عليها
app-layer-survey_point = نقاط المسح
app-layer-evidence_point = نقاط الدليل
app-layer-remaining = المساحة المتبقية (مظلَّلة)
app-basemap = الخريطة الأساسية (ملف MBTiles، دون اتصال)
app-open = فتح
app-choose = اختيار…
app-basemap-showing = يُعرض { $name }
app-go-to = انتقل إلى (اسم، أو معرّف، أو lon,lat / UTM / MGRS / DMS)
app-go = انتقال
app-found = النتائج: { $count }
app-places-found = الأماكن ({ $count }):
app-completion = الإنجاز: { $date }
app-completion-none = لا إنجاز بهذه الوتيرة
app-interval = مجال 80 %: { $interval }
app-interval-between = من { $low } إلى { $high }
app-interval-from = من { $low }، دون تاريخ أقصى
app-interval-none = لا شيء: لا إنجاز بهذه الوتيرة
app-deadline-missed = موعد المادة 4 { $date }: فات
app-deadline-on-track = موعد المادة 4 { $date }: على المسار الصحيح
app-deadline-not-on-track = موعد المادة 4 { $date }: ليس على المسار الصحيح
app-figures-on = الأرقام في { $date }
app-area-hazard = المساحة الخطرة
app-area-remaining = المتبقية
app-area-cancelled = ملغاة (المسح غير التقني)
app-area-reduced = مخفّضة (المسح التقني)
app-area-cleared = مطهّرة
app-nts-ts = المسح غير التقني (NTS) والمسح التقني (TS).
app-status-counts = { $count ->
       *[other] { $hazards }، { $releases }، { $finds } (القطع: { $items })
    }
app-find-symbols = رموز المعثورات
app-find-symbols-note = حسب الفئة؛ عند التصغير تُعدّ المعثورات لكل منطقة بدلاً من ذلك.
app-cursor = خط الطول { $lon }  خط العرض { $lat }   UTM { $utm }   MGRS { $mgrs }
app-chart-remaining-km2 = المتبقية، كم²
app-chart-year = السنة
app-chart-remaining = المساحة المتبقية
app-chart-projection = الإسقاط بالوتيرة الحالية
app-chart-today = اليوم ({ $date })
app-chart-deadline = موعد المادة 4 ({ $date })
app-value-benchmark = نقطة مرجعية
app-value-turning = نقطة انعطاف
app-value-intermediate = نقطة وسيطة
app-value-start = بداية
app-value-end = نهاية
app-value-true = الشمال الحقيقي
app-value-grid = شمال الشبكة
app-value-magnetic = الشمال المغناطيسي
app-value-strike = ضربة
app-value-accident = حادث
app-value-item_seen = جسم مرئي
app-value-witness = شاهد
app-value-reference = مرجع
app-value-destroyed_in_situ = أُتلف في مكانه
app-value-removed_and_destroyed = أُزيل وأُتلف
app-value-removed_to_storage = نُقل إلى المخزن
app-value-pending = قيد الانتظار
app-field-name = الاسم
app-field-classification = التصنيف
app-field-contamination = التلوث
app-field-surveyed_on = تاريخ المسح
app-field-region = المنطقة الإدارية
app-field-status = الحالة
app-field-note = ملاحظة
app-field-hazard_id = المنطقة الخطرة
app-field-method = الطريقة
app-field-started_on = تاريخ البدء
app-field-completed_on = تاريخ الإنجاز
app-field-team = الفريق
app-field-depth_cm = العمق (سم)
app-field-ordnance_type = نوع الذخيرة
app-field-category = الفئة
app-field-quantity = الكمية
app-field-condition = الحالة الفنية
app-field-found_on = تاريخ العثور
app-field-disposal = التخلص
app-field-belongs_to = تعلّم (المعرّف)
app-field-point_type = نوع النقطة
app-field-sequence = التسلسل
app-field-bearing_deg = الاتجاه (°)
app-field-bearing_ref = الاتجاه من
app-field-distance_m = المسافة (م)
app-field-declination_deg = الانحراف (° شرقاً)
app-field-gps_accuracy_m = دقة GPS (م)
app-field-hdop = HDOP
app-field-satellites = الأقمار الصناعية
app-field-evidence_type = الدليل
app-field-recorded_on = تاريخ التسجيل
app-field-source = المصدر
app-field-geometry = الشكل الهندسي
app-traverse-enter = إدخال الأضلاع من نقطة مرجعية
app-traverse-title = المضلع: أضلاع من نقطة مرجعية
app-form-new = سجل جديد: { $kind }
app-form-edit = تعديل { $kind } { $id }
app-form-help-find = انقر على الخريطة حيث عُثر عليه (أو اسحب النقطة)، أو اكتب الموقع أدناه.
app-form-help-point = انقر على الخريطة حيث هي (أو اسحب النقطة)، أو اكتب الموقع أدناه.
app-form-help-new-area = انقر على الخريطة لإضافة رؤوس، أو اكتب الحدود أدناه. اسحب رأساً لتحريكه، وانقر مربعاً على ضلع لإدراج رأس، وانقر بالزر الأيمن على رأس (أو اختره واضغط Delete) لحذفه.
app-form-help-edit-area = اسحب رأساً لتحريكه، وانقر مربعاً على ضلع لإدراج رأس، وانقر بالزر الأيمن على رأس (أو اختره واضغط Delete) لحذفه؛ أو عدّل النص أدناه.
app-form-geometry-hint = WKT أو lon,lat أو UTM أو MGRS أو DMS
app-form-delete-vertex = حذف الرأس المحدد
app-form-unlinked = غير مرتبط بمنطقة خطرة: اختر واحدة أعلاه، أو احفظه دون ربط.
app-form-to-save = للحفظ: { $missing }
app-form-problem = { $field }: { $reason }
app-form-search-types = البحث في الأنواع
app-form-linked-drawn-in = مرتبط بالمنطقة الخطرة التي رُسم فيها (غيّرها أعلاه).
app-save = حفظ
app-cancel = إلغاء
app-choose-value = اختر…
app-none = لا شيء
app-none-in-list = (لا شيء)
app-hint-centimetres = سنتيمترات
app-hint-hazard-id = معرّف UUID للمنطقة الخطرة
app-hint-category = من قائمة الأنواع عند تركه فارغاً
app-area-line = المساحة { $ha } هكتار ({ $m2 } م²)
app-remaining-line = المتبقي { $ha } هكتار ({ $m2 } م²)
app-remaining-working = المتبقي: قيد الحساب…
app-photos = الصور
app-photo-taken = التُقطت { $at }
app-photo-detach = فصل
app-photo-attach = إرفاق صورة…
app-photo-attach-hint = أو أفلت ملفات JPEG أو PNG على النافذة
app-photo-detached = فُصلت الصورة (تبقى في سجل الملف).
app-photo-select-record = اختر سجلاً لإرفاق الصور به.
app-photos-attached = { $count ->
        [one] أُرفقت صورة واحدة.
        [two] أُرفقت صورتان.
       *[other] الصور المرفقة: { $count }.
    }
app-no-record = لا سجل بالمعرّف { $id }
app-releases-and-finds = عمليات تحرير الأراضي والمعثورات
app-release-line = { $method } { $date } · { $ha } هكتار · { $team }
app-no-team = بلا فريق
app-survey-evidence-points = نقاط المسح والدليل
app-survey-leg = { $sequence } { $type } · ضلع { $bearing }° { $from } { $distance } م
app-add-survey-point = إضافة نقطة مسح
app-add-evidence-point = إضافة نقطة دليل
app-zoom-to = تكبير إليه
app-edit = تعديل
app-delete = حذف
app-close = إغلاق
app-regions-computing = جارٍ حساب الأرقام حسب المنطقة…
app-regions-by-region = الأراضي التي لا تزال ملوثة، حسب المنطقة
app-areas-in = المساحات بـ{ $unit }.
app-col-region = المنطقة
app-col-area = المساحة
app-col-remaining = المتبقية
app-col-name = الاسم
app-col-sorted = { $column } (مرتّب)
app-sort-hint = رتّب حسب هذا العمود
app-regions-hazards = المناطق الخطرة ({ $count })
app-regions-hazards-in = المناطق الخطرة في { $region } ({ $count })
app-no-region = بلا منطقة
app-no-region-row = (بلا منطقة)
app-all-regions = كل المناطق
app-regions-none-left = لم تعد هناك أراضٍ ملوثة.
app-region-share = { $region }: { $area } { $unit } ({ $share } %)
app-calendar = التقويم
app-selected-record = السجل المحدد
app-merge-title = دمج ملف فريق
app-merge-help = كل سجل وكل نسخة من الملف الآخر تدخل في هذا الملف، مطابقةً بالمعرّف.
app-merge-file-label = الملف المراد دمجه
app-merge = دمج
app-dry-run = تجربة دون تغيير
app-dry-run-said = { $said } (تجربة، لم يتغير شيء)
app-no-conflicts = لا تعارضات.
app-conflict-help = اختر أي قيمة يأخذها كل حقل بالخط العريض، أو احتفظ بنسخة واحدة كاملة.
app-this-file = هذا الملف
app-other-file = الملف الآخر
app-version-heading =
    { $whose }
    بواسطة { $by }
    { $when }
app-version-heading-deletes =
    { $whose }
    بواسطة { $by }
    { $when }
    تحذف السجل
app-keep-version = الاحتفاظ بنسخة { $whose }
app-keep-version-by = الاحتفاظ بنسخة { $whose } بواسطة { $by }، { $when }
app-version-id = النسخة { $version }
app-resolve-choices = الحل بهذه الاختيارات
app-conflict-delete-note = النسخة المعلّمة بالحذف تزيل السجل إن احتُفظ بها؛ لا حقول لها تعطيها.
app-deleted-version = محذوفة
app-take-from = خذ { $field } من { $whose }: { $by }، { $when }
app-field-geom = الشكل الهندسي
app-geom-point = نقطة { $lon }، { $lat }
app-geom-area = { $area }، رؤوس: { $vertices }، حول { $lon }، { $lat }
app-geom-other = شكل هندسي من نوع آخر
app-sync-read-only = لا يمكن إلا قراءة هذا الملف: لا يمكنه استقبال تغييرات المركز.
app-sync-give-address = أدخل عنوان المركز: postgresql://USER@HOST:PORT/DATABASE
app-sync-not-kept = لم يُحفظ عنوان المركز: { $why }
app-sync-title = المزامنة مع المركز
app-sync-help = يرسل تغييرات هذا الحاسوب إلى المركز الوطني ويعيد تغييرات الآخرين. اعمل دون اتصال كالمعتاد، وزامن عند توفر الاتصال.
app-sync-address = عنوان المركز
app-sync-password = كلمة المرور (لا تُحفظ أبداً)
app-sync-password-hint = فارغة: PGPASSWORD أو ~/.pgpass
app-syncing = جارٍ المزامنة…
app-sync = مزامنة
app-exchange-title = الاستيراد والتصدير
app-exchange-file = الملف
app-exchange-choose = اختر ملفاً للاستيراد…
app-exchange-save-as = حفظ باسم…
app-exchange-preview = معاينة على الخريطة
app-exchange-import = استيراد
app-exchange-reading = جارٍ قراءة الملف…
app-exchange-preview-stale = تغيّر الملف أو الاختيارات منذ المعاينة: عاين مجدداً.
app-exchange-export = تصدير
app-exchange-export-hint = GeoJSON، أو GPX أو KML أو ملفات shapefile حسب امتداد الملف (.gpx، .kml، .shp)
app-report-from = التقرير من
app-report-from-hint = قبل 12 شهراً
app-report-to = إلى
app-report-to-hint = اليوم
app-report-write = كتابة التقرير
app-report-write-hint = HTML أو Markdown (.md) أو CSV أو JSON حسب امتداد الملف
app-report-open = فتح التقرير
app-writing = جارٍ الكتابة…
app-import-saved-choices = الاختيارات المحفوظة
app-import-kindless = المعالم التي لا نوع لها تُعدّ
app-import-refused = (مرفوضة)
app-import-fill = املأ الحقول الناقصة في المعالم (FIELD=VALUE، بينها فاصلة)
app-import-columns = أعمدة تُقرأ كحقول (COLUMN=FIELD، بينها فاصلة؛ COLUMN=geometry)
app-import-skip-invalid = استورد المعالم الصالحة واسرد الأخرى
app-import-repair = أصلح الحدود غير الصالحة (كل إصلاح مسرود)
app-import-accept-repairs = اقبل الإصلاحات التي تغيّر المساحة بأكثر من 1 %
app-gps-title = جهاز استقبال GPS
app-gps-disconnect = قطع الاتصال
app-gps-connect = اتصال
app-gps-connected = متصل بـ { $source }
app-gps-fixes-to-average = عدد القراءات للمتوسط
app-gps-averaging = جارٍ حساب متوسط { $count } قراءة… أبقِ الجهاز ثابتاً
app-gps-use-position = استخدام الموقع
app-gps-serial = منفذ تسلسلي
app-gps-replay = سجل مسجَّل
app-gps-port = المنفذ
app-gps-gpsd-address = عنوان gpsd
app-gps-log-file = ملف سجل NMEA
app-gps-baud = معدل الباود
app-gps-live = مباشر: { $at } (lon,lat)
app-gps-fix = التثبيت: { $quality }، الأقمار: { $satellites }، HDOP { $hdop }
app-gps-waiting = بانتظار تثبيت الموقع…
app-gps-counts = القراءات: { $total }؛ تجاوز { $bad } بمجموع تحقق خاطئ، و{ $nofix } دون تثبيت
app-gps-averaging-short = جارٍ حساب المتوسط…
app-gps-average-next = متوسط القراءات التالية
app-gps-use-averaged = استخدام موقع GPS (القراءات: { $count }، التشتت { $spread } م)
app-gps-averaged = الموقع المتوسط
app-gps-at = { $at } (lon,lat)
app-gps-spread = التشتت: { $max } م على الأكثر، { $rms } م RMS
app-gps-at-least = { $n } على الأقل
app-gps-mean = { $n } في المتوسط
app-gps-averaged-from = متوسط { $count } قراءة، { $quality } أو أفضل؛ الأقمار { $satellites }؛ HDOP { $hdop }
app-traverse-benchmark = النقطة المرجعية *
app-traverse-benchmark-hint = lon,lat أو UTM أو MGRS أو DMS
app-traverse-bearings-from = الاتجاهات من
app-traverse-wmm = النموذج المغناطيسي العالمي
app-traverse-leg-to = الضلع إلى
app-traverse-leg-kind = الضلع { $n }: النقطة التي يصل إليها
app-traverse-leg-bearing = اتجاه الضلع { $n }
app-traverse-leg-distance = طول الضلع { $n }
app-traverse-remove-leg = احذف هذا الضلع
app-traverse-add-leg = إضافة ضلع
app-traverse-paste = الصق صفوفاً من جدول بيانات (النوع، الاتجاه، المسافة)
app-traverse-read-pasted = قراءة الصفوف الملصقة
app-traverse-adjust = التعديل بقاعدة البوصلة (مسجَّل)
app-traverse-accept = قبول خطأ إغلاق أسوأ من المسموح (مسجَّل)
app-traverse-area = المساحة { $area } م²، المحيط { $perimeter } م
app-traverse-closure = خطأ الإغلاق { $error } م ({ $ratio })
app-traverse-closure-worse = { $closure }: أسوأ من حد البرنامج 1:{ $tolerance }. راجع الأضلاع، أو اقبله أو عدّله.
app-traverse-declination = الانحراف { $degrees }° شرقاً
app-traverse-adjusted = عُدّل: تحركت النقاط حتى { $most } م؛ المساحة { $area } م²

## errors: the reasons a record or a file is refused

err-field-error = { $field } { $value }: { $reason }
err-field-error-no-value = { $field }: { $reason }
err-field-reason-not-a-field = ليس حقلاً من حقول { $kind }
err-field-reason-required = مطلوب
err-field-reason-required-with = مطلوب مع { $given }: الضلع اتجاه ومسافة
err-field-reason-category-required = مطلوب لنوع الذخيرة { $type } غير الموجود في القائمة المرجعية ({ $choices })
err-field-reason-one-of = يجب أن يكون إحدى القيم { $choices }
err-field-reason-after-completed = يقع بعد completed_on { $date }
err-field-reason-not-a-date = ليس تاريخاً مكتوباً بالصيغة YYYY-MM-DD
err-field-reason-no-such-day = ليس تاريخاً في التقويم (لا يوجد يوم كهذا)
err-field-reason-date-out-of-range = خارج السنوات من 1900 إلى 2199
err-field-reason-not-a-uuid = ليس معرّف UUID (مثل 3f2b…-…)
err-field-reason-negative = يجب ألا يكون سالباً
err-field-reason-too-large = كبير جداً
err-field-reason-whole-centimetres = يجب أن يكون عدداً صحيحاً من السنتيمترات
err-field-reason-whole-or-zero = يجب أن يكون عدداً صحيحاً، 0 أو أكثر
err-field-reason-whole = يجب أن يكون عدداً صحيحاً
err-field-reason-at-least-one = يجب ألا يقل عن 1
err-field-reason-not-a-number = ليس رقماً (مثل 12.5)
err-field-reason-bearing = يجب ألا يقل عن 0 وأن يكون أقل من 360
err-field-reason-declination = يجب أن يكون بين -180 و180 درجة
err-field-reason-not-an-area = يجب أن يكون Polygon أو MultiPolygon، لا { $type }
err-field-reason-not-a-point = يجب أن يكون Point، لا { $type }
err-unit-feature = المعلم
err-unit-record = السجل
err-problem-feature-id = { $unit } { $n }{ $name } (المعرّف { $id }): { $message }
err-problem-feature = { $unit } { $n }{ $name }: { $message }
err-problem-file = الملف: { $message }
err-problem-reason-same-id = المعرّف نفسه الذي يحمله { $unit } { $first }
err-problem-reason-conflict = تعارض: في قاعدة البيانات سجل بهذا المعرّف يختلف في { $what }؛ لم يُستبدل
err-problem-reason-deleted = حُذف هذا السجل من قاعدة البيانات في { $at } بواسطة { $by }؛ لم يُستعد (نسخه في `clearfield history`)
err-problem-reason-link-not-imported = { $field } { $id } هو { $unit } { $feature } الذي لم يُستورد
err-problem-reason-no-such-link = { $field } { $id }: لا توجد منطقة خطرة كهذه في الملف ولا في قاعدة البيانات
err-problem-reason-no-such-link-or-release = { $field } { $id }: لا توجد منطقة خطرة ولا عملية تحرير أراضٍ كهذه في الملف ولا في قاعدة البيانات
err-problem-reason-not-an-object = ليس كائن GeoJSON Feature
err-problem-reason-not-a-feature = ليس GeoJSON Feature (قيمة "type" فيه ليست "Feature")
err-problem-reason-properties-not-an-object = "properties" ليس كائناً
err-problem-reason-id-not-a-uuid = المعرّف { $id } ليس UUID
err-problem-reason-unknown-kind = النوع { $kind } ليس أحد الأنواع hazard_area وland_release وordnance_find وsurvey_point وevidence_point
err-problem-reason-kind-not-text = النوع { $kind } ليس نصاً
err-problem-reason-no-kind = لا نوع له (hazard_area أو land_release أو ordnance_find أو survey_point أو evidence_point)؛ حدّده بـ --as
err-problem-reason-bare-geometry = شكل هندسي { $type } مجرد بلا خصائص: حدّد نوعه بـ --as hazard|release|find (وحقوله بـ --set FIELD=VALUE)
err-problem-reason-not-text-or-number = { $field } يجب أن يكون نصاً أو رقماً
err-problem-reason-no-geometry = لا شكل هندسياً له
err-problem-reason-foreign-crs = العنصر crs فيه يسمّي { $name }، لا خطوط الطول والعرض WGS84؛ ملفات GeoJSON (RFC 7946) هي دائماً بخطوط الطول والعرض WGS84: أعد إسقاطه أولاً (ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson)
err-problem-reason-file-crs = العنصر crs في الملف يسمّي { $name }، لا خطوط الطول والعرض WGS84
err-problem-reason-dates-shifted-out = تواريخه بعد إزاحتها بعدد أيام { $days } تخرج عن السنوات من 1900 إلى 2199
err-import-error-rejected = عدد المشاكل: { $count }، لم يُستورد شيء
err-import-error-more = … وعدد آخر: { $more }
err-import-error-file = { $why }؛ لم يُستورد شيء
err-file-error-not-json = ليس JSON: { $detail }
err-file-error-not-geo-json = ليس GeoJSON: { $detail }
err-gpx-error-unreadable = ليس ملف GPX يمكن قراءته: { $detail }
err-gpx-error-write = تتعذّر كتابة GPX: { $detail }
err-gpx-error-open = { $what } مفتوح: آخر نقطة فيه على بعد { $gap } م من أولها؛ يجب أن يكون الحد مغلقاً (استخدم --close-tracks لإغلاقه، وتُذكر الفجوة)
err-kml-error-unreadable = ليس ملف KML يمكن قراءته: { $detail }
err-kml-error-not-kmz = ليس ملف KMZ: { $detail }
err-kobo-error-unreadable = ملف { $what } لا يمكن قراءته: { $why }
err-kobo-error-no-sheet = لا توجد في المصنف ورقة { $name } (فيه { $have })
err-kobo-error-empty = لا إرسالات: لا صفوف في الملف تحت رأسه
err-kobo-error-no-column = --map { $column }=geometry: لا يوجد عمود { $quoted }
err-kobo-error-no-geometry = لا عمود يحمل نقاط ODK الجغرافية أو أشكالها ("lat lon alt acc;…") في كل صف؛ سمِّه بـ --map COLUMN=geometry
err-kobo-error-rows = عدد الصفوف التي تتعذّر قراءتها: { $count }: { $rows }
