import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryMessage } from '../src/commands/summary/messages.js';
import { decodeNotes } from '../src/content/notes/decode.js';
import { notesChecklists, notesLecture } from '../src/content/notes/lecture.js';
import { PAGE_LENGTH } from '../src/content/notes/pages.js';
import { chooseLevels, NotesError, parseNotes, type ParsedNotes } from '../src/content/notes/parse.js';
import { graphemesOf } from '../src/core/text.js';
import { limitProblems } from './helpers/discordLimits.js';
import { firstLost, sourceWords, words } from './helpers/plainText.js';
import { SAMPLES, SEED_PATH } from './helpers/shared.js';

const read = (path: string) => readFileSync(path, 'utf8');
const shape = (parsed: ParsedNotes) => parsed.lectures.map((l) => ({ title: l.title, sections: l.sections.map((s) => s.title) }));
const allPages = (parsed: ParsedNotes) => parsed.lectures.flatMap((l) => l.sections.flatMap((s) => s.pages));

/**
 * Nothing lost: the source's words, with the lecture and section headings taken out (they show as
 * titles), appear in the rendered pages in order; and every heading shows as a title.
 */
function expectNothingLost(markdown: string, parsed: ParsedNotes) {
  const titles = parsed.lectures.flatMap((l) => [l.title, ...l.sections.map((s) => s.title)]);
  const source = sourceWords(markdown, new Set(titles));
  expect(source.length).toBeGreaterThan(0);
  const pages = words(parsed.lectures.flatMap((l) => l.sections.flatMap((s) => s.pages)).join('\n'));
  expect(firstLost(source, pages)).toBeUndefined();
}

/** Every page of every section, as the /summary message Discord would get, in both languages. */
function expectWithinLimits(parsed: ParsedNotes) {
  parsed.lectures.forEach((lecture, l) => {
    const built = notesLecture({ slug: `n${l + 1}`, title: lecture.title, aliases: [], author: null, origin: 'guild', sections: lecture.sections });
    built.sections.forEach((section, index) => {
      for (const [page, text] of section.pages!.entries()) {
        expect(text.length).toBeLessThanOrEqual(PAGE_LENGTH);
        for (const locale of ['ko', 'en'] as const)
          expect(limitProblems(summaryMessage(built, index, locale, page), `${lecture.title} ${index}/${page}`)).toEqual([]);
      }
    });
  });
}

describe('the seed notes', () => {
  const markdown = read(SEED_PATH);
  const parsed = parseNotes(markdown, basename(SEED_PATH));

  it('are four lectures with 4, 4, 2 and 1 sections, under the single title 특강!', () => {
    expect(parsed.lectures.map((l) => l.title)).toEqual([
      '이준엽 - Full Stack ML Engineer',
      '오혜연 - AI Ethics',
      '박은정 - AI 시대의 커리어 빌딩',
      '박성준 - 자연어 처리를 위한 언어 모델의 학습과 평가',
    ]);
    expect(parsed.lectures.map((l) => l.sections.length)).toEqual([4, 4, 2, 1]);
    // Deeper headings (#### ML Product) are content of their section, in bold.
    expect(parsed.lectures[0]!.sections[2]!.pages.join('\n')).toContain('**ML Product**');
  });

  it('keep all 15 diagrams in their sections, the indented paragraph as code, and empty sections as headings', () => {
    expect(parsed.lectures.flatMap((l) => l.sections.flatMap((s) => s.images)).length).toBe(15);
    expect(parsed.lectures[0]!.sections[0]!.pages[0]).toContain('```\n모든 stack을 잘 다루려는 방향이라면 Full stack Engineer!');
    expect(parsed.lectures[1]!.sections.map((s) => s.pages)).toContainEqual(['']);
    expect(parsed.warnings).toEqual([]);
  });

  it('lose nothing of their text and fit Discord on every page', () => {
    expectNothingLost(markdown, parsed);
    expectWithinLimits(parsed);
  });
});

describe('real notes written by others', () => {
  it('cs231n: Jekyll front matter hidden, one lecture from ##, math as code, long sections in pages', () => {
    const markdown = read(SAMPLES[0]!);
    const parsed = parseNotes(markdown, basename(SAMPLES[0]!));
    expect(shape(parsed)).toEqual([
      {
        title: 'cs231n-neural-networks-1',
        sections: ['Quick intro', 'Modeling one neuron', 'Neural Network architectures', 'Summary', 'Additional References'],
      },
    ]);
    const text = allPages(parsed).join('\n');
    expect(text).not.toContain('permalink');
    expect(text).toContain('`s = W x`');
    expect(text).toContain('`s = W_2 \\max(0, W_1 x)`');
    // A heading inside a code block is code, not a section.
    expect(text).toContain('# forward-pass of a 3-layer neural network:');
    expect(parsed.lectures[0]!.sections[1]!.pages.length).toBeGreaterThan(1);
    expect(parsed.warnings.filter((w) => w.kind === 'relative-image').length).toBe(10);
    expectNothingLost(markdown, parsed);
    expectWithinLimits(parsed);
  });

  it('dlai: some ## without ###, so one lecture of seven sections; lectures:h2 makes them lectures', () => {
    const markdown = read(SAMPLES[1]!);
    const parsed = parseNotes(markdown, basename(SAMPLES[1]!));
    expect(parsed.lectures).toHaveLength(1);
    expect(parsed.lectures[0]!.title).toBe('Neural Networks and Deep Learning');
    expect(parsed.lectures[0]!.sections.map((s) => s.title)).toEqual([
      'Table of contents',
      'Course summary',
      'Introduction to deep learning',
      'Neural Networks Basics',
      'Shallow neural networks',
      'Deep Neural Networks',
      'Extra: Ian Goodfellow interview',
    ]);
    expect(parsed.warnings.filter((w) => w.kind === 'relative-image').length).toBe(13);
    expect((allPages(parsed).join('\n').match(/```/g) ?? []).length / 2).toBeGreaterThanOrEqual(25);
    expectNothingLost(markdown, parsed);
    expectWithinLimits(parsed);
    const byH2 = parseNotes(markdown, 'dlai.md', 'h2');
    expect(byH2.lectures.map((l) => l.title)).toContain('Shallow neural networks');
    expect(byH2.lectures.find((l) => l.title === 'Shallow neural networks')!.sections.map((s) => s.title)).toContain('Activation functions');
    expectNothingLost(markdown, byH2);
  });
});

describe('the lecture rule', () => {
  it('reads # Course with seven ## lectures, each with ### sections, as seven lectures', () => {
    const markdown = [
      '# Course',
      ...Array.from({ length: 7 }, (_, i) => `## Lecture ${i + 1}\n\nintro ${i}\n\n### Part A\n\ntext a\n\n### Part B\n\ntext b`),
    ].join('\n\n');
    const parsed = parseNotes(markdown, 'course.md');
    expect(parsed.lectures.map((l) => l.title)).toEqual(Array.from({ length: 7 }, (_, i) => `Lecture ${i + 1}`));
    expect(parsed.lectures[3]!.sections.map((s) => s.title)).toEqual(['Part A', 'Part B']);
    // Text before the first section is the lecture's introduction, on its first page.
    expect(parsed.lectures[3]!.sections[0]!.pages[0]).toMatch(/^intro 3/);
    expectNothingLost(markdown, parsed);
  });

  it('reads # Title with ## A, B, C and nothing deeper as one lecture of three sections', () => {
    expect(shape(parseNotes('# Title\n\n## A\n\na\n\n## B\n\nb\n\n## C\n\nc\n', 'x.md'))).toEqual([{ title: 'Title', sections: ['A', 'B', 'C'] }]);
  });

  it('reads a page from ## where only some ## have ### as one lecture', () => {
    const parsed = parseNotes('## One\n\n1\n\n### Deep\n\nd\n\n## Two\n\n2\n', 'page.md');
    expect(shape(parsed)).toEqual([{ title: 'page', sections: ['One', 'Two'] }]);
    expect(parsed.lectures[0]!.sections[0]!.pages[0]).toContain('**Deep**');
  });

  it('takes setext headings and skipped levels like ATX ones', () => {
    const setext = 'Course\n======\n\nLecture 1\n---------\n\n#### Deep A\n\na\n\nLecture 2\n---------\n\n#### Deep B\n\nb\n';
    expect(shape(parseNotes(setext, 's.md'))).toEqual([
      { title: 'Lecture 1', sections: ['Deep A'] },
      { title: 'Lecture 2', sections: ['Deep B'] },
    ]);
    expect(chooseLevels([{ depth: 1 }, { depth: 3 }, { depth: 3 }], 'auto')).toEqual({ lecture: null, section: 3 });
  });

  it('treats headings in code blocks, block quotes and list items as content', () => {
    const parsed = parseNotes('# T\n\n## A\n\n```\n## not a heading\n```\n\n> ## quoted\n\n- ## listed\n\n## B\n\nb\n', 't.md');
    expect(shape(parsed)).toEqual([{ title: 'T', sections: ['A', 'B'] }]);
    expect(parsed.lectures[0]!.sections[0]!.pages[0]).toContain('## not a heading');
  });

  it('follows lectures: one|h1|h2|h3, from the command or the front matter', () => {
    const markdown = '# A\n\n## a1\n\n### x\n\n## a2\n\n### y\n\n# B\n\n## b1\n\n### z\n';
    expect(parseNotes(markdown, 'f.md').lectures.map((l) => l.title)).toEqual(['A', 'B']);
    expect(parseNotes(markdown, 'f.md', 'one').lectures).toHaveLength(1);
    expect(parseNotes(markdown, 'f.md', 'h2').lectures.map((l) => l.title)).toEqual(['a1', 'a2', 'b1']);
    expect(parseNotes(`---\nlectures: h3\n---\n${markdown}`, 'f.md').lectures.map((l) => l.title)).toEqual(['x', 'y', 'z']);
  });

  it('makes a file without headings one lecture with one section, named after the file', () => {
    expect(shape(parseNotes('Just some text.\n', 'week-4.md'))).toEqual([{ title: 'week-4', sections: ['week-4'] }]);
  });
});

describe('front matter and bad input', () => {
  it('gives title, slug, aliases, author and lang, and is never shown', () => {
    const parsed = parseNotes(
      '---\ntitle: 딥러닝 3주차\nslug: dl-week3\naliases: [dl3, 3주차]\nauthor: 박연구\nlang: ko\n---\n## A\n\na\n\n## B\n\nb\n',
      'x.md',
    );
    expect(parsed.frontMatter).toEqual({ title: '딥러닝 3주차', slug: 'dl-week3', aliases: ['dl3', '3주차'], author: '박연구', lang: 'ko' });
    expect(parsed.lectures[0]!.title).toBe('딥러닝 3주차');
    expect(allPages(parsed).join('\n')).not.toContain('slug');
  });

  it('refuses an empty file, one with only front matter, and unreadable front matter, with a line', () => {
    expect(() => parseNotes('  \n', 'e.md')).toThrow(NotesError);
    expect(() => parseNotes('---\ntitle: x\n---\n\n', 'f.md')).toThrow(expect.objectContaining({ reason: 'only-front-matter' }));
    expect(() => parseNotes('---\ntitle: [unclosed\n---\ntext', 'f.md')).toThrow(expect.objectContaining({ reason: 'bad-front-matter', line: 1 }));
  });

  it('refuses over 1,000 sections', () => {
    const many = Array.from({ length: 1001 }, (_, i) => `## S${i}\n\nx`).join('\n\n');
    expect(() => parseNotes(many, 'm.md')).toThrow(expect.objectContaining({ reason: 'too-many-sections' }));
  });

  it('decodes UTF-8 with or without a BOM and UTF-16 with one; refuses binary and empty files', () => {
    expect(decodeNotes(Buffer.from('\ufeff# 한글', 'utf8'))).toEqual({ text: '# 한글' });
    expect(decodeNotes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# 한글\r\n', 'utf16le')]))).toEqual({ text: '# 한글\n' });
    expect(decodeNotes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toEqual({ problem: 'binary' });
    expect(decodeNotes(Buffer.from([0xc3, 0x28]))).toEqual({ problem: 'binary' });
    expect(decodeNotes(Buffer.alloc(0))).toEqual({ problem: 'empty' });
    expect(decodeNotes(Buffer.alloc(1024 * 1024 + 1, 0x61))).toEqual({ problem: 'too-large' });
  });
});

describe('rendering for Discord', () => {
  const page = (markdown: string) => allPages(parseNotes(markdown, 'r.md')).join('\n\n');

  it('keeps what Discord shows: bold, italics, strikethrough, code, quotes, nested lists, links', () => {
    const out = page('**b** *i* ~~s~~ `c`\n\n> quoted\n\n- one\n  - nested\n1. first\n\n[site](https://example.com)\n\n```python\nprint(1)\n```\n');
    expect(out).toContain('**b** *i* ~~s~~ `c`');
    expect(out).toContain('> quoted');
    expect(out).toContain('- one\n  - nested');
    expect(out).toContain('[site](https://example.com)');
    expect(out).toContain('```python\nprint(1)\n```');
  });

  it('turns tables into aligned text, <br> into line breaks, <details> into bold summary and content', () => {
    const out = page(
      '| 이름 | score |\n|---|---|\n| 가나다 | 1 |\n| ab | 100 |\n\nline<br>break\n\n<details>\n<summary>More</summary>\n\nhidden text\n\n</details>\n',
    );
    expect(out).toContain('```\n이름   | score\n-------|------\n가나다 | 1\nab     | 100\n```');
    expect(out).toContain('line\nbreak');
    expect(out).toContain('**More**');
    expect(out).toContain('hidden text');
  });

  it('shows math as code in every notation, never as Discord formatting', () => {
    const out = page('Inline $a_1 * b_2$ and \\(x^2\\) and \\\\(y_i\\\\).\n\n$$\n\\sum_i x_i\n$$\n\nPrice is $5 and $10.\n');
    expect(out).toContain('`a_1 * b_2`');
    expect(out).toContain('`x^2`');
    expect(out).toContain('`y_i`');
    expect(out).toContain('```\n\\sum_i x_i\n```');
    expect(out).toContain('Price is $5 and $10.');
  });

  it('drops unsafe links and HTML attributes, and escapes what Discord would misread', () => {
    const parsed = parseNotes(
      '[click](javascript:alert(1)) <span onclick="x()">hi</span>\n\n@everyone <@123456789012345678> ||secret||\n\\# not a heading\n',
      'u.md',
    );
    const out = allPages(parsed).join('\n');
    expect(out).not.toContain('javascript:');
    expect(out).not.toContain('onclick');
    expect(out).toContain('click');
    expect(out).toContain('hi');
    expect(out).not.toMatch(/@everyone/);
    expect(out).not.toContain('<@1');
    expect(out).toContain('\\|\\|secret\\|\\|');
    expect(out).toMatch(/(^|\n)\\#/);
    expect(parsed.warnings).toContainEqual(expect.objectContaining({ kind: 'unsafe-link' }));
  });

  it('shows absolute images (Markdown and <img>) as figures, and lists relative ones as text with a warning', () => {
    const parsed = parseNotes(
      '# T\n\n## S\n\n![a cat](https://example.com/cat.png)\n\n<img src="https://example.com/dog.png" alt="a dog">\n\n![local](img/x.png)\n',
      'i.md',
    );
    const section = parsed.lectures[0]!.sections[0]!;
    expect(section.images).toEqual([
      { url: 'https://example.com/cat.png', alt: 'a cat' },
      { url: 'https://example.com/dog.png', alt: 'a dog' },
    ]);
    expect(section.pages[0]).toContain('🖼 local (img/x.png)');
    expect(parsed.warnings).toEqual([{ kind: 'relative-image', src: 'img/x.png', line: 9 }]);
  });

  it('splits a 7,000-character section into pages at sentences, never inside a Hangul syllable, a link or code', () => {
    const sentence = '한국어 문장은 여기서 끝납니다. ';
    const markdown = `# T\n\n## Long\n\n${sentence.repeat(260)}[링크](https://example.com/a-link) ${sentence.repeat(150)}\n\n\`\`\`\n${'code line\n'.repeat(500)}\`\`\`\n`;
    const parsed = parseNotes(markdown, 'long.md');
    const pages = parsed.lectures[0]!.sections[0]!.pages;
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const text of pages) {
      expect(text.length).toBeLessThanOrEqual(PAGE_LENGTH);
      expect(graphemesOf(text).join('')).toBe(text);
      // Every fence a page opens, it closes.
      expect((text.match(/```/g) ?? []).length % 2).toBe(0);
    }
    expect(pages.some((text) => text.includes('[링크](https://example.com/a-link)'))).toBe(true);
    expectNothingLost(markdown, parsed);
    expectWithinLimits(parsed);
  });

  it('keeps zero-width characters from breaking anything', () => {
    const markdown = '# T\n\n## A\u200b\n\n\u200b\n\ntext\u200cwith\u200djoiners\ufeff\n';
    const parsed = parseNotes(markdown, 'z.md');
    expect(parsed.lectures[0]!.sections).toHaveLength(1);
    expectNothingLost(markdown, parsed);
    expectWithinLimits(parsed);
  });

  it('makes a top-level task list a checklist of its section, not a nested one', () => {
    const parsed = parseNotes(
      '# T\n\n## Homework\n\n- [ ] Read chapter 3\n- [x] Watch the lecture\n\n1. Question?\n   - [x] right\n   - [ ] wrong\n\n## Next\n\ntext\n',
      'h.md',
    );
    const section = parsed.lectures[0]!.sections[0]!;
    expect(section.checklist).toEqual({
      title: 'Homework',
      items: [expect.objectContaining({ text: 'Read chapter 3' }), expect.objectContaining({ text: 'Watch the lecture' })],
    });
    const lists = notesChecklists({ slug: 'n7', title: 'T', aliases: [], author: null, origin: 'guild', sections: parsed.lectures[0]!.sections });
    expect(lists).toEqual([expect.objectContaining({ slug: `n7.${section.key}`, source: { lecture: 'n7', section: section.key } })]);
  });

  it('gives a section the same key in every version of the file, from its heading', () => {
    const one = parseNotes('# T\n\n## Attention\n\nold\n\n## Other\n\nx', 't.md');
    const two = parseNotes('# T\n\n## New first\n\nn\n\n## Attention\n\nnew text', 't.md');
    expect(two.lectures[0]!.sections[1]!.key).toBe(one.lectures[0]!.sections[0]!.key);
  });
});
