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
