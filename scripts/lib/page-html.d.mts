export function pageHtml(page: string, options: { css: boolean; before?: string[] }): string;
export function pageHead(title: string, extra?: string): string;
