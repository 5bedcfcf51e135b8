// Plain constants only (no decorated class), so that the client can import them without the DTOs.

/** Longest password the server accepts (the policy allows 12 to 256 characters). */
export const PASSWORD_MAX_LENGTH = 256;
export const PASSWORD_MIN_LENGTH = 12;
