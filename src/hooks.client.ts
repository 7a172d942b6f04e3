import { z } from 'zod';

// zod compiles object parsers with `new Function` when it may; the pages' CSP allows no eval, so the
// attempt is refused (a console error) and zod falls back anyway. Tell it not to try.
z.config({ jitless: true });
