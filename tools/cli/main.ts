/** Entry of the `vakt` CLI (see program.ts for how commands are found). */
import { reportAndExit } from './exit.ts';
import { buildProgram } from './program.ts';

try {
  const program = await buildProgram();
  program.exitOverride();
  await program.parseAsync(process.argv);
} catch (err) {
  reportAndExit(err);
}
