import { onComponent } from '../../core/command.js';
import { say } from '../../core/reply.js';
import { userError } from '../../i18n/index.js';
import { requireGuild } from '../shared/guards.js';
import type { QuizgameDeps } from './deps.js';
import { lockedInText } from './messages.js';
import { gameAnswerButton } from './routes.js';

/**
 * An answer in a round: stored with how long it took and acknowledged privately at once ("locked
 * in"); it is judged and scored when the round closes, so nobody learns anything early.
 */
export const gameAnswerHandler = onComponent(gameAnswerButton, (request, [gameId, roundNumber, position], deps: QuizgameDeps) => {
  const guildId = requireGuild(request);
  const game = deps.gameStore.get(gameId);
  // Another guild's game is as unknown as a missing one: a forged id learns nothing.
  if (!game || game.guildId !== guildId) throw userError('game.unknown');
  const round = deps.gameStore.round(gameId, roundNumber);
  if (!round || position >= round.choiceOrder.length) throw userError('error.staleComponent');
  const mine = deps.gameStore.answerOf(gameId, roundNumber, request.userId);
  if (mine) return say(lockedInText(round, round.choiceOrder.indexOf(mine.choice), mine.elapsedMs, true, request.locale));
  const now = deps.clock.now();
  if (game.status !== 'running' && round.closedAt) throw userError('game.finished');
  if (round.closedAt || now >= round.deadline) throw userError('game.timesUp');
  const elapsedMs = Math.max(0, now.getTime() - round.startsAt.getTime());
  const choice = round.choiceOrder[position]!;
  if (!deps.gameStore.answer(gameId, roundNumber, { userId: request.userId, choice, elapsedMs })) {
    const first = deps.gameStore.answerOf(gameId, roundNumber, request.userId)!;
    return say(lockedInText(round, round.choiceOrder.indexOf(first.choice), first.elapsedMs, true, request.locale));
  }
  deps.games.answered(gameId, roundNumber);
  return say(lockedInText(round, position, elapsedMs, false, request.locale));
});
