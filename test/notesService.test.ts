import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWebDownloader, DownloadError, type Downloader } from '../src/services/download.js';
import { loadFolderNotes } from '../src/services/folderNotes.js';
import { ImportError, NotesService } from '../src/services/notes.js';
import { GUILD, testApp, type TestApp } from './helpers/context.js';
import { captureLog } from './helpers/log.js';
import { SEED_PATH } from './helpers/shared.js';

const A = '300000000000000001';
const seed = readFileSync(SEED_PATH, 'utf8');

let ctx: TestApp;
beforeEach(() => {
  ctx = testApp('2026-11-25T03:00:00Z');
});
afterEach(() => ctx.close());

function service(downloader: Downloader) {
  return new NotesService({ notes: ctx.stores.notes, transaction: (work) => ctx.db.transaction(work).immediate(), downloader, clock: { now: ctx.now } });
}

describe('importing and replacing', () => {
  it('stores nothing of a refused import (the file and its lectures go in one transaction, or not at all)', () => {
    const notes = ctx.services.notes;
    const bad = `${seed}\n\n## AI Ethics\n\n### again\n\ntext`;
    expect(() => notes.importText(GUILD, A, 'bad.md', bad, 'h2')).toThrow(ImportError);
    expect(
      ctx.db.prepare('SELECT (SELECT count(*) FROM notes_lectures) + (SELECT count(*) FROM notes_files) + (SELECT count(*) FROM notes_sections) AS n').get(),
    ).toEqual({ n: 0 });
  });

  it('replaces by front-matter slug even when the title changed, keeping the slug and matched sections', () => {
    const notes = ctx.services.notes;
    const first = notes.importText(GUILD, A, 'w3.md', '---\nslug: week3\n---\n# Week 3\n\n## Attention\n\na\n\n## Old\n\no\n', 'auto');
    const second = notes.importText(GUILD, A, 'w3b.md', '---\nslug: week3\n---\n# Week 3, revised\n\n## Attention\n\na, more\n\n## New\n\nn\n', 'auto');
    expect(second.lectures[0]).toMatchObject({ slug: first.lectures[0]!.slug, replaced: true, added: ['New'], changed: ['Attention'], removed: ['Old'] });
    expect(notes.list(GUILD)).toEqual([expect.objectContaining({ title: 'Week 3, revised', version: 2 })]);
    // The first file is no longer any lecture's source: it is gone, the new one is exported.
    expect(ctx.db.prepare('SELECT filename FROM notes_files').all()).toEqual([{ filename: 'w3b.md' }]);
    expect(notes.exportFile(GUILD, first.lectures[0]!.slug)?.markdown).toContain('revised');
  });

  it('removes a lecture from the catalog; reads and points earned stay with the member', async () => {
    const notes = ctx.services.notes;
    const { lectures } = notes.importText(GUILD, A, 'w.md', '# W\n\n## One\n\n1\n\n## Two\n\n2\n', 'auto');
    const slug = lectures[0]!.slug;
    await ctx.router.command({ userId: A, guildId: GUILD, channelId: null, locale: 'en', command: 'summary', options: { topic: slug } });
    const points = () => ctx.services.standings.standing(GUILD, 'all', A)?.points;
    expect(points()).toBe(1);
    expect(notes.remove(GUILD, slug)).toBe('W');
    expect(ctx.services.catalog.lectures(GUILD).some((l) => l.slug === slug)).toBe(false);
    expect(points()).toBe(1);
    expect(ctx.db.prepare('SELECT count(*) AS n FROM section_reads WHERE lecture = ?').get(slug)).toEqual({ n: 1 });
  });

  it('answers a second import of the same guild while one is running with busy, and the first completes', async () => {
    let release: () => void = () => {};
    const slow: Downloader = { download: () => new Promise((resolve) => (release = () => resolve(Buffer.from('# A\n\n## x\n\n1\n\n## y\n\n2\n')))) };
    const notes = service(slow);
    const attachment = { id: '1', filename: 'a.md', size: 30, url: 'https://cdn.example/a.md' };
    const first = notes.importAttachment(GUILD, A, attachment, 'auto');
    await expect(notes.importAttachment(GUILD, A, attachment, 'auto')).rejects.toMatchObject({ problem: 'busy' });
    release();
    expect((await first).lectures).toHaveLength(1);
  });

  it('draws lectures of an older renderer again from their Markdown, keeping slugs and keys', () => {
    const notes = ctx.services.notes;
    const { lectures } = notes.importText(GUILD, A, 'w.md', '# W\n\n## One\n\n**bold** text\n\n## Two\n\n2\n', 'auto');
    ctx.db.prepare('UPDATE notes_sections SET pages = \'["stale"]\'').run();
    ctx.db.prepare('UPDATE notes_lectures SET renderer = 0').run();
    const restarted = testApp('2026-11-25T04:00:00Z', { path: ctx.path });
    try {
      const lecture = restarted.services.catalog.lectures(GUILD).find((l) => l.slug === lectures[0]!.slug)!;
      expect(lecture.sections[0]!.pages).toEqual(['**bold** text']);
    } finally {
      restarted.app.close();
    }
  });
});

describe('downloading an attachment', () => {
  let server: Server;
  let url: string;
  beforeEach(async () => {
    server = createServer((req, res) => {
      if (req.url === '/slow') return void setTimeout(() => res.end('late'), 2000);
      if (req.url === '/liar') {
        // Says nothing of its size and sends more than allowed.
        res.writeHead(200, { 'Content-Type': 'text/markdown' });
        for (let i = 0; i < 40; i++) res.write('x'.repeat(1024));
        return void res.end();
      }
      res.end('# ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('gives up after its timeout, caps the size while streaming, and refuses plain HTTP off loopback', async () => {
    const downloader = createWebDownloader(200);
    expect(Buffer.from(await downloader.download(`${url}/ok`, 1000)).toString()).toBe('# ok');
    await expect(downloader.download(`${url}/slow`, 1000)).rejects.toMatchObject({ problem: 'timeout' });
    await expect(downloader.download(`${url}/liar`, 16 * 1024)).rejects.toMatchObject({ problem: 'too-large' });
    await expect(downloader.download('http://cdn.discordapp.com/x.md', 1000)).rejects.toBeInstanceOf(DownloadError);
    await expect(downloader.download('file:///etc/passwd', 1000)).rejects.toMatchObject({ problem: 'refused' });
  });
});

describe('CONTENT_DIR', () => {
  it('loads every Markdown file for every guild; a bad one is logged with its name, line and reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'studybot-content-'));
    try {
      writeFileSync(join(dir, 'week1.md'), '---\nslug: w1\n---\n# Week 1\n\n## A\n\na\n\n## B\n\n- [ ] do it\n');
      writeFileSync(join(dir, 'broken.md'), '---\ntitle: [oops\n---\ntext');
      writeFileSync(join(dir, 'ethics.md'), '# AI Ethics\n\nclash');
      writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50]));
      mkdirSync(join(dir, 'sub.md'));
      const { log, lines } = captureLog('info');
      const folder = loadFolderNotes(dir, log);
      expect(folder.lectures.map((l) => l.title.en)).toEqual(['Week 1']);
      expect(folder.lectures[0]!.aliases).toContain('w1');
      expect(folder.checklists).toHaveLength(1);
      expect(lines).toContainEqual(expect.objectContaining({ file: 'broken.md', line: 1, reason: 'bad-front-matter', msg: 'notes file not loaded' }));
      expect(lines).toContainEqual(expect.objectContaining({ file: 'ethics.md', reason: 'clashes-builtin' }));
      const app = testApp('2026-11-25T03:00:00Z', { contentDir: dir });
      try {
        for (const guild of [GUILD, '200000000000000999']) expect(app.services.catalog.findLecture(guild, 'w1')?.title.en).toBe('Week 1');
      } finally {
        app.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
