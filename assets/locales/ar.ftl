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
