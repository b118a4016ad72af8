import {
  ButtonStyle,
  ComponentType,
  TextInputStyle,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIModalInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import type { Locale } from '../../core/locale.js';
import type { MessagePayload } from '../../core/reply.js';
import { clip } from '../../core/text.js';
import type { Question } from '../../content/types.js';
import { REPORT_KINDS } from '../../db/questionReports.js';
import type { GuildQuestion } from '../../db/questions.js';
import { t } from '../../i18n/index.js';
import { CHOICE_MAX, EXPLANATION_MAX, PROMPT_MAX, type ReportsView } from '../../services/questions.js';
import { COLORS, mention, percent } from '../shared/format.js';
import { addForm, editForm, rejectForm, reportAction, reportForm, reportKindMenu, reviewButton } from './routes.js';

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** What the review pages show of a question: its prompt, choices (the right one marked) and explanation. */
function questionEmbed(
  question: { prompt: string; choices: readonly string[]; answer: number; explanation: string },
  title: string,
  extra: string[],
  color: number,
): APIEmbed {
  return {
    title: clip(title, 256),
    description: clip(
      [
        `**${question.prompt}**`,
        '',
        ...question.choices.map((choice, i) => `${i === question.answer ? '✅' : '▫️'} ${choice}`),
        ...(question.explanation ? ['', question.explanation] : []),
        ...(extra.length ? ['', ...extra] : []),
      ].join('\n'),
      1500,
    ),
    color,
  };
}

const plain = (question: Question, locale: Locale) => ({
  prompt: question.prompt[locale],
  choices: question.choices.map((choice) => choice[locale]),
  answer: question.answer,
  explanation: question.explanation[locale],
});

const credit = (question: GuildQuestion, locale: Locale) =>
  question.origin === 'generated'
    ? t(locale, 'quiz.generated')
    : question.origin === 'member'
      ? t(locale, 'quiz.writtenBy', { author: question.authorId ? mention(question.authorId) : t(locale, 'quiz.formerMember') })
      : t(locale, 'quiz.fromNotes');

/** `/quiz pending`: up to five questions waiting for review, each with Approve / Edit / Reject. */
export function pendingMessage(
  questions: readonly GuildQuestion[],
  total: number,
  place: (lecture: string, section: string) => string,
  locale: Locale,
): MessagePayload {
  if (questions.length === 0) return { content: t(locale, 'quiz.pendingNone') };
  return {
    content: t(locale, 'quiz.pendingCount', { shown: questions.length, total }),
    embeds: questions.map((question, i) =>
      questionEmbed(question, `${i + 1}. ${place(question.lecture, question.section)}`, [credit(question, locale)], COLORS.yellow),
    ),
    components: questions.map(
      (question): Row => ({
        type: ComponentType.ActionRow,
        components: [
          { type: ComponentType.Button, style: ButtonStyle.Success, label: t(locale, 'quiz.approve'), custom_id: reviewButton.encode('approve', question.id) },
          { type: ComponentType.Button, style: ButtonStyle.Secondary, label: t(locale, 'quiz.edit'), custom_id: reviewButton.encode('edit', question.id) },
          { type: ComponentType.Button, style: ButtonStyle.Danger, label: t(locale, 'quiz.reject'), custom_id: reviewButton.encode('reject', question.id) },
        ],
      }),
    ),
  };
}

/** `/quiz reports`: reported questions and those item analysis flags, five at most, with what an editor can do. */
export function reportsMessage(view: ReportsView, editable: (questionId: string) => boolean, locale: Locale): MessagePayload {
  const items: { id: string; embed: APIEmbed }[] = [];
  for (const entry of view.reported) {
    const lines = [
      t(locale, 'quiz.reportedCount', { count: entry.count, kinds: entry.kinds.map((kind) => t(locale, `quiz.kind.${kind}`)).join(', ') }),
      ...entry.latest.map((text) => `> ${clip(text.replace(/\n+/g, ' '), 200)}`),
      t(locale, 'quiz.reporters', { members: entry.reporters.slice(0, 10).map(mention).join(' ') }),
    ];
    items.push({ id: entry.questionId, embed: questionEmbed(plain(entry.question, locale), `⚠️ ${entry.questionId}`, lines, COLORS.red) });
  }
  for (const figures of view.flagged) {
    const line = t(locale, 'quiz.itemFigures', {
      answers: figures.firstAnswers,
      right: percent(Math.round(figures.rightShare * 1000), 1000),
      discrimination: figures.discrimination === null ? '—' : figures.discrimination.toFixed(2),
    });
    const why = figures.discrimination !== null && figures.discrimination < 0 ? t(locale, 'quiz.flagNegative') : t(locale, 'quiz.flagHard');
    items.push({ id: figures.questionId, embed: questionEmbed(plain(figures.question, locale), `📉 ${figures.questionId}`, [line, why], COLORS.fuchsia) });
  }
  if (items.length === 0) return { content: t(locale, 'quiz.reportsNone') };
  const shown = items.slice(0, 5);
  return {
    content: t(locale, 'quiz.reportsCount', { shown: shown.length, total: view.total }),
    embeds: shown.map((item) => item.embed),
    components: shown.map(
      (item): Row => ({
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: t(locale, 'quiz.edit'),
            custom_id: reportAction.encode('edit', item.id),
            disabled: !editable(item.id),
          },
          { type: ComponentType.Button, style: ButtonStyle.Danger, label: t(locale, 'quiz.disable'), custom_id: reportAction.encode('disable', item.id) },
          { type: ComponentType.Button, style: ButtonStyle.Secondary, label: t(locale, 'quiz.dismiss'), custom_id: reportAction.encode('dismiss', item.id) },
        ],
      }),
    ),
  };
}

/** What is wrong with a question: the first step of a report. */
export function reportKindMessage(questionId: string, locale: Locale): MessagePayload {
  return {
    content: t(locale, 'quiz.reportWhat'),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.StringSelect,
            custom_id: reportKindMenu.encode(questionId),
            placeholder: t(locale, 'quiz.reportPick'),
            options: REPORT_KINDS.map((kind) => ({ label: t(locale, `quiz.kind.${kind}`), value: kind })),
          },
        ],
      },
    ],
  };
}

const input = (id: string, label: string, style: TextInputStyle, max: number, required: boolean, value?: string) => ({
  type: ComponentType.ActionRow as const,
  components: [
    {
      type: ComponentType.TextInput as const,
      custom_id: id,
      label: clip(label, 45),
      style,
      max_length: max,
      required,
      ...(value ? { value: value.slice(0, max) } : {}),
    },
  ],
});

/** The form of a question: to add one, or to fix one (filled in). */
function questionForm(
  custom_id: string,
  title: string,
  locale: Locale,
  value?: { prompt: string; right: string; wrong: string[]; explanation: string },
): APIModalInteractionResponseCallbackData {
  return {
    custom_id,
    title: clip(title, 45),
    components: [
      input('prompt', t(locale, 'quiz.formPrompt'), TextInputStyle.Paragraph, PROMPT_MAX, true, value?.prompt),
      input('right', t(locale, 'quiz.formRight'), TextInputStyle.Short, CHOICE_MAX, true, value?.right),
      input('wrong', t(locale, 'quiz.formWrong'), TextInputStyle.Paragraph, 3 * (CHOICE_MAX + 1), true, value?.wrong.join('\n')),
      input('explanation', t(locale, 'quiz.formExplanation'), TextInputStyle.Paragraph, EXPLANATION_MAX, false, value?.explanation),
    ],
  };
}

export function addQuestionForm(lecture: string, section: string, locale: Locale): APIModalInteractionResponseCallbackData {
  return questionForm(addForm.encode(lecture, section), t(locale, 'quiz.formAddTitle'), locale);
}

export function editQuestionForm(question: GuildQuestion, from: 'pending' | 'reports', locale: Locale): APIModalInteractionResponseCallbackData {
  const right = question.choices[question.answer] ?? '';
  return questionForm(editForm.encode(question.id, question.version, from), t(locale, 'quiz.formEditTitle'), locale, {
    prompt: question.prompt,
    right,
    wrong: question.choices.filter((_, i) => i !== question.answer),
    explanation: question.explanation,
  });
}

export function rejectReasonForm(questionId: string, locale: Locale): APIModalInteractionResponseCallbackData {
  return {
    custom_id: rejectForm.encode(questionId),
    title: clip(t(locale, 'quiz.formRejectTitle'), 45),
    components: [input('reason', t(locale, 'quiz.formReason'), TextInputStyle.Paragraph, 500, true)],
  };
}

export function reportTextForm(questionId: string, kind: (typeof REPORT_KINDS)[number], locale: Locale): APIModalInteractionResponseCallbackData {
  return {
    custom_id: reportForm.encode(questionId, kind),
    title: clip(t(locale, 'quiz.formReportTitle'), 45),
    components: [input('text', t(locale, 'quiz.formReportText'), TextInputStyle.Paragraph, 1000, false)],
  };
}
