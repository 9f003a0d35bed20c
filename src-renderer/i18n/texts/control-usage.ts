import { defineTexts } from './define';

/** The usage tab: sign-ins, journal entries per week, and the monthly report on teachers' work. */
export const controlUsageTexts = defineTexts({
  ky: {
    'validation.usage.range': 'Мөөнөттүн аягы башталышынан мурун болбошу керек',
    'validation.usage.tooLong': 'Мөөнөт өтө узун: бир жылдан ашпасын',
    'validation.usage.month': 'Айды ЖЖЖЖ-АА түрүндө жазыңыз',
    'validation.usage.noYear': 'Бул ай эч бир окуу жылына кирбейт',
    'validation.usage.futureMonth': 'Бул ай али келе элек',
    'validation.print.dayRequired': 'Айлык отчет «Колдонуу» бөлүмүнөн, ай тандалып басылат.',
    'print.kind.journal-work': 'Мугалимдердин журнал менен иштөөсү (айлык отчет)',
  },
  ru: {
    'validation.usage.range': 'Конец периода не может быть раньше начала',
    'validation.usage.tooLong': 'Слишком длинный период: не больше года',
    'validation.usage.month': 'Укажите месяц в виде ГГГГ-ММ',
    'validation.usage.noYear': 'Этот месяц не входит ни в один учебный год',
    'validation.usage.futureMonth': 'Этот месяц ещё не наступил',
    'validation.print.dayRequired': 'Ежемесячный отчёт печатается из раздела «Использование» с выбором месяца.',
    'print.kind.journal-work': 'Работа учителей с журналом (ежемесячный отчёт)',
  },
});
