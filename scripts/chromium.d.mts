export function chromiumPath(): string;
export const chromiumArgs: string[];
export function haveChromium(): boolean;
