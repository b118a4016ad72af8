import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './process.js';
import { benchApp, flag, percentile, round, scratch, table } from './util.js';

const GUILD = '930000000000000000';
const USER = '830000000000000001';
const SEED = join(process.env.STUDYBOT_SHARED_DIR ?? resolve(ROOT, '../shared'), 'seeds/000_785b47f05e104888.txt');

/** About 1 MB of notes as a group writes them: 500 sections with prose, lists, code, a table and a figure each. */
export function largeNotes(sections: number): string {
  const parts = ['---\ntitle: Generated course\nslug: generated\n---\n', '# Generated course\n'];
  for (let i = 0; i < sections; i++) {
    if (i % 50 === 0) parts.push(`## Part ${i / 50 + 1}\n`);
    parts.push(
      `### Section ${i + 1}: 주제 ${i}\n`,
      `이 섹션은 **핵심 개념 ${i}**을 다룹니다. ${'문장이 이어지고 설명이 계속됩니다. '.repeat(27)}\n`,
      `- 첫째 항목 *강조* 그리고 \`inline_code(${i})\`\n  - 중첩된 항목 [링크](https://example.com/${i})\n- 둘째 항목 $x_${i}^2$\n`,
      `\`\`\`python\ndef step_${i}(x):\n${'    x = x * 2 + 1  # update\n'.repeat(12)}    return x\n\`\`\`\n`,
      `| 열 | 값 |\n|---|---|\n| a${i} | ${i * 3} |\n| 가나 | ${i * 7} |\n`,
      `![figure ${i}](https://example.com/fig-${i}.png)\n`,
    );
  }
  return parts.join('\n');
}

/**
 * Importing the seed and a generated 1 MB notes file (the whole path: parse, render, paginate,
 * one transaction), then /summary on imported sections and page navigation through the router.
 */
export async function notesBench(args: string[]): Promise<void> {
  const calls = flag(args, 'calls', 3000);
  const { path, cleanup } = scratch('notes');
  const app = benchApp(path);
  try {
    const notes = app.services.notes;
    const seed = readFileSync(SEED, 'utf8');
    const seedTimes: number[] = [];
    for (let i = 0; i < 10; i++) {
      const start = performance.now();
      notes.importText(`93000000000000${String(i).padStart(4, '0')}`, USER, 'seed.md', seed, 'auto');
      seedTimes.push(performance.now() - start);
    }
    const large = largeNotes(500);
    const bytes = Buffer.byteLength(large);
    if (bytes > 1024 * 1024) throw new Error(`the generated file is over the 1 MB limit: ${bytes} bytes`);
    const start = performance.now();
    const report = notes.importText(GUILD, USER, 'large.md', large, 'auto');
    const largeMs = performance.now() - start;
    const sum = (pick: (l: (typeof report.lectures)[number]) => number) => report.lectures.reduce((total, l) => total + pick(l), 0);
    const largeSections = sum((l) => l.sections);
    const largePages = sum((l) => l.pages);

    // /summary on imported sections, any of the file's lectures.
    const built = app.services.catalog.lectures(GUILD).filter((l) => l.imported);
    let seedRandom = 5;
    const random = () => (seedRandom = (seedRandom * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const times: number[] = [];
    for (let i = 0; i < calls; i++) {
      const lecture = built[Math.floor(random() * built.length)]!;
      const section = lecture.sections[Math.floor(random() * lecture.sections.length)]!;
      const startCall = performance.now();
      const reply = await app.router.command({
        userId: USER,
        guildId: GUILD,
        channelId: null,
        locale: i % 2 ? 'en' : 'ko',
        command: 'summary',
        options: { topic: lecture.slug, section: section.id },
      });
      times.push(performance.now() - startCall);
      if (reply.type !== 'message' || !reply.message.embeds?.[0]?.description) throw new Error('no summary');
    }
    const result = {
      bench: 'notes',
      seed_import_ms: round(percentile(seedTimes, 50), 2),
      large_import_ms: round(largeMs, 1),
      large_sections: largeSections,
      large_pages: largePages,
      summary_p50_ms: round(percentile(times, 50), 3),
      summary_p99_ms: round(percentile(times, 99), 3),
    };
    table(`notes: the seed, a generated ${(bytes / 1024 / 1024).toFixed(2)} MB file, /summary on imported sections`, [
      ['seed import (median of 10)', `${result.seed_import_ms} ms`],
      ['1 MB import (parse, render, pages, one transaction)', `${result.large_import_ms} ms   (target ≤ 1,000 ms)`],
      ['lectures / sections / pages / figures', `${report.lectures.length} / ${largeSections} / ${largePages} / ${sum((l) => l.images)}`],
      [`/summary on an imported section, p50 (${calls} calls)`, `${result.summary_p50_ms} ms`],
      ['/summary on an imported section, p99', `${result.summary_p99_ms} ms   (target ≤ 2 ms)`],
    ]);
    console.log(JSON.stringify(result));
  } finally {
    app.close();
    cleanup();
  }
}
