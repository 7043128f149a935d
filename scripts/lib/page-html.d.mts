export function pageHtml(page: string, options: { css: boolean; before?: string[] }): string;
