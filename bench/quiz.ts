import { ComponentType, PermissionFlagsBits } from 'discord-api-types/v10';
import type { App } from '../src/app/app.js';
import { findQuestion, questions as builtIn } from '../src/content/questions/index.js';
import { newCard, review } from '../src/domain/srs.js';
import { benchApp, flag, percentile, round, scratch, table } from './util.js';

const GUILD = '910000000000000000';

/**
 * One quiz post, `members` members each clicking an answer, then each clicking again:
 * the whole component path (router, handler, store, SQLite file), timed per click.
 */
export async function quizBench(args: string[]): Promise<void> {
  const members = flag(args, 'members', 2_000);
  const { path, cleanup } = scratch('quiz');
  try {
    const app = benchApp(path);
    const { db, router } = app;
    const question = findQuestion('nlp-01')!;
    const post = app.stores.quiz.createPost({
      guildId: GUILD,
      channelId: '910000000000000001',
      questionId: question.id,
      source: 'practice',
      choiceOrder: question.choices.map((_, i) => i).reverse(),
      now: new Date(),
      expiresAt: new Date(Date.now() + 3600_000),
    });
    const userId = (i: number) => String(810000000000000000n + BigInt(i));
    const times: number[] = [];
    let verdicts = 0;
    for (const pass of [1, 2]) {
      for (let i = 0; i < members; i++) {
        const position = (i + pass) % question.choices.length;
        const start = performance.now();
        const reply = await router.component({
          userId: userId(i),
          guildId: GUILD,
          channelId: post.channelId,
          locale: 'en',
          customId: `v1:quiz:${post.id}:${position}`,
          componentType: ComponentType.Button,
          values: [],
        });
        times.push(performance.now() - start);
        if (reply.type === 'message' && reply.ephemeral && reply.message.embeds?.length) verdicts++;
      }
    }
    const count = (sql: string) => (db.prepare(sql).get(post.id) as { n: number }).n;
    const recorded = count('SELECT count(*) AS n FROM quiz_attempts WHERE post_id = ?');
    const distinct = count('SELECT count(DISTINCT user_id) AS n FROM quiz_attempts WHERE post_id = ?');
    const answered = (db.prepare("SELECT coalesce(sum(answered), 0) AS n FROM scores WHERE guild_id = ? AND period = 'all'").get(GUILD) as { n: number }).n;
    const bank = await bankBench(app, members, flag(args, 'bank', 5_000));
    app.close();

    const result = {
      bench: 'quiz',
      clicks: members * 2,
      members,
      recorded,
      lost: members - distinct,
      // Extra attempt rows, or aggregates counting more answers than members answered.
      double_counted: recorded - distinct + Math.max(0, answered - distinct),
      handler_p50_ms: round(percentile(times, 50)),
      handler_p99_ms: round(percentile(times, 99)),
      bank_questions: bank.questions,
      pick_p99_ms: round(percentile(bank.pick, 99)),
      reports_p99_ms: round(percentile(bank.reports, 99)),
    };
    table(`quiz: ${members.toLocaleString()} members click one post, then click again`, [
      ['clicks', result.clicks],
      ['verdicts sent', verdicts],
      ['answers recorded (distinct members)', `${recorded} (${distinct})`],
      ['lost', result.lost],
      ['double counted', result.double_counted],
      ['handler p50', `${result.handler_p50_ms} ms`],
      ['handler p99', `${result.handler_p99_ms} ms   (target ≤ 2 ms)`],
    ]);
    table(`quiz: a guild bank of ${bank.questions.toLocaleString()} questions, ${members.toLocaleString()} members with review cards`, [
      ['questions (built-in / notes / members)', `${bank.questions} (${builtIn.length} / ${bank.notes} / ${bank.written})`],
      ['review cards', bank.cards],
      ['questions with item analysis', bank.analysed],
      ['questions to look at (40 reported + flagged)', bank.needLook],
      ['/quiz practice, no topic: p50', `${round(percentile(bank.pick, 50))} ms`],
      ['/quiz practice, no topic: p99', `${result.pick_p99_ms} ms   (target ≤ 2 ms)`],
      ['/quiz reports: p50', `${round(percentile(bank.reports, 50))} ms`],
      ['/quiz reports: p99', `${result.reports_p99_ms} ms   (target ≤ 20 ms)`],
    ]);
    console.log(JSON.stringify(result));
  } finally {
    cleanup();
  }
}

const BANK_GUILD = '920000000000000000';

/**
 * A guild whose bank holds `size` questions: the built-in ones, a notes file's written questions
 * and members' approved questions; every member has review cards (some due), every question item
 * figures, a few are reported. Then each member asks `/quiz practice` without a topic (the spaced
 * repetition pick, through the router), and an editor opens `/quiz reports` again and again.
 */
async function bankBench(app: App, members: number, size: number) {
  const { router, services, stores, db } = app;
  const now = new Date();
  const userId = (i: number) => String(830000000000000000n + BigInt(i));
  const own = Math.max(0, size - builtIn.length);
  const notes = Math.floor(own / 2);
  const written = own - notes;

  // A notes file with `notes` questions in it, twenty sections.
  const sections = Array.from({ length: 20 }, (_, s) => {
    const asked = Array.from({ length: Math.ceil(notes / 20) }, (_, q) => s * Math.ceil(notes / 20) + q)
      .filter((n) => n < notes)
      .map((n) => `- Question ${n} about part ${s}?\n  - [x] right ${n}\n  - [ ] wrong a${n}\n  - [ ] wrong b${n}`);
    return `## Part ${s}\n\nText of part ${s}.\n\n${asked.join('\n')}\n`;
  });
  const imported = services.notes.importText(BANK_GUILD, userId(0), 'bank.md', `# Bank notes\n\n${sections.join('\n')}`, 'auto');
  const slug = imported.lectures[0]!.slug;
  const lecture = services.catalog.findLecture(BANK_GUILD, slug)!;

  // Members' questions, approved at once (auto-approve), each earning its author points.
  stores.guilds.update(BANK_GUILD, { autoApprove: true }, now);
  db.transaction(() => {
    for (let n = 0; n < written; n++) {
      const section = lecture.sections[n % lecture.sections.length]!.id;
      services.questions.submit(
        BANK_GUILD,
        userId(n % members),
        slug,
        section,
        { prompt: `Member question ${n}?`, right: `yes ${n}`, wrong: [`no ${n}`, `maybe ${n}`], explanation: '' },
        now,
      );
    }
  })();
  const all = services.bank.all(BANK_GUILD);

  // Review cards: 25 a member, a third of them due today.
  let cards = 0;
  db.transaction(() => {
    for (let m = 0; m < members; m++) {
      for (let c = 0; c < 25; c++) {
        const question = all[(m * 37 + c * 101) % all.length]!;
        const reviewed = new Date(now.getTime() - ((c % 3) + 1) * 4 * 86_400_000);
        const state = review(newCard(reviewed), c % 3 === 0 ? 'again' : 'good', reviewed);
        stores.cards.save(
          { guildId: BANK_GUILD, userId: userId(m), questionId: question.id, lecture: question.lecture },
          state,
          c % 3 === 0 ? 'again' : 'good',
          null,
        );
        cards++;
      }
    }
  })();

  // Item figures for every question (10–29 first answers), and a few reports.
  db.transaction(() => {
    for (const [q, question] of all.entries()) {
      for (let a = 0; a < 10 + (q % 20); a++) {
        const third = a % 3 === 0 ? 'upper' : a % 3 === 1 ? 'lower' : 'middle';
        stores.itemStats.recordFirst(BANK_GUILD, question.id, (q * 7 + a) % 5 !== 0, third);
      }
    }
    for (let r = 0; r < 200; r++) stores.reports.add(BANK_GUILD, all[r % 40]!.id, userId(r), 'unclear', `report ${r}`, now);
  })();

  const base = { guildId: BANK_GUILD, channelId: '920000000000000001', locale: 'en' as const };
  const pick: number[] = [];
  for (let m = 0; m < members; m++) {
    const start = performance.now();
    const reply = await router.command({ ...base, userId: userId(m), command: 'quiz', subcommand: 'practice', options: {} });
    pick.push(performance.now() - start);
    if (reply.type !== 'message' || !reply.message.components?.length) throw new Error('the pick posted no question');
  }
  const reports: number[] = [];
  const editor = { ...base, userId: userId(0), permissions: PermissionFlagsBits.ManageGuild };
  for (let r = 0; r < 200; r++) {
    const start = performance.now();
    const reply = await router.command({ ...editor, command: 'quiz', subcommand: 'reports', options: {} });
    reports.push(performance.now() - start);
    if (reply.type !== 'message' || !reply.message.embeds?.length) throw new Error('the reports list is empty');
  }
  const view = services.questions.reports(BANK_GUILD);
  return { questions: all.length, notes: imported.lectures[0]!.questions, written, cards, analysed: all.length, needLook: view.total, pick, reports };
}
