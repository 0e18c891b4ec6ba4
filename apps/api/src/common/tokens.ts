/** Injection token for the API's structured logger. */
export const API_LOGGER = Symbol('API_LOGGER');
