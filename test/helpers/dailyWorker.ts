/**
 * A scheduler process for the two-process test: ticks over a stretch of simulated time on a
 * shared database file, printing the header of every post it sent. Both processes read the
 * same simulated clock (derived from the wall clock), as two real processes would.
 */
import { pino } from 'pino';
import { createApp } from '../../src/app/app.js';
import type { ChannelPoster, Notifier } from '../../src/core/poster.js';
import type { MessagePayload } from '../../src/core/reply.js';

const [path, instance, startIso, wallStart, msPerMinute, minutes] = process.argv.slice(2) as [string, string, string, string, string, string];
const simulated = () => new Date(Date.parse(startIso) + ((Date.now() - Number(wallStart)) / Number(msPerMinute)) * 60_000);
const end = Date.parse(startIso) + Number(minutes) * 60_000;
let next = 1;
const poster: ChannelPoster & Notifier = {
  holdsGuild: () => true,
  dm: async () => true,
  missingPermissions: () => [],
  shardOf: () => null,
  async edit() {},
  async send(_channel: string, message: MessagePayload) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    process.stdout.write(`${message.content}\n`);
    return `${instance}-${next++}`;
  },
};
// A lease of a simulated day is about three seconds here: longer than any send takes, even on a busy machine.
const app = createApp({
  databasePath: path,
  poster,
  log: pino({ level: 'silent' }),
  clock: { now: simulated },
  revealHours: 24,
  daily: { instanceId: instance, leaseMs: 24 * 3600_000 },
});
const service = app.services.daily;
while (simulated().getTime() < end) {
  await service.tick();
  await new Promise((resolve) => setTimeout(resolve, 2));
}
app.close();
