import { SWEEP_MS } from '../src/app/sweeper.js';
import { focusWithin, phase, phaseCount, totalMs, type Plan } from '../src/domain/studyPhases.js';
import { benchApp, flag, percentile, round, scratch, table } from './util.js';

/**
 * `sessions` study sessions in as many channels (ten a guild), `members` members each joining and
 * leaving at their own moments, 1-minute phases, on an injected clock moved in steps of the loop's
 * interval as fast as the machine sweeps. Measured: how late each phase change is handled (the
 * clock's step plus the sweep's own time), and the focus minutes recorded against the exact total
 * the join and leave times imply.
 */
export async function studyBench(args: string[]): Promise<void> {
  const sessions = flag(args, 'sessions', 200);
  const members = flag(args, 'members', 50);
  const cycles = flag(args, 'cycles', 4);
  const { path, cleanup } = scratch('study');
  const start = Date.parse('2026-11-25T03:00:00Z');
  let now = start;
  const app = benchApp(path, () => new Date(now));
  try {
    const { services } = app;
    const plan: Plan = { focusMs: 60_000, breakMs: 60_000, cycles };
    const total = totalMs(plan);
    const ids: number[] = [];
    // Who joins when, and leaves when, per session: offsets in ms from the start.
    const schedule: { session: number; guildId: string; userId: string; join: number; leave: number }[] = [];
    let expectedMs = 0;
    for (let s = 0; s < sessions; s++) {
      const guildId = String(930000000000000000n + BigInt(Math.floor(s / 10)));
      const host = String(840000000000000000n + BigInt(s * (members + 1)));
      const started = services.study.start({
        guildId,
        channelId: String(931000000000000000n + BigInt(s)),
        hostId: host,
        voiceChannelId: null,
        lecture: null,
        section: null,
        focusMin: 1,
        breakMin: 1,
        cycles,
        locale: 'en',
      });
      if (started.status !== 'started') throw new Error('could not start a session');
      ids.push(started.session.id);
      // The host is in from the start to the end.
      expectedMs += cycles * plan.focusMs;
      for (let m = 1; m < members; m++) {
        const join = ((m * 7 + s) % 13) * 10_000;
        const leave = total - ((m * 3 + s) % 11) * 10_000;
        const userId = String(840000000000000000n + BigInt(s * (members + 1) + m));
        schedule.push({ session: started.session.id, guildId, userId, join, leave });
        expectedMs += focusWithin(plan, join, leave).reduce((sum, [a, b]) => sum + b - a, 0);
      }
    }

    const late: number[] = [];
    const announced = new Map(ids.map((id) => [id, 0]));
    const step = SWEEP_MS.study;
    const sweepMs: number[] = [];
    for (let t = 0; t <= total + step; t += step) {
      now = start + t;
      for (const entry of schedule) {
        if (entry.join > t - step && entry.join <= t) services.study.join(entry.session, entry.userId, 'button');
        if (entry.leave > t - step && entry.leave <= t) services.study.leave(entry.session, entry.userId);
      }
      const began = performance.now();
      await services.study.sweep();
      await services.study.settled();
      const took = performance.now() - began;
      sweepMs.push(took);
      for (const id of ids) {
        const session = app.stores.study.get(id)!;
        const before = announced.get(id)!;
        const index = session.status === 'finished' ? phaseCount(plan) : session.announced;
        // Each phase change handled in this sweep: due at its boundary, done at this step plus the sweep's time.
        for (let k = before + 1; k <= index; k++) {
          const due = k < phaseCount(plan) ? phase(plan, k).start : total;
          late.push(t - due + took);
        }
        announced.set(id, index);
      }
    }
    const recordedMs = (app.db.prepare("SELECT coalesce(sum(ms), 0) AS ms FROM study_totals WHERE period = 'all'").get() as { ms: number }).ms;
    const finished = (app.db.prepare("SELECT count(*) AS n FROM study_sessions WHERE status = 'finished'").get() as { n: number }).n;
    const result = {
      bench: 'study',
      sessions,
      members,
      phase_changes: late.length,
      late_p99_ms: Math.round(percentile(late, 99)),
      minutes_expected: round(expectedMs / 60_000, 3),
      minutes_recorded: round(recordedMs / 60_000, 3),
    };
    table(`study: ${sessions} sessions × ${members} members, ${cycles} focus periods of 1 min with 1-min breaks, clock stepped by ${step} ms`, [
      ['phase changes handled', `${late.length} (sessions finished ${finished}/${sessions})`],
      ['phase change late p50', `${Math.round(percentile(late, 50))} ms`],
      ['phase change late p99', `${result.late_p99_ms} ms   (target ≤ 1,000 ms)`],
      ['sweep of every session p50 / p99', `${round(percentile(sweepMs, 50))} / ${round(percentile(sweepMs, 99))} ms`],
      ['focus minutes expected', result.minutes_expected],
      ['focus minutes recorded', `${result.minutes_recorded}   (target: exactly equal)`],
    ]);
    console.log(JSON.stringify(result));
  } finally {
    app.close();
    cleanup();
  }
}
