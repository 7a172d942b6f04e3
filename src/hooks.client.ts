import { zodJitless } from '$lib/zod-browser';

// before any page module loads zod (src/lib/zod-browser.ts)
zodJitless();
