import { defineTexts } from './define';

/**
 * Updating the program: the Updates screen (current version, the switch, an offer from the internet
 * or a flash drive, the download and the installation), and the refusals of
 * src-main/updates/errors.ts.
 */
export const updateTexts = defineTexts({
  ky: {
    'nav.updates': 'Жаңыртуу',
    'updates.title': 'Программаны жаңыртуу',
    'updates.current': 'Орнотулган версия: {version}',
    'updates.unsupported': 'Бул режимде программа өзүн жаңырта албайт. Жаңы версияны орнотуучу файл менен орнотуңуз.',
    'updates.checkOnline': 'Программа ачылганда интернеттен жаңы версияны издөө',
    'updates.checkOnline.hint':
      'Интернет жок же акы төлөнүүчү болсо, өчүрүңүз. Флешкадагы жаңы версия баары бир табылат.',
    'updates.checkNow': 'Азыр текшерүү',
    'updates.checking': 'Жаңы версия изделүүдө…',
    'updates.upToDate': 'Программанын акыркы версиясы орнотулган.',
    'updates.checkedAt': 'Акыркы текшерүү: {date}',
    'updates.available': '{version} жаңы версиясы бар. Жүктөп алалыбы?',
    'updates.availableOnDrive': '«{label}» флешкасында {version} жаңы версиясы бар. Аны көчүрүп алалыбы?',
    'updates.download': 'Жүктөп алуу',
    'updates.downloading': '{version} версиясы жүктөлүүдө…',
    'updates.progress': 'Жүктөлүү',
    'updates.downloaded': '{version} версиясы жүктөлүп, текшерилди. Орнотуп, программаны кайра ачалыбы?',
    'updates.install.hint':
      'Орнотуудан мурун камдык көчүрмө жасалат. Программа жабылат, орнотуучу ачылат, анан программа кайра ачылат.',
    'updates.install': 'Орнотуу жана кайра ачуу',
    'updates.installing': 'Программа жабылып, жаңы версия орнотулууда…',
    'updates.busy.printing': 'Документтер басып чыгарылууда: орнотуу алар бүткөндөн кийин гана болот.',
    'updates.busy.backup': 'Камдык көчүрмө жазылууда: орнотуу ал бүткөндөн кийин гана болот.',
    'updates.refused': '«{label}» флешкасындагы жаңы версия кабыл алынган жок.',
    'updates.drive.hint':
      'Интернетсиз жаңыртуу: чыгарылыштын папкасын (latest.yml жана орнотуучу файл) флешкага көчүрүп, флешканы бул компьютерге туташтырыңыз.',
    'validation.updates.disabled': 'Интернеттен издөө өчүрүлгөн. Аны ушул жерден күйгүзсөңүз болот.',
    'validation.updates.offline': 'Интернет жок. Кийинчерээк текшериңиз же флешка аркылуу жаңыртыңыз.',
    'validation.updates.unsupported': 'Бул режимде программа өзүн жаңырта албайт.',
    'validation.updates.nothingOffered': 'Бул версия азыр сунушталбайт. Баракты жаңыртып, кайра аракет кылыңыз.',
    'validation.updates.notDownloaded': 'Бул версия али жүктөлө элек.',
    'validation.updates.busy': 'Жаңыртуу боюнча иш аткарылып жатат. Бүткөнүн күтүңүз.',
    'validation.updates.printing': 'Документтер басып чыгарылууда. Басып чыгаруу бүткөндөн кийин орнотуңуз.',
    'validation.updates.backupRunning':
      'Камдык көчүрмө жазылууда (же флешкага көчүрүлүүдө). Ал бүткөндөн кийин орнотуңуз.',
    'validation.updates.backupFailed':
      'Орнотуудан мурун камдык көчүрмө жасалган жок, ошондуктан эч нерсе орнотулган жок. «Камдык көчүрмө» бетин текшериңиз.',
    'validation.updates.checkFailed': 'Жаңы версияны текшерүү мүмкүн болгон жок.',
    'validation.updates.downloadFailed': 'Жаңы версия жүктөлгөн жок же текшерүүдөн өткөн жок. Кайра аракет кылыңыз.',
    'validation.updates.tampered':
      'Орнотуучу файл latest.yml файлында жазылгандай эмес (текшерүү суммасы дал келбейт): ал бузулган же өзгөртүлгөн. Аны орнотпоңуз; чыгарылышты кайра көчүрүңүз.',
    'validation.updates.installerMissing':
      'latest.yml файлында аталган орнотуучу файл флешкада жок. Папканы толугу менен көчүрүңүз.',
    'validation.updates.releaseUnreadable': 'Флешкадагы latest.yml файлын чыгарылыш катары окуу мүмкүн эмес.',
    'validation.updates.driveRemoved': 'Флешка жаңы версия көчүрүлүп бүтө электе чыгарылды.',
  },
  ru: {
    'nav.updates': 'Обновление',
    'updates.title': 'Обновление программы',
    'updates.current': 'Установленная версия: {version}',
    'updates.unsupported': 'В этом режиме программа не может обновить себя. Установите новую версию её установщиком.',
    'updates.checkOnline': 'Искать новую версию в интернете при запуске программы',
    'updates.checkOnline.hint':
      'Выключите, если интернета нет или он платный. Новая версия на флешке будет найдена в любом случае.',
    'updates.checkNow': 'Проверить сейчас',
    'updates.checking': 'Идёт поиск новой версии…',
    'updates.upToDate': 'Установлена последняя версия программы.',
    'updates.checkedAt': 'Последняя проверка: {date}',
    'updates.available': 'Доступна новая версия {version}. Скачать её?',
    'updates.availableOnDrive': 'На флешке «{label}» есть новая версия {version}. Скопировать её?',
    'updates.download': 'Скачать',
    'updates.downloading': 'Скачивается версия {version}…',
    'updates.progress': 'Скачивание',
    'updates.downloaded': 'Версия {version} скачана и проверена. Установить её и перезапустить программу?',
    'updates.install.hint':
      'Перед установкой будет сделана резервная копия. Программа закроется, откроется установщик, затем программа запустится снова.',
    'updates.install': 'Установить и перезапустить',
    'updates.installing': 'Программа закрывается, устанавливается новая версия…',
    'updates.busy.printing': 'Идёт печать документов: установка возможна только после её окончания.',
    'updates.busy.backup': 'Пишется резервная копия: установка возможна только после её окончания.',
    'updates.refused': 'Новая версия на флешке «{label}» не принята.',
    'updates.drive.hint':
      'Обновление без интернета: скопируйте папку выпуска (latest.yml и установщик) на флешку и подключите флешку к этому компьютеру.',
    'validation.updates.disabled': 'Поиск в интернете выключен. Его можно включить здесь же.',
    'validation.updates.offline': 'Нет интернета. Проверьте позже или обновите программу с флешки.',
    'validation.updates.unsupported': 'В этом режиме программа не может обновить себя.',
    'validation.updates.nothingOffered': 'Эта версия сейчас не предлагается. Обновите страницу и попробуйте снова.',
    'validation.updates.notDownloaded': 'Эта версия ещё не скачана.',
    'validation.updates.busy': 'Обновление уже выполняется. Дождитесь окончания.',
    'validation.updates.printing': 'Идёт печать документов. Установите обновление после её окончания.',
    'validation.updates.backupRunning':
      'Пишется резервная копия (или копия на флешку). Установите обновление после её окончания.',
    'validation.updates.backupFailed':
      'Резервная копия перед установкой не создана, поэтому ничего не установлено. Проверьте страницу «Резервные копии».',
    'validation.updates.checkFailed': 'Не удалось проверить наличие новой версии.',
    'validation.updates.downloadFailed': 'Новая версия не скачана или не прошла проверку. Попробуйте снова.',
    'validation.updates.tampered':
      'Установщик не совпадает с описанным в latest.yml (контрольная сумма не сходится): он повреждён или изменён. Не устанавливайте его; скопируйте выпуск заново.',
    'validation.updates.installerMissing':
      'Установщика, названного в latest.yml, нет на флешке. Скопируйте папку выпуска целиком.',
    'validation.updates.releaseUnreadable': 'Файл latest.yml на флешке не читается как описание выпуска.',
    'validation.updates.driveRemoved': 'Флешку извлекли до того, как новая версия была скопирована.',
  },
});
