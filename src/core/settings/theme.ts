// The colour themes a page can wear. One list, so the settings table (and with it the popup's
// stored copy) and the options page's choice cannot disagree about which exist.
export const THEMES = ['system', 'light', 'dark'] as const;

export type Theme = (typeof THEMES)[number];
