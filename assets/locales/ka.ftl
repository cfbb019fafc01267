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
app-gps-title = GPS მიმღები
app-gps-disconnect = გათიშვა
app-gps-connect = დაკავშირება
app-gps-connected = დაკავშირებულია: { $source }
app-gps-fixes-to-average = გასასაშუალოებელი ათვლები
app-gps-averaging = { $count } ათვლის გასაშუალოება… მიმღები უძრავად დაიჭირეთ
app-gps-use-position = მდებარეობის გამოყენება
app-gps-serial = სერიული პორტი
app-gps-replay = ჩაწერილი ჟურნალი
app-gps-port = პორტი
app-gps-gpsd-address = gpsd მისამართი
app-gps-log-file = NMEA ჟურნალის ფაილი
app-gps-baud = ბოდი
app-gps-live = ახლა: { $at } (lon,lat)
app-gps-fix = ათვლა: { $quality }, { $satellites } თანამგზავრი, HDOP { $hdop }
app-gps-waiting = ათვლის მოლოდინი…
app-gps-counts = { $total } ათვლა; გამოტოვებულია { $bad } არასწორი საკონტროლო ჯამით, { $nofix } ათვლის გარეშე
app-gps-averaging-short = გასაშუალოება…
app-gps-average-next = შემდეგი ათვლების გასაშუალოება
app-gps-use-averaged = GPS მდებარეობის გამოყენება ({ $count } ათვლა, გაფანტვა { $spread } მ)
app-gps-averaged = გასაშუალოებული მდებარეობა
app-gps-at = { $at } (lon,lat)
app-gps-spread = გაფანტვა: მაქს. { $max } მ, { $rms } მ RMS
app-gps-at-least = მინ. { $n }
app-gps-mean = საშ. { $n }
app-gps-averaged-from = გასაშუალოებულია { $count } ათვლა, { $quality } ან უკეთესი; თანამგზავრები { $satellites }; HDOP { $hdop }
app-traverse-benchmark = საყრდენი წერტილი *
app-traverse-benchmark-hint = lon,lat, UTM, MGRS ან DMS
app-traverse-bearings-from = აზიმუტები საიდან
app-traverse-wmm = მსოფლიო მაგნიტური მოდელი
app-traverse-leg-to = მონაკვეთი სადამდე
app-traverse-leg-kind = მონაკვეთი { $n }: წერტილი, რომელსაც აღწევს
app-traverse-leg-bearing = მონაკვეთი { $n }, აზიმუტი
app-traverse-leg-distance = მონაკვეთი { $n }, მანძილი
app-traverse-remove-leg = ამ მონაკვეთის წაშლა
app-traverse-add-leg = მონაკვეთის დამატება
app-traverse-paste = ჩასვით სტრიქონები ცხრილიდან (ტიპი, აზიმუტი, მანძილი)
app-traverse-read-pasted = ჩასმული სტრიქონების წაკითხვა
app-traverse-adjust = გასწორება კომპასის წესით (აღირიცხება)
app-traverse-accept = დასაშვებზე უარესი შეკვრის მიღება (აღირიცხება)
app-traverse-area = ფართობი { $area } მ², პერიმეტრი { $perimeter } მ
app-traverse-closure = შეკვრის ცდომილება { $error } მ ({ $ratio })
app-traverse-closure-worse = { $closure }: უარესია პროგრამის ზღვარზე 1:{ $tolerance }. შეამოწმეთ მონაკვეთები, ან მიიღეთ ან გაასწორეთ.
app-traverse-declination = დახრა { $degrees }° აღმოსავლეთით
app-traverse-adjusted = გასწორებულია: წერტილები გადაადგილდა { $most } მ-მდე; ფართობი { $area } მ²
