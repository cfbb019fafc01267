# Clearfield: შეტყობინებები ქართულად.
#
# თარგმანი ელოდება შემოწმებას საველე სამუშაოებზე მომუშავე მშობლიური ენის მატარებლების
# მიერ (translation awaiting review by native speakers in the field). ნაღმსაწინააღმდეგო
# ტერმინები IMAS-ის (04.10, 07.11) მიხედვითაა, რამდენადაც მათი ქართული შესატყვისები
# მოიძებნა; ისინი განსაკუთრებით საჭიროებს შემოწმებას.
# შესწორებები: შეცვალეთ ეს ფაილი (ka.ftl) და გამოგზავნეთ (pull request ან ფაილი
# ელფოსტით პროგრამის ინფორმაციის მართვის ოფიცერს); იხ. README, "Languages".
# გასაღებები და ცვლადები ({ $name }) უნდა ემთხვეოდეს en.ftl-ს.
# In English: corrections are welcome; edit this file and send it (a pull request, or the
# file by e-mail to the programme's information management officer); see README, "Languages".

## ტერმინები (IMAS 04.10, 07.11, 08.10, 08.20)

term-hazard-area = საშიში ტერიტორია
term-land-release = მიწის გათავისუფლება
term-sha = სავარაუდოდ საშიში ტერიტორია (SHA)
term-cha = დადასტურებული საშიში ტერიტორია (CHA)
term-nts = არატექნიკური კვლევა
term-ts = ტექნიკური კვლევა
term-cancelled = გაუქმებული
term-reduced = შემცირებული
term-cleared = გაწმენდილი

## ერთეულები, რიცხვები და თარიღები

unit-m2 = მ²
unit-km2 = კმ²
unit-ha = ჰა
unit-m = მ
area = { $number } { $unit }
rate-per-day = { $rate } მ²/დღე
date = { $day } { $month } { $year }
month-1 = იანვარი
month-2 = თებერვალი
month-3 = მარტი
month-4 = აპრილი
month-5 = მაისი
month-6 = ივნისი
month-7 = ივლისი
month-8 = აგვისტო
month-9 = სექტემბერი
month-10 = ოქტომბერი
month-11 = ნოემბერი
month-12 = დეკემბერი

## clearfield status

status-title = მდგომარეობა, { $date } ({ $file })
status-hazard-area = საშიში ტერიტორია
status-remaining = დარჩენილი
status-released = გათავისუფლებული
status-cancelled = გაუქმებული (არატექნ.)
status-reduced = შემცირებული (ტექნ.)
status-cleared = გაწმენდილი
status-hazard-areas = აღრიცხული საშიში ტერიტ.
status-land-releases = მიწის გათავისუფლებები
status-ordnance-finds = აღმოჩენები
# ქართულში რიცხვის შემდეგ არსებითი სახელი მხოლობით რიცხვშია.
status-items = ({ $count } ერთეული)
status-region = რეგიონი
status-areas = ტერიტ.
status-hazard-m2 = საშიში მ²
status-remaining-m2 = დარჩენილი მ²
status-no-region = (არ არის)
status-hazard-id = საშიში ტერიტორია
status-name = სახელწოდება
status-area-m2 = ფართობი მ²
status-overlap = (თითოეული საშიში ტერიტორიის საკუთარი მაჩვენებლები; სადაც ტერიტორიები ერთმანეთს ფარავს, მიწა თითოეულ სტრიქონშია)
warning-left-out = გაფრთხილება: გამოტოვებულია, ჩანაწერი არასწორია: { $what }

## პროგნოზის მთავარი წინადადება

headline-no-data = მონაცემები ჯერ არ არის: შეიტანეთ ან შემოიტანეთ საშიში ტერიტორიები, რომ ნახოთ, რა რჩება და როდის დასრულდება გაწმენდა.
headline-all-released = { $date }-ისთვის დაბინძურებული მიწა აღარ რჩება: ყველა აღრიცხული საშიში ტერიტორია გათავისუფლებულია.
# $window-ს მოსდევს "განმავლობაში": "ბოლო 12 თვის განმავლობაში".
window-year = ბოლო 12 თვის
window-days = ბოლო { $days } დღის
pace-quiet = { $window } განმავლობაში არც გათავისუფლება და არც ახალი დაბინძურება არ აღრიცხულა
pace-no-releases = { $window } განმავლობაში გათავისუფლება არ აღრიცხულა, ახალი დაბინძურება კი { $new } ტემპით მატულობდა
pace-no-new = { $window } განმავლობაში გათავისუფლების ტემპი იყო { $released }, ახალი დაბინძურება არ აღრიცხულა
pace-outran = { $window } განმავლობაში ახალმა დაბინძურებამ ({ $new }) გაუსწრო გათავისუფლებას ({ $released })
pace-outpaced = { $window } განმავლობაში გათავისუფლებამ ({ $released }) გაუსწრო ახალ დაბინძურებას ({ $new })
completion-ends = ამ ტემპით გაწმენდა დასრულდება { $date }
completion-never = ამ ტემპით გაწმენდა არ დასრულდება
headline-missed = ვადა ({ $deadline }) გაცდენილია: რჩება { $remaining }; { $pace }.
headline-on-track = ვადა ({ $deadline }) დაცული იქნება: რჩება { $remaining }, { $completion }; { $pace }.
headline-not-on-track = ვადა ({ $deadline }) არ იქნება დაცული: რჩება { $remaining }, { $completion }{ $needed }; { $pace }.
needed-pace = , ხოლო მის დასაცავად საჭიროა { $rate }
headline-no-deadline = რჩება { $remaining }; { $completion }; { $pace }.

## პროგნოზი მარტივი სიტყვებით: თითოეული წინადადება ცალკე, ერთმანეთს ჰარით უერთდება

statement-none-remains = { $date }-ისთვის დაბინძურებული მიწა აღარ რჩება.
statement-fell = დარჩენილია { $date }-ისთვის: { $km2 } კმ². ბოლო { $days } დღის განმავლობაში დარჩენილი ფართობი წმინდად მცირდებოდა დღეში { $net } მ²-ით (გათავისუფლდა დღეში { $released } მ², ახალი დაბინძურება აღირიცხა დღეში { $new } მ²).
statement-grew = დარჩენილია { $date }-ისთვის: { $km2 } კმ². ბოლო { $days } დღის განმავლობაში დარჩენილი ფართობი წმინდად იზრდებოდა დღეში { $net } მ²-ით (გათავისუფლდა დღეში { $released } მ², ახალი დაბინძურება აღირიცხა დღეში { $new } მ²).
statement-complete = ამ ტემპით გაწმენდა დასრულდება { $date } (80 %-იანი ინტერვალი: { $low } – { $high }).
statement-complete-no-latest = ამ ტემპით გაწმენდა დასრულდება { $date } (80 %-იანი ინტერვალი: { $low }-დან, ბოლო თარიღის გარეშე: დიაპაზონის ნელ ბოლოზე გაწმენდა არ სრულდება).
statement-complete-no-interval = ამ ტემპით გაწმენდა დასრულდება { $date }.
statement-century = ამ ტემპით გაწმენდას საუკუნეზე მეტი დასჭირდება.
statement-never = ამ ტემპით გაწმენდა არასოდეს დასრულდება: ახალი დაბინძურება ისევე სწრაფად ან უფრო სწრაფად აღირიცხება, ვიდრე მიწა თავისუფლდება.
statement-on-track = მე-4 მუხლის ვადა ({ $date }) დაცული იქნება.
statement-needs-ratio = მე-4 მუხლის ვადა ({ $date }) ამ ტემპით არ იქნება დაცული: საჭიროა დღეში { $rate } მ², მიმდინარე ტემპზე { $ratio }-ჯერ მეტი.
statement-needs = მე-4 მუხლის ვადა ({ $date }) ამ ტემპით არ იქნება დაცული: საჭიროა დღეში { $rate } მ².
statement-passed = მე-4 მუხლის ვადა ({ $date }) გავიდა, დაბინძურებული მიწა კი ჯერ კიდევ რჩება.

## clearfield report (Markdown და HTML; CSV და JSON ინგლისურად რჩება)

report-title = { $programme }: პროგრესის ანგარიში, { $from } – { $to }
report-programme = გაწმენდის პროგრამა
report-land = მიწა
report-remaining-start = დარჩენილი პერიოდის დასაწყისში ({ $date })
report-remaining-end = დარჩენილი პერიოდის ბოლოს ({ $date })
report-hazard-added = პერიოდში დამატებული საშიში ფართობი
report-released-by = პერიოდში გათავისუფლებული: { $method }
report-method-cancelled = გაუქმებული (არატექნიკური კვლევა)
report-method-reduced = შემცირებული (ტექნიკური კვლევა)
report-method-cleared = გაწმენდილი
report-released-total = პერიოდში გათავისუფლებული: სულ
# ქართულში რიცხვის შემდეგ არსებითი სახელი მხოლობით რიცხვშია.
report-recorded = პერიოდში აღირიცხა { $hazards } საშიში ტერიტორია და დასრულდა { $releases } გათავისუფლება.
report-finds = აღმოჩენები
report-col-ordnance-type = საბრძოლო მასალის ტიპი
report-col-category = კატეგორია
report-col-disposal = განკარგვა
report-col-finds = აღმოჩენები
report-col-items = ერთეული
report-teams = ჯგუფები
report-col-team = ჯგუფი
report-col-releases = გათავისუფლებები
report-col-released-m2 = გათავისუფლებული მიწა, მ²
report-credit = გათავისუფლებული მიწა ეთვლება უადრეს გათავისუფლებას, რომელმაც ის გაათავისუფლა, { $date }-ის მდგომარეობით.
report-estimate = დასრულების პროგნოზი
report-completion = დასრულება
report-interval = 80 %-იანი ინტერვალი
report-interval-range = { $low } – { $high }
report-deadline = მე-4 მუხლის ვადა
report-on-track = ვადაში
report-pace-needed = საჭირო ტემპი
report-per-day = დღეში { $rate } მ²
report-none-at-this-pace = ამ ტემპით არ არის
report-interval-open = { $low }-დან, ბოლო თარიღის გარეშე
report-interval-none = არ არის
report-not-set = არ არის დადგენილი
report-yes = დიახ
report-no = არა
report-no-deadline = ვადა არ არის დადგენილი
report-article7 = მე-7 მუხლის შეჯამება
report-a7-remaining = დარჩენილი დაბინძურებული ფართობი, { $date }, კმ²
report-a7-released = გათავისუფლებული ფართობი, { $from } – { $to }, კმ²
report-a7-cancelled = მათ შორის გაუქმებული, კმ²
report-a7-reduced = მათ შორის შემცირებული, კმ²
report-a7-cleared = მათ შორის გაწმენდილი, კმ²
report-a7-submunitions = განადგურებული ქვეჭურვები
report-left-out = გამოტოვებულია მაჩვენებლებიდან, ჩანაწერი არასწორია: { $what }
report-not-recorded = არ არის მითითებული
report-chart = დარჩენილი ფართობი დროში
report-chart-label = დარჩენილი დაბინძურებული ფართობი დროში, კმ²
report-chart-axis = დარჩენილი, კმ²
report-chart-deadline = მე-4 მუხლის ვადა: { $date }
report-chart-legend = წითელი: დარჩენილი ფართობი · წყვეტილი: პროგნოზი ბოლო { $days } დღის ტემპით · წერტილოვანი: 80 %-იანი ინტერვალი · დაჩრდილული: საანგარიშო პერიოდი

## clearfield --help (თარგმანი ელოდება მშობლიური ენის მცოდნეთა შემოწმებას)
help-usage = გამოყენება
help-options = პარამეტრები
help-arguments = არგუმენტები
help-commands = ბრძანებები
help-arg-help = დახმარების ჩვენება
help-cmd = ავტონომიური საველე მონაცემთა ბაზა კასეტური საბრძოლო მასალისა და სხვა ასაფეთქებელი საგნების გაწმენდისთვის
help-arg-db = მონაცემთა ბაზის ფაილი (GeoPackage) [ნაგულისხმევი: მომხმარებლის მონაცემთა ფაილი]
help-arg-user = ვინ ცვლის, ცვლილებების ჟურნალისთვის [ნაგულისხმევი: შესვლის სახელი]
help-arg-lang = შეტყობინებების ენა: en, ar, ka ან ru [ნაგულისხმევი: LC_ALL, LC_MESSAGES ან LANG, სხვა შემთხვევაში ინგლისური]. JSON გამონატანი ყველა ენაზე ერთნაირია
help-cmd-init = მონაცემთა ბაზის ფაილის შექმნა
help-cmd-add = ჩანაწერის დამატება
help-cmd-add-hazard = საშიში ტერიტორიის დამატება (SHA ან CHA)
help-cmd-add-release = გაუქმებული, შემცირებული ან გაწმენდილი მიწის დამატება
help-cmd-add-find = საბრძოლო მასალის აღმოჩენის დამატება
help-cmd-add-survey = საშიში ტერიტორიის ან გათავისუფლებული მიწის აგეგმვის წერტილის დამატება (რეპერი, საყრდენი, საწყისი, მობრუნების, შუალედური, ბოლო)
help-cmd-add-evidence = მტკიცებულების წერტილის დამატება (დარტყმის ადგილი, ნანახი საგანი, უბედური შემთხვევა, მოწმის ჩვენება)
help-cmd-edit = ჩანაწერის ველების ან გეომეტრიის შეცვლა (ცარიელი მნიშვნელობა ველს ასუფთავებს)
help-cmd-list = ჩანაწერების სია
help-cmd-show = ერთი ჩანაწერის ჩვენება ყველა ველით
help-cmd-history = ჩანაწერის ყველა ვერსიის ჩვენება ცვლილებების ჟურნალიდან
help-cmd-delete = ჩანაწერის წაშლა (მისი ვერსიები ცვლილებების ჟურნალში რჩება)
help-cmd-attach = JPEG ან PNG ფოტოების მიმაგრება ჩანაწერზე (ყველა ან არცერთი)
help-cmd-photos = ჩანაწერის ფოტოები: id, ფაილი, ზომა, ტიპი, გადაღების თარიღი და ადგილი (EXIF)
help-cmd-detach = ფოტოს მოხსნა ჩანაწერიდან (ფოტო ფაილსა და ისტორიაში რჩება)
help-cmd-check = ფაილის შემოწმება: მთლიანობა, GeoPackage-ის წესები, ყოველი ჩანაწერის მნიშვნელობები და გეომეტრია
help-cmd-types = საბრძოლო მასალის ტიპების ცნობარი
help-cmd-status = საშიში ფართობი, დარჩენილი ფართობი და გათავისუფლებული მიწა თარიღისთვის
help-cmd-import = GeoJSON, GPX, KML/KMZ ან shapefile-ის იმპორტი: ყველა ობიექტი ან არაფერი, ყველა პრობლემის ჩამონათვალით
help-cmd-export = ჩანაწერების ექსპორტი GeoJSON-ად (RFC 7946), GPX-ად (GPS-ისთვის), KML-ად (Google Earth-ისთვის) ან shapefile-ებად (თითო სახეობაზე)
help-cmd-merge = სხვა ფაილის ყველა ჩანაწერისა და ყველა ვერსიის გადმოტანა ამ ფაილში, UUID-ით
help-cmd-conflicts = ორ ფაილში შეცვლილი ჩანაწერები: ვისია თითოეული ვერსია და რომელი ველები განსხვავდება
help-cmd-resolve = კონფლიქტის გადაწყვეტა: ერთი ვერსიის დატოვება, ან ერთი ვერსიის სხვების ველებით
help-cmd-hub = ეროვნული კვანძი PostgreSQL/PostGIS-ზე, რომლის გავლითაც ფაილები სინქრონიზდება
help-cmd-hub-init = კვანძის ცხრილების შექმნა PostgreSQL-ის ბაზაში PostGIS-ით, ან მათი განახლება ამ ვერსიამდე (მიმდინარე კვანძი უცვლელი რჩება)
help-cmd-hub-settings = კვანძზე პროგრამის პარამეტრების ჩვენება ან დაყენება: ყველა ლეპტოპი მათ შემდეგ სინქრონიზაციაზე მიიღებს (ლეპტოპი საკუთარს მხოლოდ მაშინ აგზავნის, როცა კვანძს ისინი არ აქვს)
help-cmd-sync = ამ ფაილის ვერსიების გაგზავნა კვანძზე და კვანძის ვერსიების მიღება, შერწყმის წესით ორივე მხარეს (იგივე ჩანაწერები და კონფლიქტები)
help-cmd-backup = მონაცემთა ბაზის ასლის შექმნა ახალ ფაილში, უსაფრთხოდ, აპლიკაციის გახსნილ მდგომარეობაშიც
help-cmd-restore = მონაცემთა ბაზის ჩანაცვლება სარეზერვო ასლით (ჯერ შემოწმებული; მიმდინარე ფაილი გვერდით ინახება)
help-cmd-estimate = როდის დასრულდება გაწმენდა ბოლო დროის ტემპით, მე-4 მუხლის ვადასთან შედარებით
help-cmd-report = პერიოდის ანგარიში: მიწა, აღმოჩენები, ჯგუფები, პროგნოზი, მე-7 მუხლის შეჯამება
help-cmd-settings = პროგრამის სახელისა და მე-4 მუხლის ვადის ჩვენება ან დაყენება
help-cmd-generate = სინთეტიკური პროგრამის (სამხრეთ ლიბანი) ჩაწერა ახალ ფაილში, აპლიკაციის გამოსაცდელად და სიჩქარის გასაზომად
help-cmd-gps = მდებარეობა GPS მიმღებიდან (სერიული პორტი, gpsd ან ჩაწერილი NMEA ჟურნალი), რამდენიმე ათვლით გასაშუალოებული
help-cmd-traverse = საშიში ტერიტორიის პერიმეტრი რეპერიდან სვლების ცხრილით (აზიმუტი, მანძილი): წერტილები, ფართობი, პერიმეტრი და აცდენა, ნაჩვენები და არა შენახული
help-arg-status-as_of = თარიღი, წწწწ-თთ-დდ [ნაგულისხმევი: დღეს]
help-arg-status-json = ერთი JSON ობიექტის გამოტანა
help-arg-status-by = დაშლა საშიშ ტერიტორიებად ან რეგიონებად
help-arg-export-file = ჩასაწერი ფაილი (GeoJSON, GPX, KML ან shapefile გაფართოების მიხედვით), ან - სტანდარტული გამოსავლისთვის; .shp-ით დამთავრებული სახელი shapefile-ებს გვერდით წერს, თითო სახეობაზე: NAME_hazard_area.shp, NAME_ordnance_find.shp…
help-arg-export-format = ფორმატი: geojson, gpx (აღმოჩენები, მტკიცებულებისა და აგეგმვის წერტილები როგორც გზის წერტილები, ჯერ კიდევ დაბინძურებული მიწა როგორც მარშრუტები), kml (Google Earth-ისთვის) ან shp (ESRI Shapefile, ArcGIS-ისთვის) [ნაგულისხმევი: ფაილის გაფართოებით, სხვა შემთხვევაში geojson]
help-arg-export-kind = მხოლოდ ეს სახეობა (შეიძლება გამეორება) [ნაგულისხმევი: ყველა]
help-arg-export-as_of = მხოლოდ ამ თარიღამდე კვლეული, დასრულებული ან აღმოჩენილი ჩანაწერები (GPX: ამ თარიღისთვის ჯერ კიდევ დაბინძურებული მიწა) [ნაგულისხმევი: დღეს]
help-arg-hub-init-url = postgresql://USER@HOST:PORT/DATABASE[?sslmode=…]; პაროლი URL-იდან, PGPASSWORD-იდან ან ~/.pgpass-იდან, არასდროს ინახება
help-arg-hub-settings-url = postgresql://USER@HOST:PORT/DATABASE[?sslmode=…]; პაროლი URL-იდან, PGPASSWORD-იდან ან ~/.pgpass-იდან, არასდროს ინახება
help-arg-hub-settings-name = პროგრამის სახელი, ანგარიშებისთვის
help-arg-hub-settings-deadline = მე-4 მუხლის ვადა, წწწწ-თთ-დდ
help-arg-hub-settings-closure_tolerance = აცდენა, რომელსაც სვლა უნდა მიაღწიოს, რომ --accept-closure-ის გარეშე შეინახოს: N, 1:N-დან (100 ან 1:100) [ნაგულისხმევი: 1:100]
help-arg-sync-url = postgresql://USER@HOST:PORT/DATABASE[?sslmode=…]; პაროლი URL-იდან, PGPASSWORD-იდან ან ~/.pgpass-იდან, არასდროს ინახება
help-arg-sync-all = ორივე მხარის ყველა ვერსიის შედარება, არა მხოლოდ ბოლო სინქრონიზაციის შემდეგის (კვანძის სარეზერვო ასლიდან აღდგენის შემდეგ)
help-arg-estimate-as_of = თარიღი, წწწწ-თთ-დდ [ნაგულისხმევი: დღეს]
help-arg-estimate-window_days = ისტორიის რამდენ დღეზე იზომება ტემპი (30-დან 3650-მდე)
help-arg-estimate-json = ერთი JSON ობიექტის გამოტანა
help-arg-report-from = პირველი დღე, წწწწ-თთ-დდ
help-arg-report-to = ბოლო დღე, წწწწ-თთ-დდ
help-arg-report-format = md, csv, json ან html [ნაგულისხმევი: -o ფაილის გაფართოებით, სხვა შემთხვევაში md]
help-arg-report-output = ჩაწერა FILE-ში ეკრანის ნაცვლად
help-arg-report-window_days = ისტორიის რამდენ დღეზე იზომება პროგნოზის ტემპი
help-arg-settings-name = პროგრამის სახელი, ანგარიშებისთვის
help-arg-settings-deadline = მე-4 მუხლის ვადა, წწწწ-თთ-დდ
help-arg-settings-closure_tolerance = აცდენა, რომელსაც სვლა უნდა მიაღწიოს, რომ --accept-closure-ის გარეშე შეინახოს: N, 1:N-დან (100 ან 1:100) [ნაგულისხმევი: 1:100]

## ბრძანების სტრიქონის ერთსტრიქონიანი შედეგები და შეცდომები
# ქართულში რიცხვის შემდეგ არსებითი სახელი მხოლობით რიცხვშია: მრავლობითის ფორმები არ სჭირდება.

kind-hazard-area = საშიში ტერიტორია
kind-land-release = მიწის გათავისუფლება
kind-ordnance-find = საბრძოლო მასალის აღმოჩენა
kind-survey-point = კვლევის წერტილი
kind-evidence-point = მტკიცებულების წერტილი
count-hazard-area = { $count } საშიში ტერიტორია
count-land-release = { $count } მიწის გათავისუფლება
count-ordnance-find = { $count } აღმოჩენა
count-survey-point = { $count } კვლევის წერტილი
count-evidence-point = { $count } მტკიცებულების წერტილი
summary-hazard = { $classification } { $name }  კვლევა { $date }  { $area } მ²
summary-release = { $method }  დასრულდა { $date }  { $area } მ²
summary-team = ჯგუფი { $team }
summary-find = { $quantity } × { $type }  ნაპოვნია { $date }  წერტილში { $lon }, { $lat }
summary-survey = { $type } №{ $sequence }, ტერიტორია { $hazard }{ $leg }  წერტილში { $lon }, { $lat }
summary-leg = სვლა { $bearing }° { $reference } { $distance } მ
summary-evidence = { $type }  ჩაწერილია { $date }  წერტილში { $lon }, { $lat }
cli-added = დაემატა: { $kind } { $id }{ $summary }
cli-with-survey-points = { $count } კვლევის წერტილით (რეპერი და სვლები); { $closure }
cli-changed = შეიცვალა: { $kind } { $id }{ $summary }
cli-corrected = გასწორდა: { $kind } { $id }{ $summary }
cli-no-change = { $kind } { $id }: ცვლილება არ არის
cli-deleted = წაიშალა: { $kind } { $id } (ინახება ცვლილებების ჟურნალში: `clearfield history { $id }`)
cli-not-added = არ დაემატა: { $kind }: { $problems }
cli-not-changed = არ შეიცვალა: { $kind } { $id }: { $problems }
cli-not-changed-stored = არ შეიცვალა: { $kind } { $id } (შენახული სახით არასწორია): { $problems }
cli-nothing-to-change = შესაცვლელი არაფერია: მიუთითეთ --FIELD VALUE ან --geometry (იხ. `clearfield edit --help`)
cli-upgraded = { $file } განახლდა სქემის ვერსიიდან { $from } ვერსიამდე { $to }
settings-name = პროგრამის სახელი
settings-deadline = მე-4 მუხლის ვადა
settings-tolerance = აცდენის დასაშვები ზღვარი
settings-not-set = (არ არის მითითებული)
settings-default = (ნაგულისხმევი)
cli-hub-ready = { $hub }: { $schema } სქემის კვანძი მზადაა (კვანძი { $id })
cli-hub-current = { $hub }: უკვე { $schema } სქემის კვანძია (კვანძი { $id }); არაფერი შეცვლილა
cli-no-conflicts = კონფლიქტები არ არის
cli-resolve-with = გადასაწყვეტად: clearfield resolve ID --keep mine|theirs|VERSION [--take FIELD=mine|theirs|VERSION]…
cli-resolved = { $id } გადაწყდა: ახალი ვერსია { $version }
cli-no-photos = { $id }-ზე ფოტოები არ არის მიმაგრებული
list-heading-hazard_area = საშიში ტერიტორიები ({ $count }):
list-heading-land_release = მიწის გათავისუფლებები ({ $count }):
list-heading-ordnance_find = საბრძოლო მასალის აღმოჩენები ({ $count }):
list-heading-survey_point = აგეგმვის წერტილები ({ $count }):
list-heading-evidence_point = მტკიცებულების წერტილები ({ $count }):
list-not-valid = არასწორია: { $problem }
list-problems = არასწორი სტრიქონები: { $count }; ისინი არცერთ მაჩვენებელში არ ითვლება; `clearfield check` იტყვის რატომ, `clearfield edit ID` ასწორებს, `clearfield delete ID` შლის
gps-position = მდებარეობა: { $lonlat } (გრძედი,განედი WGS84)
gps-utm = UTM: { $utm }
gps-mgrs = MGRS: { $mgrs }
gps-altitude = სიმაღლე: { $metres } მ ზღვის საშუალო დონიდან
gps-spread = გაბნევა: არაუმეტეს { $max } მ, { $rms } მ საშუალო კვადრატული საშუალოდან
gps-fixes = გასაშუალოებული ათვლები: { $count }, ხარისხი { $quality } ან უკეთესი
gps-fixes-short = გასაშუალოებული ათვლები: { $count } (მოთხოვნილი { $wanted }-დან; ჟურნალი დასრულდა), ხარისხი { $quality } ან უკეთესი
gps-satellites = თანამგზავრები: არანაკლებ { $count }
gps-hdop = HDOP: { $hdop } საშუალოდ
gps-passed-over = გამოტოვებული: არასწორი საკონტროლო ჯამით { $bad }, GGA ამოხსნის გარეშე { $nofix }, წაუკითხავი { $unreadable }
traverse-benchmark = რეპერი
traverse-area = ფართობი
traverse-perimeter = პერიმეტრი
traverse-closure = აცდენა
traverse-bearings = აზიმუტები
traverse-declination = დახრილობა
traverse-grid = ბადე
traverse-col-kind = სახეობა
traverse-col-lon = გრძედი
traverse-col-lat = განედი
traverse-col-bearing = ნამდვ. აზიმუტი
traverse-col-distance = მანძილი
traverse-closes-exactly = 1:∞ (ზუსტად იკვრება)
traverse-given = მოცემული
traverse-wmm = მსოფლიო მაგნიტური მოდელი რეპერთან, { $date }, ±{ $uncertainty }°
traverse-caution = ; სიფრთხილის ზონა მაგნიტურ პოლუსთან: კომპასი შეიძლება ცდებოდეს
traverse-utm-zone = UTM ზონა { $zone }
traverse-warning = გაფრთხილება: აცდენა { $ratio } უარესია, ვიდრე 1:{ $tolerance }; შეამოწმეთ სვლები ამ პერიმეტრის გამოყენებამდე
traverse-adjusted = გათანაბრებულია კომპასის (ბოუდიჩის) წესით:
traverse-moved = გადაადგილდა { $metres } მ
traverse-adjusted-area = გათანაბრებული ფართობი { $area } მ²
cli-created = შეიქმნა { $file }
cli-already = { $file } უკვე Clearfield-ის მონაცემთა ბაზაა (სქემის ვერსია { $version }){ $upgraded }; სხვა არაფერი შეცვლილა
cli-already-upgraded = , განახლდა სქემის ვერსიიდან { $from }
cli-checked = შემოწმდა { $file }: { $counts }
check-integrity = მთლიანობა: { $problem }
check-link = კავშირი: { $problem }
check-geopackage = GeoPackage: { $problem }
check-schema = სქემა: { $problem }
check-record = ჩანაწერი: { $problem }
cli-more-all = … და კიდევ { $count } (--all-problems ყველას ჩამოთვლის)
cli-more = … და კიდევ { $count }
cli-no-problems = პრობლემები არ მოიძებნა
cli-problems-found = მოიძებნა { $count } პრობლემა; არაფერი შეცვლილა
cli-backed-up = { $file }-ის სარეზერვო ასლი ჩაიწერა: { $backup }
cli-restored = { $file } აღდგა { $backup }-დან; ფაილი წინა სახით შენახულია როგორც { $kept }
cli-imported = { $file }-დან შემოტანილია { $counts }; უკვე არსებობდა უცვლელად: { $unchanged }
cli-imported-updated = ; განახლდა: { $count }
cli-imported-kept-deleted = ; აქ წაშლილი და უკან არ დაბრუნებული: { $count } (იხ. `clearfield history`)
cli-import-problems = { $file }: { $count } პრობლემა, არაფერი შემოტანილა
cli-import-refused = { $file }: { $why }; არაფერი შემოტანილა
cli-cannot-import = ვერ ხერხდება { $file }-ის შემოტანა
cli-skipped = გამოტოვებულია { $count } ობიექტი:
cli-repaired = გასწორდა { $count } საზღვარი:
cli-repairs-listed = გასწორებები ჩამოთვლილია ფაილში { $file }
cli-repairs-not-written = შემოტანილია, მაგრამ გასწორებების სია ვერ ჩაიწერა { $file }-ის გვერდით
cli-saved-profile = შენახულია შემოტანის პროფილი { $name } (გამოიყენეთ --profile { $name })
cli-repair-tolerance = --repair-tolerance { $value }: მიუთითეთ პროცენტი 0-დან 100-მდე
cli-tracks-as = --tracks-as { $kind }: ტრეკები საზღვრებია: hazard ან release
cli-map-geometry = --map { $column }=geometry: { $file } არის { $format }; გეომეტრიის სვეტი CSV და XLSX ფორმების ექსპორტისთვისაა
cli-sheet-not-xlsx = --sheet { $sheet }: { $file } არის { $format } და არა XLSX
cli-exported = ექსპორტირებულია { $counts } ფაილში { $file }
cli-exported-routes = ექსპორტირებულია { $counts } ფაილში { $file }, { $routes } მარშრუტად
cli-exported-nothing = ექსპორტირებულია { $counts }; ფაილი არ შექმნილა (ექსპორტისთვის არაფერია)
cli-wrote-photos = { $count } ფოტო ჩაიწერა საქაღალდეში { $folder }
cli-cannot-write-export = ვერ ხერხდება { $file }-ის ჩაწერა; არაფერი ჩაწერილა
cli-shapefile-stdout = shapefile რამდენიმე ფაილია: მიუთითეთ სახელი (NAME.shp) და არა -
cli-merged = გაერთიანდა { $file }: მიღებულია { $versions }; დაემატა { $records }, შეიცვალა { $changed }, წაიშალა { $deleted }; კონფლიქტშია { $conflicts }
cli-would-merge = გაერთიანდებოდა { $file }: მიიღებოდა { $versions }; დაემატებოდა { $records }, შეიცვლებოდა { $changed }, წაიშლებოდა { $deleted }; კონფლიქტში იქნებოდა { $conflicts }
count-versions = { $count } ვერსია
count-records = { $count } ჩანაწერი
merge-add = დამატება: { $kind }{ $name } { $id }
merge-change = შეცვლა: { $kind }{ $name } { $id }
merge-delete = წაშლა: { $kind }{ $name } { $id }
merge-conflict-on = კონფლიქტი: { $kind }{ $name } { $id }
cli-photos-received = ფოტოები: მიღებულია { $photos }, მიმაგრება და მოხსნა მიღებულია { $changes }
cli-conflict = კონფლიქტი: { $kind } { $id } (იხ. `clearfield conflicts`)
cli-dry-run = საცდელი გაშვება: არაფერი შეცვლილა
cli-synced = სინქრონიზებულია { $hub }-თან: გაიგზავნა { $sent }, მიღებულია { $received }; დაემატა { $records }, შეიცვალა { $changed }, აქ წაიშალა { $deleted }; კონფლიქტშია { $conflicts }
cli-wrote = ჩაიწერა { $file }
cli-report-is-database = { $file }: ეს თავად მონაცემთა ბაზაა (ან მისი ჟურნალი); ანგარიშისთვის აირჩიეთ სხვა ფაილი
cli-cannot-write = ვერ ხერხდება { $file }-ის ჩაწერა
cli-not-an-id = { $text } არ არის ჩანაწერის იდენტიფიკატორი (UUID, მაგ. 3f2b1c4e-…)
list-separator = {", "}

## clearfield estimate: მაჩვენებლები მთავარ წინადადებასა და განმარტებას შორის

estimate-title = პროგნოზი, { $date } (ტემპი ბოლო { $days } დღის მიხედვით)
estimate-remaining = დარჩენილი
estimate-net = წმინდა შემცირება
estimate-released = გათავისუფლებული
estimate-new = ახალი დაბინძურება
estimate-completion = დასრულება
estimate-interval = 80 %-იანი ინტერვალი
estimate-interval-open = { $low }-დან, ბოლო თარიღის გარეშე
estimate-interval-none = არ არის: ამ ტემპით გაწმენდა არ სრულდება
estimate-deadline = მე-4 მუხლის ვადა
estimate-no-deadline = (არ არის დადგენილი: clearfield settings --deadline YYYY-MM-DD)
estimate-on-track = ვადაში
estimate-pace-needed = საჭირო ტემპი
estimate-per-day = მ² დღეში
estimate-times-pace = × მიმდინარე ტემპი

## app
# სამუშაო მაგიდის აპლიკაციის სიტყვები (issue #15). გასაღებები იწყება app-ით; ფაილის ბოლოს.

app-read-only = მხოლოდ წასაკითხი
app-file-read-only-hint = ფაილის მხოლოდ წაკითხვაა შესაძლებელი (ჩაწერისგან დაცული მატარებელი, მხოლოდ წასაკითხი საერთო საქაღალდე): ცვლილებები უარყოფილია. შესაცვლელად დააკოპირეთ ჩასაწერ საქაღალდეში.
app-hq-view = შტაბის ხედი, ჰაბი { $hub }
app-hub-read-only-hint = რაც ჰაბში იყო წაკითხვისას. ცვლილებები კეთდება ლეპტოპებზე და ჰაბს სინქრონიზაციისას აღწევს.
app-read-hub-again = ჰაბის ხელახლა წაკითხვა
app-fit-map = რუკა მონაცემებზე
app-new-hazard-area = ახალი საშიში ტერიტორია
app-new-land-release = ახალი მიწის გათავისუფლება
app-new-find = ახალი აღმოჩენა
app-new-evidence-point = ახალი მტკიცებულების წერტილი
app-last-boundary-change = საზღვრის ბოლო ცვლილება
app-undo = გაუქმება
app-redo = დაბრუნება
app-undo-hint = გაუქმება: { $what } (Ctrl+Z)
app-redo-hint = დაბრუნება: { $what } (Ctrl+Y)
app-import-export = იმპორტი / ექსპორტი
app-merge-file = ფაილის შერწყმა
app-sync-hub = ჰაბთან სინქრონიზაცია
app-conflicts = კონფლიქტები ({ $count })
app-gps = GPS
app-settings = პარამეტრები
app-language = ენა
app-user-name = თქვენი სახელი ცვლილებების ჟურნალში (ახლა: { $name })
app-use-name = ამ სახელის გამოყენება
app-square-metres = ფართობები მ²-ში (კმ²-ისა და ჰა-ს ნაცვლად)
app-settings-not-saved = პარამეტრები არ შეინახა: { $why }
app-settings-not-read = პარამეტრები ვერ წაიკითხა: { $why }
app-centred-on = ცენტრში: { $what }.
app-nothing-named = "{ $text }" ვერ მოიძებნა (არც ჩანაწერი, არც ადგილი), არც ასე დაწყებული იდენტიფიკატორი, და არც მდებარეობაა.
app-type-a-name = ჯერ ჩაწერეთ სახელი ცვლილებების ჟურნალისთვის.
app-user-kept = ცვლილებები ახლა აღირიცხება სახელით: { $name }.
app-user-not-kept = ცვლილებები აღირიცხება სახელით { $name }, მაგრამ არ შეინახა: { $why }
app-units-not-kept = ერთეულების არჩევანი არ შეინახა: { $why }
app-reading-hub = ჰაბის წაკითხვა: { $hub }…
app-basemap-opened = საბაზისო რუკა: { $name }
app-saved = შენახულია: { $what }.
app-deleted = წაშლილია: { $what } (გაუქმება დააბრუნებს).
app-undone = გაუქმებულია: { $what }.
app-redone = დაბრუნებულია: { $what }.
app-step-dropped = { $why }. ეს ნაბიჯი მოცილებულია.
app-resolved = გადაწყვეტილია { $id }: ახალი ვერსია { $version }.
app-open-record-for-photos = ჩაგდებული ფოტოების მისამაგრებლად გახსენით ჩანაწერი (დააწკაპუნეთ რუკაზე).
app-loading-stopped = ჩატვირთვა მოულოდნელად შეწყდა
app-demo-loaded = სადემონსტრაციო პროგრამა ჩაიტვირთა: { $counts }.
app-demo-failed = სადემონსტრაციო პროგრამა ვერ ჩაიტვირთა: { $why }
app-record = ჩანაწერი
app-change-added = დამატებულია { $kind } { $id }
app-change-deleted = წაშლილია { $kind } { $id }
app-change-edited = შეცვლილია { $kind } { $id }
app-list-separator = {", "}
app-kind-hazard_area = საშიში ტერიტორია
app-kind-land_release = მიწის გათავისუფლება
app-kind-ordnance_find = საბრძოლო მასალის აღმოჩენა
app-kind-survey_point = კვლევის წერტილი
app-kind-evidence_point = მტკიცებულების წერტილი
# ქართულში რიცხვის შემდეგ არსებითი სახელი მხოლობით რიცხვშია.
app-count-hazard_area = { $count ->
       *[other] { $shown } საშიში ტერიტორია
    }
app-count-land_release = { $count ->
       *[other] { $shown } მიწის გათავისუფლება
    }
app-count-ordnance_find = { $count ->
       *[other] { $shown } აღმოჩენა
    }
app-count-survey_point = { $count ->
       *[other] { $shown } კვლევის წერტილი
    }
app-count-evidence_point = { $count ->
       *[other] { $shown } მტკიცებულების წერტილი
    }
app-value-SHA = სავარაუდოდ საშიში (SHA)
app-value-CHA = დადასტურებული საშიში (CHA)
app-value-cmr = კასეტური საბრძოლო მასალის ნარჩენები
app-value-uxo = აუფეთქებელი საბრძოლო მასალა
app-value-ap_mines = ქვეითსაწინააღმდეგო ნაღმები
app-value-at_mines = ტანკსაწინააღმდეგო ნაღმები
app-value-ied = ხელნაკეთი ასაფეთქებელი მოწყობილობა
app-value-mixed = შერეული
app-value-active = აქტიური
app-value-in_progress = მიმდინარე
app-value-closed = დახურული
app-value-cancelled = გაუქმებული
app-value-reduced = შემცირებული
app-value-cleared = გაწმენდილი
app-value-submunition = კასეტური ელემენტი
app-value-bomb = ბომბი
app-value-projectile = ჭურვი
app-value-mortar = ნაღმტყორცნის ჭურვი
app-value-rocket = რაკეტა
app-value-grenade = ყუმბარა
app-value-landmine = ნაღმი
app-value-other = სხვა
app-value-intact = მთლიანი
app-value-damaged = დაზიანებული
app-value-unknown = უცნობი
app-welcome-title = ამ ფაილში ჯერ ჩანაწერები არ არის
app-welcome-text = ჩატვირთეთ სადემონსტრაციო პროგრამა (ხელოვნური მონაცემები სამხრეთ ლიბანში), რომ მაშინვე ნახოთ რუკა, დარჩენილი ფართობი და პროგნოზი, ან შემოიტანეთ საკუთარი მონაცემები ბრძანებით `clearfield import FILE`.
app-demo-loading = სადემონსტრაციო პროგრამა იტვირთება…
app-demo-load = სადემონსტრაციო პროგრამის ჩატვირთვა
app-computing-figures = მაჩვენებლები ითვლება…
app-completion-estimate = დასრულების შეფასება
app-computing-forecast = პროგნოზი ითვლება…
app-no-figures = მაჩვენებლები არ არის: ფაილი ვერ წაიკითხა.
app-programme = პროგრამა
app-regions-open = რეგიონები და საშიში ტერიტორიები
app-finds-by-type = აღმოჩენები ტიპის მიხედვით
app-col-type = ტიპი
app-col-category = კატეგორია
app-col-finds = აღმოჩენები
app-col-items = ერთეული
app-no-hazard-area-yet = საშიში ტერიტორია ჯერ არ არის აღრიცხული.
app-left-out = { $count } ჩანაწერი გამოტოვებულია: არასწორია (გაუშვით `clearfield check`)
app-map = რუკა
app-layer-hazard_area = საშიში ტერიტორიები
app-layer-land_release = მიწის გათავისუფლებები
app-layer-ordnance_find = საბრძოლო მასალის აღმოჩენები
app-layer-survey_point = კვლევის წერტილები
app-layer-evidence_point = მტკიცებულების წერტილები
app-layer-remaining = დარჩენილი ფართობი (გამოყოფილი)
app-basemap = საბაზისო რუკა (MBTiles ფაილი, ოფლაინ)
app-open = გახსნა
app-choose = არჩევა…
app-basemap-showing = ნაჩვენებია { $name }
app-go-to = გადასვლა (სახელი, იდენტიფიკატორი, ან lon,lat / UTM / MGRS / DMS)
app-go = გადასვლა
app-found = ნაპოვნია { $count }:
app-places-found = ადგილები ({ $count }):
app-completion = დასრულება: { $date }
app-completion-none = ამ ტემპით არ დასრულდება
app-interval = 80 % ინტერვალი: { $interval }
app-interval-between = { $low } – { $high }
app-interval-from = { $low }-დან, უახლესი თარიღის გარეშე
app-interval-none = არ არის: ამ ტემპით არ დასრულდება
app-deadline-missed = მე-4 მუხლის ვადა { $date }: გაცდენილია
app-deadline-on-track = მე-4 მუხლის ვადა { $date }: დაცული იქნება
app-deadline-not-on-track = მე-4 მუხლის ვადა { $date }: არ იქნება დაცული
app-figures-on = მაჩვენებლები, { $date }
app-area-hazard = საშიში ფართობი
app-area-remaining = დარჩენილი
app-area-cancelled = გაუქმებული (არატექნ.)
app-area-reduced = შემცირებული (ტექნ.)
app-area-cleared = გაწმენდილი
app-nts-ts = არატექნ.: არატექნიკური კვლევა. ტექნ.: ტექნიკური კვლევა.
app-status-counts = { $count ->
       *[other] { $hazards }, { $releases }, { $finds } ({ $items } ერთეული)
    }
app-find-symbols = აღმოჩენების სიმბოლოები
app-find-symbols-note = კატეგორიის მიხედვით; დაშორებისას აღმოჩენები ტერიტორიების მიხედვით ითვლება.
app-cursor = გრძ. { $lon }  განედი { $lat }   UTM { $utm }   MGRS { $mgrs }
app-chart-remaining-km2 = დარჩენილი, კმ²
app-chart-year = წელი
app-chart-remaining = დარჩენილი ფართობი
app-chart-projection = პროგნოზი ამჟამინდელი ტემპით
app-chart-today = დღეს ({ $date })
app-chart-deadline = მე-4 მუხლის ვადა ({ $date })
app-value-benchmark = საყრდენი წერტილი
app-value-turning = მობრუნების წერტილი
app-value-intermediate = შუალედური
app-value-start = დასაწყისი
app-value-end = დასასრული
app-value-true = ჭეშმარიტი ჩრდილოეთი
app-value-grid = ბადის ჩრდილოეთი
app-value-magnetic = მაგნიტური ჩრდილოეთი
app-value-strike = დარტყმა
app-value-accident = უბედური შემთხვევა
app-value-item_seen = ნანახი საგანი
app-value-witness = მოწმე
app-value-reference = წყარო
app-value-destroyed_in_situ = განადგურდა ადგილზე
app-value-removed_and_destroyed = გატანილი და განადგურებული
app-value-removed_to_storage = გატანილი საწყობში
app-value-pending = მოლოდინში
app-field-name = სახელწოდება
app-field-classification = კლასიფიკაცია
app-field-contamination = დაბინძურება
app-field-surveyed_on = კვლევის თარიღი
app-field-region = რეგიონი
app-field-status = სტატუსი
app-field-note = შენიშვნა
app-field-hazard_id = საშიში ტერიტორია
app-field-method = მეთოდი
app-field-started_on = დაწყების თარიღი
app-field-completed_on = დასრულების თარიღი
app-field-team = გუნდი
app-field-depth_cm = სიღრმე (სმ)
app-field-ordnance_type = საბრძოლო მასალის ტიპი
app-field-category = კატეგორია
app-field-quantity = რაოდენობა
app-field-condition = მდგომარეობა
app-field-found_on = აღმოჩენის თარიღი
app-field-disposal = განადგურება
app-field-belongs_to = აღნიშნავს (იდენტიფიკატორი)
app-field-point_type = წერტილის ტიპი
app-field-sequence = რიგითი ნომერი
app-field-bearing_deg = აზიმუტი (°)
app-field-bearing_ref = აზიმუტი საიდან
app-field-distance_m = მანძილი (მ)
app-field-declination_deg = დახრა (° აღმოსავლეთით)
app-field-gps_accuracy_m = GPS სიზუსტე (მ)
app-field-hdop = HDOP
app-field-satellites = თანამგზავრები
app-field-evidence_type = მტკიცებულება
app-field-recorded_on = აღრიცხვის თარიღი
app-field-source = წყარო
app-field-geometry = გეომეტრია
app-traverse-enter = მონაკვეთების შეყვანა საყრდენი წერტილიდან
app-traverse-title = სვლა: მონაკვეთები საყრდენი წერტილიდან
app-form-new = ახალი: { $kind }
app-form-edit = რედაქტირება: { $kind } { $id }
app-form-help-find = დააწკაპუნეთ რუკაზე იქ, სადაც იპოვეს (ან გადაათრიეთ წერტილი), ან ჩაწერეთ მდებარეობა ქვემოთ.
app-form-help-point = დააწკაპუნეთ რუკაზე იქ, სადაც არის (ან გადაათრიეთ წერტილი), ან ჩაწერეთ მდებარეობა ქვემოთ.
app-form-help-new-area = დააწკაპუნეთ რუკაზე წვეროების დასამატებლად, ან ჩაწერეთ საზღვარი ქვემოთ. წვეროს გადასაადგილებლად გადაათრიეთ, ჩასასმელად დააწკაპუნეთ კვადრატზე წიბოზე, წასაშლელად დააწკაპუნეთ მარჯვენა ღილაკით (ან აირჩიეთ და დააჭირეთ Delete-ს).
app-form-help-edit-area = წვეროს გადასაადგილებლად გადაათრიეთ, ჩასასმელად დააწკაპუნეთ კვადრატზე წიბოზე, წასაშლელად დააწკაპუნეთ მარჯვენა ღილაკით (ან აირჩიეთ და დააჭირეთ Delete-ს); ან შეცვალეთ ტექსტი ქვემოთ.
app-form-geometry-hint = WKT, lon,lat, UTM, MGRS ან DMS
app-form-delete-vertex = არჩეული წვეროს წაშლა
app-form-unlinked = არ არის დაკავშირებული საშიშ ტერიტორიასთან: აირჩიეთ ზემოთ, ან შეინახეთ კავშირის გარეშე.
app-form-to-save = შესანახად: { $missing }
app-form-problem = { $field }: { $reason }
app-form-search-types = ტიპების ძიება
app-form-linked-drawn-in = დაკავშირებულია საშიშ ტერიტორიასთან, რომელშიც დაიხაზა (შეცვალეთ ზემოთ).
app-save = შენახვა
app-cancel = გაუქმება
app-choose-value = აირჩიეთ…
app-none = არცერთი
app-none-in-list = (არცერთი)
app-hint-centimetres = სანტიმეტრი
app-hint-hazard-id = საშიში ტერიტორიის UUID
app-hint-category = ცარიელისას ტიპების სიიდან
app-area-line = ფართობი { $ha } ჰა ({ $m2 } მ²)
app-remaining-line = დარჩენილი { $ha } ჰა ({ $m2 } მ²)
app-remaining-working = დარჩენილი: ითვლება…
app-photos = ფოტოები
app-photo-taken = გადაღებულია { $at }
app-photo-detach = მოხსნა
app-photo-attach = ფოტოს მიმაგრება…
app-photo-attach-hint = ან ჩააგდეთ JPEG ან PNG ფაილები ფანჯარაში
app-photo-detached = ფოტო მოხსნილია (რჩება ფაილის ისტორიაში).
app-photo-select-record = აირჩიეთ ჩანაწერი ფოტოების მისამაგრებლად.
app-photos-attached = { $count ->
       *[other] მიმაგრებულია { $count } ფოტო.
    }
app-no-record = ჩანაწერი იდენტიფიკატორით { $id } არ არის
app-releases-and-finds = მიწის გათავისუფლებები და აღმოჩენები
app-release-line = { $method } { $date } · { $ha } ჰა · { $team }
app-no-team = გუნდის გარეშე
app-survey-evidence-points = კვლევისა და მტკიცებულების წერტილები
app-survey-leg = { $sequence } { $type } · მონაკვეთი { $bearing }° { $from } { $distance } მ
app-add-survey-point = კვლევის წერტილის დამატება
app-add-evidence-point = მტკიცებულების წერტილის დამატება
app-zoom-to = მასშტაბირება
app-edit = რედაქტირება
app-delete = წაშლა
app-close = დახურვა
app-regions-computing = რეგიონების მაჩვენებლები ითვლება…
app-regions-by-region = ჯერ კიდევ დაბინძურებული მიწა, რეგიონების მიხედვით
app-areas-in = ფართობები, { $unit }.
app-col-region = რეგიონი
app-col-area = ფართობი
app-col-remaining = დარჩენილი
app-col-name = სახელწოდება
app-col-sorted = { $column } (დალაგებული)
app-sort-hint = ამ სვეტით დალაგება
app-regions-hazards = საშიში ტერიტორიები ({ $count })
app-regions-hazards-in = საშიში ტერიტორიები: { $region } ({ $count })
app-no-region = რეგიონის გარეშე
app-no-region-row = (რეგიონის გარეშე)
app-all-regions = ყველა რეგიონი
app-regions-none-left = დაბინძურებული მიწა აღარ რჩება.
app-region-share = { $region }: { $area } { $unit } ({ $share } %)
app-calendar = კალენდარი
app-selected-record = არჩეული ჩანაწერი
app-merge-title = გუნდის ფაილის შერწყმა
app-merge-help = მეორე ფაილის ყველა ჩანაწერი და ყველა ვერსია შემოდის ამ ფაილში, იდენტიფიკატორით შეთანხმებული.
app-merge-file-label = შესარწყმელი ფაილი
app-merge = შერწყმა
app-dry-run = საცდელი გაშვება
app-dry-run-said = { $said } (საცდელი, არაფერი შეცვლილა)
app-no-conflicts = კონფლიქტები არ არის.
app-conflict-help = აირჩიეთ, ვისი მნიშვნელობა მიიღოს მუქად აღნიშნულმა თითოეულმა ველმა, ან დატოვეთ ერთი ვერსია მთლიანად.
app-this-file = ეს ფაილი
app-other-file = მეორე ფაილი
app-version-heading =
    { $whose }
    ავტორი: { $by }
    { $when }
app-version-heading-deletes =
    { $whose }
    ავტორი: { $by }
    { $when }
    შლის ჩანაწერს
app-keep-version = ვერსიის დატოვება: { $whose }
app-keep-version-by = ვერსიის დატოვება: { $whose }, ავტორი { $by }, { $when }
app-version-id = ვერსია { $version }
app-resolve-choices = გადაწყვეტა ამ არჩევანით
app-conflict-delete-note = წაშლად მონიშნული ვერსია, თუ დარჩა, შლის ჩანაწერს; მას ველები არ აქვს.
app-deleted-version = წაშლილი
app-take-from = { $field } აიღეთ აქედან: { $whose }: { $by }, { $when }
app-field-geom = გეომეტრია
app-geom-point = წერტილი { $lon }, { $lat }
app-geom-area = { $area }, { $vertices } წვერო, ცენტრი { $lon }, { $lat }
app-geom-other = სხვა ტიპის გეომეტრია
app-sync-read-only = ეს ფაილი მხოლოდ წასაკითხია: ჰაბის ცვლილებებს ვერ მიიღებს.
app-sync-give-address = მიუთითეთ ჰაბის მისამართი: postgresql://USER@HOST:PORT/DATABASE
app-sync-not-kept = ჰაბის მისამართი არ შეინახა: { $why }
app-sync-title = ჰაბთან სინქრონიზაცია
app-sync-help = აგზავნის ამ ლეპტოპის ცვლილებებს ეროვნულ ჰაბში და მოაქვს სხვების ცვლილებები. იმუშავეთ ოფლაინ, როგორც ადრე; სინქრონიზაცია გააკეთეთ, როცა კავშირი იქნება.
app-sync-address = ჰაბის მისამართი
app-sync-password = პაროლი (არასოდეს ინახება)
app-sync-password-hint = ცარიელი: PGPASSWORD ან ~/.pgpass
app-syncing = სინქრონიზაცია…
app-sync = სინქრონიზაცია
app-exchange-title = იმპორტი და ექსპორტი
app-exchange-file = ფაილი
app-exchange-choose = იმპორტის ფაილის არჩევა…
app-exchange-save-as = შენახვა როგორც…
app-exchange-preview = წინასწარი ნახვა რუკაზე
app-exchange-import = იმპორტი
app-exchange-reading = ფაილი იკითხება…
app-exchange-preview-stale = ფაილი ან არჩევანი შეიცვალა წინასწარი ნახვის შემდეგ: ნახეთ ხელახლა.
app-exchange-export = ექსპორტი
app-exchange-export-hint = GeoJSON, ან GPX, KML ან shapefile ფაილის გაფართოების მიხედვით (.gpx, .kml, .shp)
app-report-from = ანგარიში, დან
app-report-from-hint = 12 თვის წინ
app-report-to = მდე
app-report-to-hint = დღეს
app-report-write = ანგარიშის დაწერა
app-report-write-hint = HTML, Markdown (.md), CSV ან JSON ფაილის გაფართოების მიხედვით
app-report-open = ანგარიშის გახსნა
app-writing = იწერება…
app-import-saved-choices = შენახული არჩევანი
app-import-kindless = ობიექტები ტიპის გარეშე არის
app-import-refused = (უარყოფილი)
app-import-fill = ობიექტებში დაკლებული ველების შევსება (FIELD=VALUE, მძიმით გამოყოფილი)
app-import-columns = სვეტები, წაკითხული ველებად (COLUMN=FIELD, მძიმით გამოყოფილი; COLUMN=geometry)
app-import-skip-invalid = სწორი ობიექტების იმპორტი, დანარჩენების ჩამონათვალი
app-import-repair = არასწორი საზღვრების შეკეთება (თითოეული შეკეთება ჩამოთვლილია)
app-import-accept-repairs = შეკეთებების მიღება, რომლებიც ფართობს 1 %-ზე მეტად ცვლის
