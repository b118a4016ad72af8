import { join } from 'node:path';
import { pino } from 'pino';
import type { ComponentRequest } from '../src/core/requests.js';
import { gameAnswerHandler } from '../src/commands/quizgame/components.js';
import { runDiscord } from '../src/discord/run.js';
import { DiscordEmulator } from '../test/emulator/emulator.js';
import { TOKEN, sleep } from './process.js';
import { flag, percentile, round, scratch, table } from './util.js';

/**
 * `games` concurrent quiz games of `rounds` rounds in as many guilds, `players` members each, rounds
 * of `seconds` s, through the real discord.js client and the emulator (Discord's global limit of
 * 50 requests/s on): every member answers every round at a random moment. Measured: clicks
 * acknowledged, the click handler's time, how late each round's closing edit lands after its
 * deadline, and answers lost or scored twice.
 */
export async function gameBench(args: string[]): Promise<void> {
  const games = flag(args, 'games', 20);
  const players = flag(args, 'players', 100);
  const rounds = flag(args, 'rounds', 10);
  const seconds = flag(args, 'seconds', 5);
  const emulator = await DiscordEmulator.start({ token: TOKEN, guildCount: games, globalRateLimit: 50, interactionDeadlineMs: 3000 });
  const { dir, cleanup } = scratch('game');
  // The click handler's own time (it is synchronous: the stored answer and the reply).
  const handlerMs: number[] = [];
  const handle = gameAnswerHandler.handle;
  gameAnswerHandler.handle = (request, values, deps) => {
    const started = performance.now();
    const reply = handle(request, values, deps);
    handlerMs.push(performance.now() - started);
    return reply;
  };
  const bot = await runDiscord({
    token: emulator.token,
    apiUrl: emulator.apiUrl,
    devGuildId: undefined,
    databasePath: join(dir, 'game.db'),
    log: pino({ level: 'silent' }),
    revealHours: 24,
  });
  try {
    const { app } = bot;
    // And the whole way through the router, waiting behind whatever else the process does (a round closing).
    const routerMs: number[] = [];
    const component = app.router.component.bind(app.router);
    app.router.component = async (request: ComponentRequest) => {
      const started = performance.now();
      const reply = await component(request);
      if (request.customId.startsWith('v1:game:')) routerMs.push(performance.now() - started);
      return reply;
    };

    const guilds = emulator.guilds.slice(0, games);
    const users = Array.from({ length: players }, (_, i) => emulator.createUser({ username: `player${i}` }));
    const ids = guilds.map((guild) => {
      const started = app.services.games.start({
        guildId: guild.id,
        channelId: guild.channels[0]!.id,
        hostId: users[0]!.id,
        lecture: null,
        rounds,
        seconds,
        mode: 'fastest',
        locale: 'en',
      });
      if (started.status !== 'started') throw new Error(`could not start a game in ${guild.id}`);
      return started.game.id;
    });

    let clicks = 0;
    let acknowledged = 0;
    let failed = 0;
    const clicking: Promise<void>[] = [];
    const seen = new Set<string>();
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const deadline = Date.now() + rounds * (seconds * 1000 + 3000) + 60_000;
    // Each round as it appears: every player answers once, at a random moment before its deadline.
    while (Date.now() < deadline) {
      const running = ids.filter((id) => app.stores.games.get(id)?.status === 'running');
      for (const id of ids) {
        const game = app.stores.games.get(id)!;
        const current = game.round > 0 ? app.stores.games.round(id, game.round) : undefined;
        const key = `${id}:${game.round}`;
        if (!current?.messageId || current.closedAt || seen.has(key)) continue;
        seen.add(key);
        const window = Math.max(0, current.deadline.getTime() - Date.now() - 300);
        for (const user of users) {
          const position = Math.floor(random() * current.choiceOrder.length);
          const at = random() * window;
          clicking.push(
            (async () => {
              await sleep(at);
              clicks++;
              try {
                const answer = await emulator
                  .click({ messageId: current.messageId!, customId: `v1:game:${id}:${current.round}:${position}`, user })
                  .response(3000);
                if (JSON.stringify(answer.data).includes('Locked in')) acknowledged++;
              } catch {
                failed++;
              }
            })(),
          );
        }
      }
      if (running.length === 0) break;
      await sleep(50);
    }
    await Promise.all(clicking);
    await app.services.games.settled();

    // Each round's closing edit against its deadline, from what the emulator stored.
    const late: number[] = [];
    for (const id of ids) {
      for (let r = 1; r <= rounds; r++) {
        const stored = app.stores.games.round(id, r);
        const edited = stored?.messageId ? emulator.message(stored.messageId)?.edited_timestamp : undefined;
        // A round everyone answered closes before its deadline: 0 late.
        if (stored && edited) late.push(Math.max(0, Date.parse(edited) - stored.deadline.getTime()));
      }
    }
    const count = (sql: string) => (app.db.prepare(sql).get() as { n: number }).n;
    const stored = count('SELECT count(*) AS n FROM game_answers');
    const scored = count('SELECT count(*) AS n FROM game_answers WHERE points IS NOT NULL');
    const attempts = count('SELECT count(*) AS n FROM quiz_attempts');
    const rightAnswers = count('SELECT count(*) AS n FROM game_answers WHERE correct = 1');
    const rightInScores = count('SELECT coalesce(sum(right_answers), 0) AS n FROM game_scores');
    const finished = count("SELECT count(*) AS n FROM games WHERE status = 'finished'");
    const result = {
      bench: 'game',
      games,
      players,
      rounds,
      clicks,
      lost: acknowledged - stored,
      // Answers scored more than once show as more attempts, or more right answers in the scores, than answers.
      double_scored: Math.max(0, attempts - stored) + Math.max(0, rightInScores - rightAnswers),
      click_p99_ms: round(percentile(handlerMs, 99)),
      close_late_p99_ms: Math.round(percentile(late, 99)),
    };
    table(`game: ${games} games × ${rounds} rounds of ${seconds} s, ${players} players each, through the real client`, [
      ['clicks sent', clicks],
      ['acknowledged ("locked in")', acknowledged],
      ['failed or unanswered', failed],
      ['answers stored / scored', `${stored} / ${scored}`],
      ['lost (acknowledged, not stored)', result.lost],
      ['double scored', result.double_scored],
      ['games finished', `${finished}/${games}`],
      ['click handler p50', `${round(percentile(handlerMs, 50))} ms`],
      ['click through the router p50 / p99 (incl. waiting)', `${round(percentile(routerMs, 50))} / ${round(percentile(routerMs, 99))} ms`],
      ['click handler p99', `${result.click_p99_ms} ms   (target ≤ 5 ms)`],
      ['round close after deadline p50', `${Math.round(percentile(late, 50))} ms`],
      ['round close after deadline p99', `${result.close_late_p99_ms} ms   (target ≤ 1,000 ms)`],
    ]);
    console.log(JSON.stringify(result));
  } finally {
    gameAnswerHandler.handle = handle;
    await bot.stop();
    await emulator.close();
    cleanup();
  }
}
