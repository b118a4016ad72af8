import { ButtonStyle, ComponentType, type APIButtonComponentWithCustomId } from 'discord-api-types/v10';
import type { Locale } from '../../core/locale.js';
import type { MessagePayload } from '../../core/reply.js';
import { t } from '../../i18n/index.js';
import { COLORS } from '../shared/format.js';
import { nextInRound, startRound } from './routes.js';

export interface ReviewOverview {
  due: number;
  dueByLecture: { topic: string; count: number }[];
  wrong: number;
}

/** What is due today per topic, and a button to start a round of the wrong answers. */
export function reviewMessage(overview: ReviewOverview, locale: Locale): MessagePayload {
  const description = [
    overview.due > 0 ? t(locale, 'review.due', { count: overview.due }) : t(locale, 'review.nothingDue'),
    ...overview.dueByLecture.map((line) => t(locale, 'review.dueLine', line)),
    '',
    overview.wrong > 0 ? t(locale, 'review.wrong', { count: overview.wrong }) : t(locale, 'review.noWrong'),
  ].join('\n');
  return {
    embeds: [{ title: t(locale, 'review.title'), description, color: COLORS.fuchsia }],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Primary,
            label: t(locale, 'review.start'),
            custom_id: startRound.encode('start'),
            disabled: overview.wrong === 0,
          },
        ],
      },
    ],
  };
}

/** The verdict's "next question" button during a review round. */
export function nextRoundButton(round: number, locale: Locale): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, style: ButtonStyle.Primary, label: t(locale, 'quiz.next'), custom_id: nextInRound.encode('next', round) };
}
