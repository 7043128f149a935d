// Turns the scheduler's text keys into what the browser shows: badge, tooltip and notification.
import { BREAK_KINDS } from '../core/breaks/kinds';
import { t } from '../shared/i18n';
import type { BadgeTone, Effect, LocalText } from '../core/scheduler/effects';
import type { BadgeSpec } from '../platform/action';
import type { NotificationSpec } from '../platform/notifications';

/** Prefix of every notification id this extension shows. */
export const NOTIFICATION_PREFIX = 'unhunch-break:';

const toneColors: Record<BadgeTone, string> = {
  normal: '#4a6572',
  due: '#d9534f',
  paused: '#8a8a8a',
};

export function renderText(text: LocalText, locale: string): string {
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
  return t(text.key, ...text.args.map((a) => (typeof a === 'number' ? a : time.format(a.time))));
}

export function renderBadge(effect: Extract<Effect, { type: 'badge' }>, locale: string): BadgeSpec {
  return {
    text: effect.text ? renderText(effect.text, locale) : '',
    title: renderText(effect.title, locale),
    color: toneColors[effect.tone],
  };
}

export function notificationId(effect: Extract<Effect, { type: 'notify' }>): string {
  return `${NOTIFICATION_PREFIX}${effect.episode}${effect.nudge ? ':nudge' : ''}`;
}

export function renderNotification(effect: Extract<Effect, { type: 'notify' }>, iconUrl: string): NotificationSpec {
  const text = BREAK_KINDS[effect.kind].text;
  const title = effect.nudge ? t('bgNotifyNudgeTitle') : t(text.reminderTitle);
  const message = t(text.reminderMessage);
  const buttons = [t('bgNotifyStartButton')];
  if (effect.canSnooze) buttons.push(t('bgNotifySnoozeButton'));
  // A due break stays on screen until answered; the one re-nudge is the only repeat.
  return { title, message, iconUrl, buttons, requireInteraction: true };
}
