/**
 * The log-file catalogue. Pure data: how each logger writes to a file, what makes the file
 * rotate, and the defaults the suggestions offer. `./find.ts` reads it.
 */

/** winston's File transport options that rotate the file and bound how many are kept. */
export const WINSTON_ROTATION_OPTIONS: readonly string[] = ['maxsize', 'maxFiles'];

/** log4js appender types that write one file, and the option that rotates it. */
export const LOG4JS_FILE_TYPES: readonly string[] = ['file', 'fileSync'];
export const LOG4JS_ROTATION_OPTION = 'maxLogSize';

/** bunyan's stream type that rotates its file. */
export const BUNYAN_ROTATING_TYPE = 'rotating-file';

/** pino's transport that writes a file. */
export const PINO_FILE_TARGET = 'pino/file';

/** The permission bit that lets every user of the machine read a file. */
export const WORLD_READABLE = 0o004;

/** What the suggestions write: 10 MB files, five kept, read and written by the owner only. */
export const SUGGESTED = { maxSize: 10_485_760, files: 5, mode: '0o600' } as const;

/** Egg's plugin config files, where `logrotator` can be turned off. */
export const EGG_PLUGIN_CONFIG = /(?:^|[\\/])config[\\/]plugin(?:\.[\w-]+)?\.[cm]?[jt]s$/u;
export const EGG_ROTATOR_PLUGIN = 'logrotator';

/** JSON and YAML files that hold a log4js configuration. */
export const LOG4JS_CONFIG_FILES: readonly string[] = ['**/log4js.json', '**/log4js.*.json', '**/log4js.yaml', '**/log4js.yml', '**/log4js.*.yaml', '**/log4js.*.yml'];
