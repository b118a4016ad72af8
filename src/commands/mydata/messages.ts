import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import type { Locale } from '../../core/locale.js';
import type { MessagePayload } from '../../core/reply.js';
import { t } from '../../i18n/index.js';
import { deleteConfirm } from './routes.js';

export function exportMessage(guildId: string, userId: string, data: Record<string, unknown>, exportedAt: Date, locale: Locale): MessagePayload {
  const file = { exportedAt: exportedAt.toISOString(), guildId, userId, ...data };
  return {
    content: t(locale, 'mydata.exported'),
    files: [{ name: `studybot-${guildId}-${userId}.json`, data: Buffer.from(`${JSON.stringify(file, null, 2)}\n`) }],
  };
}

export function confirmDeleteMessage(userId: string, locale: Locale): MessagePayload {
  return {
    content: `⚠️ ${t(locale, 'mydata.confirmDelete')}`,
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          { type: ComponentType.Button, style: ButtonStyle.Danger, label: t(locale, 'mydata.deleteButton'), custom_id: deleteConfirm.encode('delete', userId) },
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: t(locale, 'mydata.cancelButton'),
            custom_id: deleteConfirm.encode('cancel', userId),
          },
        ],
      },
    ],
  };
}
