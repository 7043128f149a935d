// A stretch's words for display, wherever they live: a built-in's in the locales (by key), a
// person's own as they wrote them. Callers render the result as text nodes only, so nothing a
// person (or an imported file, or a policy) wrote is ever read as markup.
import { isCustomStretch, type AnyStretch, type Said } from '../core/stretches/any';
import { t } from '../shared/i18n';

export interface StretchWords {
  name: string;
  steps: string[];
  /** null when the stretch has none. */
  caution: string | null;
  /** What to keep in mind while in the pose; custom stretches share one general line. */
  hold: string;
}

export function stretchWords(s: AnyStretch): StretchWords {
  if (isCustomStretch(s)) return { name: s.name, steps: [...s.steps], caution: s.caution ?? null, hold: t('card_holdCustom') };
  return {
    name: t(s.nameKey),
    steps: s.stepKeys.map((k) => t(k)),
    caution: s.cautionKey ? t(s.cautionKey) : null,
    hold: t(s.holdKey),
  };
}

/** What a cue says, in words: a key looked up, a person's own text as it is. */
export const saidText = (said: Said): string => (typeof said === 'string' ? t(said) : said.text);
