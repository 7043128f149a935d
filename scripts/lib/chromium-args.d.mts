export function chromiumExtensionArgs(extensionDir: string, lang: string): string[];
