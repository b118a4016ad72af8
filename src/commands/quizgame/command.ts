import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';
import { defineCommand } from '../../core/command.js';
import { hasPermission } from '../../core/permissions.js';
import { privateReply, publicReply, say } from '../../core/reply.js';
import { t, userError } from '../../i18n/index.js';
import { requireGuild } from '../shared/guards.js';
import { resolveLecture } from '../shared/lookup.js';
import type { QuizgameDeps } from './deps.js';
import { scoresMessage } from './messages.js';
import { ROUND_PAUSE_MS } from './service.js';

export const ROUNDS = { min: 3, max: 20, default: 10 } as const;
export const SECONDS = { min: 10, max: 60, default: 20 } as const;

const messageLink = (guildId: string, channelId: string, messageId: string) => `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;

export const quizgameCommand = defineCommand({
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'quizgame',
    name_localizations: { ko: '퀴즈게임' },
    description: 'A live quiz game here: everyone answers the same question, the fastest right answers score',
    description_localizations: { ko: '이 채널에서 함께하는 퀴즈 게임: 모두 같은 문제를 풀고, 빨리 맞힐수록 점수가 높아요' },
    contexts: [InteractionContextType.Guild],
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'start',
        name_localizations: { ko: '시작' },
        description: 'Start a game here',
        description_localizations: { ko: '여기서 게임을 시작해요' },
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: 'topic',
            name_localizations: { ko: '주제' },
            description: 'Only this lecture (default: every question of the server)',
            description_localizations: { ko: '이 강의의 문제만 (기본: 서버의 모든 문제)' },
            autocomplete: true,
            max_length: 100,
          },
          {
            type: ApplicationCommandOptionType.Integer,
            name: 'rounds',
            name_localizations: { ko: '라운드' },
            description: `Rounds, ${ROUNDS.min}–${ROUNDS.max} (default ${ROUNDS.default})`,
            description_localizations: { ko: `라운드 수, ${ROUNDS.min}–${ROUNDS.max} (기본 ${ROUNDS.default})` },
            min_value: ROUNDS.min,
            max_value: ROUNDS.max,
          },
          {
            type: ApplicationCommandOptionType.Integer,
            name: 'seconds',
            name_localizations: { ko: '초' },
            description: `Seconds to answer each round, ${SECONDS.min}–${SECONDS.max} (default ${SECONDS.default})`,
            description_localizations: { ko: `라운드마다 답할 시간(초), ${SECONDS.min}–${SECONDS.max} (기본 ${SECONDS.default})` },
            min_value: SECONDS.min,
            max_value: SECONDS.max,
          },
          {
            type: ApplicationCommandOptionType.String,
            name: 'mode',
            name_localizations: { ko: '방식' },
            description: 'fastest: sooner right answers score more (default); all: every right answer the same',
            description_localizations: { ko: 'fastest: 빨리 맞힐수록 높은 점수 (기본), all: 맞히면 모두 같은 점수' },
            choices: [
              { name: 'fastest', name_localizations: { ko: '빠를수록' }, value: 'fastest' },
              { name: 'all', name_localizations: { ko: '모두 같게' }, value: 'all' },
            ],
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'stop',
        name_localizations: { ko: '중지' },
        description: "Stop this channel's game (its host, or Manage Messages)",
        description_localizations: { ko: '이 채널의 게임을 멈춰요 (시작한 사람, 또는 메시지 관리 권한)' },
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'scores',
        name_localizations: { ko: '점수' },
        description: "This channel's game scoreboard and your place, privately",
        description_localizations: { ko: '이 채널 게임의 점수판과 내 순위 (나에게만)' },
      },
    ],
  } as const,
  examples: ['/quizgame start topic:nlp rounds:5', '/quizgame scores'],

  execute(request, deps: QuizgameDeps) {
    const guildId = requireGuild(request);
    const { locale } = request;
    const channelId = request.channelId;
    if (!channelId) throw userError('error.guildOnly');
    switch (request.subcommand) {
      case 'start': {
        // A game posts on its own in the channel: check now, rather than fail at the first round.
        const missing = deps.channels.missingPermissions(channelId);
        if (missing && missing.length > 0) throw userError('game.cannotPost', { permissions: missing.join(', ') });
        const topic = request.options.topic?.trim();
        const lecture = topic ? resolveLecture(request, topic, deps.catalog) : undefined;
        const rounds = request.options.rounds ?? ROUNDS.default;
        const seconds = request.options.seconds ?? SECONDS.default;
        if (rounds < ROUNDS.min || rounds > ROUNDS.max || seconds < SECONDS.min || seconds > SECONDS.max)
          throw userError('game.badNumbers', { ...ROUNDS, smin: SECONDS.min, smax: SECONDS.max });
        const started = deps.games.start({
          guildId,
          channelId,
          hostId: request.userId,
          lecture: lecture?.slug ?? null,
          rounds,
          seconds,
          mode: request.options.mode ?? 'fastest',
          // The host's language: they start it for the people around them.
          locale,
        });
        if (started.status === 'no-questions') throw userError('game.noQuestions');
        if (started.status === 'busy') {
          const link = started.messageId ? messageLink(guildId, channelId, started.messageId) : '';
          throw userError('game.busy', { round: started.game.round, rounds: started.game.rounds, link });
        }
        const { game } = started;
        const lines = [
          t(locale, 'game.starting', {
            host: `<@${request.userId}>`,
            rounds: game.rounds,
            seconds: game.seconds,
            topic: lecture ? lecture.title[locale] : t(locale, 'game.allTopics'),
            mode: t(locale, game.mode === 'fastest' ? 'game.modeFastest' : 'game.modeAll'),
            start: `<t:${Math.ceil((deps.clock.now().getTime() + ROUND_PAUSE_MS) / 1000)}:R>`,
          }),
        ];
        if (game.rounds < game.requested) lines.push(t(locale, 'game.fewQuestions', { count: game.rounds, requested: game.requested }));
        return publicReply({ content: lines.join('\n') });
      }
      case 'stop': {
        const game = deps.gameStore.runningIn(channelId);
        if (!game || game.guildId !== guildId) throw userError('game.noGame');
        // The host, or a moderator: checked against what Discord sent, failing closed.
        if (game.hostId !== request.userId && !hasPermission(request, PermissionFlagsBits.ManageMessages)) throw userError('game.notHost');
        deps.games.stop(game.id);
        return say(t(locale, 'game.stopped'));
      }
      case 'scores': {
        const game = deps.gameStore.lastIn(channelId);
        if (!game || game.guildId !== guildId) throw userError('game.noGame');
        const name = (userId: string) => `<@${userId}>`;
        return privateReply(scoresMessage(game, deps.gameStore.scores(game.id), request.userId, name, locale));
      }
    }
  },

  autocomplete(request, deps) {
    return deps.catalog.suggestLectures(request.guildId, request.focused.value, request.locale);
  },
});
