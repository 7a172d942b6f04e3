/** Facts shared by several collections. */
export const FISCAL_YEAR = { min: 2000, max: 2100 } as const;
export const LANGUAGES = ['ja', 'en'] as const;
/** A lower-case hex SHA-256. */
export const SHA256_PATTERN = '^[0-9a-f]{64}$';
/** The most members one role field of an organisation holds. */
export const MAX_PEOPLE = 999;
/** A person's name as copied beside a person relation (author_name, reviewer_name, …); forms that take a person's name keep it within this. */
export const PERSON_NAME_MAX = 200;
