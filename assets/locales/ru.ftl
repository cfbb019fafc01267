# Clearfield: сообщения на русском языке.
#
# ПЕРЕВОД ОЖИДАЕТ ПРОВЕРКИ носителями языка, работающими в поле
# (translation awaiting review by native speakers in the field).
# Термины противоминной деятельности следуют русским изданиям IMAS (04.10, 07.11, 08.10,
# 08.20); сверка с текстом стандартов ещё не проводилась.
# Исправления: отредактируйте этот файл (ru.ftl) и пришлите его (pull request или файл
# по электронной почте специалисту по управлению информацией программы); см. README,
# раздел "Languages". Ключи и переменные ({ $name }) должны совпадать с en.ftl.
# In English: corrections are welcome; edit this file and send it (a pull request, or the
# file by e-mail to the programme's information management officer); see README, "Languages".

## Термины (IMAS 04.10, 07.11, 08.10, 08.20)

term-hazard-area = опасный район
term-land-release = высвобождение земель
term-sha = предположительно опасный район (SHA)
term-cha = подтверждённый опасный район (CHA)
term-nts = нетехническое обследование
term-ts = техническое обследование
term-cancelled = аннулировано
term-reduced = сокращено
term-cleared = очищено

## Единицы, числа и даты

unit-m2 = м²
unit-km2 = км²
unit-ha = га
unit-m = м
area = { $number } { $unit }
rate-per-day = { $rate } м²/сут
# Месяцы в родительном падеже: "1 мая 2026".
date = { $day } { $month } { $year }
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

## clearfield status

status-title = Состояние на { $date } ({ $file })
status-hazard-area = опасная площадь
status-remaining = остаётся
status-released = высвобождено
status-cancelled = аннулировано (НТО)
status-reduced = сокращено (ТО)
status-cleared = очищено
status-hazard-areas = учтено опасных районов
status-land-releases = высвобождений земель
status-ordnance-finds = находок боеприпасов
status-items = ({ $count } { $count ->
        [one] предмет
        [few] предмета
        [many] предметов
       *[other] предмета
    })
status-region = регион
status-areas = районов
status-hazard-m2 = опасная м²
status-remaining-m2 = остаётся м²
status-no-region = (нет)
status-hazard-id = опасный район
status-name = название
status-area-m2 = площадь м²
status-overlap = (собственные цифры каждого опасного района; где районы перекрываются, земля учтена в каждой строке)
warning-left-out = предупреждение: пропущено, запись недействительна: { $what }

## Главная фраза прогноза

headline-no-data = Данных пока нет: внесите или импортируйте опасные районы, чтобы увидеть, что остаётся и когда завершится очистка.
headline-all-released = На { $date } загрязнённой земли не осталось: все учтённые опасные районы высвобождены.
# $window идёт после "за": "за последние 12 месяцев".
window-year = последние 12 месяцев
window-days = { $days ->
        [one] последний { $days } день
        [few] последние { $days } дня
        [many] последние { $days } дней
       *[other] последние { $days } дня
    }
pace-quiet = за { $window } не учтено ни высвобождений, ни нового загрязнения
pace-no-releases = за { $window } высвобождений не учтено, а новое загрязнение поступало со скоростью { $new }
pace-no-new = за { $window } высвобождение шло со скоростью { $released }, нового загрязнения не учтено
pace-outran = за { $window } новое загрязнение ({ $new }) опережало высвобождение ({ $released })
pace-outpaced = за { $window } высвобождение ({ $released }) опережало новое загрязнение ({ $new })
completion-ends = при таком темпе очистка завершится { $date }
completion-never = при таком темпе очистка не завершится
headline-missed = Срок { $deadline } пропущен: осталось { $remaining }; { $pace }.
headline-on-track = Срок { $deadline } будет соблюдён: осталось { $remaining }, { $completion }; { $pace }.
headline-not-on-track = Срок { $deadline } не будет соблюдён: осталось { $remaining }, { $completion }{ $needed }; { $pace }.
needed-pace = , а для его соблюдения нужно { $rate }
headline-no-deadline = Осталось { $remaining }; { $completion }; { $pace }.

## Прогноз простыми словами: каждое предложение отдельно, соединяются пробелом

statement-none-remains = На { $date } загрязнённой земли не осталось.
statement-fell = Остаётся на { $date }: { $km2 } км². { $days ->
        [one] За последний { $days } день
        [few] За последние { $days } дня
        [many] За последние { $days } дней
       *[other] За последние { $days } дня
    } остающаяся площадь сокращалась на { $net } м² в сутки нетто (высвобождалось { $released } м² в сутки, новое загрязнение учитывалось по { $new } м² в сутки).
statement-grew = Остаётся на { $date }: { $km2 } км². { $days ->
        [one] За последний { $days } день
        [few] За последние { $days } дня
        [many] За последние { $days } дней
       *[other] За последние { $days } дня
    } остающаяся площадь увеличивалась на { $net } м² в сутки нетто (высвобождалось { $released } м² в сутки, новое загрязнение учитывалось по { $new } м² в сутки).
statement-complete = При таком темпе очистка завершится { $date } (80-процентный интервал: с { $low } по { $high }).
statement-complete-no-latest = При таком темпе очистка завершится { $date } (80-процентный интервал: с { $low }, без крайней даты: при нижней границе темпа очистка не завершится).
statement-complete-no-interval = При таком темпе очистка завершится { $date }.
statement-century = При таком темпе очистка займёт больше века.
statement-never = При таком темпе очистка не завершится никогда: новое загрязнение учитывается так же быстро, как высвобождается земля, или быстрее.
statement-on-track = Срок по статье 4 ({ $date }) будет соблюдён.
statement-needs-ratio = Срок по статье 4 ({ $date }) при таком темпе не будет соблюдён: нужно { $rate } м² в сутки, в { $ratio } раза больше нынешнего темпа.
statement-needs = Срок по статье 4 ({ $date }) при таком темпе не будет соблюдён: нужно { $rate } м² в сутки.
statement-passed = Срок по статье 4 ({ $date }) истёк, а загрязнённая земля ещё остаётся.

## clearfield report (Markdown и HTML; CSV и JSON остаются на английском)

report-title = { $programme }: отчёт о ходе работ с { $from } по { $to }
report-programme = Программа очистки
report-land = Земля
report-remaining-start = Остаётся на начало ({ $date })
report-remaining-end = Остаётся на конец ({ $date })
report-hazard-added = Опасная площадь, добавленная за период
report-released-by = Высвобождено за период: { $method }
report-method-cancelled = аннулировано (нетехническое обследование)
report-method-reduced = сокращено (техническое обследование)
report-method-cleared = очищено
report-released-total = Высвобождено за период: всего
report-recorded = За период { $hazards ->
        [one] учтён { $hazards } опасный район
        [few] учтено { $hazards } опасных района
        [many] учтено { $hazards } опасных районов
       *[other] учтено { $hazards } опасного района
    } и { $releases ->
        [one] завершено { $releases } высвобождение
        [few] завершено { $releases } высвобождения
        [many] завершено { $releases } высвобождений
       *[other] завершено { $releases } высвобождения
    }.
report-finds = Находки
report-col-ordnance-type = тип боеприпаса
report-col-category = категория
report-col-disposal = утилизация
report-col-finds = находок
report-col-items = предметов
report-teams = Группы
report-col-team = группа
report-col-releases = высвобождений
report-col-released-m2 = высвобождено земли, м²
report-credit = Высвобожденная земля засчитывается самому раннему высвобождению, которое её освободило, по состоянию на { $date }.
report-estimate = Прогноз завершения
report-completion = завершение
report-interval = 80-процентный интервал
report-interval-range = с { $low } по { $high }
report-deadline = Срок по статье 4
report-on-track = в срок
report-pace-needed = нужный темп
report-per-day = { $rate } м² в сутки
report-none-at-this-pace = нет при таком темпе
report-interval-open = с { $low }, без крайней даты
report-interval-none = нет
report-not-set = не задан
report-yes = да
report-no = нет
report-no-deadline = срок не задан
report-article7 = Сводка по статье 7
report-a7-remaining = Загрязнённая площадь на { $date }, км²
report-a7-released = Высвобождено с { $from } по { $to }, км²
report-a7-cancelled = в том числе аннулировано, км²
report-a7-reduced = в том числе сокращено, км²
report-a7-cleared = в том числе очищено, км²
report-a7-submunitions = Уничтожено суббоеприпасов
report-left-out = Не вошло в расчёт, запись недействительна: { $what }
report-not-recorded = не указано
report-chart = Остающаяся площадь во времени
report-chart-label = Остающаяся загрязнённая площадь во времени, км²
report-chart-axis = остаётся, км²
report-chart-deadline = Срок по статье 4: { $date }
report-chart-legend = красная: остающаяся площадь · пунктир: прогноз при темпе последних { $days } сут. · точки: 80-процентный интервал · тень: отчётный период

## clearfield --help (перевод ждёт проверки носителями языка)
help-usage = Использование
help-options = Параметры
help-arguments = Аргументы
help-commands = Команды
help-arg-help = Показать справку
help-cmd = Автономная полевая база данных для очистки от кассетных боеприпасов и других взрывоопасных предметов
help-arg-db = Файл базы данных (GeoPackage) [по умолчанию: файл данных пользователя]
help-arg-user = Кто вносит изменения, для журнала изменений [по умолчанию: имя входа]
help-arg-lang = Язык сообщений: en, ar, ka или ru [по умолчанию: из LC_ALL, LC_MESSAGES или LANG, иначе английский]. Вывод JSON одинаков на всех языках
help-cmd-init = Создать файл базы данных
help-cmd-add = Добавить запись
help-cmd-add-hazard = Добавить опасный район (SHA или CHA)
help-cmd-add-release = Добавить землю, исключённую, сокращённую или очищенную
help-cmd-add-find = Добавить находку боеприпаса
help-cmd-add-survey = Добавить точку съёмки (репер, опорная, начальная, поворотная, промежуточная, конечная) опасного района или высвобожденной земли
help-cmd-add-evidence = Добавить точку свидетельства (место удара, замеченный предмет, несчастный случай, показания свидетеля)
help-cmd-edit = Изменить поля или геометрию записи (пустое значение очищает поле)
help-cmd-list = Список записей
help-cmd-show = Показать одну запись со всеми полями
help-cmd-history = Показать все версии записи из журнала изменений
help-cmd-delete = Удалить запись (её версии остаются в журнале изменений)
help-cmd-attach = Прикрепить к записи фотографии JPEG или PNG (все или ни одной)
help-cmd-photos = Фотографии записи: id, файл, размер, тип, дата съёмки и место (EXIF)
help-cmd-detach = Открепить фотографию от записи (фотография остаётся в файле и в истории)
help-cmd-check = Проверить файл: целостность, правила GeoPackage, значения и геометрию каждой записи
help-cmd-types = Справочник типов боеприпасов
help-cmd-status = Опасная площадь, оставшаяся площадь и высвобожденная земля на дату
help-cmd-import = Импорт GeoJSON, GPX, KML/KMZ или shapefile: все объекты или ничего, с перечнем всех проблем
help-cmd-export = Экспорт записей в GeoJSON (RFC 7946), GPX (для GPS), KML (для Google Earth) или shapefile (по одному на вид)
help-cmd-merge = Перенести в этот файл все записи и все версии другого файла, по UUID
help-cmd-conflicts = Записи, изменённые в двух файлах: чья каждая версия и какие поля различаются
help-cmd-resolve = Разрешить конфликт: оставить одну версию или одну версию с полями из других
help-cmd-hub = Национальный узел на PostgreSQL/PostGIS, через который синхронизируются файлы
help-cmd-hub-init = Создать таблицы узла в базе PostgreSQL с PostGIS или обновить их до этой версии (текущий узел остаётся как есть)
help-cmd-hub-settings = Показать или задать настройки программы на узле: каждый ноутбук получит их при следующей синхронизации (свои настройки ноутбук отправляет, только если на узле их нет)
help-cmd-sync = Отправить версии этого файла на узел и получить версии узла, с правилом слияния на обеих сторонах (те же записи и конфликты)
help-cmd-backup = Скопировать базу данных в новый файл, безопасно даже при открытом приложении
help-cmd-restore = Заменить базу данных резервной копией (сначала проверенной; текущий файл сохраняется рядом)
help-cmd-estimate = Когда завершится очистка при нынешнем темпе, в сравнении со сроком по статье 4
help-cmd-report = Отчёт о ходе работ за период: земля, находки, группы, прогноз, сводка по статье 7
help-cmd-settings = Показать или задать название программы и срок по статье 4
help-cmd-generate = Записать в новый файл синтетическую программу (юг Ливана), чтобы опробовать приложение и для замеров скорости
help-cmd-gps = Координаты с GPS-приёмника (последовательный порт, gpsd или записанный журнал NMEA), усреднённые по нескольким отсчётам
help-cmd-traverse = Периметр опасного района от репера по таблице ходов (азимут, расстояние): точки, площадь, периметр и невязка, выводятся без сохранения
help-arg-status-as_of = Дата, ГГГГ-ММ-ДД [по умолчанию: сегодня]
help-arg-status-json = Вывести один объект JSON
help-arg-status-by = Добавить разбивку по опасным районам или по регионам
help-arg-export-file = Файл для записи (GeoJSON, GPX, KML или shapefile по расширению) или - для стандартного вывода; имя на .shp записывает shapefile рядом, по одному на вид: NAME_hazard_area.shp, NAME_ordnance_find.shp…
help-arg-export-format = Формат: geojson, gpx (находки, точки свидетельств и съёмки как путевые точки, оставшаяся загрязнённая земля как маршруты), kml (для Google Earth) или shp (ESRI Shapefile, для ArcGIS) [по умолчанию: по расширению файла, иначе geojson]
help-arg-export-kind = Только этот вид (можно повторять) [по умолчанию: все]
help-arg-export-as_of = Только записи, обследованные, завершённые или найденные к этой дате (GPX: оставшаяся загрязнённая земля на эту дату) [по умолчанию: сегодня]
help-arg-hub-init-url = postgresql://USER@HOST:PORT/DATABASE[?sslmode=…]; пароль из URL, PGPASSWORD или ~/.pgpass, никогда не сохраняется
help-arg-hub-settings-url = postgresql://USER@HOST:PORT/DATABASE[?sslmode=…]; пароль из URL, PGPASSWORD или ~/.pgpass, никогда не сохраняется
help-arg-hub-settings-name = Название программы, для отчётов
help-arg-hub-settings-deadline = Срок по статье 4, ГГГГ-ММ-ДД
help-arg-hub-settings-closure_tolerance = Невязка, которой должен достичь ход, чтобы сохраниться без --accept-closure: N из 1:N (100 или 1:100) [по умолчанию: 1:100]
help-arg-sync-url = postgresql://USER@HOST:PORT/DATABASE[?sslmode=…]; пароль из URL, PGPASSWORD или ~/.pgpass, никогда не сохраняется
help-arg-sync-all = Сравнить все версии обеих сторон, а не только появившиеся после последней синхронизации (после восстановления узла из резервной копии)
help-arg-estimate-as_of = Дата, ГГГГ-ММ-ДД [по умолчанию: сегодня]
help-arg-estimate-window_days = За сколько дней истории измеряется темп (от 30 до 3650)
help-arg-estimate-json = Вывести один объект JSON
help-arg-report-from = Первый день, ГГГГ-ММ-ДД
help-arg-report-to = Последний день, ГГГГ-ММ-ДД
help-arg-report-format = md, csv, json или html [по умолчанию: по расширению файла -o, иначе md]
help-arg-report-output = Записать в FILE, а не на экран
help-arg-report-window_days = За сколько дней истории измеряется темп прогноза
help-arg-settings-name = Название программы, для отчётов
help-arg-settings-deadline = Срок по статье 4, ГГГГ-ММ-ДД
help-arg-settings-closure_tolerance = Невязка, которой должен достичь ход, чтобы сохраниться без --accept-closure: N из 1:N (100 или 1:100) [по умолчанию: 1:100]

## Однострочные результаты командной строки и её собственные ошибки

kind-hazard-area = опасный район
kind-land-release = высвобождение земель
kind-ordnance-find = находка боеприпаса
kind-survey-point = точка съёмки
kind-evidence-point = точка свидетельства
count-hazard-area = { $count ->
        [one] { $count } опасный район
        [few] { $count } опасных района
        [many] { $count } опасных районов
       *[other] { $count } опасного района
    }
count-land-release = { $count ->
        [one] { $count } высвобождение
        [few] { $count } высвобождения
        [many] { $count } высвобождений
       *[other] { $count } высвобождения
    }
count-ordnance-find = { $count ->
        [one] { $count } находка
        [few] { $count } находки
        [many] { $count } находок
       *[other] { $count } находки
    }
count-survey-point = { $count ->
        [one] { $count } точка съёмки
        [few] { $count } точки съёмки
        [many] { $count } точек съёмки
       *[other] { $count } точки съёмки
    }
count-evidence-point = { $count ->
        [one] { $count } точка свидетельства
        [few] { $count } точки свидетельства
        [many] { $count } точек свидетельства
       *[other] { $count } точки свидетельства
    }
summary-hazard = { $classification } { $name }  обследован { $date }  { $area } м²
summary-release = { $method }  завершено { $date }  { $area } м²
summary-team = группа { $team }
summary-find = { $quantity } × { $type }  найдено { $date }  в точке { $lon }, { $lat }
summary-survey = { $type } № { $sequence } района { $hazard }{ $leg }  в точке { $lon }, { $lat }
summary-leg = ход { $bearing }° { $reference } { $distance } м
summary-evidence = { $type }  записано { $date }  в точке { $lon }, { $lat }
cli-added = добавлено: { $kind } { $id }{ $summary }
cli-with-survey-points = с { $count ->
        [one] { $count } точкой съёмки
        [few] { $count } точками съёмки
        [many] { $count } точками съёмки
       *[other] { $count } точки съёмки
    } (репер и ходы); { $closure }
cli-changed = изменено: { $kind } { $id }{ $summary }
cli-corrected = исправлено: { $kind } { $id }{ $summary }
cli-no-change = { $kind } { $id }: без изменений
cli-deleted = удалено: { $kind } { $id } (сохранено в журнале изменений: `clearfield history { $id }`)
cli-not-added = не добавлено: { $kind }: { $problems }
cli-not-changed = не изменено: { $kind } { $id }: { $problems }
cli-not-changed-stored = не изменено: { $kind } { $id } (запись недействительна в сохранённом виде): { $problems }
cli-nothing-to-change = нечего менять: укажите --FIELD VALUE или --geometry (см. `clearfield edit --help`)
cli-upgraded = { $file } обновлён с версии схемы { $from } до { $to }
settings-name = название программы
settings-deadline = срок по статье 4
settings-tolerance = допуск невязки
settings-not-set = (не задано)
settings-default = (по умолчанию)
cli-hub-ready = { $hub }: узел схемы { $schema } готов (узел { $id })
cli-hub-current = { $hub }: уже узел схемы { $schema } (узел { $id }); ничего не изменено
cli-no-conflicts = конфликтов нет
cli-resolve-with = разрешить: clearfield resolve ID --keep mine|theirs|VERSION [--take FIELD=mine|theirs|VERSION]…
cli-resolved = { $id } разрешён: новая версия { $version }
cli-no-photos = к { $id } не прикреплено фотографий
list-heading-hazard_area = опасные районы ({ $count }):
list-heading-land_release = высвобожденная земля ({ $count }):
list-heading-ordnance_find = находки боеприпасов ({ $count }):
list-heading-survey_point = точки съёмки ({ $count }):
list-heading-evidence_point = точки свидетельств ({ $count }):
list-not-valid = недействительна: { $problem }
list-problems = недействительных строк: { $count }; они не входят ни в один показатель; `clearfield check` скажет почему, `clearfield edit ID` исправит строку, `clearfield delete ID` удалит её
gps-position = координаты: { $lonlat } (долгота,широта WGS84)
gps-utm = UTM: { $utm }
gps-mgrs = MGRS: { $mgrs }
gps-altitude = высота: { $metres } м над средним уровнем моря
gps-spread = разброс: не более { $max } м, { $rms } м СКО от среднего
gps-fixes = отсчётов усреднено: { $count }, качество { $quality } или лучше
gps-fixes-short = отсчётов усреднено: { $count } (из { $wanted } запрошенных; журнал кончился), качество { $quality } или лучше
gps-satellites = спутников: не менее { $count }
gps-hdop = HDOP: { $hdop } в среднем
gps-passed-over = пропущено: с неверной контрольной суммой { $bad }, GGA без решения { $nofix }, нечитаемых { $unreadable }
traverse-benchmark = репер
traverse-area = площадь
traverse-perimeter = периметр
traverse-closure = невязка
traverse-bearings = азимуты
traverse-declination = склонение
traverse-grid = сетка
traverse-col-kind = вид
traverse-col-lon = долгота
traverse-col-lat = широта
traverse-col-bearing = ист. азимут
traverse-col-distance = расстояние
traverse-closes-exactly = 1:∞ (замыкается точно)
traverse-given = задано
traverse-wmm = Мировая магнитная модель на репере на { $date }, ±{ $uncertainty }°
traverse-caution = ; зона осторожности у магнитного полюса: компас может врать
traverse-utm-zone = зона UTM { $zone }
traverse-warning = ВНИМАНИЕ: невязка { $ratio } хуже 1:{ $tolerance }; проверьте ходы, прежде чем использовать этот периметр
traverse-adjusted = уравнено по правилу компаса (Боудича):
traverse-moved = сдвиг { $metres } м
traverse-adjusted-area = площадь после уравнивания { $area } м²
cli-created = создан { $file }
cli-already = { $file } уже является базой данных Clearfield (версия схемы { $version }){ $upgraded }; больше ничего не изменено
cli-already-upgraded = , обновлена с версии схемы { $from }
cli-checked = проверен { $file }: { $counts }
check-integrity = целостность: { $problem }
check-link = связь: { $problem }
check-geopackage = GeoPackage: { $problem }
check-schema = схема: { $problem }
check-record = запись: { $problem }
cli-more-all = … и ещё { $count } (--all-problems выводит все)
cli-more = … и ещё { $count }
cli-no-problems = проблем не найдено
cli-problems-found = { $count ->
        [one] найдена { $count } проблема
        [few] найдено { $count } проблемы
        [many] найдено { $count } проблем
       *[other] найдено { $count } проблемы
    }; ничего не изменено
cli-backed-up = резервная копия { $file } записана в { $backup }
cli-restored = { $file } восстановлен из { $backup }; прежний файл сохранён как { $kept }
cli-imported = импортировано из { $file }: { $counts }; уже было без изменений: { $unchanged }
cli-imported-updated = ; обновлено: { $count }
cli-imported-kept-deleted = ; удалено здесь и не возвращено: { $count } (см. `clearfield history`)
cli-import-problems = { $file }: { $count ->
        [one] { $count } проблема
        [few] { $count } проблемы
        [many] { $count } проблем
       *[other] { $count } проблемы
    }, ничего не импортировано
cli-import-refused = { $file }: { $why }; ничего не импортировано
cli-cannot-import = не удаётся импортировать { $file }
cli-skipped = { $count ->
        [one] пропущен { $count } объект
        [few] пропущено { $count } объекта
        [many] пропущено { $count } объектов
       *[other] пропущено { $count } объекта
    }:
cli-repaired = { $count ->
        [one] исправлена { $count } граница
        [few] исправлено { $count } границы
        [many] исправлено { $count } границ
       *[other] исправлено { $count } границы
    }:
cli-repairs-listed = исправления перечислены в { $file }
cli-repairs-not-written = импортировано, но список исправлений не записан рядом с { $file }
cli-saved-profile = профиль импорта { $name } сохранён (используйте его с --profile { $name })
cli-repair-tolerance = --repair-tolerance { $value }: укажите процент от 0 до 100
cli-tracks-as = --tracks-as { $kind }: треки — это границы: hazard или release
cli-map-geometry = --map { $column }=geometry: { $file } в формате { $format }; столбец геометрии — для выгрузок форм CSV и XLSX
cli-sheet-not-xlsx = --sheet { $sheet }: { $file } в формате { $format }, а не XLSX
cli-exported = экспортировано в { $file }: { $counts }
cli-exported-routes = экспортировано в { $file }: { $counts }; { $routes ->
        [one] { $routes } маршрут
        [few] { $routes } маршрута
        [many] { $routes } маршрутов
       *[other] { $routes } маршрута
    }
cli-exported-nothing = экспортировано: { $counts }; файл не создан (экспортировать нечего)
cli-wrote-photos = { $count ->
        [one] записана { $count } фотография
        [few] записано { $count } фотографии
        [many] записано { $count } фотографий
       *[other] записано { $count } фотографии
    } в { $folder }
cli-cannot-write-export = не удаётся записать { $file }; ничего не записано
cli-shapefile-stdout = шейп-файл состоит из нескольких файлов: укажите имя (NAME.shp), а не -
cli-merged = объединено с { $file }: получено { $versions }; добавлено { $records }, изменено { $changed }, удалено { $deleted }; в конфликте { $conflicts }
cli-would-merge = будет объединено с { $file }: будет получено { $versions }; будет добавлено { $records }, изменено { $changed }, удалено { $deleted }; в конфликте { $conflicts }
count-versions = { $count ->
        [one] { $count } версия
        [few] { $count } версии
        [many] { $count } версий
       *[other] { $count } версии
    }
count-records = { $count ->
        [one] { $count } запись
        [few] { $count } записи
        [many] { $count } записей
       *[other] { $count } записи
    }
merge-add = добавить: { $kind }{ $name } { $id }
merge-change = изменить: { $kind }{ $name } { $id }
merge-delete = удалить: { $kind }{ $name } { $id }
merge-conflict-on = конфликт: { $kind }{ $name } { $id }
cli-photos-received = фотографии: получено { $photos }, получено прикреплений и откреплений { $changes }
cli-conflict = конфликт: { $kind } { $id } (см. `clearfield conflicts`)
cli-dry-run = пробный запуск: ничего не изменено
cli-synced = синхронизировано с { $hub }: отправлено { $sent }, получено { $received }; добавлено { $records }, изменено { $changed }, удалено здесь { $deleted }; в конфликте { $conflicts }
said-more = … и ещё { $count }
sync-photos = фотографии: отправлено { $sent }, получено { $received }; прикреплений и откреплений отправлено { $changes_sent }, получено { $changes_received }
sync-setting = настройка программы из центра: { $key } = { $value }
cli-wrote = записан { $file }
cli-report-is-database = { $file }: это сама база данных (или её журнал); выберите для отчёта другой файл
cli-cannot-write = не удаётся записать { $file }
cli-not-an-id = { $text } не является идентификатором записи (UUID вида 3f2b1c4e-…)
list-separator = {", "}

## clearfield show, history, types, generate, attach and detach
show-area = площадь
show-area-value = { $m2 } м² ({ $ha } га)
show-geometry = геометрия
show-created-at = создано
show-modified-at = изменено
show-modified-value = { $at }, автор: { $who }
history-none = в журнале изменений нет записи с идентификатором { $id }
history-version = { $at }  { $operation }  автор: { $who }  версия { $version }
history-op-insert = добавление
history-op-update = изменение
history-op-delete = удаление
history-and = и
history-made-from = объединена из { $versions }
history-photo-attach = фотография { $file } прикреплена ({ $who }, { $at }; фотография { $photo }, версия { $version })
history-photo-detach = фотография { $file } откреплена ({ $who }, { $at }; фотография { $photo }, версия { $version })
history-photo-other = фотография { $file }: { $operation } ({ $who }, { $at }; фотография { $photo }, версия { $version })
generate-progress = generate: { $percent }% ({ $done } из { $total } записей)
generate-wrote = записано в { $path }: опасные районы: { $hazards }, высвобождения земель: { $releases }, находки боеприпасов: { $finds }
cli-attached = { $file } прикреплён к { $id } как фотография { $photo }
cli-detached = фотография { $photo } откреплена от { $id } (фотография остаётся в файле и в `clearfield history { $id }`)
cli-not-a-photo-id = { $text } не является идентификатором фотографии (UUID, см. `clearfield photos { $id }`)

## clearfield estimate: цифры между главной фразой и пояснением

estimate-title = Прогноз на { $date } (темп за { $days ->
        [one] последний { $days } день
        [few] последние { $days } дня
        [many] последние { $days } дней
       *[other] последние { $days } дня
    })
estimate-remaining = остаётся
estimate-net = сокращение нетто
estimate-released = высвобождено
estimate-new = новое загрязнение
estimate-completion = завершение
estimate-interval = 80-процентный интервал
estimate-interval-open = с { $low }, без крайней даты
estimate-interval-none = нет: при таком темпе очистка не завершится
estimate-deadline = Срок по статье 4
estimate-no-deadline = (не задан: clearfield settings --deadline ГГГГ-ММ-ДД)
estimate-on-track = в срок
estimate-pace-needed = нужный темп
estimate-per-day = м² в сутки
estimate-times-pace = × нынешнего темпа

## app
# Слова настольного приложения (issue #15). Ключи с префиксом app-; в конце файла.

app-read-only = только чтение
app-file-read-only-hint = Файл можно только читать (носитель защищён от записи, общая папка только для чтения): изменения не принимаются. Чтобы изменить его, скопируйте его в папку с правом записи.
app-hq-view = Обзор штаба: хаб { $hub }
app-hub-read-only-hint = То, что было в хабе при чтении. Изменения вносятся на ноутбуках и попадают в хаб при синхронизации.
app-read-hub-again = Прочитать хаб заново
app-fit-map = Показать все данные
app-new-hazard-area = Новый опасный район
app-new-land-release = Новое высвобождение земель
app-new-find = Новая находка
app-new-evidence-point = Новая точка признаков
app-last-boundary-change = последнее изменение границы
app-undo = Отменить
app-redo = Повторить
app-undo-hint = Отменить: { $what } (Ctrl+Z)
app-redo-hint = Повторить: { $what } (Ctrl+Y)
app-import-export = Импорт / экспорт
map-scale-m = { $n } м
map-scale-km = { $n } км
map-credit = Названия мест © GeoNames (CC BY 4.0); границы: Natural Earth
app-import-failed = { $file }: { $why }; ничего не импортировано
app-import-rejected = проблем: { $count }, ничего не импортировано:
app-repairs-listed = Исправления перечислены в { $file }.
app-repairs-not-listed = Список исправлений не записан рядом с файлом: { $why }
app-repaired = Исправлено: { $what }
app-skipped = Пропущено: { $count }:
app-export-failed = { $file }: { $why }; ничего не записано
app-report-written = Отчёт за период с { $from } по { $to } записан в { $file }.
app-preview-features = объектов: { $count }: { $counts }
app-preview-repaired = ; границ будет исправлено: { $count }
app-preview-refused = ; будет отклонено: { $count }:
app-preview-checks = Собственные проверки базы данных (идентификатор уже есть) выполняются при импорте.
app-preview-unit-feature = Объект
app-preview-unit-record = Запись
app-preview-problem = { $unit } { $n }{ $name }: { $problem }
app-preview-show-alone = Показать только его на карте
app-preview-show-all = Показать все объекты
app-merge-file = Объединить файл
app-sync-hub = Синхронизировать с хабом
app-conflicts = Конфликты ({ $count })
app-gps = GPS
app-settings = Настройки
app-language = Язык
app-user-name = Ваше имя в журнале изменений (сейчас: { $name })
app-use-name = Использовать это имя
app-square-metres = Площади в м² (вместо км² и га)
app-settings-not-saved = Настройки не сохранены: { $why }
app-settings-not-read = Настройки не прочитаны: { $why }
app-centred-on = Карта отцентрирована: { $what }.
app-nothing-named = Ничего с именем «{ $text }» (ни записи, ни места), ни идентификатора с таким началом, и это не координаты.
app-type-a-name = Сначала введите имя для журнала изменений.
app-user-kept = Изменения теперь записываются от имени { $name }.
app-user-not-kept = Изменения записываются от имени { $name }, но имя не сохранено: { $why }
app-units-not-kept = Выбор единиц не сохранён: { $why }
app-reading-hub = Чтение хаба { $hub }…
app-basemap-opened = Подложка: { $name }
app-saved = Сохранено: { $what }.
app-deleted = Удалено: { $what } (Отменить вернёт).
app-undone = Отменено: { $what }.
app-redone = Повторено: { $what }.
app-step-dropped = { $why }. Этот шаг отброшен.
app-resolved = Конфликт { $id } разрешён: новая версия { $version }.
app-open-record-for-photos = Откройте запись (щёлкните по ней на карте), чтобы прикрепить к ней перетащенные фотографии.
app-loading-stopped = загрузка неожиданно прервалась
app-demo-loaded = Демонстрационная программа загружена: { $counts }.
app-demo-failed = Демонстрационную программу загрузить не удалось: { $why }
app-record = запись
app-change-added = добавлено: { $kind } { $id }
app-change-deleted = удалено: { $kind } { $id }
app-change-edited = изменено: { $kind } { $id }
app-list-separator = {", "}
app-kind-hazard_area = опасный район
app-kind-land_release = высвобождение земель
app-kind-ordnance_find = находка боеприпаса
app-kind-survey_point = точка обследования
app-kind-evidence_point = точка признаков
app-count-hazard_area = { $shown } { $count ->
        [one] опасный район
        [few] опасных района
        [many] опасных районов
       *[other] опасного района
    }
app-count-land_release = { $shown } { $count ->
        [one] высвобождение земель
        [few] высвобождения земель
        [many] высвобождений земель
       *[other] высвобождения земель
    }
app-count-ordnance_find = { $shown } { $count ->
        [one] находка боеприпасов
        [few] находки боеприпасов
        [many] находок боеприпасов
       *[other] находки боеприпасов
    }
app-count-survey_point = { $shown } { $count ->
        [one] точка обследования
        [few] точки обследования
        [many] точек обследования
       *[other] точки обследования
    }
app-count-evidence_point = { $shown } { $count ->
        [one] точка признаков
        [few] точки признаков
        [many] точек признаков
       *[other] точки признаков
    }
app-value-SHA = ПОР (SHA)
app-value-CHA = ДОР (CHA)
app-value-cmr = остатки кассетных боеприпасов
app-value-uxo = НВБ
app-value-ap_mines = противопехотные мины
app-value-at_mines = противотанковые мины
app-value-ied = СВУ
app-value-mixed = смешанное
app-value-active = активен
app-value-in_progress = в работе
app-value-closed = закрыт
app-value-cancelled = аннулировано
app-value-reduced = сокращено
app-value-cleared = очищено
app-value-submunition = суббоеприпас
app-value-bomb = бомба
app-value-projectile = снаряд
app-value-mortar = мина миномётная
app-value-rocket = ракета
app-value-grenade = граната
app-value-landmine = мина
app-value-other = другое
app-value-intact = целый
app-value-damaged = повреждён
app-value-unknown = неизвестно
app-welcome-title = В этом файле пока нет записей
app-welcome-text = Загрузите демонстрационную программу (синтетические данные по югу Ливана), чтобы сразу увидеть карту, оставшуюся площадь и прогноз, или импортируйте свои данные командой `clearfield import FILE`.
app-demo-loading = Загрузка демонстрационной программы…
app-demo-load = Загрузить демонстрационную программу
app-computing-figures = Расчёт показателей…
app-completion-estimate = Оценка завершения
app-computing-forecast = Расчёт прогноза…
app-no-figures = Нет показателей: файл не удалось прочитать.
app-programme = Программа
app-regions-open = Регионы и опасные районы
app-finds-by-type = Находки по типам
app-col-type = тип
app-col-category = категория
app-col-finds = находок
app-col-items = предметов
app-no-hazard-area-yet = Опасные районы пока не учтены.
app-left-out = { $count ->
        [one] { $count } запись пропущена: недействительна (запустите `clearfield check`)
        [few] { $count } записи пропущены: недействительны (запустите `clearfield check`)
       *[other] { $count } записей пропущено: недействительны (запустите `clearfield check`)
    }
app-map = Карта
app-layer-hazard_area = Опасные районы
app-layer-land_release = Высвобождения земель
app-layer-ordnance_find = Находки боеприпасов
app-layer-survey_point = Точки обследования
app-layer-evidence_point = Точки признаков
app-layer-remaining = Оставшаяся площадь (выделена)
app-basemap = Подложка (файл MBTiles, без сети)
app-open = Открыть
app-choose = Выбрать…
app-basemap-showing = Показана { $name }
app-go-to = Перейти (имя, идентификатор или lon,lat / UTM / MGRS / DMS)
app-go = Перейти
app-found = Найдено: { $count }
app-places-found = Места ({ $count }):
app-completion = Завершение: { $date }
app-completion-none = при таком темпе не наступит
app-interval = Интервал 80 %: { $interval }
app-interval-between = с { $low } по { $high }
app-interval-from = с { $low }, без крайней даты
app-interval-none = нет: при таком темпе завершения не будет
app-deadline-missed = Срок по статье 4 { $date }: пропущен
app-deadline-on-track = Срок по статье 4 { $date }: будет соблюдён
app-deadline-not-on-track = Срок по статье 4 { $date }: не будет соблюдён
app-figures-on = Показатели на { $date }
app-area-hazard = Опасная площадь
app-area-remaining = Остаётся
app-area-cancelled = Аннулировано (НТО)
app-area-reduced = Сокращено (ТО)
app-area-cleared = Очищено
app-nts-ts = НТО: нетехническое обследование. ТО: техническое обследование.
app-status-counts = { $hazards }, { $releases }, { $finds } ({ $items } { $count ->
        [one] предмет
        [few] предмета
        [many] предметов
       *[other] предмета
    })
app-find-symbols = Условные знаки находок
app-find-symbols-note = По категориям; при отдалении находки считаются по районам.
app-cursor = долг. { $lon }  шир. { $lat }   UTM { $utm }   MGRS { $mgrs }
app-chart-remaining-km2 = остаётся, км²
app-chart-year = год
app-chart-remaining = оставшаяся площадь
app-chart-projection = прогноз при нынешнем темпе
app-chart-today = сегодня ({ $date })
app-chart-deadline = срок по статье 4 ({ $date })
app-value-benchmark = репер
app-value-turning = точка поворота
app-value-intermediate = промежуточная
app-value-start = начало
app-value-end = конец
app-value-true = истинный север
app-value-grid = сеточный север
app-value-magnetic = магнитный север
app-value-strike = удар
app-value-accident = несчастный случай
app-value-item_seen = замеченный предмет
app-value-witness = свидетель
app-value-reference = источник
app-value-destroyed_in_situ = уничтожен на месте
app-value-removed_and_destroyed = вывезен и уничтожен
app-value-removed_to_storage = вывезен на склад
app-value-pending = ожидает
app-field-name = Название
app-field-classification = Классификация
app-field-contamination = Загрязнение
app-field-surveyed_on = Дата обследования
app-field-region = Регион
app-field-status = Статус
app-field-note = Примечание
app-field-hazard_id = Опасный район
app-field-method = Метод
app-field-started_on = Начато
app-field-completed_on = Завершено
app-field-team = Группа
app-field-depth_cm = Глубина (см)
app-field-ordnance_type = Тип боеприпаса
app-field-category = Категория
app-field-quantity = Количество
app-field-condition = Состояние
app-field-found_on = Дата находки
app-field-disposal = Уничтожение
app-field-belongs_to = Относится к (ид.)
app-field-point_type = Тип точки
app-field-sequence = Номер
app-field-bearing_deg = Азимут (°)
app-field-bearing_ref = Азимут от
app-field-distance_m = Расстояние (м)
app-field-declination_deg = Склонение (° к востоку)
app-field-gps_accuracy_m = Точность GPS (м)
app-field-hdop = HDOP
app-field-satellites = Спутники
app-field-evidence_type = Признак
app-field-recorded_on = Дата записи
app-field-source = Источник
app-field-geometry = Геометрия
app-traverse-enter = Ввести ходы от репера
app-traverse-title = Ход: отрезки от репера
app-form-new = Новая запись: { $kind }
app-form-edit = Изменить: { $kind } { $id }
app-form-help-find = Щёлкните на карте там, где найдено (или перетащите точку), или введите координаты ниже.
app-form-help-point = Щёлкните на карте там, где точка находится (или перетащите её), или введите координаты ниже.
app-form-help-new-area = Щёлкайте на карте, чтобы добавить вершины, или введите границу ниже. Перетащите вершину, чтобы сдвинуть её; щёлкните квадрат на стороне, чтобы вставить вершину; щёлкните вершину правой кнопкой (или выберите её и нажмите Delete), чтобы удалить.
app-form-help-edit-area = Перетащите вершину, чтобы сдвинуть её; щёлкните квадрат на стороне, чтобы вставить вершину; щёлкните вершину правой кнопкой (или выберите её и нажмите Delete), чтобы удалить; или измените текст ниже.
app-form-geometry-hint = WKT, lon,lat, UTM, MGRS или DMS
app-form-delete-vertex = Удалить выбранную вершину
app-form-unlinked = Не связано с опасным районом: выберите его выше или сохраните без связи.
app-form-to-save = Чтобы сохранить: { $missing }
app-form-problem = { $field }: { $reason }
app-form-search-types = Поиск типов
app-form-linked-drawn-in = Связано с опасным районом, в котором нарисовано (можно изменить выше).
app-save = Сохранить
app-cancel = Отмена
app-choose-value = выберите…
app-none = нет
app-none-in-list = (нет)
app-hint-centimetres = сантиметры
app-hint-hazard-id = UUID опасного района
app-hint-category = из списка типов, если пусто
app-area-line = Площадь { $ha } га ({ $m2 } м²)
app-remaining-line = Остаётся { $ha } га ({ $m2 } м²)
app-remaining-working = Остаётся: идёт расчёт…
app-photos = Фотографии
app-photo-taken = снято { $at }
app-photo-detach = Открепить
app-photo-attach = Прикрепить фото…
app-photo-attach-hint = Или перетащите файлы JPEG или PNG в окно
app-photo-detached = Фото откреплено (оно остаётся в истории файла).
app-photo-select-record = Выберите запись, к которой прикрепить фотографии.
app-photos-attached = { $count ->
        [one] Прикреплена { $count } фотография.
        [few] Прикреплены { $count } фотографии.
       *[other] Прикреплено { $count } фотографий.
    }
app-no-record = нет записи с идентификатором { $id }
app-releases-and-finds = Высвобождения земель и находки
app-release-line = { $method } { $date } · { $ha } га · { $team }
app-no-team = без группы
app-survey-evidence-points = Точки обследования и признаков
app-survey-leg = { $sequence } { $type } · отрезок { $bearing }° { $from } { $distance } м
app-add-survey-point = Добавить точку обследования
app-add-evidence-point = Добавить точку признаков
app-zoom-to = Приблизить
app-edit = Изменить
app-delete = Удалить
app-close = Закрыть
app-regions-computing = Расчёт показателей по регионам…
app-regions-by-region = Ещё загрязнённая земля по регионам
app-areas-in = Площади в { $unit }.
app-col-region = Регион
app-col-area = Площадь
app-col-remaining = Остаётся
app-col-name = Название
app-col-sorted = { $column } (по нему)
app-sort-hint = Сортировать по этому столбцу
app-regions-hazards = Опасные районы ({ $count })
app-regions-hazards-in = Опасные районы: { $region } ({ $count })
app-no-region = без региона
app-no-region-row = (без региона)
app-all-regions = Все регионы
app-regions-none-left = Загрязнённой земли не осталось.
app-region-share = { $region }: { $area } { $unit } ({ $share } %)
app-calendar = календарь
app-selected-record = Выбранная запись
app-merge-title = Объединить файл группы
app-merge-help = Каждая запись и каждая версия другого файла переходит в этот, сопоставляясь по идентификатору.
app-merge-file-label = Файл для объединения
app-merge = Объединить
app-dry-run = Пробный запуск
app-dry-run-said = { $said } (пробный запуск, ничего не изменено)
app-no-conflicts = Конфликтов нет.
app-conflict-help = Выберите, чьё значение примет каждое поле, выделенное жирным, или оставьте одну версию целиком.
app-this-file = этот файл
app-other-file = другой файл
app-version-heading =
    { $whose }
    автор: { $by }
    { $when }
app-version-heading-deletes =
    { $whose }
    автор: { $by }
    { $when }
    удаляет запись
app-keep-version = Оставить версию: { $whose }
app-keep-version-by = Оставить версию: { $whose }, автор { $by }, { $when }
app-version-id = версия { $version }
app-resolve-choices = Разрешить с этим выбором
app-conflict-delete-note = Версия с пометкой удаления удаляет запись, если её оставить; полей у неё нет.
app-deleted-version = удалена
app-take-from = Взять «{ $field }» из версии: { $whose }: { $by }, { $when }
app-field-geom = Геометрия
app-geom-point = точка { $lon }, { $lat }
app-geom-area = { $area }, { $vertices } { $vertices ->
        [one] вершина
        [few] вершины
       *[many] вершин
    } около { $lon }, { $lat }
app-geom-other = геометрия другого типа
app-sync-read-only = Этот файл можно только читать: он не может принять изменения из хаба.
app-sync-give-address = Укажите адрес хаба: postgresql://USER@HOST:PORT/DATABASE
app-sync-not-kept = Адрес хаба не сохранён: { $why }
app-sync-title = Синхронизация с хабом
app-sync-help = Отправляет изменения этого ноутбука в национальный хаб и получает изменения остальных. Работайте без сети, как прежде; синхронизируйте, когда есть связь.
app-sync-address = Адрес хаба
app-sync-password = Пароль (никогда не сохраняется)
app-sync-password-hint = пусто: PGPASSWORD или ~/.pgpass
app-syncing = Синхронизация…
app-sync = Синхронизировать
app-exchange-title = Импорт и экспорт
app-exchange-file = Файл
app-exchange-choose = Выбрать файл для импорта…
app-exchange-save-as = Сохранить как…
app-exchange-preview = Показать на карте
app-exchange-import = Импортировать
app-exchange-reading = Чтение файла…
app-exchange-preview-stale = Файл или настройки изменились после предпросмотра: покажите заново.
app-exchange-export = Экспортировать
app-exchange-export-hint = GeoJSON, или GPX, KML, shapefile по расширению файла (.gpx, .kml, .shp)
app-report-from = Отчёт с
app-report-from-hint = 12 месяцев назад
app-report-to = по
app-report-to-hint = сегодня
app-report-write = Написать отчёт
app-report-write-hint = HTML, Markdown (.md), CSV или JSON по расширению файла
app-report-open = Открыть отчёт
app-writing = Запись…
app-import-saved-choices = Сохранённые настройки
app-import-kindless = Объекты без вида считаются
app-import-refused = (отклонены)
app-import-fill = Заполнить недостающие поля (ПОЛЕ=ЗНАЧЕНИЕ, через запятую)
app-import-columns = Столбцы как поля (СТОЛБЕЦ=ПОЛЕ, через запятую; СТОЛБЕЦ=geometry)
app-import-skip-invalid = Импортировать верные объекты, перечислить остальные
app-import-repair = Исправить неверные границы (каждое исправление перечислено)
app-import-accept-repairs = Принять исправления, меняющие площадь более чем на 1 %
app-gps-title = GPS-приёмник
app-gps-disconnect = Отключить
app-gps-connect = Подключить
app-gps-connected = Подключено: { $source }
app-gps-fixes-to-average = Отсчётов для усреднения
app-gps-averaging = Усреднение отсчётов ({ $count })… держите приёмник неподвижно
app-gps-use-position = Взять координаты
app-gps-serial = Последовательный порт
app-gps-replay = Записанный журнал
app-gps-port = Порт
app-gps-gpsd-address = Адрес gpsd
app-gps-log-file = Файл журнала NMEA
app-gps-baud = Скорость (бод)
app-gps-live = Сейчас: { $at } (lon,lat)
app-gps-fix = Решение: { $quality }, спутников: { $satellites }, HDOP { $hdop }
app-gps-waiting = Ожидание решения…
app-gps-counts = Отсчётов: { $total }; пропущено с ошибкой контрольной суммы: { $bad }, без решения: { $nofix }
app-gps-averaging-short = Усреднение…
app-gps-average-next = Усреднить следующие отсчёты
app-gps-use-averaged = Взять координаты GPS (отсчётов: { $count }, разброс { $spread } м)
app-gps-averaged = Усреднённые координаты
app-gps-at = { $at } (lon,lat)
app-gps-spread = Разброс: не более { $max } м, { $rms } м СКО
app-gps-at-least = не менее { $n }
app-gps-mean = в среднем { $n }
app-gps-averaged-from = Усреднено отсчётов: { $count }, качество { $quality } или лучше; спутники { $satellites }; HDOP { $hdop }
app-traverse-benchmark = Репер *
app-traverse-benchmark-hint = lon,lat, UTM, MGRS или DMS
app-traverse-bearings-from = Азимуты от
app-traverse-wmm = Мировая магнитная модель
app-traverse-leg-to = Отрезок до
app-traverse-leg-kind = отрезок { $n }: точка, в которую он приходит
app-traverse-leg-bearing = отрезок { $n }, азимут
app-traverse-leg-distance = отрезок { $n }, расстояние
app-traverse-remove-leg = удалить этот отрезок
app-traverse-add-leg = Добавить отрезок
app-traverse-paste = Вставьте строки из таблицы (вид, азимут, расстояние)
app-traverse-read-pasted = Прочитать вставленные строки
app-traverse-adjust = Уравнять по правилу компаса (записывается)
app-traverse-accept = Принять невязку хуже допуска (записывается)
app-traverse-area = Площадь { $area } м², периметр { $perimeter } м
app-traverse-closure = Невязка { $error } м ({ $ratio })
app-traverse-closure-worse = { $closure }: хуже допуска программы 1:{ $tolerance }. Проверьте отрезки или примите, или уравняйте.
app-traverse-declination = Склонение { $degrees }° к востоку
app-traverse-adjusted = Уравнено: точки сдвинуты не более чем на { $most } м; площадь { $area } м²

## help: the remaining options
# The options of every command not above, and clap's own words: the help subcommand's
# line, --version's, and the errors of a command line refused (cli-args-*: one line, then
# the usage and where to find more; $arg is an option as typed in the usage, --as-of <DATE>).
# tests/i18n.rs checks every command and option has its help-… key here or above.

help-cmd-help = Показать это сообщение или справку по указанным подкомандам
help-arg-help-command = Показать справку по подкомандам
help-arg-version = Показать версию
help-default = по умолчанию
help-env = переменная окружения
help-possible-values = возможные значения
cli-args-unknown-argument = неожиданный аргумент '{ $arg }'
cli-args-value-required = для '{ $arg }' нужно значение, но оно не указано
cli-args-invalid-value = недопустимое значение '{ $value }' для '{ $arg }'
cli-args-invalid-value-reason = недопустимое значение '{ $value }' для '{ $arg }': { $reason }
cli-args-not-a-whole-number = не целое число
cli-args-not-a-number = не число
cli-args-out-of-range = должно быть от { $min } до { $max }
cli-args-possible-values = возможные значения: { $values }
cli-args-unknown-subcommand = неизвестная подкоманда '{ $command }'
cli-args-missing-subcommand = '{ $command }' требует подкоманду, но она не указана
cli-args-commands = подкоманды: { $values }
cli-args-missing-required = не указаны обязательные аргументы: { $args }
cli-args-conflict = аргумент '{ $arg }' нельзя использовать вместе с '{ $other }'
cli-args-subcommand-conflict = подкоманду '{ $command }' нельзя использовать вместе с '{ $other }'
cli-args-repeated = аргумент '{ $arg }' нельзя указывать несколько раз
cli-args-no-equals = для присвоения значения '{ $arg }' нужен знак равенства
cli-args-too-many-values = лишнее значение '{ $value }' для '{ $arg }'; больше значений не ожидалось
cli-args-too-few-values = '{ $arg }' требует не менее { $expected } значений (указано: { $actual })
cli-args-wrong-number-of-values = '{ $arg }' требует значений: { $expected } (указано: { $actual })
cli-args-invalid-utf8 = в одном или нескольких аргументах обнаружен недопустимый UTF-8
cli-args-other = командная строка недопустима: { $error }
cli-args-similar = похожие: { $suggested }
cli-args-more = Подробнее: '{ $help }'.

help-arg-add-evidence-evidence_type = strike|item_seen|accident|witness
help-arg-add-evidence-geometry = Место: lon,lat в десятичных градусах (сначала долгота), UTM (36S 740281 3685298), MGRS (36SYB4028185298), DMS (33°16'48"N 35°34'48"E) или WKT POINT (lon lat)
help-arg-add-evidence-hazard_id = UUID опасного района, к которому относится
help-arg-add-evidence-id = Использовать этот идентификатор вместо нового случайного
help-arg-add-evidence-note = Свободный текст
help-arg-add-evidence-recorded_on = Дата записи свидетельства, ГГГГ-ММ-ДД
help-arg-add-evidence-source = От кого или откуда получено (свидетель, группа, отчёт)
help-arg-add-find-category = submunition|bomb|projectile|mortar|rocket|grenade|landmine|other [по умолчанию: из списка типов]
help-arg-add-find-condition = intact|damaged|unknown
help-arg-add-find-depth_cm = Глубина в сантиметрах (0 или больше)
help-arg-add-find-disposal = destroyed_in_situ|removed_and_destroyed|removed_to_storage|pending
help-arg-add-find-found_on = Дата находки, ГГГГ-ММ-ДД
help-arg-add-find-geometry = Место: lon,lat в десятичных градусах (сначала долгота), UTM (36S 740281 3685298), MGRS (36SYB4028185298), DMS (33°16'48"N 35°34'48"E) или WKT POINT (lon lat)
help-arg-add-find-hazard_id = UUID опасного района, к которому относится
help-arg-add-find-id = Использовать этот идентификатор вместо нового случайного
help-arg-add-find-note = Свободный текст
help-arg-add-find-ordnance_type = Код типа, напр. M42, BLU-97 (см. `clearfield types`)
help-arg-add-find-quantity = Число предметов, 1 или больше [по умолчанию: 1]
help-arg-add-find-team = Название группы
help-arg-add-hazard-accept-closure = Сохранить границу с невязкой хуже допуска программы (записывается)
help-arg-add-hazard-adjust = Распределить невязку по правилу компаса (Боудича) перед сохранением (записывается)
help-arg-add-hazard-bearing-ref = Север, от которого читаются азимуты: true, grid или magnetic [по умолчанию: magnetic]
help-arg-add-hazard-benchmark = Репер, от которого начинается съёмка: lon,lat, UTM, MGRS или DMS
help-arg-add-hazard-classification = SHA (предположительно) или CHA (подтверждённый)
help-arg-add-hazard-contamination = cmr|uxo|ap_mines|at_mines|ied|mixed [по умолчанию: cmr]
help-arg-add-hazard-declination = Магнитное склонение, градусы к востоку, вместо Мировой магнитной модели
help-arg-add-hazard-geometry = Граница как WKT POLYGON или MULTIPOLYGON, порядок «долгота широта», кольца замкнуты
help-arg-add-hazard-id = Использовать этот идентификатор вместо нового случайного
help-arg-add-hazard-legs = Ходы (kind,bearing_deg,distance_m): граница вычисляется и сохраняется со своими точками съёмки
help-arg-add-hazard-name = Название опасного района
help-arg-add-hazard-note = Свободный текст
help-arg-add-hazard-region = Административный регион
help-arg-add-hazard-status = active|in_progress|closed [по умолчанию: active]
help-arg-add-hazard-survey-date = Дата съёмки, для магнитной модели [по умолчанию: дата записи]
help-arg-add-hazard-surveyed_on = Дата записи опасного района, ГГГГ-ММ-ДД
help-arg-add-release-accept-closure = Сохранить границу с невязкой хуже допуска программы (записывается)
help-arg-add-release-adjust = Распределить невязку по правилу компаса (Боудича) перед сохранением (записывается)
help-arg-add-release-bearing-ref = Север, от которого читаются азимуты: true, grid или magnetic [по умолчанию: magnetic]
help-arg-add-release-benchmark = Репер, от которого начинается съёмка: lon,lat, UTM, MGRS или DMS
help-arg-add-release-completed_on = Дата высвобождения земли, ГГГГ-ММ-ДД
help-arg-add-release-declination = Магнитное склонение, градусы к востоку, вместо Мировой магнитной модели
help-arg-add-release-depth_cm = Глубина в сантиметрах (0 или больше)
help-arg-add-release-geometry = Граница как WKT POLYGON или MULTIPOLYGON, порядок «долгота широта», кольца замкнуты
help-arg-add-release-hazard_id = UUID опасного района, к которому относится
help-arg-add-release-id = Использовать этот идентификатор вместо нового случайного
help-arg-add-release-legs = Ходы (kind,bearing_deg,distance_m): граница вычисляется и сохраняется со своими точками съёмки
help-arg-add-release-method = cancelled|reduced|cleared
help-arg-add-release-note = Свободный текст
help-arg-add-release-started_on = Дата начала работ, ГГГГ-ММ-ДД
help-arg-add-release-survey-date = Дата съёмки, для магнитной модели [по умолчанию: дата записи]
help-arg-add-release-team = Название группы
help-arg-add-survey-bearing_deg = Азимут хода, приведшего сюда, в градусах [0, 360)
help-arg-add-survey-bearing_ref = От чего отсчитан азимут: true|grid|magnetic
help-arg-add-survey-belongs_to = UUID опасного района или высвобожденной земли, которые отмечает точка
help-arg-add-survey-declination_deg = Использованное магнитное склонение, градусы к востоку (западное отрицательно)
help-arg-add-survey-distance_m = Длина хода, приведшего сюда, в метрах
help-arg-add-survey-geometry = Место: lon,lat в десятичных градусах (сначала долгота), UTM (36S 740281 3685298), MGRS (36SYB4028185298), DMS (33°16'48"N 35°34'48"E) или WKT POINT (lon lat)
help-arg-add-survey-gps_accuracy_m = Точность GPS для координат, в метрах
help-arg-add-survey-hdop = Горизонтальный геометрический фактор точности (HDOP) координат
help-arg-add-survey-id = Использовать этот идентификатор вместо нового случайного
help-arg-add-survey-note = Свободный текст
help-arg-add-survey-point_type = benchmark|reference|start|turning|intermediate|end
help-arg-add-survey-satellites = Спутников использовано для координат
help-arg-add-survey-sequence = Её место в съёмке, от 0 (репер)
help-arg-attach-files = Файлы JPEG или PNG; прикрепляются все или ни одного, если один отклонён
help-arg-attach-id = UUID записи
help-arg-backup-dest = Файл для записи
help-arg-check-all_problems = Перечислить все найденные проблемы, а не только первые 20 и число остальных
help-arg-conflicts-json = Вывести JSON
help-arg-delete-id = UUID записи
help-arg-detach-id = UUID записи
help-arg-detach-photo = Идентификатор фотографии (из `clearfield photos ID`)
help-arg-edit-bearing_deg = Азимут хода, приведшего сюда, в градусах [0, 360)
help-arg-edit-bearing_ref = От чего отсчитан азимут: true|grid|magnetic
help-arg-edit-belongs_to = UUID опасного района или высвобожденной земли, которые отмечает точка
help-arg-edit-category = submunition|bomb|projectile|mortar|rocket|grenade|landmine|other
help-arg-edit-classification = SHA (предположительно) или CHA (подтверждённый)
help-arg-edit-completed_on = Дата высвобождения земли, ГГГГ-ММ-ДД
help-arg-edit-condition = intact|damaged|unknown
help-arg-edit-contamination = cmr|uxo|ap_mines|at_mines|ied|mixed
help-arg-edit-declination_deg = Использованное магнитное склонение, градусы к востоку (западное отрицательно)
help-arg-edit-depth_cm = Глубина в сантиметрах (0 или больше)
help-arg-edit-disposal = destroyed_in_situ|removed_and_destroyed|removed_to_storage|pending
help-arg-edit-distance_m = Длина хода, приведшего сюда, в метрах
help-arg-edit-evidence_type = strike|item_seen|accident|witness
help-arg-edit-found_on = Дата находки, ГГГГ-ММ-ДД
help-arg-edit-geometry = Новая геометрия (WKT или lon,lat для находки)
help-arg-edit-gps_accuracy_m = Точность GPS для координат, в метрах
help-arg-edit-hazard_id = UUID опасного района, к которому относится
help-arg-edit-hdop = Горизонтальный геометрический фактор точности (HDOP) координат
help-arg-edit-id = UUID записи
help-arg-edit-method = cancelled|reduced|cleared
help-arg-edit-name = Название опасного района
help-arg-edit-note = Свободный текст
help-arg-edit-ordnance_type = Код типа, напр. M42, BLU-97 (см. `clearfield types`)
help-arg-edit-point_type = benchmark|reference|start|turning|intermediate|end
help-arg-edit-quantity = Число предметов, 1 или больше
help-arg-edit-recorded_on = Дата записи свидетельства, ГГГГ-ММ-ДД
help-arg-edit-region = Административный регион
help-arg-edit-satellites = Спутников использовано для координат
help-arg-edit-sequence = Её место в съёмке, от 0 (репер)
help-arg-edit-source = От кого или откуда получено (свидетель, группа, отчёт)
help-arg-edit-started_on = Дата начала работ, ГГГГ-ММ-ДД
help-arg-edit-status = active|in_progress|closed
help-arg-edit-surveyed_on = Дата записи опасного района, ГГГГ-ММ-ДД
help-arg-edit-team = Название группы
help-arg-generate-finds = Сколько находок боеприпасов
help-arg-generate-hazards = Сколько опасных районов
help-arg-generate-out = Новый файл базы данных
help-arg-generate-releases = Сколько высвобождений земель
help-arg-generate-seed = Начальное значение случайной последовательности (то же значение — та же программа)
help-arg-generate-timeline = scattered: каждая дата выбирается отдельно (для бенчмарков); steady: программа, высвобождающая опасные районы в ровном темпе до 2026-10-31 (для демонстрации: --seed 3 --hazards 250 --releases 1200 --finds 1500)
help-arg-gps-baud = Скорость последовательного порта (бод)
help-arg-gps-fixes = Сколько годных отсчётов усреднять
help-arg-gps-gpsd = Адрес gpsd (HOST:PORT); просто --gpsd — это 127.0.0.1:2947
help-arg-gps-json = Вывести один объект JSON
help-arg-gps-port = Последовательный порт приёмника (/dev/ttyUSB0, COM3)
help-arg-gps-replay = Записанный журнал NMEA, читаемый вместо приёмника
help-arg-gps-timeout = Сколько секунд ждать их, прежде чем сдаться
help-arg-history-id = UUID записи
help-arg-import-accept_repairs = С --repair: принять любое исправление, как бы оно ни меняло площадь
help-arg-import-all_problems = Перечислить все найденные проблемы, а не только первые 20 и число остальных
help-arg-import-as = Вид объектов, у которых нет свойства "kind"
help-arg-import-close_tracks = GPX: замкнуть открытый трек или маршрут, соединив концы (разрыв сообщается), вместо отказа
help-arg-import-file = Импортируемый файл, формат определяется по содержимому: GeoJSON, GPX, KML или KMZ, shapefile (его .shp или .zip его частей), выгрузка KoboToolbox/ODK (CSV или XLSX); или - для стандартного ввода (GeoJSON)
help-arg-import-list_profiles = Перечислить сохранённые профили импорта и остановиться
help-arg-import-map = Свойство (столбец), читаемое как поле, напр. --map Site=name (можно повторять); для выгрузки KoboToolbox/ODK --map COLUMN=geometry называет столбец геометрии
help-arg-import-profile = Читать файл с выбором (--as, --map, --set, --sheet), сохранённым под этим именем; заданное дополнительно добавляется (--map) или имеет приоритет
help-arg-import-repair = Исправить недопустимые границы (самопересечения, дыры, касающиеся внешнего контура или вне его, перекрывающиеся части) и перечислить каждое исправление, также в FILE.repairs.csv
help-arg-import-repair_tolerance = С --repair: наибольшее изменение площади, допустимое для исправления, в процентах
help-arg-import-save_profile = После успешного импорта сохранить его выбор (--as, --map, --set, --sheet) под этим именем в базе данных, для --profile; без FILE — только сохранить
help-arg-import-set = Значение поля, которого нет у объектов, напр. --set classification=SHA (можно повторять)
help-arg-import-sheet = XLSX: лист для чтения [по умолчанию: первый]
help-arg-import-skip_invalid = Импортировать годные объекты и перечислить остальные
help-arg-import-tracks_as = GPX и KML: чем считать треки, маршруты и полигоны без вида: hazard (по умолчанию) или release
help-arg-import-update = Записать содержимое файла новой версией сохранённой записи с тем же id и другим содержимым (для выгрузки KoboToolbox/ODK всегда так: решает присланная форма); удалённая здесь запись не возвращается
help-arg-list-kind = Только этот вид
help-arg-merge-dry_run = Сказать, что произошло бы; ничего не менять
help-arg-merge-other = Другой файл Clearfield
help-arg-photos-id = UUID записи
help-arg-resolve-id = UUID записи
help-arg-resolve-keep = Версия этого файла, другого файла или идентификатор версии (или его начало)
help-arg-resolve-take = Взять одно поле из другой версии (можно повторять; `geom` — геометрия)
help-arg-restore-src = Резервная копия, из которой восстановить
help-arg-show-id = UUID записи
help-arg-traverse-adjust = Показать также точки, уравненные по правилу компаса (Боудича), и насколько сдвинулась каждая
help-arg-traverse-bearing_ref = Север, от которого отсчитываются азимуты: true (истинный), grid (сетки, UTM, зона репера) или magnetic (компас; приводится к истинному по склонению)
help-arg-traverse-benchmark = Репер: lon,lat в десятичных градусах (сначала долгота), UTM (36S 740281 3685298), MGRS (36SYB4028185298) или DMS (33°16'48"N 35°34'48"E)
help-arg-traverse-date = Дата съёмки, ГГГГ-ММ-ДД, для Мировой магнитной модели [по умолчанию: сегодня]
help-arg-traverse-declination = Магнитное склонение в градусах, восточное положительно, вместо Мировой магнитной модели (только для магнитных азимутов)
help-arg-traverse-json = Вывести один объект JSON
help-arg-traverse-legs = Ходы: файл CSV с заголовком kind,bearing_deg,distance_m, начальный ход (от репера до начальной точки) первым, конечный ход последним
help-arg-traverse-tolerance = Наибольшая допустимая невязка как 1:N периметра; при худшей — выход с кодом 1

## errors: the reasons a record or a file is refused

err-field-error = { $field } { $value }: { $reason }
err-field-error-no-value = { $field }: { $reason }
err-field-reason-not-a-field = не является полем записи «{ $kind }»
err-field-reason-required = обязательно
err-field-reason-required-with = обязательно вместе с { $given }: ход — это азимут и расстояние
err-field-reason-category-required = обязательно для типа боеприпаса { $type }, которого нет в справочнике ({ $choices })
err-field-reason-one-of = должно быть одним из: { $choices }
err-field-reason-after-completed = позже completed_on { $date }
err-field-reason-not-a-date = не дата в формате YYYY-MM-DD
err-field-reason-no-such-day = нет такой даты в календаре
err-field-reason-date-out-of-range = вне диапазона лет с 1900 по 2199
err-field-reason-not-a-uuid = не UUID (вида 3f2b…-…)
err-field-reason-negative = не должно быть отрицательным
err-field-reason-too-large = слишком велико
err-field-reason-whole-centimetres = должно быть целым числом сантиметров
err-field-reason-whole-or-zero = должно быть целым числом, 0 или больше
err-field-reason-whole = должно быть целым числом
err-field-reason-at-least-one = должно быть не меньше 1
err-field-reason-not-a-number = не число (например, 12.5)
err-field-reason-bearing = должно быть не меньше 0 и меньше 360
err-field-reason-declination = должно быть от -180 до 180 градусов
err-field-reason-not-an-area = должна быть Polygon или MultiPolygon, а не { $type }
err-field-reason-not-a-point = должна быть Point, а не { $type }
err-unit-feature = объект
err-unit-record = запись
err-problem-feature-id = { $unit } { $n }{ $name } (id { $id }): { $message }
err-problem-feature = { $unit } { $n }{ $name }: { $message }
err-problem-file = файл: { $message }
err-problem-reason-same-id = тот же id, что у: { $unit } { $first }
err-problem-reason-conflict = конфликт: в базе данных уже есть этот id с другими значениями ({ $what }); не перезаписано
err-problem-reason-deleted = эта запись удалена из базы данных { $at }, удалил(а) { $by }; не восстановлена (её версии — в `clearfield history`)
err-problem-reason-link-not-imported = { $field } { $id }: { $unit } { $feature } не импортируется
err-problem-reason-no-such-link = { $field } { $id }: такого опасного района нет ни в файле, ни в базе данных
err-problem-reason-no-such-link-or-release = { $field } { $id }: такого опасного района или высвобождения земель нет ни в файле, ни в базе данных
err-problem-reason-not-an-object = не объект GeoJSON Feature
err-problem-reason-not-a-feature = не GeoJSON Feature (его "type" не "Feature")
err-problem-reason-properties-not-an-object = "properties" — не объект
err-problem-reason-id-not-a-uuid = id { $id } — не UUID
err-problem-reason-unknown-kind = вид { $kind } не входит в hazard_area, land_release, ordnance_find, survey_point, evidence_point
err-problem-reason-kind-not-text = вид { $kind } — не текст
err-problem-reason-no-kind = нет вида (hazard_area, land_release, ordnance_find, survey_point или evidence_point); укажите его с --as
err-problem-reason-bare-geometry = голая геометрия { $type } без свойств: укажите её вид с --as hazard|release|find (и поля с --set FIELD=VALUE)
err-problem-reason-not-text-or-number = { $field } должно быть текстом или числом
err-problem-reason-no-geometry = нет геометрии
err-problem-reason-foreign-crs = его элемент crs называет { $name }, а не долготу/широту WGS84; GeoJSON (RFC 7946) всегда в долготе/широте WGS84: сначала перепроецируйте его (ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson)
err-problem-reason-file-crs = элемент crs файла называет { $name }, а не долготу/широту WGS84
err-problem-reason-dates-shifted-out = его даты, сдвинутые на { $days } дн., вышли бы за пределы 1900–2199 годов
err-import-error-rejected = проблем: { $count }, ничего не импортировано
err-import-error-more = … и ещё { $more }
err-import-error-file = { $why }; ничего не импортировано
err-file-error-not-json = не JSON: { $detail }
err-file-error-not-geo-json = не GeoJSON: { $detail }
err-gpx-error-unreadable = не читаемый файл GPX: { $detail }
err-gpx-error-write = не удаётся записать GPX: { $detail }
err-gpx-error-open = { $what } не замкнут: его последняя точка в { $gap } м от первой; граница должна быть замкнута (--close-tracks замыкает её, разрыв сообщается)
err-kml-error-unreadable = не читаемый файл KML: { $detail }
err-kml-error-not-kmz = не файл KMZ: { $detail }
err-kobo-error-unreadable = не читаемый { $what }: { $why }
err-kobo-error-no-sheet = в книге нет листа { $name } (есть: { $have })
err-kobo-error-empty = нет анкет: в файле нет строк под заголовком
err-kobo-error-no-column = --map { $column }=geometry: нет столбца { $quoted }
err-kobo-error-no-geometry = ни один столбец не содержит геоточки или геофигуры ODK ("lat lon alt acc;…") в каждой строке; укажите его с --map COLUMN=geometry
err-kobo-error-rows = не читаются строки ({ $count }): { $rows }
err-store-what-geopackage = GeoPackage
err-store-what-sqlite = база данных SQLite
err-store-wanted-upgrade = обновить его схему
err-store-wanted-change = изменить его
err-store-error-missing = { $path }: нет такого файла; создайте его командой `clearfield init`
err-store-error-exists = { $path }: файл уже существует (не база данных Clearfield или не подлежит замене); ничего не изменено
err-store-error-not-a-database = { $path }: не файл базы данных ({ $reason })
err-store-error-not-ours = { $path }: { $what }, не база данных Clearfield (нет таблицы clearfield_meta); ничего не изменено
err-store-error-too-new = { $path }: версия схемы { $found } записана более новым Clearfield (этот читает до { $supported }); обновите Clearfield, файл не изменён
err-store-error-bad-version = { $path }: версия схемы { $found } в clearfield_meta — не число
err-store-error-corrupt = { $path }: база данных повреждена ({ $details }); восстановите её из резервной копии, файл не изменён
err-store-error-read-only = { $path }: файл доступен только для чтения (защищённый от записи носитель, общая папка только для чтения или нет прав), поэтому Clearfield не может { $wanted }; сначала скопируйте его в папку с правом записи. Ничего не изменено
err-store-error-shared-read-only = { $path }: файл оставлен в режиме WAL, а этот пользователь не может писать в его папку, поэтому его нельзя безопасно читать, пока другие могут в него писать; попросите право записи в папку или скопируйте файл и откройте копию
err-store-error-needs-upgrade = { $path }: версия схемы { $found } старше версии этой сборки ({ $current }); откройте его один раз этим Clearfield (`clearfield --db FILE check`), чтобы обновить, и повторите
err-store-error-read-only-wal = { $path }: файл на носителе только для чтения, и в него ещё не внесены изменения (рядом его файл -wal); скопируйте файл вместе с файлами -wal и -shm в папку с правом записи и откройте его там
err-store-error-merge-refused = не удаётся объединить { $path }: { $reason }; ничего не изменено
err-store-error-no-such-file = { $path }: нет такого файла
err-store-error-not-a-photo = { $file }: не фотография JPEG или PNG (по первым байтам); ничего не прикреплено
err-store-error-not-found = нет записи с id { $id }
err-store-error-changed-since = запись { $id } за это время изменена (объединением или другой программой); ничего не записано, откройте её снова
err-store-error-in-conflict = запись { $id } в конфликте после объединения; сначала разрешите его (Конфликты или `clearfield resolve`)
err-store-error-duplicate-id = { $kind } { $id }: запись с этим id уже существует
err-store-error-no-such-hazard = { $kind } { $id }: { $field } { $hazard }: нет такого опасного района
err-store-error-no-such-hazard-or-release = { $kind } { $id }: { $field } { $hazard }: нет такого опасного района или высвобождения земель
err-store-error-referenced = { $kind } { $id }: на него ссылаются высвобождения земель ({ $releases }), находки боеприпасов ({ $finds }) и точки обследования или признаков ({ $points }); сначала удалите их или свяжите с другим
err-store-error-no-conflict = запись { $id } не в конфликте (см. `clearfield conflicts`)
err-store-error-bad-choice = запись { $id }: { $reason }
err-store-error-not-in-conflict = запись { $id }: { $version } — не одна из версий в конфликте ({ $versions })
err-store-error-not-a-field = запись { $id }: { $field } — не поле записи «{ $kind }» (поля: { $fields }, geom)
err-store-error-deletion-has-no-fields = запись { $id }: версия { $version } удаляет запись; в ней нет поля { $field }, и она его не принимает
err-store-error-invalid-choice = запись { $id }: запись «{ $kind }», которую дают эти варианты, недопустима: { $invalid }; ничего не записано
err-store-error-bad-setting = настройка { $key } { $value }: { $reason }; задайте её снова командой `clearfield settings`
err-store-error-no-such-photo = нет фотографии с id { $id }
err-store-error-not-attached = фотография { $photo } не прикреплена к записи { $record } (см. `clearfield photos { $record }`)
err-store-error-already-attached = { $file }: у записи { $record } уже есть эта фотография (как { $photo }); ничего не прикреплено
err-traverse-error-benchmark = репер (долгота { $lon }, широта { $lat }) — не координаты: долгота -180..180, широта -90..90
err-traverse-error-order = ход { $leg }: вид { $kind }: { $why }
err-traverse-error-bearing = ход { $leg }: азимут { $value } вне диапазона от 0 до 360 (360 не включая)
err-traverse-error-distance = ход { $leg }: расстояние { $value } м должно быть конечным неотрицательным числом
err-traverse-error-declination = склонение { $value }: { $why }
err-traverse-error-wmm = нет магнитного склонения на { $date } для широты { $lat }, долготы { $lon }: { $why }; укажите --declination
err-traverse-error-no-utm-zone = для дирекционных углов нужна зона UTM; репер на широте { $lat } вне 80° ю. ш. – 84° с. ш.
err-traverse-error-off-the-map = ход { $leg } заканчивается за пределами карты (долгота { $lon }, широта { $lat })
err-traverse-error-too-few-points = в периметре различных точек: { $count }; для площади нужно не меньше 3
err-traverse-error-self-intersecting = периметр пересекает сам себя около долготы { $lon }, широты { $lat }; проверьте ходы
err-traverse-error-polygon = периметр: { $why }
err-traverse-reason-first-start = первый ход должен быть вида start (от репера до начальной точки)
err-traverse-reason-only-first-start = вида start только первый ход
err-traverse-reason-only-last-end = вида end только последний ход
err-traverse-reason-last-end = последний ход должен быть вида end (он доходит до конечной точки)
err-traverse-reason-reaches = ход доходит до точки start, turning, intermediate или end
err-traverse-reason-declination-range = должно быть числом градусов от -180 до 180 (восток положителен)
err-traverse-reason-declination-magnetic = применяется только к магнитным азимутам
err-on-line = { $file }: строка { $line }: { $why }
err-gps-error-open = нет доступа: { $what }: { $reason }
err-gps-error-silent = нет данных: { $what }: ничего не получено за { $secs } с
err-gps-error-too-few = { $what }: допустимых отсчётов { $got } из { $wanted } за { $secs } с ({ $counts })
err-gps-error-no-fix = { $what }: в нём нет ни одного допустимого отсчёта ({ $counts })
err-gps-error-read = { $what }: не удаётся прочитать: { $reason }
err-gps-error-average = { $what }: { $error }
err-gps-counts-lines = прочитано строк: { $count }
err-gps-counts-none-nmea = ни одна не NMEA 0183 (последовательный порт с неверной скоростью?)
err-gps-counts-bad-checksum = с неверной контрольной суммой: { $count }
err-gps-counts-no-fix = GGA без местоопределения: { $count }
err-gps-counts-unreadable = нечитаемых: { $count }
err-gps-counts-ignored = других предложений: { $count }
err-gps-counts-not-nmea = не NMEA: { $count }
err-average-error-no-fix = нет допустимого отсчёта для усреднения
err-average-error-out-of-range = отсчёт { $index }: долгота { $lon }, широта { $lat } — не координаты (долгота -180..180, широта -90..90)
err-hub-error-connect = { $url }: не удаётся подключиться: { $reason }
err-hub-error-not-a-hub = { $url }: не узел Clearfield; создайте его командой `clearfield hub init { $url }`
err-hub-error-schema-older = { $url }: схема узла { $found }, эта сборка работает со схемой { $supported }; обновите его командой `clearfield hub init`
err-hub-error-schema-newer = { $url }: схема узла { $found }, эта сборка работает со схемой { $supported }; используйте более новый Clearfield
err-hub-error-bad-version = версия { $version } записи { $record }: { $reason }
err-hub-error-photo-differs = у фотографии { $uuid } разные байты в файле и на узле; ничего не отправлено
err-report-error-period = --from { $from } позже --to { $to }

## geometry: what is wrong with a shape
geom-part-boundary = граница
geom-part-hole = дыра { $hole }
geom-part-part-boundary = граница части { $part }
geom-part-part-hole = дыра { $hole } части { $part }
geom-part-exterior-ring = внешнее кольцо
geom-part-interior-ring = внутреннее кольцо { $ring }
geom-part-polygon-exterior-ring = полигон { $polygon }: внешнее кольцо
geom-part-polygon-interior-ring = полигон { $polygon }: внутреннее кольцо { $ring }
geom-part-point = точка
geom-hint-projected-metres = похоже на метры проекции, например UTM; укажите градусы долготы и широты WGS84
geom-hint-swapped = возможно, долгота и широта переставлены; порядок: долгота, широта
err-geometry-empty = пусто
err-geometry-non-finite = { $part }: координата { $index } — не конечное число
err-geometry-out-of-range = { $part }: координата { $index } (долгота { $lon }, широта { $lat }) вне диапазона долгота -180..180, широта -90..90{ $hint }
err-geometry-self-intersection = { $ring }: самопересечение около долготы { $lon }, широты { $lat }
err-geometry-crosses-antimeridian = { $part }: ребро от координаты { $index } (долгота { $from }) до следующей (долгота { $to }) охватывает более 180° долготы; границу, пересекающую антимеридиан, разделите по 180° (RFC 7946 §3.1.9)
err-geometry-zero-area = { $part }: площадь нулевая — все точки на одной прямой
err-geometry-whole-world = { $part }: покрывает весь мир (долгота -180..180, широта -90..90); опасный район больше половины Земли — всегда ошибка
err-geometry-over-half-the-earth = { $part }: охватывает { $percent } % поверхности Земли; опасный район больше половины Земли — всегда ошибка
err-geometry-topology-too-few-corners = { $ring }: меньше 3 различных вершин
err-geometry-topology-crosses-itself = { $ring }: самопересечение
err-geometry-topology-not-a-number = { $ring }: координата — не число (вершина { $corner })
err-geometry-topology-hole-outside = { $hole }: не внутри внешнего контура ({ $boundary })
err-geometry-topology-rings-share-an-edge = { $a } и { $b }: общее ребро
err-geometry-topology-rings-overlap = { $a } и { $b }: перекрываются
err-geometry-topology-parts-overlap = части { $a } и { $b } перекрываются
err-geometry-topology-parts-share-an-edge = у частей { $a } и { $b } общее ребро
err-problem-reason-projected-ring = геометрия: { $ring }: координаты похожи на метры проекции (например, UTM), а не на градусы долготы и широты WGS84: сначала перепроецируйте (ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson)
