/** Password length rules; a separate module so that client forms can show them without node:crypto. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
