export function escapeHtml(text: string): string;
export function inlineHtml(text: string): string;
export function markdownToHtml(markdown: string): string;
export function privacyPage(markdown: string): string;
