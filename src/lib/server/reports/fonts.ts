/**
 * The Noto Sans JP font files (OFL-1.1) used by every report, resolved from
 * node_modules by their exact paths: the package's index.js is an Expo
 * module and must never be imported.
 */
import { createRequire } from 'node:module';

export interface FontFiles {
	regular: string;
	bold: string;
}

const require = createRequire(import.meta.url);

let cached: FontFiles | null = null;

export function reportFontFiles(): FontFiles {
	cached ??= {
		regular: require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
		bold: require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf')
	};
	return cached;
}
