import { ApplicationCommandType, ButtonStyle, ComponentType, InteractionContextType } from 'discord-api-types/v10';
import { lectures } from '../content/catalog.js';
import { findQuestion } from '../content/questions/index.js';
import { t } from '../i18n/index.js';
import { addDays, localDate, zonedTime } from '../time.js';
import { encodeCustomId } from './customId.js';
import { requireGuild } from './guards.js';
import { postPractice } from './quiz.js';
import type { Command, ComponentHandler, Context, Reply } from './types.js';
import { UserError } from './userError.js';

export const REVIEW_COMPONENT = 'rev';

/** "Due today" means due before the next local midnight in the guild's time zone. */
export function endOfLocalDay(now: Date, timezone: string): Date {
  return zonedTime(addDays(localDate(now, timezone), 1), '00:00', timezone);
}

/** The questions a member got wrong and has not re-answered since the round started, most overdue first. */
function nextWrong(guildId: string, userId: string, roundStart: Date, context: Context) {
  return context.stores.quiz
    .cards(guildId, userId)
    .filter((card) => !card.lastCorrect && card.lastReview < roundStart && findQuestion(card.questionId))[0];
}

export const reviewCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'review',
    name_localizations: { ko: '복습' },
    description: 'What is due for review, and a round of the questions you got wrong',
    description_localizations: { ko: '복습할 카드와 틀린 문제 다시 풀기' },
    contexts: [InteractionContextType.Guild],
  },

  execute(request, context): Reply {
    const guildId = requireGuild(request);
    const { locale } = request;
    const cards = context.stores.quiz.cards(guildId, request.userId);
    const endOfToday = endOfLocalDay(context.now(), context.stores.guilds.timezone(guildId));
    const due = cards.filter((card) => card.due < endOfToday);
    const wrong = cards.filter((card) => !card.lastCorrect);
    const dueLines = lectures
      .map((lecture) => ({ topic: lecture.slug, count: due.filter((card) => card.lecture === lecture.slug).length }))
      .filter((line) => line.count > 0)
      .map((line) => t(locale, 'review.dueLine', line));
    const description = [
      due.length > 0 ? t(locale, 'review.due', { count: due.length }) : t(locale, 'review.nothingDue'),
      ...dueLines,
      '',
      wrong.length > 0 ? t(locale, 'review.wrong', { count: wrong.length }) : t(locale, 'review.noWrong'),
    ].join('\n');
    return {
      type: 'message',
      ephemeral: true,
      message: {
        embeds: [{ title: t(locale, 'review.title'), description, color: 0xeb459e }],
        components: [
          {
            type: ComponentType.ActionRow,
            components: [
              {
                type: ComponentType.Button,
                style: ButtonStyle.Primary,
                label: t(locale, 'review.start'),
                custom_id: encodeCustomId(REVIEW_COMPONENT, 'start'),
                disabled: wrong.length === 0,
              },
            ],
          },
        ],
      },
    };
  },
};

/**
 * `v1:rev:start` begins a round; `v1:rev:next:<roundStart>` serves the next wrong question not yet
 * answered in this round (the round's start, in milliseconds, travels in the ids so a round always ends).
 */
export const reviewComponent: ComponentHandler = {
  name: REVIEW_COMPONENT,
  handle(request, args, context): Reply {
    const guildId = requireGuild(request);
    const [action, roundArg] = args;
    let round: string;
    if (action === 'start') round = String(context.now().getTime());
    else if (action === 'next' && roundArg && /^\d{1,13}$/.test(roundArg)) round = roundArg;
    else throw new UserError('error.staleComponent');
    const card = nextWrong(guildId, request.userId, new Date(Number(round)), context);
    if (!card) return { type: 'message', ephemeral: true, message: { content: t(request.locale, 'review.done') } };
    const question = findQuestion(card.questionId)!;
    return { type: 'message', ephemeral: true, message: postPractice(question, { ...request, guildId }, context, round) };
  },
};
