export function pageHtml(page: string, options: { css: boolean }): string;
