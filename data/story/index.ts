import type { StoryInput } from '../schema';
import detector from './detector-model.json';
import { entitySignals, phases, signals } from './signals';
import { timeline } from './timeline';

export const story: StoryInput = {
  id: 'us-ukraine-minerals-deal',
  title: 'The U.S.–Ukraine minerals deal',
  summary:
    "In early 2025 the Trump administration pressed Ukraine for a share of its mineral wealth in return for past U.S. aid. A framework deal was due to be signed when President Volodymyr Zelenskyy visited the White House on February 28, 2025, but the Oval Office meeting with President Donald Trump and Vice President JD Vance turned into a public clash and the deal went unsigned. A revised agreement creating a joint reconstruction investment fund was signed on April 30, 2025 and ratified by Ukraine's parliament in May 2025.",
  uk: {
    title: 'Угода між США та Україною про корисні копалини',
    summary:
      'На початку 2025 року адміністрація Трампа домагалася від України частки її мінеральних багатств в обмін на надану раніше допомогу США. Рамкову угоду мали підписати під час візиту президента Володимира Зеленського до Білого дому 28 лютого 2025 року, але зустріч в Овальному кабінеті з президентом Дональдом Трампом і віцепрезидентом Джей Ді Венсом переросла в публічну сутичку, і угоду не підписали. Переглянуту угоду про створення спільного інвестиційного фонду відбудови підписали 30 квітня 2025 року, а парламент України ратифікував її в травні 2025 року.',
  },
  dateRange: { from: '2025-02-01' },
  timeline,
  signals,
  entitySignals,
  phases,
  detector: detector as StoryInput['detector'],
};
