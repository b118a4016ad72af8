import { ButtonStyle, ComponentType, type APIEmbed } from 'discord-api-types/v10';
import type { Locale } from '../../core/locale.js';
import type { MessagePayload } from '../../core/reply.js';
import { clip } from '../../core/text.js';
import { t } from '../../i18n/index.js';
import type { ImportReport, LectureReport, NotesListing } from '../../services/notes.js';
import { COLORS, mention } from '../shared/format.js';
import { removeConfirm } from './routes.js';

const names = (titles: readonly string[]) => clip(titles.map((title) => `“${title}”`).join(', '), 300);

/** Lines numbers of warnings, at most a few. */
const lines = (numbers: readonly number[]) => {
  const unique = [...new Set(numbers)].sort((a, b) => a - b);
  return unique.slice(0, 5).join(', ') + (unique.length > 5 ? '…' : '');
};

/** The questions an import found, generated and skipped (with the first few reasons and lines). */
function questionLines(lecture: LectureReport, locale: Locale): string {
  const out: string[] = [];
  if (lecture.questions > 0) out.push(t(locale, 'notes.questions', { count: lecture.questions }));
  if (lecture.generated > 0)
    out.push(t(locale, lecture.generatedApproved ? 'notes.generatedApproved' : 'notes.generatedQuestions', { count: lecture.generated }));
  if (lecture.skipped.length > 0) {
    const reasons = lecture.skipped.slice(0, 5).map((skip) => t(locale, `notes.skip.${skip.reason}`, { line: skip.line }));
    out.push(t(locale, 'notes.skippedQuestions', { count: lecture.skipped.length, reasons: reasons.join(', ') + (lecture.skipped.length > 5 ? '…' : '') }));
  }
  return out.map((line) => `\n${line}`).join('');
}

/** What an import did: each lecture with its sections, figures and pages, what a new version changed, and warnings. */
export function importMessage(report: ImportReport, locale: Locale): MessagePayload {
  const fields = report.lectures.slice(0, 20).map((lecture) => {
    const figures = t(locale, 'notes.lectureFigures', { sections: lecture.sections, images: lecture.images, pages: lecture.pages });
    const checklists = lecture.checklists > 0 ? `\n${t(locale, 'notes.checklists', { count: lecture.checklists })}` : '';
    const questions = questionLines(lecture, locale);
    const changes = lecture.replaced
      ? [
          t(locale, 'notes.replaced'),
          ...(lecture.added.length ? [t(locale, 'notes.added', { sections: names(lecture.added) })] : []),
          ...(lecture.changed.length ? [t(locale, 'notes.changed', { sections: names(lecture.changed) })] : []),
          ...(lecture.removed.length ? [t(locale, 'notes.removed', { sections: names(lecture.removed) })] : []),
          ...(lecture.added.length + lecture.changed.length + lecture.removed.length === 0 ? [t(locale, 'notes.unchanged')] : []),
        ].join('\n')
      : t(locale, 'notes.new');
    return {
      name: clip(`📘 ${lecture.title}`, 256),
      value: `${figures}${checklists}${questions}\n${changes}\n${t(locale, 'notes.openWith', { slug: lecture.slug })}`,
    };
  });
  const images = report.warnings.filter((w) => w.kind === 'relative-image');
  const links = report.warnings.filter((w) => w.kind === 'unsafe-link');
  const warnings = [
    ...(images.length ? [t(locale, 'notes.warnImages', { count: images.length, lines: lines(images.map((w) => w.line)) })] : []),
    ...(links.length ? [t(locale, 'notes.warnLinks', { count: links.length, lines: lines(links.map((w) => w.line)) })] : []),
  ];
  if (warnings.length) fields.push({ name: `⚠️ ${t(locale, 'notes.warnings')}`, value: warnings.join('\n') });
  const embed: APIEmbed = { title: t(locale, 'notes.imported', { count: report.lectures.length }), color: COLORS.green, fields };
  return { embeds: [embed] };
}

export function listMessage(listing: readonly NotesListing[], locale: Locale): MessagePayload {
  const rows = listing.map((lecture) =>
    t(locale, 'notes.listLine', {
      slug: lecture.slug,
      title: clip(lecture.title, 80),
      sections: lecture.sections,
      by: mention(lecture.importedBy),
      date: lecture.importedAt.slice(0, 10),
      version: lecture.version,
    }),
  );
  return {
    embeds: [
      {
        title: t(locale, 'notes.listTitle', { count: listing.length }),
        description: rows.length ? rows.join('\n') : t(locale, 'notes.listEmpty'),
        color: COLORS.blurple,
      },
    ],
  };
}

export function confirmRemoveMessage(slug: string, title: string, userId: string, locale: Locale): MessagePayload {
  return {
    content: `⚠️ ${t(locale, 'notes.confirmRemove', { title })}`,
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Danger,
            label: t(locale, 'notes.removeButton'),
            custom_id: removeConfirm.encode('remove', slug, userId),
          },
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: t(locale, 'notes.keepButton'),
            custom_id: removeConfirm.encode('keep', slug, userId),
          },
        ],
      },
    ],
  };
}
