/** Row "config": the hub config loads and validates exactly as `vakt run` would load it. */
import { ConfigError, type LoadedConfig, loadConfigFile } from '../../gateway/config/load.ts';
import { VaktError } from '../../protocol/errors.ts';
import { type DiagRow, fail, pass, warn } from './row.ts';

export function checkConfig(
  file: string,
  env: NodeJS.ProcessEnv,
): { rows: DiagRow[]; loaded: LoadedConfig | undefined } {
  try {
    const loaded = loadConfigFile(file, env);
    const rows = [pass('config', `${file}: valid, hub ${loaded.config.hub.id}`)];
    for (const w of loaded.warnings) rows.push(warn('config', w, `chmod 600 ${file}`));
    return { rows, loaded };
  } catch (err) {
    if (err instanceof ConfigError)
      return {
        rows: [
          fail(
            'config',
            `${file}: ${err.problems.join('; ')}`,
            `fix each field named (docs/configuration.md), then vakt config check --config ${file}`,
          ),
        ],
        loaded: undefined,
      };
    if (err instanceof VaktError)
      return { rows: [fail('config', err.message, err.hint ?? 'check --config')], loaded: undefined };
    throw err;
  }
}
