/** Engine version, stamped on every result (a test keeps it equal to package.json's). */
export const ENGINE_VERSION = '0.2.0';
