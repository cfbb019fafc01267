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
