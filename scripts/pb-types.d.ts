export function adjustTypes(generated: string): string;
