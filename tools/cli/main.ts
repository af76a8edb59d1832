/** Entry of the `vakt` CLI (see program.ts for how commands are found). */
import { reportAndExit } from './exit.ts';
import { argvForParse, buildProgram } from './program.ts';

try {
  const program = await buildProgram(process.argv);
  await program.parseAsync(argvForParse(program, process.argv));
} catch (err) {
  reportAndExit(err);
}
