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
