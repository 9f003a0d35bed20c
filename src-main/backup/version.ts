import packageJson from '../../package.json';

/** The program's version, written into every backup's header. */
export const programVersion: string = packageJson.version;
